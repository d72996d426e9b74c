// The SDK end to end against the real Node broker (uWS on loopback, segment files in a temp dir): the
// shared conformance suite, then a broker restart behind a fixed client URL with no gap or duplicate among
// acknowledged records.
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { sdkConformanceSuite } from "../conformance/sdk-suite.ts";
import { restartScenario } from "../conformance/restart-scenario.ts";

const dirs: string[] = [];

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

sdkConformanceSuite("node broker (uWS, segment files)", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-sdk-"));
  dirs.push(dataDir);
  const server = await startBroker({ port: 0, dataDir, log: () => {}, retentionCheckIntervalMs: 0 });
  return {
    url: server.url,
    stop: () => server.close(),
    enforceRetention: async () => {
      await server.broker.enforceRetention();
    },
  };
});

describe("broker restart", () => {
  // The broker's listen socket cannot rebind its port while connections it closed sit in TIME_WAIT
  // (no SO_REUSEADDR in this uWS build), so the direct same-port variant runs only where rebinding works.
  // The relay variant keeps the client's URL (a Node listener, which sets SO_REUSEADDR, on a fixed port)
  // and restarts the broker behind it: the client sees the same thing, a server gone and back.
  it("producer and consumer ride through a restart (same dataDir, same client URL via a relay)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-sdk-restart-"));
    dirs.push(dir);
    let b = await startBroker({ port: 0, dataDir: dir, log: () => {} });
    const relay = new Relay(b.port);
    await relay.listen(0);
    await restartScenario(`ws://127.0.0.1:${relay.port}/v1/ws`, async (clientNoticed) => {
      await b.close();
      await relay.stop();
      await clientNoticed();
      b = await startBroker({ port: 0, dataDir: dir, log: () => {} });
      relay.target = b.port;
      await relay.listen(relay.port);
    });
    await relay.stop();
    await b.close();
  });
});

/** TCP relay on a fixed port to the broker's current port; stop() drops every connection, as a dead server does. */
class Relay {
  port = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(public target: number) {}

  listen(port: number): Promise<void> {
    const server = createServer((downstream) => {
      const upstream = connect(this.target, "127.0.0.1");
      this.sockets.add(downstream).add(upstream);
      const drop = () => {
        downstream.destroy();
        upstream.destroy();
        this.sockets.delete(downstream);
        this.sockets.delete(upstream);
      };
      downstream.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      downstream.pipe(upstream).pipe(downstream);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        this.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of [...this.sockets]) s.destroy();
    this.sockets.clear();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
