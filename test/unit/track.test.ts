// The tracker's batching and queue logic (client/track.ts) with fakes: a page's globals stubbed, fake timers,
// the in-memory queue, and the real core broker's HTTP route (createHttpHandler over a memory broker) behind
// a fake fetch that can lose answers or refuse requests. Counts come from the log and the broker's answers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryQueue, tracker, type TrackQueue, type TrackerOptions } from "../../client/track.ts";
import { Broker } from "../../src/core/broker.ts";
import { createHttpHandler } from "../../src/core/http-api.ts";
import { produceJson } from "../../src/core/http-produce.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";
import { mulberry32, runSeed } from "../support/rng.ts";

const TOPIC = "events";

interface Sent {
  body: { producer: { id: number; sequence: number }; records: { key: string; value: { event: string; eventId: string }; headers: Record<string, string> }[] };
  keepalive: boolean;
  /** What the page was told: a status, or "lost" (the broker stored it but the answer never came). */
  outcome: number | "lost";
  duplicate: boolean;
}

/** The page's globals a tracker touches; `fire` dispatches a window event to the tracker's listeners. */
function fakePage() {
  const listeners = new Map<string, (() => void)[]>();
  const storage = new Map<string, string>();
  const nav = { onLine: true };
  vi.stubGlobal("navigator", nav);
  vi.stubGlobal("location", { href: "https://shop.example/p", pathname: "/p" });
  vi.stubGlobal("document", { title: "shop", referrer: "", visibilityState: "visible" });
  vi.stubGlobal("localStorage", { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) });
  vi.stubGlobal("addEventListener", (type: string, f: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]));
  return {
    nav,
    fire: (type: string) => (listeners.get(type) ?? []).forEach((f) => f()),
  };
}

/**
 * The core broker's HTTP route in process. `decide` picks, per request, what happens: "pass" (stored and
 * answered), "lose" (stored, then the page sees a network failure) or a status the page gets without the
 * broker seeing the request. `networkUp` says whether a request can leave (default: navigator.onLine).
 */
async function fakeBroker(decide: (n: number) => "pass" | "lose" | number = () => "pass", networkUp = () => (globalThis.navigator as { onLine: boolean }).onLine) {
  const clock = () => Date.now();
  const broker = new Broker({ storage: new MemoryBrokerStorage(clock), clock });
  await broker.start();
  await broker.createTopic(TOPIC, 3);
  let sticky = 0;
  const route = createHttpHandler({ limits: broker.limits, health: () => ({}), metadata: async () => [], produce: (topic, body) => produceJson(broker, topic, body, sticky++) });
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    // Offline, a browser's fetch fails at once, before anything is sent.
    if (!networkUp()) throw new TypeError("Failed to fetch");
    const body = JSON.parse(init.body as string) as Sent["body"];
    const entry: Sent = { body, keepalive: init.keepalive === true, outcome: 0, duplicate: false };
    sent.push(entry);
    const what = decide(sent.length - 1);
    if (typeof what === "number") {
      entry.outcome = what;
      return new Response("{}", { status: what });
    }
    const answer = await route(new Request(url, init));
    const json = (await answer.clone().json()) as { duplicate?: boolean };
    entry.duplicate = json.duplicate === true;
    entry.outcome = what === "lose" ? "lost" : answer.status;
    if (what === "lose") throw new TypeError("Failed to fetch");
    return answer;
  }) as typeof globalThis.fetch;
  return {
    sent,
    fetch,
    /** Records in the log, all partitions. */
    logCount: () => broker.topic(TOPIC).partitions.reduce((n, p) => n + p.highWatermark, 0),
    /** Event ids of the requests the broker stored (not duplicates), in order. */
    storedIds: () => sent.filter((s) => (s.outcome === 200 || s.outcome === "lost") && !s.duplicate).flatMap((s) => s.body.records.map((r) => r.headers["event-id"]!)),
    close: () => broker.close(),
  };
}

const queueCount = async (q: TrackQueue) => (await q.all()).reduce((n, b) => n + b.recs.length, 0);

