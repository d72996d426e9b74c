// The SDK producer's idempotence against the in-memory fake broker (which answers InitProducer through its
// extraHandler and refuses chosen produce frames through its gate): what goes into each batch header
// (producer id, epoch, per-partition sequences), the options' rules and defaults, the fallback for a broker
// without InitProducer, a refused sequence behind an earlier failure resent in order, and a batch failed for
// good moving its partition to a new producer id with the sealed batches restamped (CRC still valid).
import { describe, expect, it } from "vitest";
import { Edgelog, EdgelogError, InvalidRequestError } from "../../client/index.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame } from "../../src/protocol/frames.ts";
import { decodeRecords, readBatchHeader, verifyBatch } from "../../src/protocol/record-batch.ts";
import { FakeBroker } from "./fake-broker.ts";

const text = new TextDecoder();

function setup(opts: { initProducer?: boolean } = {}) {
  const broker = new FakeBroker();
  let nextProducerId = 100;
  const inits: DecodedFrame[] = [];
  if (opts.initProducer !== false) {
    broker.extraHandler = (_socket, f) => {
      if (!f.initProducerRequest) throw Object.assign(new Error(`unsupported ${f.body}`), { code: ErrorCode.UNSUPPORTED });
      inits.push(f);
      return { initProducerResponse: { producerId: nextProducerId++, producerEpoch: 0 } };
    };
  }
  const client = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 1 } });
  return { broker, client, inits };
}

const headersOf = (broker: FakeBroker, topic: string, partition: number) =>
  broker.topics.get(topic)![partition]!.batches.map((b) => {
    verifyBatch(b.bytes); // the CRC covers the producer fields: a restamped batch must still verify
    const h = readBatchHeader(b.bytes);
    return [h.producerId, h.producerEpoch, h.baseSequence, h.recordCount];
  });
const valuesIn = (broker: FakeBroker, topic: string, partition: number) => broker.topics.get(topic)![partition]!.batches.flatMap((b) => decodeRecords(b.bytes).map((r) => text.decode(r.value!)));
const refuse = (code: number, message: string) => Object.assign(new Error(message), { code });

/** The broker refuses the produce frames of these numbers (counted from 1) with these codes. */
function refuseProduceFrames(broker: ReturnType<typeof setup>["broker"], byFrame: Record<number, number>): void {
  let frames = 0;
  broker.gate = (_s, f) => {
    if (!f.produceRequest) return;
    const code = byFrame[++frames];
    if (code !== undefined) throw refuse(code, `refused frame ${frames}`);
  };
}

/** Two one-record batches stored under one new producer id, numbered from sequence 0 ([id, epoch, sequence, count]). */
function expectRestamped(first: number[], second: number[]): void {
  expect([first.slice(1), second]).toEqual([
    [0, 0, 1],
    [first[0], 0, 1, 1],
  ]);
}

