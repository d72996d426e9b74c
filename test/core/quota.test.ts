// Quotas (src/core/quota.ts) on a hand-moved clock: token buckets pass, throttle with an exact retry hint,
// go into debt for an oversized batch and refill; per-connection and per-principal budgets combine; the
// connection bound per principal counts, releases and keeps an indebted principal; and a Session over a
// fake transport answers THROTTLED with retry_after_ms, LIMIT_EXCEEDED then a 1008 close, and bounds lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Broker } from "../../src/core/broker.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { createToken, hs256Authenticator } from "../../src/core/auth.ts";
import { Quotas, TokenBucket, checkRequestBounds } from "../../src/core/quota.ts";
import { Session } from "../../src/core/session.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { limits as defaults, type Limits } from "../../src/protocol/limits.ts";
import { Acks, decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

function thrown(fn: () => void): ProtocolError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProtocolError) return err;
    throw err;
  }
  throw new Error("did not throw");
}

describe("TokenBucket", () => {
  it("passes while positive, goes into debt, and names the wait until it is positive again", () => {
    const b = new TokenBucket(1000, 1000, 0); // 1,000 units/s, holds 1,000
    expect(b.waitMs(0)).toBe(0);
    b.take(1500, 0); // one request may take more than the bucket holds
    expect(b.waitMs(0)).toBe(501); // -500 units at 1/ms: zero after 500 ms, positive after 501
    expect(b.waitMs(500)).toBe(1);
    expect(b.waitMs(501)).toBe(0);
    expect(b.isFull(501)).toBe(false);
    expect(b.isFull(1500)).toBe(true);
    b.take(1, 1_000_000); // a long idle refills no more than the burst
    expect(b.isFull(1_000_000)).toBe(false);
  });

  it("never lets more through than the burst, the rate and one request; a request retried at its hint passes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }), // rate per second
        fc.integer({ min: 1, max: 5_000 }), // burst, ms
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 200 }), // (gap ms, cost)
        (rate, burstMs, requests) => {
          const b = new TokenBucket(rate, burstMs, 0);
          let now = 0;
          let admitted = 0;
          let costMax = 0;
          for (const [gapMs, cost] of requests) {
            now += gapMs;
            costMax = Math.max(costMax, cost);
            const wait = b.waitMs(now);
            // A client that honours the hint comes back after it, and passes then.
            now += wait;
            expect(b.waitMs(now)).toBe(0);
            b.take(cost, now);
            admitted += cost;
            expect(admitted).toBeLessThanOrEqual((rate * burstMs) / 1000 + (rate * now) / 1000 + costMax + 1e-6);
          }
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });

  it("refills nothing when the clock steps back", () => {
    const b = new TokenBucket(10, 1000, 10_000);
    b.take(20, 10_000);
    const wait = b.waitMs(10_000);
    expect(b.waitMs(5_000)).toBe(wait);
  });
});

const small: Limits = {
  ...defaults,
  produceBytesPerSecondPerConnection: 1000,
  produceRequestsPerSecondPerConnection: 100,
  produceBytesPerSecondPerPrincipal: 1500,
  produceRequestsPerSecondPerPrincipal: 1000,
  produceBurstMs: 1000,
  connectionsPerPrincipalMax: 2,
};

let tag = 0;
/** A stand-in record batch of `n` bytes (n >= 21) that the hold tells apart from every other: its "CRC" is unique. */
function batch(n: number): Uint8Array {
  const b = new Uint8Array(n);
  new DataView(b.buffer).setUint32(17, ++tag);
  return b;
}