describe("tracker (fakes)", () => {
  let page: ReturnType<typeof fakePage>;
  const closers: (() => Promise<void>)[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    page = fakePage();
  });

  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    for (const c of closers.splice(0)) await c();
  });

  async function setup(options: Partial<TrackerOptions> = {}, decide?: Parameters<typeof fakeBroker>[0], networkUp?: Parameters<typeof fakeBroker>[1]) {
    const b = await fakeBroker(decide, networkUp);
    closers.push(b.close);
    const queue = memoryQueue();
    const t = tracker({ url: "https://broker.example/", topic: TOPIC, pageViews: false, fetch: b.fetch, queue, ...options });
    return { b, t, queue };
  }

  it("a url without its scheme is a TypeError (it would be a path of the page's own server, retried for ever)", () => {
    for (const url of ["127.0.0.1:8080", "broker.example", "/v1"]) expect(() => tracker({ url, topic: TOPIC, pageViews: false }), url).toThrow(/url must start with https:\/\/, http:\/\/, wss:\/\/ or ws:\/\//);
  });

  it("batches: batchEventsMax events per request at once, the rest after flushIntervalMs; one producer id, sequences counting records", async () => {
    const { b, t, queue } = await setup({ batchEventsMax: 50, batchBytesMax: 1 << 20, flushIntervalMs: 500 });
    const ids = Array.from({ length: 120 }, (_, i) => t.track("e", { i }));
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sent.map((s) => s.body.records.length)).toEqual([50, 50]);
    await vi.advanceTimersByTimeAsync(499);
    expect(b.sent.length).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.sent.map((s) => s.body.records.length)).toEqual([50, 50, 20]);
    expect(new Set(b.sent.map((s) => s.body.producer.id)).size).toBe(1);
    expect(b.sent.map((s) => s.body.producer.sequence)).toEqual([0, 50, 100]);
    expect(b.storedIds()).toEqual(ids);
    expect(b.sent.every((s) => s.outcome === 200 && s.keepalive)).toBe(true);
    expect(b.logCount()).toBe(120);
    expect(await queueCount(queue)).toBe(0);
    expect(t.droppedEventCount).toBe(0);
  });

  it("batchBytesMax bounds every request's records (an event bigger than it goes alone)", async () => {
    const { b, t } = await setup({ batchBytesMax: 4096 });
    const big = "x".repeat(900);
    for (let i = 0; i < 20; i++) t.track("e", { big, i });
    t.track("huge", { big: "y".repeat(5000) });
    t.track("after");
    await t.flush();
    for (const s of b.sent) {
      const bytes = s.body.records.reduce((n, r) => n + new TextEncoder().encode(JSON.stringify(r)).byteLength, 0);
      if (s.body.records.length > 1) expect(bytes).toBeLessThanOrEqual(4096);
    }
    expect(b.sent.find((s) => s.body.records.some((r) => r.value.event === "huge"))!.body.records.length).toBe(1);
    expect(b.logCount()).toBe(22);
  });

  it("a new key starts a new producer id at sequence 0 (a sequence numbers one partition); records are keyed by it, else by the anonymous id", async () => {
    let user: string | null = null;
    const { b, t } = await setup({ key: () => user });
    t.track("anon-1");
    t.track("anon-2");
    user = "alice";
    t.track("alice-1");
    t.track("alice-2");
    await t.flush();
    expect(b.sent.map((s) => [s.body.producer.sequence, s.body.records.map((r) => r.key)])).toEqual([
      [0, [t.anonymousId, t.anonymousId]],
      [0, ["alice", "alice"]],
    ]);
    expect(b.sent[0]!.body.producer.id).not.toBe(b.sent[1]!.body.producer.id);
    expect(b.logCount()).toBe(4);
  });

  it("lost answers (seeded): every retry resends its batch with the same id and sequence; each event is stored once", async () => {
    const random = mulberry32(runSeed());
    const { b, t, queue } = await setup({ batchEventsMax: 7 }, () => (random() < 0.4 ? "lose" : "pass"));
    const ids: string[] = [];
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 1 + Math.floor(random() * 15); i++) ids.push(t.track("e", { round, i }));
      await vi.advanceTimersByTimeAsync(600);
    }
    // Retries back off up to a minute; run the clock until the queue is empty.
    for (let i = 0; i < 40 && (await queueCount(queue)) > 0; i++) await vi.advanceTimersByTimeAsync(60_000);
    expect(await queueCount(queue)).toBe(0);
    expect(b.sent.some((s) => s.outcome === "lost")).toBe(true);
    expect(b.sent.some((s) => s.duplicate)).toBe(true);
    expect(b.storedIds()).toEqual(ids);
    expect(b.logCount()).toBe(ids.length);
    // Each body sent more than once was the same bytes: its producer id, sequence and records.
    const bySequence = new Map<string, string>();
    for (const s of b.sent) {
      const k = `${s.body.producer.id}/${s.body.producer.sequence}`;
      const text = JSON.stringify(s.body);
      expect(bySequence.get(k) ?? text).toBe(text);
      bySequence.set(k, text);
    }
  });

  it("a failure stops the pass (a producer's batches stay in order) and is retried after a backoff that new events do not cut short", async () => {
    const { b, t } = await setup({ batchEventsMax: 2 }, (n) => (n === 0 ? 503 : "pass"));
    const ids = Array.from({ length: 6 }, (_, i) => t.track("e", { i }));
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sent.map((s) => s.outcome)).toEqual([503]);
    await vi.advanceTimersByTimeAsync(999);
    expect(b.sent.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.sent.map((s) => [s.outcome, s.body.producer.sequence])).toEqual([[503, 0], [200, 0], [200, 2], [200, 4]]);
    expect(b.storedIds()).toEqual(ids);
  });

  it("a page whose origin is off the allow-list (403, readable since CORS names it) keeps its events and retries them, as a 401's", async () => {
    const { b, t } = await setup({ batchEventsMax: 2 }, (n) => (n === 0 ? 403 : "pass"));
    const ids = Array.from({ length: 2 }, (_, i) => t.track("e", { i }));
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sent.map((s) => s.outcome)).toEqual([403]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(b.sent.map((s) => [s.outcome, s.body.producer.sequence])).toEqual([[403, 0], [200, 0]]);
    expect(t.droppedEventCount).toBe(0);
    expect(b.storedIds()).toEqual(ids);
  });

  it("a batch refused for good (4xx) is dropped and counted; the gap it leaves is renumbered under a new producer id", async () => {
    const { b, t } = await setup({ batchEventsMax: 3 }, (n) => (n === 1 ? 413 : "pass"));
    const ids = Array.from({ length: 9 }, (_, i) => t.track("e", { i }));
    await t.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.droppedEventCount).toBe(3);
    // [0..2] stored; [3..5] refused 413; [6..8] at sequence 6 is out of order (409), renumbered: new id, sequence 0.
    expect(b.sent.map((s) => [s.outcome, s.body.producer.sequence])).toEqual([[200, 0], [413, 3], [409, 6], [200, 0]]);
    expect(b.sent[3]!.body.producer.id).not.toBe(b.sent[0]!.body.producer.id);
    expect(b.storedIds()).toEqual([...ids.slice(0, 3), ...ids.slice(6)]);
    // The page's producer moved too: its next batch follows the new id's sequence, not the refused one.
    t.track("next");
    await t.flush();
    expect(b.sent.at(-1)!.outcome).toBe(200);
    expect(b.logCount()).toBe(7);
  });

  it("offline: batches wait in the queue, bounded by queueEventsMax (oldest dropped and counted); `online` sends the rest once", async () => {
    const { b, t, queue } = await setup({ batchEventsMax: 5, queueEventsMax: 10 });
    page.nav.onLine = false;
    const ids = Array.from({ length: 30 }, (_, i) => t.track("e", { i }));
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sent.length).toBe(0);
    expect(await queueCount(queue)).toBe(10);
    expect(t.droppedEventCount).toBe(20);
    page.nav.onLine = true;
    page.fire("online");
    await vi.advanceTimersByTimeAsync(0);
    // The kept batches start at sequence 20 of a producer the broker never saw: renumbered from 0 under a new id.
    expect(b.storedIds()).toEqual(ids.slice(20));
    expect(b.logCount()).toBe(10);
    expect(await queueCount(queue)).toBe(0);
  });

  it("where IndexedDB cannot be opened, the queue is kept in memory: events are still sent, and bounded", async () => {
    const b = await fakeBroker();
    closers.push(b.close);
    const failing = { error: new Error("refused"), onerror: null as null | (() => void) };
    vi.stubGlobal("indexedDB", { open: () => (setTimeout(() => failing.onerror?.()), failing) });
    const t = tracker({ url: "https://broker.example", topic: TOPIC, pageViews: false, fetch: b.fetch, batchEventsMax: 2, queueEventsMax: 4 });
    page.nav.onLine = false;
    const ids = Array.from({ length: 6 }, (_, i) => t.track("e", { i }));
    await vi.advanceTimersByTimeAsync(0);
    expect(await t.queuedEventCount()).toBe(4);
    expect(t.droppedEventCount).toBe(2);
    page.nav.onLine = true;
    page.fire("online");
    await vi.advanceTimersByTimeAsync(0);
    expect(b.storedIds()).toEqual(ids.slice(2));
    expect(await t.queuedEventCount()).toBe(0);
  });

  it("a browser that wrongly says it is offline (navigator.onLine false, network up) still sends", async () => {
    const { b, t, queue } = await setup({}, undefined, () => true);
    page.nav.onLine = false;
    const ids = [t.track("a"), t.track("b")];
    await vi.advanceTimersByTimeAsync(0);
    expect(b.storedIds()).toEqual(ids);
    expect(await queueCount(queue)).toBe(0);
  });

  it("visibilitychange to hidden sends the buffer at once (a tab switched away may never come back)", async () => {
    const { b, t } = await setup({ flushIntervalMs: 60_000 });
    const ids = [t.track("a")];
    (document as { visibilityState: string }).visibilityState = "hidden";
    page.fire("visibilitychange");
    expect(b.sent.length).toBe(1);
    expect(b.sent[0]!.keepalive).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.storedIds()).toEqual(ids);
  });

  it("pagehide sends the buffer at once with keepalive and no lock or timer; the sent batch leaves the queue", async () => {
    const { b, t, queue } = await setup({ flushIntervalMs: 60_000 });
    const ids = [t.track("a"), t.track("b")];
    page.fire("pagehide");
    expect(b.sent.length).toBe(1); // posted in the event's own task
    expect(b.sent[0]!.keepalive).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.storedIds()).toEqual(ids);
    expect(await queueCount(queue)).toBe(0);
    expect(b.sent.length).toBe(1);
  });
});
