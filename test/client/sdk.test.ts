// The SDK end to end against the real Node broker (uWS on loopback, segment files in a temp dir):
// admin, produce/consume round trips, start positions, pause/resume/seek, credit flow control, typed
// errors, typed topics, and a broker restart on the same port and dataDir with no gap or duplicate
// among acknowledged records.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Edgelog,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  TopicExistsError,
  UnknownTopicError,
  codecs,
  partitionForKey,
  type ConsumerRecord,
  type RecordMetadata,
} from "../../client/node.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

type Broker = Awaited<ReturnType<typeof startBroker>>;

/** Probe at module load (skipIf needs the answer before the tests run). */
const rebindProbe = await (async () => {
  const dir = await mkdtemp(join(tmpdir(), "edgelog-sdk-probe-"));
  try {
    const first = await startBroker({ port: 0, dataDir: dir, log: () => {} });
    const probeClient = new Edgelog({ url: first.url, reconnect: false });
    await probeClient.admin.listTopics();
    await first.close();
    await probeClient.close();
    try {
      const again = await startBroker({ port: first.port, dataDir: dir, log: () => {} });
      await again.close();
      return true;
    } catch {
      return false;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
})();

const text = new TextDecoder();
const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const str = (b: Uint8Array | null) => (b === null ? null : text.decode(b));

let dataDir: string;
let broker: Broker;
let client: Edgelog;
let topicSeq = 0;
const dirs: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "edgelog-sdk-"));
  dirs.push(dataDir);
  broker = await startBroker({ port: 0, dataDir, log: () => {} });
  client = new Edgelog({ url: broker.url });
});

