// The SDK and THROTTLED (issue 12), against the in-memory fake broker on fake time: the producer waits the
// broker's retry_after_ms before resending (never sooner, never past deliveryTimeoutMs), keeps the order of
// batches in flight, and other calls surface ThrottledError / LimitExceededError with their fields.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Edgelog, LimitExceededError, ThrottledError, errorFromWire, type WebSocketConstructor } from "../../client/index.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame, Frame } from "../../src/protocol/frames.ts";
import { FakeBroker } from "./fake-broker.ts";

const text = new TextDecoder();

/** A fake broker whose THROTTLED answers carry `hintMs` in retry_after_ms, and a client on it. */
function setup(hintMs: number) {
  const broker = new FakeBroker();
  broker.createTopic("t", 1);
  const Base = broker.WebSocket as unknown as new (url: string) => { deliver(frame: Frame): void };
  class Hinting extends Base {
    deliver(frame: Frame): void {
      super.deliver(frame.error?.code === ErrorCode.THROTTLED ? { ...frame, error: { ...frame.error, retryAfterMs: hintMs } } : frame);
    }
  }
  const client = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: Hinting as unknown as WebSocketConstructor, heartbeatMs: 0 });
  /** Fake time of every produce request the broker received, in order. */
  const produceAtMs: number[] = [];
  let throttled = 0;
  /** Refuse the produce requests whose index (0-based, in arrival order) this says. */
  let refuse: (index: number) => boolean = () => false;
  // As the broker does (src/core/quota.ts): after refusing a batch, refuse every other until that one is back.
  let held: Uint8Array | null = null;
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  broker.gate = (_socket, f: DecodedFrame) => {
    if (f.body !== "produceRequest") return;
    const records = f.produceRequest!.records!;
    const index = produceAtMs.push(Date.now()) - 1;
    if (held && !same(held, records)) {
      throttled++;
      throw Object.assign(new Error("an earlier batch must come back first"), { code: ErrorCode.THROTTLED });
    }
    held = null;
    if (refuse(index)) {
      held = records.slice();
      throttled++;
      throw Object.assign(new Error("over quota"), { code: ErrorCode.THROTTLED });
    }
  };
  return {
    broker,
    client,
    produceAtMs,
    throttled: () => throttled,
    refuseWhen: (pred: (index: number) => boolean) => (refuse = pred),
  };
}

/** Moves fake time 1 ms at a time (messages cross on 0 ms timers) until cond holds; bounded. */
async function until(cond: () => boolean, maxMs = 10_000): Promise<void> {
  for (let i = 0; i < maxMs && !cond(); i++) await vi.advanceTimersByTimeAsync(1);
  if (!cond()) throw new Error(`condition not reached within ${maxMs} ms of fake time`);
}

