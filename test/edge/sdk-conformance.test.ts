// The SDK conformance suite (test/conformance/sdk-suite.ts) against the edge deployment: the Worker and
// its Durable Objects in workerd through miniflare, on loopback, with SQLite files in a temp dir so that a
// restart (miniflare disposed and started again) and a crash (workerd SIGKILLed) keep what was stored.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sdkConformanceSuite } from "../conformance/sdk-suite.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";
import { withWorkerdPid } from "./workerd-process.ts";

/** Bounds miniflare's dispose after workerd was killed under it: it must not hang the suite. */
const DISPOSE_AFTER_KILL_MS = 10_000;

sdkConformanceSuite({
  name: "edge (workerd via miniflare)",
  capabilities: { retention: true, restart: true, crash: true, consumerGroups: true, idempotentProducer: false, replication: false },
  timeouts: { eventMs: 20_000, faultTestMs: 120_000 },
  async start() {
    const persistDir = await mkdtemp(join(tmpdir(), "edgelog-sdk-edge-"));
    let { value: edge, pid } = await withWorkerdPid(() => startEdge({ persistDir }));
    const bounce = async (down: () => Promise<void>, whileDown?: () => Promise<void>) => {
      await down();
      await whileDown?.();
      ({ value: edge, pid } = await withWorkerdPid(() => startEdge({ persistDir })));
    };
    const kill = async (e: EdgeDeployment, workerd: number) => {
      process.kill(workerd, "SIGKILL");
      let timer: ReturnType<typeof setTimeout>;
      const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`miniflare's dispose after the kill took over ${DISPOSE_AFTER_KILL_MS} ms`)), DISPOSE_AFTER_KILL_MS)));
      await Promise.race([e.stop(), hang]).finally(() => clearTimeout(timer));
    };
    return {
      get url() {
        return edge.url;
      },
      restart: (whileDown) => bounce(() => edge.stop(), whileDown),
      crash: (whileDown) => bounce(() => kill(edge, pid), whileDown),
      enforceRetention: () => edge.enforceRetention(),
      async stop() {
        await edge.stop();
        await rm(persistDir, { recursive: true, force: true });
      },
    };
  },
});
