// The SDK's tokenProvider schedule, against the fake broker with hand-driven timers (no waiting on the
// clock): the provider before the first hello and on reconnects, a refresh at 80 % of the token's remaining
// lifetime sent as a hello on every open socket without reconnecting, at most one provider call a second, the
// one retry of a request refused "token expired", and a failing provider surfacing as AuthError.
import { afterEach, describe, expect, it } from "vitest";
import { AuthError, Edgelog } from "../../client/index.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame, pb } from "../../src/protocol/frames.ts";
import { ManualTimers } from "../support/manual-timers.ts";
import { FakeBroker, type FakeSocket } from "./fake-broker.ts";

/** An unsigned JWT (the fake broker does not verify; the SDK only reads exp). */
function jwt(sub: string, expMs: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub, exp: Math.floor(expMs / 1000) })}.sig`;
}

const hellos = (fake: FakeBroker) => fake.received.filter((f) => f.body === "helloRequest").map((f) => (f.helloRequest as pb.HelloRequest).token);
const clients: Edgelog[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
});

interface Rig {
  fake: FakeBroker;
  /** The SDK's diagnostics (each line pokes fake.progress). */
  lines: string[];
  timers: ManualTimers;
  el: Edgelog;
  issued: string[];
  refreshes: (AuthError | null)[];
}

/** Two partitions, each led by a socket of its own (as at the edge), and a provider issuing `ttlMs` tokens. */
function rig(opts: { ttlMs?: number; provider?: () => string | Promise<string> } = {}): Rig {
  const fake = new FakeBroker({ leaderEndpoint: (t, p) => `/v1/ws/p/${t}/${p}` });
  fake.createTopic("t", 2);
  const timers = new ManualTimers();
  const issued: string[] = [];
  const refreshes: (AuthError | null)[] = [];
  const lines: string[] = [];
  const provider =
    opts.provider ??
    (() => {
      const t = jwt(`user-${issued.length + 1}`, timers.nowMs + (opts.ttlMs ?? 60_000));
      issued.push(t);
      return Promise.resolve(t);
    });
  const el = new Edgelog({
    url: "ws://fake/v1/ws",
    WebSocket: fake.WebSocket,
    tokenProvider: provider,
    timers,
    onTokenRefresh: (err) => {
      refreshes.push(err);
      fake.progress.poke();
    },
    reconnect: { initialDelayMs: 1, maxDelayMs: 20 },
    heartbeatMs: 0,
    log: (line) => {
      lines.push(line);
      fake.progress.poke();
    },
  });
  clients.push(el);
  return { fake, lines, timers, el, issued, refreshes };
}

async function sendToBoth(el: Edgelog): Promise<void> {
  const p = el.producer({ lingerMs: 0 });
  await p.send("t", [{ value: "a", partition: 0 }, { value: "b", partition: 1 }]);
}

describe("tokenProvider", () => {
  it("is called before the first hello; the partition sockets opened next reuse its token", async () => {
    const { fake, el, issued } = rig();
    await sendToBoth(el);
    expect(issued).toHaveLength(1);
    expect(fake.opened).toBe(3);
    expect(hellos(fake)).toEqual([issued[0], issued[0], issued[0]]);
  });

  it("refreshes at 80 % of the remaining lifetime, on every open socket, without reconnecting, across expiries", async () => {
    const { fake, timers, el, issued, refreshes } = rig({ ttlMs: 10_000 });
    await sendToBoth(el);
    expect(timers.nextInMs()).toBe(8_000);
    timers.advance(7_999);
    expect(issued).toHaveLength(1);
    for (let round = 2; round <= 4; round++) {
      timers.advance(timers.nextInMs()!);
      await fake.progress.until(() => refreshes.length === round - 1, `refresh ${round - 1}`);
      expect(refreshes.at(-1)).toBeNull();
      expect(issued).toHaveLength(round);
      // Each of the three open sockets said hello again with the new token.
      expect(hellos(fake).slice(-3)).toEqual([issued[round - 1], issued[round - 1], issued[round - 1]]);
      expect(timers.nextInMs()).toBe(8_000);
      await sendToBoth(el);
    }
    expect(fake.opened).toBe(3);
  });

  it("calls the provider again on a reconnect", async () => {
    const { fake, timers, el, issued } = rig();
    await sendToBoth(el);
    timers.advance(1_000); // past the reuse interval
    fake.dropAll();
    await sendToBoth(el);
    // The three sockets reconnected and shared one provider call.
    expect(issued).toHaveLength(2);
    expect(hellos(fake).slice(-3)).toEqual([issued[1], issued[1], issued[1]]);
  });

  it("a token that has (nearly) expired, or a clock far off, costs one provider call a second, not a loop", async () => {
    const timersRef: { t?: ManualTimers } = {};
    let calls = 0;
    const r = rig({
      provider: () => {
        calls++;
        return jwt("late", timersRef.t!.nowMs - 5_000);
      },
    });
    timersRef.t = r.timers;
    await r.el.admin.fetchMetadata(["t"]);
    expect(calls).toBe(1);
    for (let i = 1; i <= 3; i++) {
      expect(r.timers.nextInMs()).toBe(1_000);
      r.timers.advance(1_000);
      await r.fake.progress.until(() => r.refreshes.length === i, `refresh ${i}`);
      expect(calls).toBe(1 + i);
    }
  });

  it('a request refused "token expired" gets a new token, a new hello, and is sent once more', async () => {
    const { fake, timers, el, issued } = rig();
    await sendToBoth(el);
    timers.advance(1_000);
    // The broker's clock is ahead of ours: it calls the first token expired.
    const tokenOf = new Map<FakeSocket, string>();
    fake.gate = (socket, f: DecodedFrame) => {
      if (f.body === "helloRequest") tokenOf.set(socket, (f.helloRequest as pb.HelloRequest).token);
      else if (f.body === "produceRequest" && (tokenOf.get(socket) ?? issued[0]) === issued[0]) {
        throw Object.assign(new Error("token expired: send a new one in a hello"), { code: ErrorCode.UNAUTHORIZED });
      }
    };
    const before = fake.received.length;
    await el.producer({ lingerMs: 0 }).send("t", [{ value: "c", partition: 0 }]);
    expect(issued).toHaveLength(2);
    expect(fake.received.slice(before).map((f) => f.body).filter((b) => b === "produceRequest" || b === "helloRequest")).toEqual(["produceRequest", "helloRequest", "produceRequest"]);
    expect(fake.opened).toBe(3);
  });

  it('only once: a request refused "token expired" again surfaces AuthError', async () => {
    const { fake, timers, el, issued } = rig();
    await sendToBoth(el);
    timers.advance(1_000);
    fake.gate = (_socket, f) => {
      if (f.body === "produceRequest") throw Object.assign(new Error("token expired"), { code: ErrorCode.UNAUTHORIZED });
    };
    const before = fake.received.length;
    await expect(el.producer({ lingerMs: 0 }).send("t", [{ value: "c", partition: 0 }])).rejects.toBeInstanceOf(AuthError);
    expect(fake.received.slice(before).map((f) => f.body).filter((b) => b === "produceRequest" || b === "helloRequest")).toEqual(["produceRequest", "helloRequest", "produceRequest"]);
    expect(issued).toHaveLength(2);
  });

  it("a provider that throws: requests fail with AuthError carrying its cause, no socket opens, and the provider is not hammered", async () => {
    let calls = 0;
    let failing = true;
    const { fake, lines, timers, el } = rig({
      provider: async () => {
        calls++;
        if (failing) throw new Error("token backend down");
        return jwt("back", timers.nowMs + 60_000);
      },
    });
    const err = await el.admin.fetchMetadata(["t"]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AuthError);
    expect((err as AuthError).message).toMatch(/tokenProvider failed: token backend down/);
    expect(((err as AuthError).cause as Error).message).toBe("token backend down");
    // The connection keeps retrying with its backoff; within the same second the failure is reused.
    const attempts = () => lines.filter((l) => /tokenProvider failed.*reconnecting in/.test(l)).length;
    await fake.progress.until(() => attempts() >= 4, () => `4 reconnect attempts, saw ${attempts()}`);
    expect(calls).toBe(1);
    expect(fake.opened).toBe(0);
    failing = false;
    timers.advance(1_000);
    expect(await el.admin.fetchMetadata(["t"])).toEqual(expect.any(Array));
    expect(calls).toBe(2);
    expect(fake.opened).toBe(1);
  });

  it("a scheduled refresh whose provider fails is reported to onTokenRefresh and tried again while the token lives", async () => {
    let failing = false;
    let calls = 0;
    const timersRef: { t?: ManualTimers } = {};
    const { fake, timers, el, refreshes } = rig({
      provider: async () => {
        calls++;
        if (failing) throw new Error("nope");
        return jwt("x", timersRef.t!.nowMs + 10_000);
      },
    });
    timersRef.t = timers;
    await el.admin.fetchMetadata(["t"]);
    failing = true;
    timers.advance(8_000);
    await fake.progress.until(() => refreshes.length === 1, "the failed refresh");
    expect(refreshes[0]).toBeInstanceOf(AuthError);
    // Half of the 2 s the token had left.
    expect(timers.nextInMs()).toBe(1_000);
    failing = false;
    timers.advance(1_000);
    await fake.progress.until(() => refreshes.length === 2, "the retried refresh");
    expect(refreshes[1]).toBeNull();
    expect(calls).toBe(3);
    expect(fake.opened).toBe(1);
  });
});
