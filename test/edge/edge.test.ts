// The edge deployment end to end in workerd (miniflare on loopback), through the real SDK and a raw client:
// round trips, admin, HTTP, typed errors that leave the object working for others, alarm-driven retention (time, bytes),
// hibernation (seen in workerd's own output), and workerd restarts on persisted storage that keep every acked record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { Edgelog, type ConsumerRecord, type RecordMetadata } from "../../client/node.ts";
import { segmentBytesFor } from "../../src/core/retention.ts";
import { edgeLimits } from "../../src/edge/edge-limits.ts";
import { EDGE_BATCH_BYTES_MAX } from "../../src/edge/sqlite-store.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { encodeFrame, type DecodedFrame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { restartScenario } from "../conformance/restart-scenario.ts";
import { RawClient } from "../support/raw-client.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { collectRuntimeOutput, startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const utf8 = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const str = (b: Uint8Array | null) => (b === null ? null : utf8.decode(b));
const tempDir = tempDirs("edgelog-edge-");

/** The first `count` records of `iterable`; a consumer that ends first fails the test (a short read never passes). */
async function take<T>(iterable: AsyncIterable<ConsumerRecord<T>>, count: number): Promise<ConsumerRecord<T>[]> {
  const out: ConsumerRecord<T>[] = [];
  for await (const r of iterable) {
    out.push(r);
    if (out.length === count) return out;
  }
  throw new Error(`the consumer ended after ${out.length} of ${count} records`);
}