afterAll(async () => {
  await client?.close();
  await broker?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function newTopic(partitions = 1): Promise<string> {
  const name = `sdk-${++topicSeq}`;
  await client.admin.createTopic(name, { partitions });
  return name;
}

/** Reads `count` records from the iterator (fails the test if they do not come within the timeout). */
async function take<T>(iterable: AsyncIterable<ConsumerRecord<T>>, count: number): Promise<ConsumerRecord<T>[]> {
  const out: ConsumerRecord<T>[] = [];
  if (count === 0) return out;
  const it = iterable[Symbol.asyncIterator]();
  while (out.length < count) {
    const next = await it.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

describe("admin", () => {
  it("creates, lists, describes and deletes topics", async () => {
    const created = await client.admin.createTopic("admin-a", { partitions: 3, retentionMs: 3_600_000 });
    expect(created).toMatchObject({ name: "admin-a", partitionCount: 3 });
    expect(created.config.retentionMs).toBe(3_600_000);
    await expect(client.admin.createTopic("admin-a")).rejects.toBeInstanceOf(TopicExistsError);
    expect(await client.admin.listTopics()).toContain("admin-a");
    await client.producer({ lingerMs: 0 }).send("admin-a", [{ value: "x", partition: 2 }]);
    const described = await client.admin.describeTopic("admin-a");
    expect(described.partitions.map((p) => [p.partition, p.logStartOffset, p.highWatermark])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 0, 1],
    ]);
    expect(described.partitions[2].sizeBytes).toBeGreaterThan(0);
    const [meta] = await client.admin.fetchMetadata(["admin-a"]);
    expect(meta.partitionCount).toBe(3);
    expect((await client.admin.fetchMetadata()).map((t) => t.name)).toContain("admin-a");
    expect(await client.admin.listOffsets("admin-a", 2, "latest")).toMatchObject({ offset: 1, highWatermark: 1 });
    await client.admin.deleteTopic("admin-a");
    await expect(client.admin.describeTopic("admin-a")).rejects.toBeInstanceOf(UnknownTopicError);
  });
});

describe("produce and consume", () => {
  it("round-trips keys, values, headers and timestamps through one partition", async () => {
    const topic = await newTopic(1);
    const producer = client.producer();
    const records = Array.from({ length: 1000 }, (_, i) => ({
      key: i % 3 === 0 ? null : `k${i}`,
      value: i % 100 === 99 ? null : `value-${i}`,
      headers: i % 10 === 0 ? { trace: `t${i}`, bin: new Uint8Array([i & 0xff]) } : undefined,
      timestampMs: 1_700_000_000_000 + i,
    }));
    const results = await producer.send(topic, records);
    expect(results.map((r) => r.offset)).toEqual(records.map((_, i) => i));
    const got = await take(client.consumer({ topic, from: "earliest" }), 1000);
    got.forEach((r, i) => {
      expect(r.offset).toBe(i);
      expect(str(r.key)).toBe(records[i].key);
      expect(str(r.value)).toBe(records[i].value);
      expect(r.timestampMs).toBe(records[i].timestampMs);
      if (records[i].headers) expect(r.headers.map((h) => h.key)).toEqual(["trace", "bin"]);
      else expect(r.headers).toEqual([]);
    });
  });

  it("keeps order per key across 4 partitions and spreads unkeyed records", async () => {
    const topic = await newTopic(4);
    const producer = client.producer({ lingerMs: 2 });
    const keyed: Promise<RecordMetadata[]>[] = [];
    for (let i = 0; i < 2000; i++) keyed.push(producer.send(topic, { key: `user-${i % 50}`, value: `${i}` }));
    const results = (await Promise.all(keyed)).flat();
    results.forEach((r, i) => expect(r.partition).toBe(partitionForKey(encoder.encode(`user-${i % 50}`), 4)));

    const unkeyed: RecordMetadata[] = [];
    for (let i = 0; i < 40; i++) unkeyed.push(...(await producer.send(topic, [{ value: "u" }, { value: "u" }])));
    expect(new Set(unkeyed.map((r) => r.partition)).size).toBe(4);

    const got = await take(client.consumer({ topic, from: "earliest" }), 2080);
    const lastByKey = new Map<string, number>();
    const partitionOfKey = new Map<string, number>();
    for (const r of got) {
      if (str(r.value) === "u") continue;
      const key = str(r.key)!;
      const n = Number(str(r.value));
      expect(n).toBeGreaterThan(lastByKey.get(key) ?? -1);
      lastByKey.set(key, n);
      expect(partitionOfKey.get(key) ?? r.partition).toBe(r.partition);
      partitionOfKey.set(key, r.partition);
    }
    expect(lastByKey.size).toBe(50);
    const perPartition = new Map<number, number[]>();
    for (const r of got) perPartition.set(r.partition, [...(perPartition.get(r.partition) ?? []), r.offset]);
    for (const offsets of perPartition.values()) expect(offsets).toEqual(offsets.map((_, i) => i));
  });

  it("delivers with acks 'leader' and 'none' too", async () => {
    const topic = await newTopic(1);
    const leader = await client.producer({ acks: "leader", lingerMs: 0 }).send(topic, [{ value: "a" }, { value: "b" }]);
    expect(leader.map((r) => r.offset)).toEqual([0, 1]);
    const none = client.producer({ acks: "none", lingerMs: 0 });
    expect((await none.send(topic, { value: "c" })).map((r) => r.offset)).toEqual([-1]);
    await none.close();
    const got = await take(client.consumer({ topic, from: "earliest" }), 3);
    expect(got.map((r) => str(r.value))).toEqual(["a", "b", "c"]);
  });
});

describe("start positions", () => {
  it("reads from earliest, latest, an offset and a timestamp", async () => {
    const topic = await newTopic(1);
    const producer = client.producer({ lingerMs: 0 });
    await producer.send(topic, Array.from({ length: 10 }, (_, i) => ({ value: `${i}`, timestampMs: 10_000 + i * 100 })));

    const earliest = await take(client.consumer({ topic, from: "earliest" }), 1);
    expect(earliest[0].offset).toBe(0);

    const atOffset = await take(client.consumer({ topic, from: 7 }), 3);
    expect(atOffset.map((r) => r.offset)).toEqual([7, 8, 9]);

    const atTime = await take(client.consumer({ topic, from: { timestampMs: 10_450 } }), 1);
    expect(atTime[0]).toMatchObject({ offset: 5, timestampMs: 10_500 });

    const latest = client.consumer({ topic, from: "latest" });
    await latest.start();
    expect(latest.position(0)).toBe(10);
    await producer.send(topic, { value: "new" });
    const fresh = await take(latest, 1);
    expect(fresh[0]).toMatchObject({ offset: 10 });
    expect(str(fresh[0].value)).toBe("new");

    // A timestamp after every record starts at the end and waits for new records.
    const future = client.consumer({ topic, from: { timestampMs: 10 ** 13 } });
    await future.start();
    expect(future.position(0)).toBe(11);
  });
});

describe("pause, resume, seek", () => {
  it("pauses one partition, resumes it, and seeks back and forth", async () => {
    const topic = await newTopic(2);
    const producer = client.producer({ lingerMs: 0 });
    for (const partition of [0, 1]) {
      await producer.send(topic, Array.from({ length: 20 }, (_, i) => ({ value: `${partition}:${i}`, partition })));
    }
    const consumer = client.consumer({ topic, from: "earliest" });
    consumer.pause([1]);
    const it = consumer[Symbol.asyncIterator]();
    const first: ConsumerRecord[] = [];
    for (let i = 0; i < 20; i++) first.push((await it.next()).value);
    expect(first.every((r) => r.partition === 0)).toBe(true);
    const waiting = it.next();
    expect(await Promise.race([waiting.then(() => "record"), sleep(100).then(() => "none")])).toBe("none");
    consumer.resume([1]);
    expect((await waiting).value).toMatchObject({ partition: 1, offset: 0 });
    for (let i = 1; i < 20; i++) expect((await it.next()).value).toMatchObject({ partition: 1, offset: i });

    await consumer.seek(0, 15);
    expect(consumer.position(0)).toBe(15);
    for (let i = 15; i < 20; i++) expect((await it.next()).value).toMatchObject({ partition: 0, offset: i });
    await consumer.seek(1, "earliest");
    expect((await it.next()).value).toMatchObject({ partition: 1, offset: 0 });
    await consumer.seek(1, "latest");
    expect(consumer.position(1)).toBe(20);
    await producer.send(topic, { value: "tail", partition: 1 });
    expect((await it.next()).value).toMatchObject({ partition: 1, offset: 20 });
    await consumer.close();
  });
});

describe("flow control", () => {
  it("the broker pushes at most creditBytes + one batch ahead of what the application consumed", async () => {
    const topic = await newTopic(1);
    const producer = client.producer({ lingerMs: 0 });
    for (let i = 0; i < 200; i++) {
      await producer.send(topic, Array.from({ length: 10 }, (_, j) => ({ value: `${i * 10 + j}`.padEnd(100, ".") })));
    }
    const batchBytesMax = 10 * 130 + 61; // 10 records of ~110 B + batch header: an upper bound
    const creditBytes = 4096;
    const consumer = client.consumer({ topic, from: "earliest", creditBytes });
    await consumer.start();
    await sleep(300);
    const idle = consumer.metrics();
    expect(idle.receivedBytes).toBeGreaterThan(0);
    expect(idle.receivedBytes).toBeLessThanOrEqual(creditBytes + batchBytesMax);
    // Consume slowly through run(): credit flows back only as records are handled.
    let n = 0;
    await consumer.run({
      eachRecord: async (r) => {
        expect(r.offset).toBe(n);
        n++;
        if (n % 500 === 0) await sleep(20);
        const m = consumer.metrics();
        expect(m.bufferedBytes).toBeLessThanOrEqual(creditBytes + batchBytesMax);
        if (n === 2000) void consumer.close();
      },
    });
    expect(n).toBe(2000);
    const m = consumer.metrics();
    expect(m.receivedBytes).toBeGreaterThan(2000 * 100);
    expect(m.overshootBytesMax).toBeLessThanOrEqual(batchBytesMax);
  });
});

describe("errors", () => {
  it("unknown topic: producer and consumer get UnknownTopicError", async () => {
    await expect(client.producer().send("no-such-topic", { value: "x" })).rejects.toBeInstanceOf(UnknownTopicError);
    await expect(take(client.consumer({ topic: "no-such-topic", from: "earliest" }), 1)).rejects.toBeInstanceOf(UnknownTopicError);
  });

  it("record too large: rejected before anything is sent", async () => {
    const topic = await newTopic(1);
    const info = await (client as unknown as { pool: { bootstrap: { brokerInfo(): Promise<{ recordBytesMax: number }> } } }).pool.bootstrap.brokerInfo();
    const producer = client.producer({ lingerMs: 0 });
    await expect(producer.send(topic, [{ value: "ok" }, { value: new Uint8Array(info.recordBytesMax + 1) }])).rejects.toBeInstanceOf(RecordTooLargeError);
    expect((await client.admin.describeTopic(topic)).partitions[0].highWatermark).toBe(0);
  });

  it("offset out of range: raised to the iterator and to run()", async () => {
    const topic = await newTopic(1);
    await client.producer({ lingerMs: 0 }).send(topic, [{ value: "a" }, { value: "b" }]);
    await expect(take(client.consumer({ topic, from: 50 }), 1)).rejects.toBeInstanceOf(OffsetOutOfRangeError);
    await expect(client.consumer({ topic, from: 3 }).run({ eachRecord: () => {} })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
    // onOutOfRange 'latest' jumps instead.
    const lenient = client.consumer({ topic, from: 50, onOutOfRange: "latest" });
    await lenient.start();
    await sleep(50);
    expect(lenient.position(0)).toBe(2);
    await lenient.close();
  });

  it("a deleted topic ends its subscriptions with UnknownTopicError", async () => {
    const topic = await newTopic(1);
    await client.producer({ lingerMs: 0 }).send(topic, { value: "a" });
    const consumer = client.consumer({ topic, from: "earliest" });
    const it = consumer[Symbol.asyncIterator]();
    expect((await it.next()).value.offset).toBe(0);
    await client.admin.deleteTopic(topic);
    await expect(it.next()).rejects.toBeInstanceOf(UnknownTopicError);
  });
});

describe("typed topics", () => {
  it("sends and reads JSON values through a codec", async () => {
    type Click = { user: string; x: number };
    const name = await newTopic(2);
    const clicks = client.topic<Click>(name, codecs.json<Click>());
    const sent = await clicks.send([{ user: "a", x: 1 }, { user: "b", x: 2 }]);
    expect(sent).toHaveLength(2);
    const keyed = await clicks.sendRecords([{ key: "u1", value: { user: "ü", x: 3 } }, { key: "u1", value: null }]);
    expect(keyed[0].partition).toBe(keyed[1].partition);
    const got = await take(clicks.consumer({ from: "earliest" }), 4);
    const values = got.map((r) => r.value);
    expect(values).toEqual(expect.arrayContaining([{ user: "a", x: 1 }, { user: "b", x: 2 }, { user: "ü", x: 3 }, null]));
    const strings = client.topic(await newTopic(1), codecs.string);
    await strings.send("héllo");
    expect((await take(strings.consumer({ from: "earliest" }), 1))[0].value).toBe("héllo");
  });
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

  it.skipIf(!brokerRebindsPort())("producer and consumer ride through a restart on the same port and dataDir", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-sdk-restart-"));
    dirs.push(dir);
    let b = await startBroker({ port: 0, dataDir: dir, log: () => {} });
    const port = b.port;
    await restartScenario(b.url, async () => {
      await b.close();
      await sleep(300);
      b = await startBroker({ port, dataDir: dir, log: () => {} });
    });
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

/** Whether the broker can listen again on a port it just closed with clients connected (probed once, synchronously cached). */
function brokerRebindsPort(): boolean {
  return rebindProbe;
}
