// A push encoded once for many subscribers (src/core/push-frame.ts) is byte for byte the frame encodeFrame
// makes for each subscription id, and decodes to the same push; a fan-out round sends batches durable
// together in one push within credit (in-memory broker, counted frames).
import { describe, expect, it } from "vitest";
import { Broker } from "../../src/core/broker.ts";
import { Session } from "../../src/core/session.ts";
import { Acks, decodeFrame, encodeFrame, type DecodedFrame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { pushFrameFor, sharedPush } from "../../src/core/push-frame.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

describe("push frame encoded once", () => {
  it("equals encodeFrame's bytes for every subscription id size", () => {
    for (const recordsBytes of [0, 1, 100, 200, 20_000]) {
      const records = new Uint8Array(recordsBytes).map((_, i) => i * 7);
      for (const [offset, next, hw] of [[0, 1, 1], [5, 9, 12], [2 ** 40, 2 ** 40 + 3, 2 ** 41]] as const) {
        const push = sharedPush(offset, records, next, hw);
        for (const id of [1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32 - 1]) {
          const expected = encodeFrame({ correlationId: 0, push: { subscriptionId: id, records, highWatermark: hw, nextOffset: next } });
          const bytes = pushFrameFor(id, push);
          expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
          const f = decodeFrame(bytes);
          expect(f.push!.subscriptionId).toBe(id);
          expect(Number(f.push!.nextOffset)).toBe(next);
        }
      }
    }
  });
});

// A fan-out round (src/core/partition-family.ts): batches that become durable together reach a subscriber
// at the head in one push (one socket write instead of one per batch) when its credit covers them, and one
// batch at a time within its credit when it does not; each subscription of a session is served on its own.
describe("fan-out round", () => {
  it("batches durable together go in one push within credit, one batch per push past it, to every subscription", async () => {
    const broker = new Broker({ storage: new MemoryBrokerStorage(Date.now), clock: Date.now });
    await broker.start();
    const open = () => {
      const frames: DecodedFrame[] = [];
      const session = new Session(broker.sessionHost(), { send: (bytes) => (frames.push(decodeFrame(bytes)), true), bufferedBytes: () => 0, close: () => {}, copiesOnSend: true });
      return { session, frames };
    };
    const settle = async () => {
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
    };
    const producer = open();
    const produce = (values: string[]) => {
      for (const value of values) producer.session.onMessage(encodeFrame({ correlationId: 9, produceRequest: { topic: "t", partition: 0, acks: Acks.ACKS_LEADER, records: encodeBatch([{ value }]) } }));
    };
    producer.session.onMessage(encodeFrame({ correlationId: 1, createTopicRequest: { topic: "t", partitions: 1 } }));
    await settle();
    produce(["first"]); // the log reads its producers' state on the first produce
    await settle();
    const batchBytes = encodeBatch([{ value: "r0" }]).byteLength;
    // Subscriptions at the end: two with credit for everything (on one session), one for a single batch at a time.
    const rich = open();
    const poor = open();
    const subscribe = (s: ReturnType<typeof open>, creditBytes: number, correlationId: number) =>
      s.session.onMessage(encodeFrame({ correlationId, subscribeRequest: { topic: "t", partition: 0, offset: 1, creditBytes } }));
    subscribe(rich, 1 << 20, 1);
    subscribe(rich, 1 << 20, 2);
    subscribe(poor, batchBytes, 1);
    await settle();
    produce(["r0", "r1", "r2"]); // appended in one turn: durable together
    await settle();
    const pushes = (s: ReturnType<typeof open>) => s.frames.filter((f) => f.push).map((f) => ({ id: f.push!.subscriptionId, values: decodeRecords(f.push!.records!).map((r) => new TextDecoder().decode(r.value!)) }));
    const ids = rich.frames.filter((f) => f.subscribeResponse).map((f) => f.subscribeResponse!.subscriptionId);
    expect(new Set(ids).size).toBe(2);
    expect(pushes(rich)).toEqual(ids.map((id) => ({ id, values: ["r0", "r1", "r2"] })));
    // Credit for one batch: one push of one batch, then nothing until it grants more.
    expect(pushes(poor).map((p) => p.values)).toEqual([["r0"]]);
    const poorId = poor.frames.find((f) => f.subscribeResponse)!.subscribeResponse!.subscriptionId!;
    poor.session.onMessage(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: poorId, creditBytes: 2 * batchBytes } }));
    await settle();
    expect(pushes(poor).map((p) => p.values)).toEqual([["r0"], ["r1", "r2"]]);
    for (const s of [producer, rich, poor]) s.session.close();
    await broker.close();
  });
});
