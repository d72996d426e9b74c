// Subscriptions that wait (SubscribeRequest min_bytes / max_wait_ms, src/core/fanout-wait.ts) on the in-memory
// broker, over fake transports and with the wait's clock and timers injected: held until enough bytes or the
// wait has passed (by the fake clock, never by real time), subscribers with the same settings released together
// in one encoded push, 0/0 subscribers next to them pushed on every append, a subscriber behind catches up at
// once, a bad max_wait_ms is INVALID_REQUEST, and the settings survive in the session's state.
import { describe, expect, it } from "vitest";
import { Broker } from "../../src/core/broker.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { partitionFamily } from "../../src/core/partition-family.ts";
import type { WaitTimers } from "../../src/core/fanout-wait.ts";
import { Session, type SessionState } from "../../src/core/session.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

class FakeTimers implements WaitTimers {
  nowMs = 1_000_000;
  private nextHandle = 1;
  private readonly timers = new Map<number, { atMs: number; fn: () => void }>();
  now(): number {
    return this.nowMs;
  }
  setTimer(fn: () => void, delayMs: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, { atMs: this.nowMs + delayMs, fn });
    return handle;
  }
  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  get pendingCount(): number {
    return this.timers.size;
  }
  /** Moves the clock and runs the timers due by then, in time order. */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.atMs <= until).sort((a, b) => a[1].atMs - b[1].atMs)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.nowMs = Math.max(this.nowMs, due[1].atMs);
      due[1].fn();
    }
    this.nowMs = until;
  }
}

/** Lets every promise and microtask of the in-memory broker run (no timer of ours is involved). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

async function setup() {
  const clock = new ManualClock(1_000_000);
  const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now });
  await broker.start();
  await broker.createTopic("t", 1, {});
  const timers = new FakeTimers();
  const base = broker.sessionHost();
  const host = { ...base, families: base.families.map((f) => (f.name === "partition" ? partitionFamily(broker, { waitTimers: timers }) : f)) };
  const clients: Client[] = [];
  const connect = (state?: SessionState) => {
    const c = new Client(host, state);
    clients.push(c);
    return c;
  };
  return { broker, timers, connect };
}

class Client {
  readonly frames: DecodedFrame[] = [];
  readonly rawPushes: Uint8Array[] = [];
  state: SessionState | undefined;
  private nextId = 1;
  readonly session: Session;
  constructor(host: ConstructorParameters<typeof Session>[0], state?: SessionState) {
    this.session = new Session(
      host,
      {
        send: (bytes) => {
          const f = decodeFrame(bytes);
          if (f.push) this.rawPushes.push(bytes.slice());
          this.frames.push(f);
          return true;
        },
        bufferedBytes: () => 0,
        close: () => {},
      },
      { state, onStateChange: (s) => (this.state = s) },
    );
  }
  async request(frame: Frame): Promise<DecodedFrame> {
    const id = this.nextId++;
    this.session.onMessage(encodeFrame({ ...frame, correlationId: id }));
    await settle();
    const f = this.frames.find((x) => x.correlationId === id);
    if (!f) throw new Error("no answer");
    return f;
  }
  async subscribe(offset: number, minBytes: number, maxWaitMs: number): Promise<DecodedFrame> {
    return this.request({ subscribeRequest: { topic: "t", partition: 0, offset, creditBytes: 1024 * 1024, minBytes, maxWaitMs } });
  }
  get pushes() {
    return this.frames.filter((f) => f.push).map((f) => f.push!);
  }
  values(): string[] {
    return this.pushes.flatMap((p) => decodeRecords(p.records!).map((r) => new TextDecoder().decode(r.value!)));
  }
}

/** One record of ~100 B per batch (a batch of it is ~170 B). */
const value = (i: number) => `record-${i}`.padEnd(100, ".");

