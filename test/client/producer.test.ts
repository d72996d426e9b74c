// Producer batching, routing and flow limits, proved by counting the Produce frames an in-memory fake
// broker receives (fake WebSocket, no network) and checking offsets against what it stored. Answers the
// tests need to delay are held by the fake broker and released by the test, never timed.
import { describe, expect, it } from "vitest";
import { ClosedError, Edgelog, InvalidRequestError, Producer, RecordTooLargeError, UnknownTopicError, partitionForKey } from "../../client/index.ts";
import { decodeRecords } from "../../src/protocol/record-batch.ts";
import { FakeBroker } from "./fake-broker.ts";

const text = new TextDecoder();
const encoder = new TextEncoder();

function setup(options: ConstructorParameters<typeof FakeBroker>[0] = {}) {
  const broker = new FakeBroker(options);
  const client = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 5 } });
  return { broker, client };
}

function values(n: number, prefix = "v", size = 0): { value: string }[] {
  return Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i}`.padEnd(size, ".") }));
}

describe("producer batching", () => {
  it("puts the records of one send() call in one batch (lingerMs 0) and numbers them in input order", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 0 });
    const results = await p.send("t", values(1000));
    expect(broker.produced).toHaveLength(1);
    expect(broker.produced[0].recordCount).toBe(1000);
    expect(results.map((r) => r.offset)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(results.every((r) => r.topic === "t" && r.partition === 0)).toBe(true);
    expect(broker.records("t", 0).map((r) => text.decode(r.value!))).toEqual(values(1000).map((v) => v.value));
    await client.close();
  });

  it("seals a batch when it reaches batchBytes and keeps batches in order", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 0, batchBytes: 10_000 });
    const results = await p.send("t", values(1000, "v", 100));
    expect(broker.produced.length).toBeGreaterThanOrEqual(10);
    for (const f of broker.produced) expect(f.bytes).toBeLessThanOrEqual(10_000);
    expect(broker.produced.reduce((n, f) => n + f.recordCount, 0)).toBe(1000);
    expect(results.map((r) => r.offset)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    await client.close();
  });

  it("fills batches to batchBytes where the broker's batch bound leaves less than a largest record above it (the edge: 1.9 MB, records up to 1 MiB)", async () => {
    const { broker, client } = setup({ batchBytesMax: 1_900_000 });
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 0 });
    // 1,000 records of 1 KiB, about 1.03 MB: under the default batchBytes (1 MiB), so one batch. (A
    // producer that kept room for a largest record under the broker's bound sealed at 850 KB: 2 batches.)
    const value = new Uint8Array(1024).fill(1);
    await p.send("t", Array.from({ length: 1000 }, () => ({ value })));
    expect(broker.produced.map((f) => f.recordCount)).toEqual([1000]);
    await client.close();
  });

  it("keeps batches under the broker's bound when strings encode to more bytes than their length (the size guess)", async () => {
    const { broker, client } = setup({ batchBytesMax: 20_000, recordBytesMax: 16_000 });
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 0 });
    // 15 KB of ASCII, then a value of 3,000 UTF-16 units and 9,000 UTF-8 bytes, guessed at a third of its
    // size: the guess fits under the target (19 KB), the record does not fit under the bound.
    const records = [...values(15, "a", 1000), { value: "€".repeat(3000) }, ...values(3, "b", 1000)];
    const results = await p.send("t", records);
    for (const f of broker.produced) expect(f.bytes).toBeLessThanOrEqual(20_000);
    expect(results.map((r) => r.offset)).toEqual(Array.from({ length: records.length }, (_, i) => i));
    expect(broker.records("t", 0).map((r) => text.decode(r.value!))).toEqual(records.map((r) => r.value));
    await client.close();
  });

  it("lingers: sends within lingerMs share a batch; later sends get their own", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 30 });
    const a = p.send("t", { value: "a" });
    const b = p.send("t", [{ value: "b" }, { value: "c" }]);
    await Promise.all([a, b]);
    expect(broker.produced.map((f) => f.recordCount)).toEqual([3]);
    await p.send("t", { value: "d" });
    expect(broker.produced.map((f) => f.recordCount)).toEqual([3, 1]);
    expect((await b).map((r) => r.offset)).toEqual([1, 2]);
    await client.close();
  });

  it("flush() sends open batches without waiting for lingerMs", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 60_000 });
    const sent = p.send("t", values(5));
    // A flush that waited for the linger (60 s) would outlast the test's timeout; one that did nothing
    // would leave the batch unsent.
    await p.flush();
    expect(broker.produced).toHaveLength(1);
    expect((await sent).map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(broker.produced).toHaveLength(1);
    await client.close();
  });

  it("keeps at most maxInFlight unacknowledged batches per partition", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    // An answer goes out only once nothing is in flight: the producer has sent all its window allows, so a
    // third request before an answer would show in produceInFlightMax.
    broker.holdProduceAnswers = true;
    const p = client.producer({ lingerMs: 0, batchBytes: 2000, maxInFlight: 2 });
    const sending = p.send("t", values(200, "v", 100));
    let done = false;
    void sending.finally(() => {
      done = true;
      broker.progress.poke();
    });
    const releasing = (async () => {
      while (!done) {
        await broker.progress.until(() => done || (broker.produceInFlight > 0 && broker.quiet()), "the producer to fill its window");
        broker.releaseProduceAnswers(1);
      }
    })();
    const results = await sending;
    await releasing;
    expect(broker.produced.length).toBeGreaterThan(5);
    expect(broker.produceInFlightMax).toBe(2);
    expect(results.map((r) => r.offset)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await client.close();
  });

  it("with acks 'none' resolves offsets -1 and the broker answers nothing", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ acks: "none", lingerMs: 0 });
    const results = await p.send("t", values(10));
    expect(results.map((r) => r.offset)).toEqual(new Array(10).fill(-1));
    await broker.progress.until(() => broker.produced.length > 0, "the unanswered batch to reach the broker");
    expect(broker.produced).toEqual([expect.objectContaining({ recordCount: 10, acks: 2 })]);
    await client.close();
  });
});

describe("producer engine on demand (client/producer.ts loads producer-engine.ts at the first send)", () => {
  it("calls made before the engine is there reach it in the order they were made: sends, a flush between them, close", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 50 });
    const a = p.send("t", values(3, "a"));
    const b = p.send("t", values(3, "b"));
    const flushed = p.flush();
    const c = p.send("t", values(3, "c"));
    await flushed;
    expect((await a).map((r) => r.offset)).toEqual([0, 1, 2]);
    expect((await b).map((r) => r.offset)).toEqual([3, 4, 5]);
    const closed = p.close();
    await expect(p.send("t", values(1, "late"))).rejects.toThrow(ClosedError);
    await closed;
    expect((await c).map((r) => r.offset)).toEqual([6, 7, 8]);
    expect(broker.records("t", 0).map((r) => text.decode(r.value!))).toEqual(["a0", "a1", "a2", "b0", "b1", "b2", "c0", "c1", "c2"]);
    await client.close();
  });

  it("checks its options at once; one that never sent closes without its engine, once, and then refuses sends", async () => {
    const { broker, client } = setup();
    expect(() => client.producer({ acks: "some" as never })).toThrow(InvalidRequestError);
    let closes = 0;
    const p = new Producer({} as never, {}, () => closes++);
    await p.flush();
    await p.close();
    await p.close();
    expect(closes).toBe(1);
    await expect(p.send("t", values(1))).rejects.toThrow(ClosedError);
    expect(broker.produced).toHaveLength(0);
    await client.close();
    // A closed client makes nothing more: ClosedError, as a closed producer's sends get.
    expect(() => client.producer()).toThrow(ClosedError);
    expect(() => client.consumer({ topic: "t" })).toThrow(ClosedError);
  });
});

describe("producer routing", () => {
  it("sends keyed records to murmur2(key) % partitions, in order per key", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 4);
    const p = client.producer({ lingerMs: 0 });
    const records = Array.from({ length: 400 }, (_, i) => ({ key: `user-${i % 37}`, value: `${i}` }));
    const results = await p.send("t", records);
    for (let i = 0; i < records.length; i++) {
      expect(results[i].partition).toBe(partitionForKey(encoder.encode(records[i].key), 4));
    }
    const lastOffset = new Map<string, number>();
    results.forEach((r, i) => {
      const prev = lastOffset.get(records[i].key) ?? -1;
      expect(r.offset).toBeGreaterThan(prev);
      lastOffset.set(records[i].key, r.offset);
    });
    // Stored: each partition holds its keys' values in send order.
    for (let part = 0; part < 4; part++) {
      const stored = broker.records("t", part).map((r) => Number(text.decode(r.value!)));
      expect(stored).toEqual([...stored].sort((a, b) => a - b));
    }
    // Bytes keys route like their UTF-8 strings.
    const [bytesKey] = await p.send("t", { key: encoder.encode("user-3"), value: "x" });
    expect(bytesKey.partition).toBe(results[3].partition);
    await client.close();
  });

  it("sticks unkeyed records to one partition per batch and moves on when the batch is sent", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 4);
    const p = client.producer({ lingerMs: 0 });
    const partitions: number[] = [];
    for (let i = 0; i < 40; i++) {
      const results = await p.send("t", values(10));
      expect(new Set(results.map((r) => r.partition)).size).toBe(1);
      partitions.push(results[0].partition);
    }
    for (let i = 1; i < partitions.length; i++) expect(partitions[i]).not.toBe(partitions[i - 1]);
    expect(new Set(partitions).size).toBe(4);
    expect(broker.produced).toHaveLength(40);
    await client.close();
  });

  it("honours an explicit partition and rejects one that does not exist", async () => {
    const { client, broker } = setup();
    broker.createTopic("t", 3);
    const p = client.producer({ lingerMs: 0 });
    const results = await p.send("t", [{ value: "a", partition: 2 }, { value: "b", key: "k", partition: 1 }]);
    expect(results.map((r) => r.partition)).toEqual([2, 1]);
    await expect(p.send("t", { value: "c", partition: 3 })).rejects.toMatchObject({ code: "UNKNOWN_PARTITION" });
    await client.close();
  });
});

describe("producer errors", () => {
  it("rejects a record above the broker's recordBytesMax before sending anything", async () => {
    const { broker, client } = setup({ recordBytesMax: 1000 });
    broker.createTopic("t", 1);
    const p = client.producer({ lingerMs: 0 });
    await expect(p.send("t", [{ value: "small" }, { value: "x".repeat(1001) }])).rejects.toBeInstanceOf(RecordTooLargeError);
    await expect(p.send("t", { value: new Uint8Array(600), key: new Uint8Array(600) })).rejects.toBeInstanceOf(RecordTooLargeError);
    // Non-ASCII: 400 × "é" is 800 bytes, under the limit though its UTF-16 bound (1200) is not.
    await expect(p.send("t", { value: "é".repeat(400) })).resolves.toHaveLength(1);
    // What the rejected sends would have sent travels ahead of it on the same socket: only it arrived.
    expect(broker.produced).toEqual([expect.objectContaining({ recordCount: 1 })]);
    await client.close();
  });

  it("rejects records for an unknown topic with UnknownTopicError", async () => {
    const { client } = setup();
    const p = client.producer({ lingerMs: 0 });
    await expect(p.send("nope", { value: "a" })).rejects.toBeInstanceOf(UnknownTopicError);
    await client.close();
  });

  it("retries batches whose connection dropped, in order, and resolves them once stored", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    broker.holdProduceAnswers = true;
    const p = client.producer({ lingerMs: 0, batchBytes: 500, retryBackoffMs: 5 });
    const sent = p.send("t", values(50, "v", 40));
    // Batches stored and unanswered when the socket drops: their answers never come.
    await broker.progress.until(() => broker.produced.length >= 2, "batches stored and not yet answered");
    broker.dropAll();
    broker.holdProduceAnswers = false;
    broker.releaseProduceAnswers();
    const results = await sent;
    // At-least-once: a batch stored before the drop is stored again by the retry. The acknowledged
    // offsets hold the acknowledged values, and they increase in input order.
    const stored = broker.records("t", 0);
    results.forEach((r, i) => {
      expect(text.decode(stored[r.offset].value!).trimEnd()).toBe(values(50, "v", 40)[i].value.trimEnd());
      if (i > 0) expect(r.offset).toBeGreaterThan(results[i - 1].offset);
    });
    expect(broker.opened).toBeGreaterThanOrEqual(2);
    await client.close();
  });
});

it("decodes what it encodes: headers, keys, null values, timestamps", async () => {
  const { broker, client } = setup();
  broker.createTopic("t", 1);
  const p = client.producer({ lingerMs: 0 });
  await p.send("t", [
    { key: "k", value: "v", headers: { a: "1", b: new Uint8Array([2]) }, timestampMs: 1234 },
    { key: null, value: null },
  ]);
  const [a, b] = decodeRecords(broker.topics.get("t")![0].batches[0].bytes);
  expect(text.decode(a.key!)).toBe("k");
  expect(a.timestampMs).toBe(1234);
  expect(a.headers.map((h) => [h.key, [...h.value]])).toEqual([["a", [49]], ["b", [2]]]);
  expect(b.key).toBeNull();
  expect(b.value).toBeNull();
  await client.close();
});