describe("Quotas", () => {
  it("throttles a connection on bytes and on requests, with the wait of the emptier bucket", () => {
    const clock = new ManualClock(0);
    const q = new Quotas(small, clock.now).connection();
    q.produce(batch(1000));
    const refused = batch(21);
    let err = thrown(() => q.produce(refused));
    expect(err.code).toBe(ErrorCode.THROTTLED);
    expect(err.retryAfterMs).toBe(1); // 0 bytes left: positive 1 ms later
    clock.advance(1);
    q.produce(refused);
    const r = new Quotas({ ...small, produceRequestsPerSecondPerConnection: 2 }, clock.now).connection();
    r.produce(batch(21));
    r.produce(batch(21));
    err = thrown(() => r.produce(batch(21)));
    expect(err.retryAfterMs).toBe(1); // 0 requests left: positive again 1 ms later
  });

  it("shares a principal's budget across its connections; open-mode connections have only their own", () => {
    const clock = new ManualClock(0);
    const quotas = new Quotas(small, clock.now);
    const a = quotas.connection();
    const b = quotas.connection();
    a.admit("alice");
    b.admit("alice");
    a.produce(batch(900)); // principal 1500 → 600 left
    b.produce(batch(900)); // connection b had 1000; principal → -300
    const err = thrown(() => a.produce(batch(21)));
    expect(err.code).toBe(ErrorCode.THROTTLED);
    expect(err.retryAfterMs).toBe(201); // the principal's debt of 300 at 1.5/ms
    expect(err.message).toContain('"alice"');
    expect(quotas.throttledCount).toBe(1);
    const open = quotas.connection(); // no principal: only its own 1,000
    open.produce(batch(1100));
    expect(thrown(() => open.produce(batch(21))).code).toBe(ErrorCode.THROTTLED);
  });

  it("after a refusal, refuses the connection's other batches until the refused one is resent, or the hold ends", () => {
    const clock = new ManualClock(0);
    const q = new Quotas(small, clock.now).connection();
    q.produce(batch(1100)); // -100 bytes
    const [second, third] = [batch(30), batch(30)];
    expect(thrown(() => q.produce(second)).retryAfterMs).toBe(101);
    expect(thrown(() => q.produce(third)).retryAfterMs).toBe(101); // in flight behind it: the same wait
    clock.advance(101);
    const held = thrown(() => q.produce(third)); // the budget is positive, but second must be stored first
    expect([held.code, held.retryAfterMs]).toEqual([ErrorCode.THROTTLED, small.throttledBatchHoldMs]);
    q.produce(second);
    clock.advance(1000);
    q.produce(third);
    // A client that never resends its refused batch is held back throttledBatchHoldMs after the hint, no more.
    const dropped = batch(2000);
    q.produce(batch(21));
    clock.advance(1000);
    q.produce(batch(1100)); // into debt again
    expect(thrown(() => q.produce(dropped)).retryAfterMs).toBe(101);
    clock.advance(101 + small.throttledBatchHoldMs - 1);
    expect(thrown(() => q.produce(batch(21))).retryAfterMs).toBe(1);
    clock.advance(1);
    q.produce(batch(21));
  });

  it("bounds connections per principal, releases on close, and keeps a principal in debt until it has paid", () => {
    const clock = new ManualClock(0);
    const quotas = new Quotas(small, clock.now);
    const [a, b, c] = [quotas.connection(), quotas.connection(), quotas.connection()];
    a.admit("alice");
    b.admit("alice");
    b.admit("alice"); // a refresh with the same subject is no new connection
    const err = thrown(() => c.admit("alice"));
    expect(err.code).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(err.closeCode).toBe(1008);
    expect(quotas.refusedConnectionCount).toBe(1);
    c.admit("bob"); // other principals are not affected
    a.close();
    c.admit("alice"); // a freed slot; c moves from bob to alice
    expect(quotas.principalCount).toBe(1); // alice; bob, idle with a full budget, is forgotten
    // A principal in debt that disconnects comes back to the same debt, not to a full bucket.
    b.produce(batch(1500));
    b.close();
    c.close();
    const d = quotas.connection();
    d.admit("alice");
    expect(thrown(() => d.produce(batch(21))).code).toBe(ErrorCode.THROTTLED);
    d.close();
    clock.advance(1000); // paid and refilled: the entry goes on the next join or leave
    quotas.connection().admit("carol");
    expect(quotas.principalCount).toBe(1);
  });
});

describe("checkRequestBounds", () => {
  const bound = { partitionsPerRequestMax: 3 };
  const frame = (f: Frame) => decodeFrame(encodeFrame({ correlationId: 1, ...f }));
  it("counts offsets to commit, partitions to fetch and owned partitions", () => {
    const offsets = (n: number) => Array.from({ length: n }, (_, i) => ({ topic: "t", partition: i, offset: 1 }));
    expect(() => checkRequestBounds(frame({ offsetCommitRequest: { groupId: "g", offsets: offsets(3) } }), bound)).not.toThrow();
    expect(thrown(() => checkRequestBounds(frame({ offsetCommitRequest: { groupId: "g", offsets: offsets(4) } }), bound)).code).toBe(ErrorCode.INVALID_REQUEST);
    expect(thrown(() => checkRequestBounds(frame({ offsetFetchRequest: { groupId: "g", partitions: [{ topic: "a", partitions: [0, 1] }, { topic: "b", partitions: [0, 1] }] } }), bound)).code).toBe(
      ErrorCode.INVALID_REQUEST,
    );
    // A topic entry without partitions still counts one: many empty entries are work too.
    const empty = Array.from({ length: 4 }, (_, i) => ({ topic: `t${i}` }));
    expect(thrown(() => checkRequestBounds(frame({ groupHeartbeatRequest: { groupId: "g", owned: { topics: empty } } }), bound)).code).toBe(ErrorCode.INVALID_REQUEST);
    expect(() => checkRequestBounds(frame({ metadataRequest: { topics: ["a", "b", "c", "d"] } }), bound)).not.toThrow();
  });
});