/** Settles a promise while fake time runs. */
async function settled<T>(p: Promise<T>, maxMs = 10_000): Promise<{ value?: T; error?: unknown }> {
  let out: { value?: T; error?: unknown } | null = null;
  p.then(
    (value) => (out = { value }),
    (error) => (out = { error }),
  );
  await until(() => out !== null, maxMs);
  return out!;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("producer and THROTTLED", () => {
  it("waits retry_after_ms before resending, then lands the batch", async () => {
    const s = setup(500);
    s.refuseWhen((i) => i === 0);
    const p = s.client.producer({ lingerMs: 0 });
    const result = await settled(p.send("t", [{ value: "a" }, { value: "b" }]));
    expect(result.error).toBeUndefined();
    expect(result.value!.map((r) => r.offset)).toEqual([0, 1]);
    expect(s.produceAtMs).toHaveLength(2);
    expect(s.produceAtMs[1]! - s.produceAtMs[0]!).toBeGreaterThanOrEqual(500);
    await settled(s.client.close());
  });

  it("keeps the order of batches in flight when some of them are throttled", async () => {
    const s = setup(100);
    s.refuseWhen((i) => i === 1 || i === 2 || i === 6);
    const p = s.client.producer({ lingerMs: 0, batchBytes: 200, maxInFlight: 5 });
    const values = Array.from({ length: 40 }, (_, i) => `${i}`.padStart(3, "0").padEnd(60, "."));
    const sends = Promise.all(values.map((value) => p.send("t", { value })));
    const result = await settled(sends);
    expect(result.error).toBeUndefined();
    expect(s.throttled()).toBeGreaterThanOrEqual(3);
    expect(result.value!.map((r) => r[0]!.offset)).toEqual(values.map((_, i) => i));
    expect(s.broker.records("t", 0).map((r) => text.decode(r.value!))).toEqual(values);
    await settled(s.client.close());
  });

  it("never waits past deliveryTimeoutMs for a hint: a batch still throttled then fails with ThrottledError", async () => {
    const s = setup(600_000);
    s.refuseWhen(() => true);
    const p = s.client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000 });
    const result = await settled(p.send("t", { value: "x" }), 5000);
    expect(result.error).toBeInstanceOf(ThrottledError);
    expect((result.error as ThrottledError).retryAfterMs).toBe(600_000);
    expect(s.produceAtMs.length).toBeGreaterThanOrEqual(2); // resent once the time left ran out, not 10 min later
    expect(s.produceAtMs[s.produceAtMs.length - 1]! - s.produceAtMs[0]!).toBeLessThanOrEqual(1000);
    await settled(s.client.close());
  });
});

describe("other calls surface the typed errors", () => {
  it("an admin call answered THROTTLED rejects with ThrottledError carrying the hint", async () => {
    const s = setup(250);
    s.broker.gate = (_socket, f) => {
      if (f.body === "listOffsetsRequest") throw Object.assign(new Error("over quota"), { code: ErrorCode.THROTTLED });
    };
    const result = await settled(s.client.admin.listOffsets("t", 0, "latest"));
    expect(result.error).toBeInstanceOf(ThrottledError);
    expect((result.error as ThrottledError).retriable).toBe(true);
    expect((result.error as ThrottledError).retryAfterMs).toBe(250);
    await settled(s.client.close());
  });

  it("a consumer whose subscribe is answered THROTTLED subscribes again no sooner than the hint", async () => {
    const s = setup(3000);
    const subscribeAtMs: number[] = [];
    s.broker.gate = (_socket, f) => {
      if (f.body !== "subscribeRequest") return;
      if (subscribeAtMs.push(Date.now()) === 1) throw Object.assign(new Error("object overloaded"), { code: ErrorCode.THROTTLED });
    };
    const consumer = s.client.consumer({ topic: "t", from: "earliest" });
    const iterator = consumer[Symbol.asyncIterator]();
    const first = iterator.next();
    await until(() => subscribeAtMs.length === 2);
    expect(subscribeAtMs[1]! - subscribeAtMs[0]!).toBeGreaterThanOrEqual(3000); // the backoff alone would be 100 ms
    await settled(s.client.producer({ lingerMs: 0 }).send("t", { value: "after" }));
    const r = await settled(first);
    expect(text.decode((r.value as IteratorResult<{ value: Uint8Array }>).value.value)).toBe("after");
    await settled(consumer.close());
    await settled(s.client.close());
  });

  it("maps the wire's codes and hint to their classes", () => {
    const t = errorFromWire(ErrorCode.THROTTLED, "over quota", 1234);
    expect(t).toBeInstanceOf(ThrottledError);
    expect((t as ThrottledError).retryAfterMs).toBe(1234);
    // A broker without the field: the message's figure, else 1 s.
    expect((errorFromWire(ErrorCode.THROTTLED, "retry after 80 ms") as ThrottledError).retryAfterMs).toBe(80);
    const l = errorFromWire(ErrorCode.LIMIT_EXCEEDED, "too many connections");
    expect(l).toBeInstanceOf(LimitExceededError);
    expect([l.code, l.retriable]).toEqual(["LIMIT_EXCEEDED", false]);
  });
});