describe("idempotent producer (SDK)", () => {
  it("stamps the producer id, epoch and each partition's record sequence into every batch", async () => {
    const { broker, client, inits } = setup();
    broker.createTopic("t", 2);
    const p = client.producer({ lingerMs: 0 });
    await p.send("t", [{ value: "a", partition: 0 }, { value: "b", partition: 0 }, { value: "c", partition: 0 }, { value: "x", partition: 1 }]);
    await p.send("t", [{ value: "d", partition: 0 }, { value: "e", partition: 0 }]);
    await p.send("t", [{ value: "y", partition: 1 }]);
    expect(inits).toHaveLength(1);
    expect(headersOf(broker, "t", 0)).toEqual([
      [100, 0, 0, 3],
      [100, 0, 3, 2],
    ]);
    expect(headersOf(broker, "t", 1)).toEqual([
      [100, 0, 0, 1],
      [100, 0, 1, 1],
    ]);
    await client.close();
  });

  it("options: on by default; off with idempotent false, acks 'none' or maxInFlight > 5; explicit true with those is refused", async () => {
    const { broker, client, inits } = setup();
    broker.createTopic("t", 1);
    expect(() => client.producer({ idempotent: true, acks: "none" })).toThrow(InvalidRequestError);
    expect(() => client.producer({ idempotent: true, maxInFlight: 6 })).toThrow(InvalidRequestError);
    for (const options of [{ acks: "none" as const }, { idempotent: false }, { maxInFlight: 6 }]) {
      // acks 'none' resolves once sent; the next producer's acknowledged send follows it on the same socket.
      await client.producer({ lingerMs: 0, ...options }).send("t", { value: "v" });
    }
    expect(inits).toHaveLength(0);
    expect(headersOf(broker, "t", 0).map((h) => h[0])).toEqual([-1, -1, -1]);
    await client.close();
  });

  it("a broker without InitProducer: at-least-once by default, an error when idempotence was asked for", async () => {
    const { broker, client } = setup({ initProducer: false });
    broker.createTopic("t", 1);
    await client.producer({ lingerMs: 0 }).send("t", { value: "v" });
    expect(headersOf(broker, "t", 0)).toEqual([[-1, -1, -1, 1]]);
    const err = await client.producer({ idempotent: true }).send("t", { value: "w" }).catch((e: EdgelogError) => e);
    expect((err as EdgelogError).code).toBe("UNSUPPORTED");
    await client.close();
  });

  it("a refused sequence behind an earlier retriable failure is resent after it, in order, once", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    // The gate plays the partition's sequence check (the fake stores whatever passes), and fails the first
    // batch once: the batches in flight behind it are then refused OUT_OF_ORDER_SEQUENCE, as a broker would.
    let produceFrames = 0;
    let expected = 0;
    let outOfOrder = 0;
    broker.gate = (_s, f) => {
      if (!f.produceRequest) return;
      produceFrames++;
      if (produceFrames === 1) throw refuse(ErrorCode.STORAGE_ERROR, "disk hiccup");
      const h = readBatchHeader(f.produceRequest.records!);
      if (h.baseSequence !== expected) {
        outOfOrder++;
        throw refuse(ErrorCode.OUT_OF_ORDER_SEQUENCE, `expected sequence ${expected}`);
      }
      expected += h.recordCount;
    };
    const p = client.producer({ lingerMs: 0, batchBytes: 200, retryBackoffMs: 1 });
    const records = Array.from({ length: 8 }, (_, i) => ({ value: `v${i}`.padEnd(60, ".") }));
    const results = await p.send("t", records);
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(valuesIn(broker, "t", 0)).toEqual(records.map((r) => r.value));
    expect(outOfOrder).toBeGreaterThan(0);
    const stored = headersOf(broker, "t", 0);
    let next = 0;
    for (const [, , sequence, count] of stored) {
      expect(sequence).toBe(next);
      next += count!;
    }
    await client.close();
  });

  it("a batch failed for good: its partition takes a new producer id and its sealed batches are restamped from sequence 0", async () => {
    const { broker, client, inits } = setup();
    broker.createTopic("t", 1);
    let produceFrames = 0;
    broker.gate = (_s, f) => {
      if (f.produceRequest && ++produceFrames === 1) throw refuse(ErrorCode.OUT_OF_ORDER_SEQUENCE, "a gap");
    };
    const p = client.producer({ lingerMs: 0, batchBytes: 200, maxInFlight: 1 });
    const first = p.send("t", [{ value: "a".repeat(150) }]);
    const second = p.send("t", [{ value: "b".repeat(150) }]);
    const third = p.send("t", [{ value: "c".repeat(150) }]);
    expect(((await first.catch((e: EdgelogError) => e)) as EdgelogError).code).toBe("OUT_OF_ORDER_SEQUENCE");
    expect((await second)[0]!.offset).toBe(0);
    expect((await third)[0]!.offset).toBe(1);
    // The new id is drawn by the producer (no round trip): the same for both batches, not the first one.
    expect(inits).toHaveLength(1);
    const [b1, b2] = headersOf(broker, "t", 0);
    expect(b1![0]).not.toBe(100);
    expect(Number.isSafeInteger(b1![0]) && b1![0]! > 0).toBe(true);
    expectRestamped(b1!, b2!);
    await client.close();
  });

  it("UNKNOWN_PRODUCER_ID on a batch's first send (the topic re-created, the producer forgotten): nothing was stored, so it goes again under a new id, once, in order", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    // The partition forgets the producer after its first batch: the next two, in flight together, are refused.
    refuseProduceFrames(broker, { 2: ErrorCode.UNKNOWN_PRODUCER_ID, 3: ErrorCode.UNKNOWN_PRODUCER_ID });
    const p = client.producer({ lingerMs: 0, batchBytes: 200 });
    expect((await p.send("t", [{ value: "a".repeat(150) }]))[0]!.offset).toBe(0);
    const [second, third] = await Promise.all([p.send("t", [{ value: "b".repeat(150) }]), p.send("t", [{ value: "c".repeat(150) }])]);
    expect([second[0]!.offset, third[0]!.offset]).toEqual([1, 2]);
    expect(valuesIn(broker, "t", 0)).toEqual(["a", "b", "c"].map((c) => c.repeat(150)));
    const [b1, b2, b3] = headersOf(broker, "t", 0);
    expect(b2![0]).not.toBe(b1![0]);
    expectRestamped(b2!, b3!);
    await client.close();
  });

  it("UNKNOWN_PRODUCER_ID on a batch sent before (a retry after a lost answer: it may be stored) fails it rather than risk storing it twice", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    refuseProduceFrames(broker, { 2: ErrorCode.TIMEOUT, 3: ErrorCode.UNKNOWN_PRODUCER_ID });
    const p = client.producer({ lingerMs: 0, batchBytes: 200, retryBackoffMs: 1 });
    await p.send("t", [{ value: "a".repeat(150) }]);
    const err = (await p.send("t", [{ value: "b".repeat(150) }]).catch((e: EdgelogError) => e)) as EdgelogError;
    expect(err.code).toBe("UNKNOWN_PRODUCER_ID");
    expect((await p.send("t", [{ value: "c".repeat(150) }]))[0]!.offset).toBe(1);
    await client.close();
  });
});