describe("Session with quotas", () => {
  async function setup(auth: boolean) {
    const clock = new ManualClock(1_000_000);
    const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now, limits: small });
    await broker.start();
    await broker.createTopic("t", 1);
    const quotas = new Quotas(broker.limits, clock.now);
    const host = { ...broker.sessionHost(), quotas, auth: auth ? hs256Authenticator("s3cret", clock.now) : undefined };
    const connect = () => {
      const frames: DecodedFrame[] = [];
      const closes: number[] = [];
      let wake: (() => void) | null = null;
      const session = new Session(host, {
        send: (bytes) => {
          frames.push(decodeFrame(bytes));
          wake?.();
          return true;
        },
        bufferedBytes: () => 0,
        close: (code) => closes.push(code),
      });
      let id = 1;
      const request = async (f: Frame): Promise<DecodedFrame> => {
        const cid = id++;
        session.onMessage(encodeFrame({ correlationId: cid, ...f }));
        for (;;) {
          const found = frames.find((x) => x.correlationId === cid);
          if (found) return found;
          await new Promise<void>((r) => (wake = r));
        }
      };
      return { request, closes, session };
    };
    return { clock, quotas, connect };
  }
  let sent = 0;
  /** A batch of n records of ~100 B, unlike every other (its first value is numbered). */
  const produce = (n: number): Frame => ({
    produceRequest: { topic: "t", partition: 0, acks: Acks.ACKS_ALL, records: encodeBatch(Array.from({ length: n }, (_, i) => ({ value: `${i === 0 ? ++sent : ""}`.padEnd(90, "x") }))) },
  });

  it("answers THROTTLED with retry_after_ms, stores nothing of it, and passes again once the hint has passed", async () => {
    const { clock, connect } = await setup(false);
    const c = connect();
    const first = await c.request(produce(12)); // ~1.2 KB: past the connection's 1,000 bytes, into debt
    expect(first.produceResponse).toBeTruthy();
    const frame = produce(1);
    const refused = await c.request(frame);
    expect(refused.error!.code).toBe(ErrorCode.THROTTLED);
    expect(refused.error!.retryAfterMs).toBeGreaterThan(0);
    // Another batch is held back until the refused one is resent (order), whatever the budget.
    clock.advance(refused.error!.retryAfterMs!);
    expect((await c.request(produce(1))).error!.code).toBe(ErrorCode.THROTTLED);
    const again = await c.request(frame); // resent, as the SDK does
    expect(again.produceResponse!.baseOffset).toBe(12); // the refused requests took no offsets
  });

  it("refuses a principal's third connection with LIMIT_EXCEEDED, then closes it with 1008", async () => {
    const { clock, connect } = await setup(true);
    const token = await createToken("s3cret", { sub: "alice", produce: ["t"] }, 3600_000, clock.nowMs);
    const hello: Frame = { helloRequest: { protocolVersion: 1, token } };
    const [a, b, c] = [connect(), connect(), connect()];
    expect((await a.request(hello)).helloResponse).toBeTruthy();
    expect((await b.request(hello)).helloResponse).toBeTruthy();
    const refused = await c.request(hello);
    expect(refused.error!.code).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(c.closes).toEqual([1008]);
    a.session.close(); // a socket gone frees its slot
    const d = connect();
    expect((await d.request(hello)).helloResponse).toBeTruthy();
    expect(d.closes).toEqual([]);
  });

  it("answers a request over partitionsPerRequestMax with INVALID_REQUEST before the capability check", async () => {
    const { connect } = await setup(true);
    const c = connect();
    const offsets = Array.from({ length: small.partitionsPerRequestMax + 1 }, (_, i) => ({ topic: "t", partition: i, offset: 0 }));
    const answer = await c.request({ offsetCommitRequest: { groupId: "g", offsets } });
    expect(answer.error!.code).toBe(ErrorCode.INVALID_REQUEST); // not UNAUTHORIZED: no token was sent
    expect(answer.error!.message).toContain("at most");
  });
});
