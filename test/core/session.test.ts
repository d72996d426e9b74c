// The protocol session over a fake transport and the in-memory broker: every request kind, typed errors
// for bad input with the session staying usable, and credit-based push flow control (counted in bytes).
import { describe, expect, it } from "vitest";
import { Broker } from "../../src/core/broker.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { Session, type SessionState } from "../../src/core/session.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { Acks, decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

async function setup(opts: { bufferedBytes?: () => number } = {}) {
  const clock = new ManualClock(1_000_000);
  const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now, limits: { recordBytesMax: 1000 } });
  await broker.start();
  const frames: DecodedFrame[] = [];
  let waiters: (() => void)[] = [];
  const session = new Session(broker.sessionHost(), {
    send: (bytes) => {
      frames.push(decodeFrame(bytes));
      waiters.forEach((w) => w());
      waiters = [];
      return true;
    },
    bufferedBytes: opts.bufferedBytes ?? (() => 0),
    close: () => {},
  });
  let nextId = 1;
  /** Sends a request and waits for the answer with its correlation id. */
  const request = async (frame: Frame): Promise<DecodedFrame> => {
    const id = nextId++;
    session.onMessage(encodeFrame({ ...frame, correlationId: id }));
    return waitFor((f) => f.correlationId === id);
  };
  const waitFor = async (pred: (f: DecodedFrame) => boolean): Promise<DecodedFrame> => {
    for (let i = 0; i < 1000; i++) {
      const found = frames.find(pred);
      if (found) return found;
      await new Promise<void>((r) => waiters.push(r));
    }
    throw new Error("no such frame");
  };
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return { broker, session, frames, request, waitFor, settle, clock };
}

const batch = (values: string[]) => encodeBatch(values.map((value) => ({ value })));

