// The fan-out linger (src/core/fanout-linger.ts) on a fake log and fake timers: the first append after a
// quiet spell is announced at once, later ones within the linger in one round, the linger grows with the
// listeners within its bounds, a round runs in slices of `chunk` listeners, and a closed log is announced
// at once. Every other member of the view is the log's own.
import { describe, expect, it } from "vitest";
import { lingeredLog, type Linger, type LingerTimers } from "../../src/core/fanout-linger.ts";
import type { PartitionLog } from "../../src/core/partition-log.ts";

class FakeLog {
  isClosed = false;
  highWatermark = 0;
  private readonly listeners = new Set<() => void>();
  onAppend(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  append(): void {
    this.highWatermark++;
    for (const l of [...this.listeners]) l();
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  double(n: number): number {
    return n * 2 + this.highWatermark;
  }
}

class FakeTimers implements LingerTimers {
  nowMs = 1000;
  private timers: { atMs: number; fn: () => void }[] = [];
  now(): number {
    return this.nowMs;
  }
  setTimer(fn: () => void, delayMs: number): void {
    this.timers.push({ atMs: this.nowMs + delayMs, fn });
  }
  /** Runs every timer due by `ms` from now, in time order (timers set meanwhile included). */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      this.timers.sort((a, b) => a.atMs - b.atMs);
      const next = this.timers[0];
      if (!next || next.atMs > until) break;
      this.timers.shift();
      this.nowMs = Math.max(this.nowMs, next.atMs);
      next.fn();
    }
    this.nowMs = until;
  }
}

function setup(linger: Linger, listenerCount: number) {
  const log = new FakeLog();
  const timers = new FakeTimers();
  const view = lingeredLog(log as unknown as PartitionLog, linger, timers) as unknown as FakeLog;
  const calls: number[] = [];
  const unlisten = Array.from({ length: listenerCount }, (_, i) => view.onAppend(() => calls.push(i)));
  return { log, timers, view, calls, unlisten };
}

describe("fan-out linger", () => {
  it("announces the first append at once and the ones within the linger together, once", () => {
    const { log, timers, calls } = setup({ minMs: 10, perListenerUs: 0, maxMs: 50, chunk: 100 }, 3);
    log.append();
    expect(calls).toEqual([0, 1, 2]);
    calls.length = 0;
    timers.advance(2);
    log.append();
    timers.advance(2);
    log.append();
    expect(calls).toEqual([]);
    timers.advance(5); // 9 ms after the first round
    expect(calls).toEqual([]);
    timers.advance(1); // 10 ms
    expect(calls).toEqual([0, 1, 2]);
    timers.advance(100);
    expect(calls).toEqual([0, 1, 2]);
  });

  it("lingers perListenerUs per listener within [minMs, maxMs]", () => {
    for (const [listeners, expectMs] of [[10, 10], [500, 30], [5000, 80]] as const) {
      const { log, timers, calls } = setup({ minMs: 10, perListenerUs: 60, maxMs: 80, chunk: 100_000 }, listeners);
      log.append();
      calls.length = 0;
      log.append();
      timers.advance(expectMs - 1);
      expect(calls.length).toBe(0);
      timers.advance(1);
      expect(calls.length).toBe(listeners);
    }
  });

  it("runs a round in slices of `chunk` listeners, each a task of its own, every listener once", () => {
    const { log, timers, calls } = setup({ minMs: 10, perListenerUs: 0, maxMs: 10, chunk: 4 }, 10);
    log.append();
    expect(calls).toEqual([0, 1, 2, 3]);
    timers.advance(0);
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("announces a closed log at once, and is the log itself for everything else", () => {
    const { log, timers, view, calls } = setup({ minMs: 10, perListenerUs: 0, maxMs: 10, chunk: 100 }, 2);
    log.append();
    calls.length = 0;
    log.isClosed = true;
    log.append();
    expect(calls).toEqual([0, 1]);
    expect(view.highWatermark).toBe(2);
    expect(view.double(3)).toBe(8);
    expect(view.isClosed).toBe(true);
    timers.advance(100);
  });

  it("listens to the log only while it has listeners of its own, and gives one view per log", () => {
    const { log, timers, view, unlisten } = setup({ minMs: 10, perListenerUs: 0, maxMs: 10, chunk: 100 }, 2);
    expect(log.listenerCount).toBe(1);
    for (const u of unlisten) u();
    expect(log.listenerCount).toBe(0);
    expect(lingeredLog(log as unknown as PartitionLog, { minMs: 10, perListenerUs: 0, maxMs: 10, chunk: 100 }, timers)).toBe(view);
    expect(lingeredLog(log as unknown as PartitionLog, { minMs: 0, perListenerUs: 0, maxMs: 0, chunk: 1 })).toBe(log);
  });
});
