/**
 * Timers a test moves by hand, for the SDK's token refresh schedule (client/token-source.ts Timers):
 * advance() runs what falls due, in order. Time is a ManualClock's, so a test can share it with a broker's
 * clock and move both at once.
 */
import { ManualClock } from "../../src/core/clock.ts";
import type { Timers } from "../../client/token-source.ts";

export class ManualTimers implements Timers {
  private nextId = 1;
  private readonly due = new Map<number, { atMs: number; fn: () => void }>();

  constructor(readonly clock = new ManualClock(1_800_000_000_000)) {}

  get nowMs(): number {
    return this.clock.nowMs;
  }

  now = () => this.clock.nowMs;

  setTimeout(fn: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.due.set(id, { atMs: this.clock.nowMs + delayMs, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** How long until the earliest pending timer, ms (undefined: none). */
  nextInMs(): number | undefined {
    const at = Math.min(...[...this.due.values()].map((d) => d.atMs));
    return Number.isFinite(at) ? at - this.clock.nowMs : undefined;
  }

  /** Moves time `ms` on, running every timer due by then at its own time. */
  advance(ms: number): void {
    const target = this.clock.nowMs + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, d]) => d.atMs <= target).sort((a, b) => a[1].atMs - b[1].atMs)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.clock.nowMs = next[1].atMs;
      next[1].fn();
    }
    this.clock.nowMs = target;
  }
}