describe("Session", () => {
  it("answers malformed frames with INVALID_REQUEST and stays usable", async () => {
    const { session, frames, request } = await setup();
    session.onMessage(new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    expect(frames[0]!.correlationId).toBe(0);
    expect(frames[0]!.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    session.onTextMessage();
    expect(frames[1]!.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    const noBody = await request({});
    expect(noBody.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    const notRequest = await request({ produceResponse: { baseOffset: 1 } });
    expect(notRequest.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    const list = await request({ listTopicsRequest: {} });
    expect(list.listTopicsResponse!.topics).toEqual([]);
  });

  it("creates, lists, describes and deletes topics with typed errors", async () => {
    const { request } = await setup();
    const created = await request({ createTopicRequest: { topic: "a", partitions: 3, config: { retentionMs: 1000 } } });
    expect(created.createTopicResponse!.topic!.partitionCount).toBe(3);
    expect((await request({ createTopicRequest: { topic: "a", partitions: 1 } })).error!.code).toBe(ErrorCode.TOPIC_EXISTS);
    expect((await request({ createTopicRequest: { topic: "bad name!", partitions: 1 } })).error!.code).toBe(ErrorCode.INVALID_REQUEST);
    const d = await request({ describeTopicRequest: { topic: "a" } });
    expect(d.describeTopicResponse!.topic!.config!.retentionMs).toBe(1000);
    expect((await request({ describeTopicRequest: { topic: "nope" } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await request({ metadataRequest: {} })).metadataResponse!.topics!.map((t) => t.name)).toEqual(["a"]);
    await request({ deleteTopicRequest: { topic: "a" } });
    expect((await request({ listTopicsRequest: {} })).listTopicsResponse!.topics).toEqual([]);
  });

  it("produces and fetches; unknown topic, unknown partition, too large and out of range are typed", async () => {
    const { request } = await setup();
    await request({ createTopicRequest: { topic: "t", partitions: 2 } });
    const p = await request({ produceRequest: { topic: "t", partition: 1, records: batch(["a", "b"]) } });
    expect(p.produceResponse!.baseOffset).toBe(0);
    const p2 = await request({ produceRequest: { topic: "t", partition: 1, records: batch(["c"]) } });
    expect(p2.produceResponse!.baseOffset).toBe(2);
    expect((await request({ produceRequest: { topic: "x", partition: 0, records: batch(["a"]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await request({ produceRequest: { topic: "t", partition: 7, records: batch(["a"]) } })).error!.code).toBe(ErrorCode.UNKNOWN_PARTITION);
    expect((await request({ produceRequest: { topic: "t", partition: 1, records: batch(["z".repeat(2000)]) } })).error!.code).toBe(ErrorCode.RECORD_TOO_LARGE);
    const f = await request({ fetchRequest: { topic: "t", partition: 1, offset: 1 } });
    expect(decodeRecords(f.fetchResponse!.records!, 1).map((r) => new TextDecoder().decode(r.value!))).toEqual(["b", "c"]);
    expect(f.fetchResponse!.highWatermark).toBe(3);
    expect((await request({ fetchRequest: { topic: "t", partition: 1, offset: 4 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect((await request({ listOffsetsRequest: { topic: "t", partition: 1, timestamp: -1 } })).listOffsetsResponse!.offset).toBe(3);
    expect((await request({ listOffsetsRequest: { topic: "t", partition: 1, timestamp: -2 } })).listOffsetsResponse!.offset).toBe(0);
  });

  it("acks=none gets no answer but the records are stored", async () => {
    const { request, frames, session, settle } = await setup();
    await request({ createTopicRequest: { topic: "t" } });
    session.onMessage(encodeFrame({ correlationId: 500, produceRequest: { topic: "t", partition: 0, acks: Acks.ACKS_NONE, records: batch(["quiet"]) } }));
    await settle();
    expect(frames.some((f) => f.correlationId === 500)).toBe(false);
    const f = await request({ fetchRequest: { topic: "t", partition: 0, offset: 0 } });
    expect(decodeRecords(f.fetchResponse!.records!).length).toBe(1);
  });

  it("pushes within credit, stops when it is spent and resumes on credit", async () => {
    const { request, frames, session, settle } = await setup();
    await request({ createTopicRequest: { topic: "t" } });
    const one = batch(["x".repeat(100)]);
    for (let i = 0; i < 10; i++) await request({ produceRequest: { topic: "t", partition: 0, records: batch(["x".repeat(100)]) } });
    const sub = await request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: one.byteLength * 3 } });
    const id = sub.subscribeResponse!.subscriptionId;
    await settle();
    const pushed = () => frames.filter((f) => f.push).reduce((n, f) => n + decodeRecords(f.push!.records!).length, 0);
    expect(pushed()).toBe(3);
    session.onMessage(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: id, creditBytes: one.byteLength * 100 } }));
    await settle();
    expect(pushed()).toBe(10);
    // New appends are pushed as they become durable.
    await request({ produceRequest: { topic: "t", partition: 0, records: batch(["late"]) } });
    await settle();
    expect(pushed()).toBe(11);
    const last = frames.filter((f) => f.push).at(-1)!.push!;
    expect(last.nextOffset).toBe(11);
  });

  it("stops pushing and holds requests while the transport is over its send queue limit; both resume on drain", async () => {
    let buffered = 0;
    const { broker, request, frames, session, settle } = await setup({ bufferedBytes: () => buffered });
    await request({ createTopicRequest: { topic: "t" } });
    await request({ produceRequest: { topic: "t", partition: 0, records: batch(["a"]) } });
    await request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 1 << 20 } });
    await settle();
    expect(frames.filter((f) => f.push).length).toBe(1);
    buffered = 1 << 30;
    await broker.partition("t", 0).append(batch(["b"])).durable;
    session.onMessage(encodeFrame({ correlationId: 77, listOffsetsRequest: { topic: "t", partition: 0, timestamp: -1 } }));
    await settle();
    expect(frames.filter((f) => f.push).length).toBe(1);
    expect(frames.some((f) => f.correlationId === 77)).toBe(false);
    buffered = 0;
    session.onDrain();
    await settle();
    expect(frames.filter((f) => f.push).length).toBe(2);
    expect(frames.find((f) => f.correlationId === 77)!.listOffsetsResponse!.offset).toBe(2);
  });

  it("ends subscriptions with UNKNOWN_TOPIC when the topic is deleted; producing to it fails typed", async () => {
    const { request, waitFor } = await setup();
    await request({ createTopicRequest: { topic: "t" } });
    const sub = await request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 1000 } });
    await request({ deleteTopicRequest: { topic: "t" } });
    const end = await waitFor((f) => !!f.subscriptionEnd);
    expect(end.subscriptionEnd!.subscriptionId).toBe(sub.subscribeResponse!.subscriptionId);
    expect(end.subscriptionEnd!.error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await request({ produceRequest: { topic: "t", partition: 0, records: batch(["a"]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
  });

  it("refuses a subscription outside the log and unknown subscription ids", async () => {
    const { request } = await setup();
    await request({ createTopicRequest: { topic: "t" } });
    expect((await request({ subscribeRequest: { topic: "t", partition: 0, offset: 5, creditBytes: 10 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect((await request({ unsubscribeRequest: { subscriptionId: 42 } })).error!.code).toBe(ErrorCode.UNKNOWN_SUBSCRIPTION);
    expect((await request({ creditRequest: { subscriptionId: 42, creditBytes: 1 } })).error!.code).toBe(ErrorCode.UNKNOWN_SUBSCRIPTION);
  });

  it("persists subscriptions through onStateChange and resumes them in a new session (hibernation)", async () => {
    const { broker, request, settle } = await setup();
    await request({ createTopicRequest: { topic: "t" } });
    await request({ produceRequest: { topic: "t", partition: 0, records: batch(["a", "b"]) } });
    let saved: SessionState | null = null;
    const frames: DecodedFrame[] = [];
    const transport = { send: (b: Uint8Array) => (frames.push(decodeFrame(b)), true), bufferedBytes: () => 0, close: () => {} };
    const first = new Session(broker.sessionHost(), transport, { onStateChange: (s) => (saved = s) });
    first.onMessage(encodeFrame({ correlationId: 1, subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 1 << 20 } }));
    await settle();
    expect(frames.filter((f) => f.push).length).toBe(1);
    expect(saved!.subscriptions).toEqual([{ id: 1, topic: "t", partition: 0, nextOffset: 2, creditBytes: (1 << 20) - frames.find((f) => f.push)!.push!.records!.byteLength }]);
    // The object goes away (hibernation); a new session is built from the saved state alone.
    first.close();
    const second = new Session(broker.sessionHost(), transport, { state: saved!, onStateChange: (s) => (saved = s) });
    await request({ produceRequest: { topic: "t", partition: 0, records: batch(["c"]) } });
    second.resume();
    await settle();
    const pushes = frames.filter((f) => f.push);
    expect(pushes.length).toBe(2);
    expect(decodeRecords(pushes[1]!.push!.records!).map((r) => new TextDecoder().decode(r.value!))).toEqual(["c"]);
    expect(pushes[1]!.push!.subscriptionId).toBe(1);
    expect(saved!.nextSubscriptionId).toBe(2);
    // A saved subscription whose topic is gone ends with UNKNOWN_TOPIC instead of resuming.
    await request({ deleteTopicRequest: { topic: "t" } });
    new Session(broker.sessionHost(), transport, { state: saved! });
    expect(frames.at(-1)!.subscriptionEnd!.error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
  });

  it("bounds the topics one metadata request may name", async () => {
    const { request } = await setup();
    const many = Array.from({ length: 101 }, (_, i) => `t${i}`);
    expect((await request({ metadataRequest: { topics: many } })).error!.code).toBe(ErrorCode.INVALID_REQUEST);
    expect((await request({ metadataRequest: { topics: many.slice(0, 1) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
  });

  it("answers the text heartbeat ping with pong", async () => {
    const { broker } = await setup();
    const texts: string[] = [];
    const s = new Session(broker.sessionHost(), { send: () => true, sendText: (t) => (texts.push(t), true), bufferedBytes: () => 0, close: () => {} });
    s.onTextMessage("ping");
    expect(texts).toEqual(["pong"]);
  });

  it("says hello with the broker's limits", async () => {
    const { request } = await setup();
    const h = await request({ helloRequest: { protocolVersion: 1, clientId: "t" } });
    expect(h.helloResponse!.recordBytesMax).toBe(1000);
    expect(h.helloResponse!.protocolVersion).toBe(1);
  });

});

describe("request families", () => {
  /** A session over a host that serves only the given families; returns the answer to one request. */
  async function answerOf(families: "partition" | "admin" | "none", frame: Frame): Promise<DecodedFrame> {
    const clock = new ManualClock(1_000_000);
    const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now });
    await broker.start();
    const full = broker.sessionHost();
    const host = { ...full, families: full.families.filter((f) => f.name === families) };
    let answer: DecodedFrame | null = null;
    const session = new Session(host, { send: (b) => ((answer = decodeFrame(b)), true), bufferedBytes: () => 0, close: () => {} });
    session.onMessage(encodeFrame({ ...frame, correlationId: 7 }));
    for (let i = 0; i < 10 && !answer; i++) await Promise.resolve();
    expect(answer, "an answer").not.toBeNull();
    return answer!;
  }

  it("a request of a family the host does not serve is answered NOT_LEADER or NOT_COORDINATOR in one place", async () => {
    expect((await answerOf("partition", { metadataRequest: {} })).error!.code).toBe(ErrorCode.NOT_LEADER);
    expect((await answerOf("admin", { fetchRequest: { topic: "t", partition: 0, offset: 0 } })).error!.code).toBe(ErrorCode.NOT_LEADER);
    const group = await answerOf("partition", { groupHeartbeatRequest: { groupId: "g", memberEpoch: 0 } });
    expect(group.error).toMatchObject({ code: ErrorCode.NOT_COORDINATOR, message: expect.stringMatching(/group requests/) });
    // Hello belongs to every session, whatever it serves.
    expect((await answerOf("none", { helloRequest: {} })).helloResponse).toBeTruthy();
    // An answer body sent as a request is no request at all.
    expect((await answerOf("partition", { fetchResponse: {} })).error!.code).toBe(ErrorCode.INVALID_REQUEST);
  });

  it("a family cannot register a request of another family, nor be registered twice", async () => {
    const clock = new ManualClock(0);
    const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now });
    const full = broker.sessionHost();
    const transport = { send: () => true, bufferedBytes: () => 0, close: () => {} };
    const thief = { name: "admin" as const, attach: () => ({ handlers: { fetchRequest: () => undefined } }) };
    expect(() => new Session({ ...full, families: [thief] }, transport)).toThrow(/belongs to partition/);
    expect(() => new Session({ ...full, families: [...full.families, full.families[0]!] }, transport)).toThrow(/registered twice/);
  });
});