function partitionUrl(edge: EdgeDeployment, topic: string, partition: number): string {
  return edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/${partition}`);
}

describe("edge deployment (workerd via miniflare)", () => {
  let edge: EdgeDeployment;
  let client: Edgelog;
  let admin: RawClient;

  beforeAll(async () => {
    edge = await startEdge();
    client = new Edgelog({ url: edge.url });
    admin = await RawClient.connect(edge.url);
  });

  afterAll(async () => {
    await admin?.close();
    await client?.close();
    await edge?.stop();
  });

  describe("SDK round trips", () => {
    it("one partition: 5,000 records in order, one socket per partition endpoint", async () => {
      const created = await client.admin.createTopic("one", { partitions: 1 });
      expect(created.partitions.map((p) => p.leaderEndpoint)).toEqual(["/v1/ws/p/one/0"]);
      const producer = client.producer({ lingerMs: 2 });
      const sent = await Promise.all(Array.from({ length: 50 }, (_, b) => producer.send("one", Array.from({ length: 100 }, (_, i) => ({ value: `v${b * 100 + i}` })))));
      expect(sent.flat().map((r) => r.offset)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
      const got = await take(client.consumer({ topic: "one", from: "earliest" }), 5000);
      expect(got.map((r) => str(r.value))).toEqual(Array.from({ length: 5000 }, (_, i) => `v${i}`));
    });

    it("four partitions: keyed order kept, a live consumer gets new records pushed", async () => {
      await client.admin.createTopic("four", { partitions: 4 });
      const consumer = client.consumer({ topic: "four", from: "latest" });
      await consumer.start();
      const producer = client.producer({ lingerMs: 1 });
      const sends: Promise<RecordMetadata[]>[] = [];
      for (let i = 0; i < 2000; i++) sends.push(producer.send("four", { key: `k${i % 40}`, value: `${i}` }));
      const acked = (await Promise.all(sends)).flat();
      expect(new Set(acked.map((r) => r.partition)).size).toBe(4);
      const got = await take(consumer, 2000);
      const last = new Map<string, number>();
      for (const r of got) {
        const n = Number(str(r.value));
        expect(n).toBeGreaterThan(last.get(str(r.key)!) ?? -1);
        last.set(str(r.key)!, n);
      }
      expect(last.size).toBe(40);
      const described = await client.admin.describeTopic("four");
      expect(described.partitions.reduce((n, p) => n + p.highWatermark, 0)).toBe(2000);
    });
  });

  describe("admin on the bootstrap endpoint", () => {
    it("creates, lists, describes and deletes; validates names and counts", async () => {
      const c = await admin.request({ createTopicRequest: { topic: "adm", partitions: 3, config: { retentionMs: 60_000 } } });
      expect(c.error).toBeNull();
      expect(c.createTopicResponse!.topic!.partitions!.map((p) => p.leaderEndpoint)).toEqual(["/v1/ws/p/adm/0", "/v1/ws/p/adm/1", "/v1/ws/p/adm/2"]);
      expect((await admin.request({ createTopicRequest: { topic: "adm", partitions: 1 } })).error!.code).toBe(ErrorCode.TOPIC_EXISTS);
      expect((await admin.request({ createTopicRequest: { topic: "bad/name", partitions: 1 } })).error!.code).toBe(ErrorCode.INVALID_REQUEST);
      expect((await admin.request({ createTopicRequest: { topic: "ok", partitions: 5000 } })).error!.code).toBe(ErrorCode.INVALID_REQUEST);
      expect((await admin.request({ listTopicsRequest: {} })).listTopicsResponse!.topics).toContain("adm");
      const d = await admin.request({ describeTopicRequest: { topic: "adm" } });
      expect(d.describeTopicResponse!.topic!.config!.retentionMs).toBe(60_000);
      expect((await admin.request({ deleteTopicRequest: { topic: "adm" } })).error).toBeNull();
      expect((await admin.request({ describeTopicRequest: { topic: "adm" } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
      expect((await admin.request({ deleteTopicRequest: { topic: "adm" } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
      expect((await admin.request({ listTopicsRequest: {} })).listTopicsResponse!.topics).not.toContain("adm");
    });

    it("partition requests on the bootstrap socket are NOT_LEADER; hello announces the edge's limits", async () => {
      await admin.request({ createTopicRequest: { topic: "boot", partitions: 1 } });
      const p = await admin.request({ produceRequest: { topic: "boot", partition: 0, records: encodeBatch([{ value: "x" }]) } });
      expect(p.error!.code).toBe(ErrorCode.NOT_LEADER);
      const hello = await admin.request({ helloRequest: { protocolVersion: 1 } });
      expect(hello.helloResponse!.batchBytesMax).toBe(EDGE_BATCH_BYTES_MAX);
      expect(hello.helloResponse!.frameBytesMax).toBe(32 * 1024 * 1024);
    });
  });

  describe("partition endpoints", () => {
    it("serve their own partition only: others and admin are NOT_LEADER, a never-created topic is UNKNOWN_TOPIC", async () => {
      await admin.request({ createTopicRequest: { topic: "own", partitions: 2 } });
      const p0 = await RawClient.connect(partitionUrl(edge, "own", 0));
      try {
        expect((await p0.request({ produceRequest: { topic: "own", partition: 0, records: encodeBatch([{ value: "a" }]) } })).produceResponse!.baseOffset).toBe(0);
        expect((await p0.request({ produceRequest: { topic: "own", partition: 1, records: encodeBatch([{ value: "a" }]) } })).error!.code).toBe(ErrorCode.NOT_LEADER);
        expect((await p0.request({ fetchRequest: { topic: "other", partition: 0, offset: 0 } })).error!.code).toBe(ErrorCode.NOT_LEADER);
        expect((await p0.request({ createTopicRequest: { topic: "x", partitions: 1 } })).error!.code).toBe(ErrorCode.NOT_LEADER);
        expect((await p0.request({ metadataRequest: {} })).error!.code).toBe(ErrorCode.NOT_LEADER);
      } finally {
        await p0.close();
      }
      const never = await RawClient.connect(partitionUrl(edge, "never-made", 0));
      try {
        expect((await never.request({ produceRequest: { topic: "never-made", partition: 0, records: encodeBatch([{ value: "a" }]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
        expect((await never.request({ subscribeRequest: { topic: "never-made", partition: 0, offset: 0, creditBytes: 100 } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
      } finally {
        await never.close();
      }
    });

    it("answer ping with pong (the runtime's auto-response) and hold at most 16 subscriptions per socket", async () => {
      await admin.request({ createTopicRequest: { topic: "subs", partitions: 1 } });
      const heartbeat = new WebSocket(partitionUrl(edge, "subs", 0));
      await new Promise((resolve) => heartbeat.once("open", resolve));
      const pong = new Promise<string>((resolve) => heartbeat.once("message", (m: Buffer) => resolve(m.toString())));
      heartbeat.send("ping");
      expect(await pong).toBe("pong");
      heartbeat.close();
      const c = await RawClient.connect(partitionUrl(edge, "subs", 0));
      try {
        for (let i = 0; i < 16; i++) expect((await c.request({ subscribeRequest: { topic: "subs", partition: 0, offset: 0, creditBytes: 1000 } })).error).toBeNull();
        expect((await c.request({ subscribeRequest: { topic: "subs", partition: 0, offset: 0, creditBytes: 1000 } })).error!.code).toBe(ErrorCode.LIMIT_EXCEEDED);
        // Every subscription is pushed the new record.
        await c.request({ produceRequest: { topic: "subs", partition: 0, records: encodeBatch([{ value: "fan" }]) } });
        await c.waitFor(() => c.frames.filter((f) => f.push).length === 16);
      } finally {
        await c.close();
      }
    });
  });

  describe("bad input", () => {
    let p: RawClient;
    const stored = async (c: RawClient) => {
      const f = await c.request({ fetchRequest: { topic: "bad", partition: 0, offset: 0, maxBytes: 8 * 1024 * 1024 } });
      return decodeRecords(f.fetchResponse!.records!).map((r) => (r.value!.byteLength > 20 ? `<${r.value!.byteLength} bytes>` : utf8.decode(r.value!)));
    };

    beforeAll(async () => {
      await admin.request({ createTopicRequest: { topic: "bad", partitions: 1 } });
      p = await RawClient.connect(partitionUrl(edge, "bad", 0));
      expect((await p.request({ produceRequest: { topic: "bad", partition: 0, records: encodeBatch([{ value: "precious-0" }, { value: "precious-1" }]) } })).error).toBeNull();
    });

    afterAll(async () => {
      await p?.close();
    });

    it("malformed and text frames get INVALID_REQUEST; the socket stays usable", async () => {
      for (const target of [p, admin]) {
        const before = target.frames.length;
        target.sendRaw(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
        const err = await target.waitFor((f) => target.frames.indexOf(f) >= before && f.correlationId === 0 && !!f.error);
        expect(err.error!.code).toBe(ErrorCode.INVALID_REQUEST);
        target.sendRaw("not binary");
        await target.waitFor((f) => target.frames.indexOf(f) > target.frames.indexOf(err) && !!f.error);
      }
      expect(await stored(p)).toEqual(["precious-0", "precious-1"]);
    });

    it("records and batches over the edge's limits are RECORD_TOO_LARGE; a corrupt batch is CORRUPT_BATCH", async () => {
      const record = await p.request({ produceRequest: { topic: "bad", partition: 0, records: encodeBatch([{ value: new Uint8Array(1024 * 1024 + 1) }]) } });
      expect(record.error!.code).toBe(ErrorCode.RECORD_TOO_LARGE);
      // Three records of 1 MB each: every record is allowed, the batch (one SQLite row) is not.
      const batch = encodeBatch([0, 1, 2].map(() => ({ value: new Uint8Array(1000 * 1000) })));
      expect(batch.byteLength).toBeGreaterThan(EDGE_BATCH_BYTES_MAX);
      expect((await p.request({ produceRequest: { topic: "bad", partition: 0, records: batch } })).error!.code).toBe(ErrorCode.RECORD_TOO_LARGE);
      const corrupt = encodeBatch([{ value: "flip" }]);
      corrupt[corrupt.length - 2] ^= 0x55;
      expect((await p.request({ produceRequest: { topic: "bad", partition: 0, records: corrupt } })).error!.code).toBe(ErrorCode.CORRUPT_BATCH);
      // A record just under the limit fits a batch.
      expect((await p.request({ produceRequest: { topic: "bad", partition: 0, records: encodeBatch([{ value: new Uint8Array(1000 * 1000) }]) } })).error).toBeNull();
      expect(await stored(p)).toEqual(["precious-0", "precious-1", `<${1000 * 1000} bytes>`]);
    });

    it("offsets out of range are typed for fetch and subscribe", async () => {
      expect((await p.request({ fetchRequest: { topic: "bad", partition: 0, offset: 1_000_000 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect((await p.request({ fetchRequest: { topic: "bad", partition: 0, offset: -5 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect((await p.request({ subscribeRequest: { topic: "bad", partition: 0, offset: 99_999, creditBytes: 100 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    });

    it("a frame over 32 MiB closes only that socket (1009); a subscriber and a producer on the same object carry on", async () => {
      const subscriber = client.consumer({ topic: "bad", from: "latest" });
      await subscriber.start();
      const victim = await RawClient.connect(partitionUrl(edge, "bad", 0));
      victim.sendRaw(new Uint8Array(32 * 1024 * 1024 + 1));
      await new Promise<void>((resolve) => (victim.closed ? resolve() : victim.ws.once("close", () => resolve())));
      expect(victim.closed!.code).toBe(1009);
      const r = await p.request({ produceRequest: { topic: "bad", partition: 0, records: encodeBatch([{ value: "after" }]) } });
      expect(r.error).toBeNull();
      const [next] = await take(subscriber, 1);
      expect(str(next!.value)).toBe("after");
      expect((await stored(p)).slice(0, 2)).toEqual(["precious-0", "precious-1"]);
    });

    it("a deleted topic ends subscriptions with UNKNOWN_TOPIC and closes its sockets; the same name starts empty", async () => {
      await admin.request({ createTopicRequest: { topic: "gone", partitions: 1 } });
      const s = await RawClient.connect(partitionUrl(edge, "gone", 0));
      await s.request({ produceRequest: { topic: "gone", partition: 0, records: encodeBatch([{ value: "x" }]) } });
      const sub = await s.request({ subscribeRequest: { topic: "gone", partition: 0, offset: 1, creditBytes: 1000 } });
      expect((await admin.request({ deleteTopicRequest: { topic: "gone" } })).error).toBeNull();
      const end = await s.waitFor((f) => !!f.subscriptionEnd);
      expect(end.subscriptionEnd!.subscriptionId).toBe(sub.subscribeResponse!.subscriptionId);
      expect(end.subscriptionEnd!.error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
      await new Promise<void>((resolve) => (s.closed ? resolve() : s.ws.once("close", () => resolve())));
      expect(s.closed!.code).toBe(4404);
      const again = await RawClient.connect(partitionUrl(edge, "gone", 0));
      try {
        expect((await again.request({ produceRequest: { topic: "gone", partition: 0, records: encodeBatch([{ value: "y" }]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
        await admin.request({ createTopicRequest: { topic: "gone", partitions: 1 } });
        expect((await again.request({ produceRequest: { topic: "gone", partition: 0, records: encodeBatch([{ value: "z" }]) } })).produceResponse!.baseOffset).toBe(0);
      } finally {
        await again.close();
      }
    });
  });

  describe("HTTP", () => {
    it("POST /v1/topics/:topic/records fans out by key, answers offsets in request order, with CORS", async () => {
      await client.admin.createTopic("http", { partitions: 4 });
      const records = Array.from({ length: 20 }, (_, i) => ({ key: `user-${i % 5}`, value: { n: i } }));
      // A page of this machine (open mode serves those; its origin is echoed).
      const page = "http://localhost:5173";
      const res = await fetch(`${edge.httpUrl}/v1/topics/http/records`, { method: "POST", headers: { "content-type": "application/json", origin: page }, body: JSON.stringify({ records }) });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(page);
      const { offsets } = (await res.json()) as { offsets: { partition: number; offset: number }[] };
      expect(offsets).toHaveLength(20);
      expect(new Set(offsets.map((o) => o.partition)).size).toBeGreaterThan(1);
      const got = await take(client.consumer({ topic: "http", from: "earliest" }), 20);
      for (const r of got) {
        const n = (JSON.parse(str(r.value)!) as { n: number }).n;
        expect(offsets[n]).toEqual({ partition: r.partition, offset: r.offset });
        expect(str(r.key)).toBe(`user-${n % 5}`);
      }
      const pre = await fetch(`${edge.httpUrl}/v1/topics/http/records`, { method: "OPTIONS" });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
    });

    it("answers bad input with a status and a typed error body", async () => {
      const post = (topic: string, body: string) => fetch(`${edge.httpUrl}/v1/topics/${topic}/records`, { method: "POST", body });
      const cases: [string, string, number, string][] = [
        ["http", "{not json", 400, "INVALID_REQUEST"],
        ["http", JSON.stringify({ records: [] }), 400, "INVALID_REQUEST"],
        ["http", JSON.stringify([{ nope: 1 }]), 400, "INVALID_REQUEST"],
        ["http", JSON.stringify([{ value: 1, partition: 9 }]), 400, "UNKNOWN_PARTITION"],
        ["missing", JSON.stringify([{ value: 1 }]), 404, "UNKNOWN_TOPIC"],
        ["http", JSON.stringify([{ value: "x".repeat(1024 * 1024 + 10) }]), 413, "RECORD_TOO_LARGE"],
        ["http", JSON.stringify([{ value: "x".repeat(EDGE_BATCH_BYTES_MAX) }]), 413, "RECORD_TOO_LARGE"],
      ];
      for (const [topic, body, status, name] of cases) {
        const res = await post(topic, body);
        expect(res.status, body.slice(0, 40)).toBe(status);
        expect(((await res.json()) as { error: { name: string } }).error.name).toBe(name);
      }
    });

    it("GET /v1/metadata, /v1/health, unknown routes, a WebSocket path without upgrade", async () => {
      await client.admin.createTopic("meta", { partitions: 2 });
      const one = (await (await fetch(`${edge.httpUrl}/v1/metadata?topics=meta`)).json()) as { topics: { name: string; partitions: { leaderEndpoint: string }[] }[] };
      expect(one.topics.map((t) => t.name)).toEqual(["meta"]);
      expect(one.topics[0]!.partitions.map((p) => p.leaderEndpoint)).toEqual(["/v1/ws/p/meta/0", "/v1/ws/p/meta/1"]);
      const all = (await (await fetch(`${edge.httpUrl}/v1/metadata`)).json()) as { topics: { name: string }[] };
      expect(all.topics.map((t) => t.name)).toEqual(expect.arrayContaining(["meta", "http"]));
      const missing = await fetch(`${edge.httpUrl}/v1/metadata?topics=meta,nope`);
      expect(missing.status).toBe(404);
      expect(await (await fetch(`${edge.httpUrl}/v1/health`)).json()).toEqual({ ok: true });
      expect((await fetch(`${edge.httpUrl}/v2/nothing`)).status).toBe(404);
      expect((await fetch(`${edge.httpUrl}/v1/ws/p/meta/0`)).status).toBe(426);
      expect((await fetch(`${edge.httpUrl}/v1/ws/p/bad..name!/0`)).status).toBe(400);
    });
  });

  describe("retention", () => {
    it("the partition's alarm rolls and deletes expired segments with no request to trigger it", async () => {
      await client.admin.createTopic("short", { partitions: 1, retentionMs: 500 });
      const producer = client.producer({ lingerMs: 0 });
      await producer.send("short", Array.from({ length: 10 }, (_, i) => ({ value: `${i}` })));
      let d = (await client.admin.describeTopic("short")).partitions[0]!;
      expect(d).toMatchObject({ logStartOffset: 0, highWatermark: 10 });
      // Roll at created + 500 ms, delete at newest record + 501 ms: both by the one alarm.
      for (let i = 0; i < 100 && d.logStartOffset < 10; i++) {
        await sleep(100);
        d = (await client.admin.describeTopic("short")).partitions[0]!;
      }
      expect(d).toMatchObject({ logStartOffset: 10, highWatermark: 10, sizeBytes: 0 });
      await expect(take(client.consumer({ topic: "short", from: 0 }), 1)).rejects.toMatchObject({ code: "OFFSET_OUT_OF_RANGE" });
      expect((await producer.send("short", { value: "later" }))[0]!.offset).toBe(10);
    });

    it("retention.bytes below the segment size: about retention.bytes plus one segment of rows stay, offsets unchanged", async () => {
      const retentionBytes = 1_000_000;
      // The same rule as the Node broker's, here under the edge's 16 MiB default segment: 1 MiB segments.
      const segmentBytes = segmentBytesFor({ retentionBytes, segmentBytes: edgeLimits.segmentBytesDefault });
      await client.admin.createTopic("bounded", { partitions: 1, retentionBytes });
      const producer = client.producer({ batchBytes: 128 * 1024 });
      const recordCount = 50_000; // 50 MB of 1 KB values that start with their index
      for (let i = 0; i < recordCount; i += 1000) {
        await producer.send("bounded", Array.from({ length: 1000 }, (_, k) => ({ value: String(i + k).padEnd(1000, ".") })));
      }
      await producer.close();
      await edge.enforceRetention(); // what the partition's alarm does (the appends set it for now)
      const d = (await client.admin.describeTopic("bounded")).partitions[0]!;
      expect(d.highWatermark).toBe(recordCount);
      expect(d.logStartOffset).toBeGreaterThan(0);
      expect(d.sizeBytes).toBeGreaterThanOrEqual(retentionBytes);
      expect(d.sizeBytes).toBeLessThan(retentionBytes + segmentBytes);
      const [oldest] = await take(client.consumer({ topic: "bounded", from: "earliest" }), 1);
      expect(oldest!.offset).toBe(d.logStartOffset);
      expect(Number.parseInt(str(oldest!.value)!, 10)).toBe(d.logStartOffset);
    });
  });
});

// The hibernation case and the restart cases each run a workerd of their own, so they run concurrently: the
// hibernation case's fixed idle wait (workerd's eviction timer, which nothing can trigger or shorten) overlaps
// the restarts instead of adding to them.
describe.concurrent("hibernation, and edge restart on persisted storage", () => {
  // The proof comes from the runtime: PartitionDO logs "woke with N hibernated sockets" from its constructor
  // when it finds sockets it did not accept itself, i.e. when workerd evicted the object while keeping its
  // hibernatable sockets and then built a new instance for the next event. The test reads workerd's output.
  it("1,000 idle subscribers: the object is evicted; a heartbeat ping is answered without waking it; it is rebuilt with all their sockets for an append; subscriptions, credit and min_bytes / max_wait_ms survive; the append reaches each", async () => {
    const { lines: runtimeLines, progress: runtimeOutput, onLine } = collectRuntimeOutput();
    const edge = await startEdge({ onRuntimeOutput: onLine });
    const wakeLines = () => runtimeLines.filter((l) => l.includes("edgelog: partition sleepy/0 woke with"));
    const markerWakeLines = () => runtimeLines.filter((l) => l.includes("edgelog: partition marker/0 woke with"));
    const sockets: RawClient[] = [];
    let heartbeat: WebSocket | undefined;
    let marker: RawClient | undefined;
    let waiter: RawClient | undefined;
    try {
      const admin = await RawClient.connect(edge.url);
      await admin.request({ createTopicRequest: { topic: "sleepy", partitions: 1 } });
      // A second object that sleeps through the same wait: its wake line, caused after the heartbeat's
      // answer, is the mark in workerd's output before which a wake by the heartbeat would have shown.
      await admin.request({ createTopicRequest: { topic: "marker", partitions: 1 } });
      await admin.close();
      marker = await RawClient.connect(partitionUrl(edge, "marker", 0));
      const url = partitionUrl(edge, "sleepy", 0);
      // The SDK's heartbeat is a text frame, which RawClient does not parse: a plain socket sends it.
      heartbeat = new WebSocket(url);
      await new Promise((resolve) => heartbeat!.once("open", resolve));
      const producer = await RawClient.connect(url);
      await producer.request({ produceRequest: { topic: "sleepy", partition: 0, records: encodeBatch([{ value: "before" }]) } });
      // One socket after another, each subscribed before the next opens: with this workerd, upgrades that
      // arrive nearly together could leave the object unable to hibernate.
      // Even sockets get credit for more than one batch; odd ones for one byte, spent by the first push.
      const subs: DecodedFrame[] = [];
      for (let i = 0; i < 1000; i++) {
        const c = await RawClient.connect(url);
        sockets.push(c);
        subs.push(await c.request({ subscribeRequest: { topic: "sleepy", partition: 0, offset: 0, creditBytes: i % 2 === 0 ? 100_000 : 1 } }));
      }
      expect(subs.every((f) => f.error === null)).toBe(true);
      await Promise.all(sockets.map((c) => c.waitFor((f) => !!f.push)));
      // One more that waits (min_bytes 500, max_wait_ms 30 s: only bytes release it within this test): it
      // had "before" at once (behind the head); its settings ride in the attachment through the eviction.
      waiter = await RawClient.connect(url);
      expect((await waiter.request({ subscribeRequest: { topic: "sleepy", partition: 0, offset: 0, creditBytes: 100_000, minBytes: 500, maxWaitMs: 30_000 } })).error).toBeNull();
      await waiter.waitFor((f) => !!f.push);
      // While sockets are in use the object stays the same instance.
      expect(wakeLines()).toEqual([]);

      // Nothing is sent for 12 s. workerd evicts an object whose only remaining activity is hibernatable
      // sockets once it has been idle for 10 s (its own timer; nothing observable happens at that moment,
      // and any request to check would itself be activity), so the wait is fixed, with 2 s of margin.
      await sleep(12_000);
      // Eviction runs no code of ours: the new instance is constructed only for the next event.
      expect(wakeLines()).toEqual([]);
      // The heartbeat is answered by the runtime (setWebSocketAutoResponse) and does not wake the object.
      // Had it woken it, the wake line would have been written before the pong left, so before the marker
      // object's wake line, which a binary frame sent after the pongs causes.
      for (let i = 0; i < 3; i++) {
        const pong = new Promise<string>((resolve) => heartbeat!.once("message", (m: Buffer) => resolve(m.toString())));
        heartbeat.send("ping");
        expect(await pong).toBe("pong");
      }
      expect((await marker.request({ helloRequest: { protocolVersion: 1 } })).error).toBeNull();
      await runtimeOutput.until(() => markerWakeLines().length > 0, "the marker's wake line on workerd's stdout", 5_000);
      expect(markerWakeLines()).toEqual(["edgelog: partition marker/0 woke with 1 hibernated sockets"]);
      expect(wakeLines()).toEqual([]);
      await producer.request({ produceRequest: { topic: "sleepy", partition: 0, records: encodeBatch([{ value: "after" }]) } });
      const evens = sockets.filter((_, i) => i % 2 === 0);
      const odds = sockets.filter((_, i) => i % 2 === 1);
      const pushes = await Promise.all(evens.map((c) => c.waitFor((f) => !!f.push && f.push.nextOffset === 2)));
      expect(pushes.map((f) => decodeRecords(f.push!.records!).map((r) => utf8.decode(r.value!)))).toEqual(evens.map(() => ["after"]));
      // The log line travels through workerd's stdout, not the socket: it may trail the answers a little.
      await runtimeOutput.until(() => wakeLines().length > 0, "the wake line on workerd's stdout", 5_000);
      // Rebuilt once, holding every socket: the 1,000 subscribers, the waiter, the producer's and the heartbeat's.
      expect(wakeLines()).toEqual(["edgelog: partition sleepy/0 woke with 1003 hibernated sockets"]);
      // The waiter still waits: "after" (~75 B) is held, no push for it was on its way (answered after that turn).
      await waiter.request({ helloRequest: { protocolVersion: 1 } });
      expect(waiter.frames.filter((f) => f.push)).toHaveLength(1);
      // The append's pushes left in the turn that stored it; an answer on each odd socket, sent after that
      // turn, proves no push for it was on its way.
      await Promise.all(odds.map((c) => c.request({ helloRequest: { protocolVersion: 1 } })));
      expect(odds.every((c) => c.frames.filter((f) => f.push).length === 1)).toBe(true);
      // The credit the odd ones grant now is added to what survived: the push follows.
      const [odd] = odds;
      odd!.sendRaw(encodeFrame({ creditRequest: { subscriptionId: subs[1]!.subscribeResponse!.subscriptionId, creditBytes: 100_000 } }));
      expect(decodeRecords((await odd!.waitFor((f) => !!f.push && f.push.nextOffset === 2)).push!.records!).map((r) => utf8.decode(r.value!))).toEqual(["after"]);
      // Two records of ~270 B bring the waiter's held bytes past 500: one push with all three.
      for (const v of ["more-0", "more-1"]) await producer.request({ produceRequest: { topic: "sleepy", partition: 0, records: encodeBatch([{ value: v.padEnd(200, ".") }]) } });
      const released = await waiter.waitFor((f) => !!f.push && f.push.nextOffset === 4);
      expect(decodeRecords(released.push!.records!).map((r) => utf8.decode(r.value!).slice(0, 6))).toEqual(["after", "more-0", "more-1"]);
      expect(waiter.frames.filter((f) => f.push)).toHaveLength(2);
      expect(wakeLines()).toHaveLength(1);
      await producer.close();
    } finally {
      heartbeat?.terminate();
      await marker?.close();
      await waiter?.close();
      await Promise.all(sockets.map((c) => c.close()));
      await edge.stop();
    }
  }, 60_000);

  it("a new workerd process on the same directory has every acknowledged record, in order, and takes appends", async () => {
    const dir = await tempDir();
    let edge = await startEdge({ persistDir: dir });
    const c1 = new Edgelog({ url: edge.url });
    await c1.admin.createTopic("kept", { partitions: 3 });
    const producer = c1.producer({ lingerMs: 1 });
    const acked = (await Promise.all(Array.from({ length: 300 }, (_, i) => producer.send("kept", { key: `k${i % 7}`, value: `${i}` })))).flat();
    const http = await fetch(`${edge.httpUrl}/v1/topics/kept/records`, { method: "POST", body: JSON.stringify([{ key: "k0", value: "via-http" }]) });
    expect(http.status).toBe(200);
    await c1.close();
    await edge.stop();

    edge = await startEdge({ persistDir: dir });
    const c2 = new Edgelog({ url: edge.url });
    try {
      expect(await c2.admin.listTopics()).toContain("kept");
      const got = await take(c2.consumer({ topic: "kept", from: "earliest" }), 301);
      const byPartition = new Map<number, string[]>();
      for (const r of got) byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), str(r.value)!]);
      const expected = new Map<number, string[]>();
      acked.forEach((a, i) => expected.set(a.partition, [...(expected.get(a.partition) ?? []), `${i}`]));
      const { offsets } = (await http.json()) as { offsets: { partition: number }[] };
      expected.get(offsets[0]!.partition)!.push('"via-http"');
      expect(byPartition).toEqual(expected);
      const more = await c2.producer({ lingerMs: 0 }).send("kept", { key: "k0", value: "after-restart" });
      expect(more[0]!.offset).toBe(expected.get(more[0]!.partition)!.length);
    } finally {
      await c2.close();
      await edge.stop();
    }
  });

  it("producer and consumer ride through a restart behind the same URL: nothing acknowledged is lost, duplicated or reordered", async () => {
    const dir = await tempDir();
    let edge = await startEdge({ persistDir: dir });
    const port = Number(new URL(edge.httpUrl).port);
    try {
      await restartScenario(edge.url, async (clientNoticed) => {
        await edge.stop();
        await clientNoticed();
        edge = await startEdge({ persistDir: dir, port });
      });
    } finally {
      await edge.stop();
    }
  });
});
