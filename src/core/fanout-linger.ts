/**
 * A bounded linger on a partition's fan-out. Every append wakes every subscriber at the head, and each
 * wake-up writes one WebSocket message per subscriber. Where a message costs the host tens of µs (a
 * Durable Object's WebSocket send: ~22-30 µs of workerd CPU each here, with no edgelog code around it),
 * 1,000 subscribers of a partition taking 100 separate appends a second ask for 100,000 messages a second,
 * past what one object can write: it falls behind, and every record waits. With a linger, the first append
 * after a quiet spell is announced at once and the ones that follow within the linger are announced
 * together when it ends, so a subscriber gets at most one push per linger carrying every batch it may
 * take (the partition family's head push spans the cached batches up to the high watermark), and a record
 * waits at most the linger for it.
 *
 * The linger grows with the subscribers it serves (`perListenerUs` each, within [minMs, maxMs]): a round's
 * cost is one send per subscriber, so this keeps the share of the object's time that rounds take about
 * fixed (per listener µs / send µs) whatever the audience, while a small audience waits only minMs.
 *
 * The linger wraps the log the partition family sees (a view: every member is the log's own, but
 * `onAppend` listeners are called in lingered rounds), so the engine is unchanged and a host chooses per
 * log. The Node broker, whose sends are a few µs, does not linger.
 */
import type { PartitionLog } from "./partition-log.ts";

type Listener = () => void;

export interface LingerTimers {
  now(): number;
  /** Calls `fn` after `delayMs` (a host's setTimeout). */
  setTimer(fn: () => void, delayMs: number): void;
}

const defaultTimers: LingerTimers = { now: () => Date.now(), setTimer: (fn, delayMs) => void setTimeout(fn, delayMs) };

/** One lingered view per log (the partition family keys its per-log caches by the object it is given). */
const views = new WeakMap<PartitionLog, PartitionLog>();
/** Each view's announcer (lingerStartMs). */
const announcers = new WeakMap<PartitionLog, LingeredAnnouncer>();

/**
 * For a lingered view, when the first append of the round being announced was made (the host's epoch ms);
 * undefined for any other log. A subscription that waits (fanout-wait.ts) counts its wait from there, so
 * at the edge the object's linger is part of the wait, not added to it.
 */
export function lingerStartMs(log: PartitionLog): number | undefined {
  return announcers.get(log)?.roundStartMs;
}

/** Whether `log` is a lingered view (its linger grows with the listeners it has). */
export function isLingered(log: PartitionLog): boolean {
  return announcers.has(log);
}

/** How long appends may gather before they are announced: perListenerUs per listener, within [minMs, maxMs]. */
export interface Linger {
  minMs: number;
  perListenerUs: number;
  maxMs: number;
  /** Listeners called per task in a round (the rest in tasks of their own, right after). */
  chunk: number;
}

/**
 * `log` as the partition family should see it: announcements of appends at most once per linger. The same
 * view for the same log every time (the first call's linger holds). maxMs 0: the log itself.
 */
export function lingeredLog(log: PartitionLog, linger: Linger, timers: LingerTimers = defaultTimers): PartitionLog {
  if (linger.maxMs <= 0) return log;
  let view = views.get(log);
  if (!view) {
    const announcer = new LingeredAnnouncer(log, linger, timers);
    view = makeView(log, announcer);
    views.set(log, view);
    announcers.set(view, announcer);
  }
  return view;
}

class LingeredAnnouncer {
  private readonly listeners = new Set<Listener>();
  private unlisten: (() => void) | null = null;
  private pending = false;
  private lastRoundMs = -Infinity;
  /** When the first append not yet announced was made. */
  private firstAppendMs = 0;
  /** When the first append announced by the current round was made (lingerStartMs). */
  roundStartMs = 0;
  /** Rounds run (tests, diagnostics). */
  roundCount = 0;

  constructor(
    private readonly log: PartitionLog,
    private readonly linger: Linger,
    private readonly timers: LingerTimers,
  ) {}

  onAppend(listener: Listener): () => void {
    this.listeners.add(listener);
    this.unlisten ??= this.log.onAppend(() => this.appended());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.unlisten) {
        this.unlisten();
        this.unlisten = null;
      }
    };
  }

  private appended(): void {
    // A closed log ends its subscriptions now; a round already pending finds nothing more to do.
    if (this.log.isClosed) return this.round();
    if (this.pending) return;
    const l = this.linger;
    const lingerMs = Math.min(l.maxMs, Math.max(l.minMs, (this.listeners.size * l.perListenerUs) / 1000));
    const nowMs = this.timers.now();
    this.firstAppendMs = nowMs;
    const waitMs = this.lastRoundMs + lingerMs - nowMs;
    if (waitMs <= 0) return this.round();
    this.pending = true;
    this.timers.setTimer(() => {
      this.pending = false;
      this.round();
    }, waitMs);
  }

  private round(): void {
    this.lastRoundMs = this.timers.now();
    this.roundStartMs = this.firstAppendMs;
    this.roundCount++;
    this.runFrom([...this.listeners], 0);
  }

  /**
   * A round in slices of `chunk` listeners, each slice a task of its own: a round for 1,000 subscribers is
   * ~30 ms of sends, and requests that arrive meanwhile (a producer's next append) are served between the
   * slices instead of after all of them (a bare object sending 1,000 messages 10 times a second answered
   * its producer in 100-500 ms in one piece, 20-150 ms in slices of 100, on this loaded machine).
   */
  private runFrom(listeners: Listener[], from: number): void {
    const end = Math.min(listeners.length, from + this.linger.chunk);
    for (let i = from; i < end; i++) listeners[i]!();
    if (end < listeners.length) this.timers.setTimer(() => this.runFrom(listeners, end), 0);
  }
}

/**
 * The log with its own members, except onAppend. A Proxy rather than a wrapper class, so that members the
 * log gains later are the view's too; methods are bound once to the log (its private fields stay its own).
 */
function makeView(log: PartitionLog, announcer: LingeredAnnouncer): PartitionLog {
  const bound = new Map<PropertyKey, unknown>();
  const onAppend = (listener: Listener) => announcer.onAppend(listener);
  return new Proxy(log, {
    get(target, prop) {
      if (prop === "onAppend") return onAppend;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      let fn = bound.get(prop);
      if (!fn) bound.set(prop, (fn = (value as (...args: unknown[]) => unknown).bind(target)));
      return fn;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
}