describe("subscriptions that wait (min_bytes / max_wait_ms)", () => {
  it("hold appends until min_bytes are waiting, release same-settings subscribers in one shared push, and leave 0/0 subscribers pushed per append", async () => {
    const { timers, connect } = await setup();
    const producer = connect();
    const waiting = [connect(), connect(), connect()];
    for (const c of waiting) expect((await c.subscribe(0, 600, 10_000)).error).toBeNull();
    const eager = connect();
    await eager.subscribe(0, 0, 0);
    for (let i = 0; i < 3; i++) await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(i) }]) } });
    // Three batches of ~170 B: under 600 B, so held; the 0/0 subscriber had each at once.
    expect(eager.pushes).toHaveLength(3);
    for (const c of waiting) expect(c.pushes).toHaveLength(0);
    expect(timers.pendingCount).toBe(1); // one round for the three
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(3) }]) } });
    const expected = [0, 1, 2, 3].map(value);
    for (const c of waiting) {
      expect(c.pushes).toHaveLength(1);
      expect(c.values()).toEqual(expected);
    }
    // Every one got the same bytes (each socket's first subscription has id 1): one push encoded for all.
    expect(new Set(waiting.map((c) => Buffer.from(c.rawPushes[0]!).toString("hex"))).size).toBe(1);
    expect(eager.pushes).toHaveLength(4);
    expect(eager.values()).toEqual(expected);
    expect(timers.pendingCount).toBe(0); // released by bytes: its timer is cleared
  });

  it("release after max_wait_ms from the first record held, by the clock, not before", async () => {
    const { timers, connect } = await setup();
    const producer = connect();
    const c = connect();
    await c.subscribe(0, 64 * 1024, 250);
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(0) }]) } });
    // Credit granted meanwhile does not push what is held (nor does the socket draining: resume).
    c.session.onMessage(encodeFrame({ creditRequest: { subscriptionId: 1, creditBytes: 1024 } }));
    c.session.resume();
    await settle();
    expect(c.pushes).toHaveLength(0);
    timers.advance(100);
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(1) }]) } });
    timers.advance(149);
    await settle();
    expect(c.pushes).toHaveLength(0);
    timers.advance(1); // 250 ms after the first
    await settle();
    expect(c.pushes).toHaveLength(1);
    expect(c.values()).toEqual([value(0), value(1)]);
    // The next record waits its own 250 ms.
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(2) }]) } });
    timers.advance(249);
    await settle();
    expect(c.pushes).toHaveLength(1);
    timers.advance(1);
    await settle();
    expect(c.values()).toEqual([0, 1, 2].map(value));
  });

  it("a subscriber behind the head gets what is there at once, then waits at the head", async () => {
    const { timers, connect } = await setup();
    const producer = connect();
    for (let i = 0; i < 5; i++) await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(i) }]) } });
    const c = connect();
    await c.subscribe(0, 64 * 1024, 1000);
    await settle();
    expect(c.values()).toEqual([0, 1, 2, 3, 4].map(value)); // no clock moved
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(5) }]) } });
    expect(c.values()).toHaveLength(5);
    timers.advance(1000);
    await settle();
    expect(c.values()).toEqual([0, 1, 2, 3, 4, 5].map(value));
  });

  it("refuses max_wait_ms over limits.subscribeWaitMsMax with INVALID_REQUEST; either setting 0 is no wait", async () => {
    const { connect } = await setup();
    const c = connect();
    const refused = await c.subscribe(0, 1024, 30_001);
    expect(refused.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    expect(refused.error!.message).toMatch(/max_wait_ms 30001 is over the 30000 ms/);
    expect((await c.subscribe(0, 1024, 30_000)).error).toBeNull();
    const noWait = connect();
    await noWait.subscribe(0, 0, 5000);
    const producer = connect();
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(0) }]) } });
    expect(noWait.pushes).toHaveLength(1);
    expect(noWait.state!.subscriptions[0]!.maxWaitMs).toBeUndefined();
  });

  it("the settings are in the session's state, and a session restored from it waits as asked", async () => {
    const { timers, connect } = await setup();
    const first = connect();
    await first.subscribe(0, 2048, 500);
    expect(first.state!.subscriptions[0]).toMatchObject({ minBytes: 2048, maxWaitMs: 500 });
    const saved = first.state!;
    first.session.close();
    const restored = connect(saved);
    const producer = connect();
    await producer.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: value(0) }]) } });
    expect(restored.pushes).toHaveLength(0);
    timers.advance(500);
    await settle();
    expect(restored.values()).toEqual([value(0)]);
  });
});
