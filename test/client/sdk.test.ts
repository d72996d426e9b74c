// The SDK end to end against the real Node broker (uWS on loopback, segment files in a temp dir): the
// shared conformance suite, then a broker restart behind a fixed client URL with no gap or duplicate among
// acknowledged records.
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Edgelog, type RecordMetadata } from "../../client/node.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { sdkConformanceSuite } from "../conformance/sdk-suite.ts";
import { checkHistory, type Observed } from "../support/history.ts";

const text = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const str = (b: Uint8Array | null) => (b === null ? null : text.decode(b));
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
    await restartScenario(`ws://127.0.0.1:${relay.port}/v1/ws`, async () => {
      await b.close();
      await relay.stop();
      await sleep(300);
      b = await startBroker({ port: 0, dataDir: dir, log: () => {} });
      relay.target = b.port;
      await relay.listen(relay.port);
    });
    await relay.stop();
    await b.close();
  });
});

/**
 * A producer sends keyed batches in a loop and a consumer reads both partitions while `restart` takes the
 * broker down and up. Then: no send failed (retries cover the outage), acknowledged offsets are unique and
 * hold their values, each partition's consumed offsets are exactly 0..hw-1, and among acknowledged records
 * nothing is lost, duplicated or reordered.
 */
async function restartScenario(url: string, restart: () => Promise<void>): Promise<void> {
  const logLines: string[] = [];
  const c = new Edgelog({ url, reconnect: { initialDelayMs: 20, maxDelayMs: 200 }, log: (line) => logLines.push(line) });
  try {
    await c.admin.createTopic("restart", { partitions: 2 });
    const producer = c.producer({ lingerMs: 1, retryBackoffMs: 20 });
    const consumer = c.consumer({ topic: "restart", from: "earliest", creditBytes: 16 * 1024 });
    const observed: Observed[] = [];
    const consuming = consumer.run({
      eachRecord: (r) => {
        observed.push({ partition: r.partition, offset: r.offset, value: str(r.value)! });
      },
    });
    const acked: { value: string; meta: RecordMetadata }[] = [];
    const failed: string[] = [];
    let seq = 0;
    let stop = false;
    const produceLoop = (async () => {
      while (!stop) {
        const values = Array.from({ length: 20 }, () => `r${seq++}`);
        try {
          const results = await producer.send("restart", values.map((value, i) => ({ value, key: `k${i % 5}` })));
          results.forEach((meta, i) => acked.push({ value: values[i], meta }));
        } catch (err) {
          failed.push(String(err));
        }
      }
    })();
    await sleep(300);
    const ackedBefore = acked.length;
    const observedBefore = observed.length;
    await restart();
    for (let i = 0; i < 200 && acked.length < ackedBefore + 2000; i++) await sleep(25);
    stop = true;
    await produceLoop;
    await producer.flush();
    expect(ackedBefore).toBeGreaterThan(100);
    expect(observedBefore).toBeGreaterThan(100);
    expect(acked.length).toBeGreaterThan(ackedBefore + 1000);
    expect(failed).toEqual([]);
    expect(logLines.some((l) => l.includes("lost"))).toBe(true);

    const hw = await Promise.all([0, 1].map(async (p) => (await c.admin.listOffsets("restart", p, "latest")).offset));
    for (let i = 0; i < 400 && observed.length < hw[0] + hw[1]; i++) await sleep(25);
    await consumer.close();
    await consuming;

    const ackedKeys = new Set(acked.map((a) => `${a.meta.partition}/${a.meta.offset}`));
    expect(ackedKeys.size).toBe(acked.length);
    for (const p of [0, 1]) {
      const offsets = observed.filter((o) => o.partition === p).map((o) => o.offset);
      expect(offsets).toEqual(Array.from({ length: hw[p] }, (_, i) => i));
    }
    const byOffset = new Map(observed.map((o) => [`${o.partition}/${o.offset}`, o.value]));
    for (const a of acked) expect(byOffset.get(`${a.meta.partition}/${a.meta.offset}`)).toBe(a.value);
    const acknowledged = new Map<number, string[]>();
    for (const a of acked) acknowledged.set(a.meta.partition, [...(acknowledged.get(a.meta.partition) ?? []), a.value]);
    const report = checkHistory(acknowledged, observed.filter((o) => ackedKeys.has(`${o.partition}/${o.offset}`)));
    expect(report).toMatchObject({ lost: [], duplicated: [], reordered: [], offsetsBackwards: [] });
  } finally {
    await c.close();
  }
}

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
