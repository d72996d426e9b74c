/**
 * Kafka's fetch.min.bytes / fetch.max.wait.ms for push subscriptions (SubscribeRequest min_bytes and
 * max_wait_ms). A push costs the host about the same whatever it carries (on the Node broker ~8-9 µs of
 * CPU per WebSocket message, on loopback with the receivers' TCP work charged to the sender), so a
 * subscriber that takes each append in a push of its own costs that much per record. One that asks to
 * wait gets the records appended at the head of the log held for it until at least minBytes of them are
 * waiting or maxWaitMs has passed since the first of them was appended, then pushed together.
 *
 * Subscribers of one log with the same settings share a WaitRound: they are held and released together,
 * so at release they stand at the same offset and get the push the partition family encodes once for
 * every subscriber there (push-frame.ts). A round counts the bytes appended since its last release from
 * the log's cached batches; the clock starts at the first of them (at the edge, at the first append of the
 * object's lingered round: fanout-linger.ts lingerStartMs, so a subscription waits at least the linger and
 * otherwise no longer than it asked).
 *
 * What is held is only what arrives at the head: records below the round's releasedOffset are available
 * to its subscribers at once (a subscriber that starts behind, or falls behind on credit, catches up by
 * reads right away, as Kafka answers a fetch at once when min bytes are there, and such a read returns
 * whatever the log has, up to the high watermark).
 */
import type { PartitionLog } from "./partition-log.ts";
import { isLingered, lingerStartMs } from "./fanout-linger.ts";

export interface WaitTimers {
  /** Epoch ms. */
  now(): number;
  /** Calls `fn` after `delayMs`; returns a handle for clearTimer (a host's setTimeout). */
  setTimer(fn: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemWaitTimers: WaitTimers = {
  now: () => Date.now(),
  setTimer: (fn, delayMs) => setTimeout(fn, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The members of PartitionLog a round reads (a relay's log has them too). */
type WaitLog = Pick<PartitionLog, "highWatermark" | "isClosed" | "cachedBatchAt" | "isAnnouncing" | "onAppend">;

/** Per log, its rounds by settings ("minBytes/maxWaitMs"). */
const roundsByLog = new WeakMap<object, Map<string, WaitRound>>();

/**
 * The round of `log`'s subscribers with these settings, made on first use with `timers` (those of the
 * first family that asks; later ones share it). minBytes and maxWaitMs must both be > 0.
 */
export function waitRoundFor(log: PartitionLog, minBytes: number, maxWaitMs: number, timers: WaitTimers): WaitRound {
  let rounds = roundsByLog.get(log);
  if (!rounds) roundsByLog.set(log, (rounds = new Map()));
  const key = `${minBytes}/${maxWaitMs}`;
  let round = rounds.get(key);
  if (!round) {
    const made = new WaitRound(log, minBytes, maxWaitMs, timers, () => {
      if (rounds.get(key) === made) rounds.delete(key);
    });
    rounds.set(key, (round = made));
  }
  return round;
}

export class WaitRound {
  /** Records below it were released: the round's subscribers may have them at once. */
  releasedOffset: number;
  /** End of the bytes counted in pendingBytes (releasedOffset ≤ countedEnd ≤ high watermark). */
  private countedEnd: number;
  private pendingBytes = 0;
  private timer: unknown = null;
  private releaseQueued = false;
  private readonly members = new Set<() => void>();
  /** Releases so far (tests, diagnostics). */
  releaseCount = 0;
  /**
   * A lingered log (the edge) sizes its linger by its listeners, and a waiting subscriber costs a send per
   * release like any other: there each member listens. Elsewhere the round listens once for all of them
   * (1,000 listener calls per append cost the Node broker ~0.2 µs per delivery, measured in-process).
   */
  private readonly listenPerMember: boolean;
  private unlisten: (() => void) | null = null;

  constructor(
    private readonly log: WaitLog,
    readonly minBytes: number,
    readonly maxWaitMs: number,
    private readonly timers: WaitTimers,
    private readonly onEmpty: () => void,
  ) {
    this.releasedOffset = this.countedEnd = log.highWatermark;
    this.listenPerMember = isLingered(log as PartitionLog);
  }

  /** Adds a subscriber (listening to the log for it): `release` is called on each release. Returns its leave. */
  join(release: () => void): () => void {
    this.members.add(release);
    const announced = () => this.announced();
    const unlisten = this.listenPerMember ? this.log.onAppend(announced) : null;
    if (!this.listenPerMember) this.unlisten ??= this.log.onAppend(announced);
    return () => {
      unlisten?.();
      if (!this.members.delete(release) || this.members.size > 0) return;
      this.unlisten?.();
      this.unlisten = null;
      this.clearTimer();
      this.onEmpty();
    };
  }

  /** The log announced an append (or its close); called once per member on a lingered log, the first does the work. */
  announced(): void {
    const log = this.log;
    if (log.isClosed) return this.releaseSoon();
    const hw = log.highWatermark;
    if (hw <= this.countedEnd) return;
    if (this.countedEnd === this.releasedOffset && this.timer === null && !this.releaseQueued) {
      // The first records held since the last release: the wait runs from their append.
      const nowMs = this.timers.now();
      const firstMs = Math.min(nowMs, lingerStartMs(log as PartitionLog) ?? nowMs);
      const delayMs = firstMs + this.maxWaitMs - nowMs;
      if (delayMs <= 0) return this.releaseSoon();
      this.timer = this.timers.setTimer(() => {
        this.timer = null;
        this.release();
      }, delayMs);
    }
    let end = this.countedEnd;
    while (end < hw) {
      const batch = log.cachedBatchAt(end);
      if (!batch) {
        // Durable but not cached yet (group commit): it is announced next and counted then. Anything else
        // uncounted (out of the cache, a relay's first jump to the partition's end) counts as enough.
        if (!log.isAnnouncing(end)) this.pendingBytes = Infinity;
        break;
      }
      if (batch.endOffset > hw) break; // cached ahead of a replicated log's high watermark
      this.pendingBytes += batch.bytes.byteLength;
      end = batch.endOffset;
    }
    this.countedEnd = end;
    if (this.pendingBytes >= this.minBytes) this.releaseSoon();
  }

  /** After the announcements of this commit are done (as the family's own rounds: a microtask later). */
  private releaseSoon(): void {
    if (this.releaseQueued) return;
    this.releaseQueued = true;
    queueMicrotask(() => this.release());
  }

  private release(): void {
    this.releaseQueued = false;
    this.clearTimer();
    const hw = this.log.highWatermark;
    if (hw > this.releasedOffset) this.releasedOffset = hw;
    this.countedEnd = this.releasedOffset;
    this.pendingBytes = 0;
    this.releaseCount++;
    for (const release of [...this.members]) release();
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.timers.clearTimer(this.timer);
    this.timer = null;
  }
}
