// The SDK conformance suite: one set of end-to-end cases, run against every deployment of the broker
// (test/client/sdk.test.ts: the Node broker; test/edge/sdk-conformance.test.ts: the Worker in workerd).
// Admin, produce/consume round trips, keyed order, start positions, pause/resume/seek, credit flow
// control, retention, typed errors and typed topics, all through the public SDK.
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

export interface Deployment {
  /** Bootstrap WebSocket URL. */
  url: string;
  stop(): Promise<void>;
  /** Runs retention now (the Node broker's timer, the edge's alarm); the retention case needs it. */
  enforceRetention?(): Promise<void>;
}

const text = new TextDecoder();
const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const str = (b: Uint8Array | null) => (b === null ? null : text.decode(b));

export function sdkConformanceSuite(name: string, deploy: () => Promise<Deployment>, opts: { retention?: boolean } = {}): void {
  const retentionHook = opts.retention ?? true;
  describe(name, () => {
    let deployment: Deployment;
    let client: Edgelog;
    let topicSeq = 0;

    beforeAll(async () => {
      deployment = await deploy();
      client = new Edgelog({ url: deployment.url });
    });

    afterAll(async () => {
      await client?.close();
      await deployment?.stop();
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
        // The jump lands at the end (2): the next record stored is the first one delivered.
        await client.producer({ lingerMs: 0 }).send(topic, { value: "c" });
        const [next] = await take(lenient, 1);
        expect(next!.offset).toBe(2);
        expect(str(next!.value)).toBe("c");
        expect(lenient.position(0)).toBe(3);
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

    describe("retention", () => {
      it.runIf(!!retentionHook)("deletes whole old segments by bytes, never renumbers, and consumers from earliest start at the new log start", async () => {
        const name = `sdk-retention-${++topicSeq}`;
        await client.admin.createTopic(name, { partitions: 1, segmentBytes: 1024, retentionBytes: 4096 });
        const producer = client.producer({ lingerMs: 0 });
        for (let i = 0; i < 40; i++) await producer.send(name, { value: `r${i}`.padEnd(200, ".") });
        await deployment.enforceRetention!();
        const d = (await client.admin.describeTopic(name)).partitions[0]!;
        expect(d.highWatermark).toBe(40);
        expect(d.logStartOffset).toBeGreaterThan(0);
        expect(d.sizeBytes).toBeLessThanOrEqual(4096 + 1024);
        const earliest = await client.admin.listOffsets(name, 0, "earliest");
        expect(earliest.offset).toBe(d.logStartOffset);
        const got = await take(client.consumer({ topic: name, from: "earliest" }), 40 - d.logStartOffset);
        expect(got.map((r) => r.offset)).toEqual(Array.from({ length: 40 - d.logStartOffset }, (_, i) => d.logStartOffset + i));
        expect(str(got[0]!.value)!.startsWith(`r${d.logStartOffset}.`)).toBe(true);
        await expect(take(client.consumer({ topic: name, from: 0 }), 1)).rejects.toBeInstanceOf(OffsetOutOfRangeError);
      });
    });

  });
}
