// The SDK end to end against the real Node broker: uWS on loopback, segment files in a temp dir, run as a
// child process of the test so that the suite's crash fault is a real SIGKILL. The cases are the shared
// conformance suite's (test/conformance/sdk-suite.ts), the same that run against the edge.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sdkConformanceSuite } from "../conformance/sdk-suite.ts";
import { forkBroker, type ForkedBroker } from "../support/forked-broker.ts";

sdkConformanceSuite({
  name: "node broker (uWS, segment files)",
  capabilities: { retention: true, restart: true, crash: true, consumerGroups: true, idempotentProducer: false, replication: false },
  timeouts: { eventMs: 10_000, faultTestMs: 60_000, groupSessionMs: 2000 },
  async start() {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-sdk-"));
    let broker: ForkedBroker = await forkBroker(dataDir);
    // Down (cleanly or killed), then up again on the same data; it listens on a new port (a port its
    // predecessor's connections hold in TIME_WAIT cannot be rebound by this uWS build), and the suite's
    // relays follow it there, so clients keep their URL.
    const bounce = async (down: () => Promise<void>, whileDown?: () => Promise<void>) => {
      await down();
      await whileDown?.();
      broker = await forkBroker(dataDir);
    };
    return {
      get url() {
        return broker.url;
      },
      restart: (whileDown) => bounce(() => broker.stop(), whileDown),
      crash: (whileDown) => bounce(() => broker.kill(), whileDown),
      enforceRetention: () => broker.enforceRetention(),
      async stop() {
        await broker.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
});
