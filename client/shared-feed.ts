/**
 * One socket per browser for live feeds: the tabs of an origin elect a leader with a Web Lock named after
 * the broker URL; only the leader opens sockets. Every tab (the leader's too) sends its feeds' subscriptions
 * over a BroadcastChannel; the leader reads each from the broker with a Consumer of its own (positions exact
 * per tab, one subscription per tab and partition on the one socket) and relays the records to that tab.
 *
 * Why not a SharedWorker: it must be same-origin with the page, so the broker's /subscribe.js cannot be
 * its script on a page of another origin, and the page would have to host a worker file of ours. Web Locks
 * and BroadcastChannel need nothing from the page and are in every current browser.
 *
 * Messages (structured clone, one channel per broker URL, scoped to the page's origin by the browser):
 *   leader  {t:"leader", leader}                          a new leader is ready: feeds it does not serve re-send "sub"
 *   member  {t:"sub", id, tab, seq, topic, positions, fallback, creditBytes, minBytes, maxWaitMs}
 *   leader  {t:"started", id, seq, leader, positions}     where "earliest"/"latest" resolved, per partition
 *   leader  {t:"recs", id, seq, leader, records}          a pushed batch, in offset order per partition
 *   leader  {t:"err", id, seq, leader, name, code, message}
 *   member  {t:"ack", id, seq, count}                     records handed to the application: the relay credit
 *   member  {t:"unsub", id}
 * `seq` counts a feed's subscriptions: a member re-subscribes (to a new leader) from the offset after the
 * last record it received, and drops what an older subscription still sends, so no record is missed or
 * repeated across a hand-over. A leader learns that a tab is gone (closed, reloaded) when it obtains that
 * tab's own lock, which the tab holds for its lifetime; it then ends the tab's subscriptions.
 */
import type { ConnectionSource } from "./connection.ts";
import { EdgelogError, type EdgelogErrorCode } from "./errors.ts";
import type { FeedLeader } from "./feed-leader.ts";
import { onDemand } from "./on-demand.ts";
import type { ConsumerRecord } from "./partition-set.ts";
import type { FeedRead } from "./feed-start.ts";

/**
 * What reads from the broker (connections, Consumer, the leader's side of sharing): loaded on demand
 * (dist/subscribe-feed-reader.js), by the tab that leads and by a feed that does not share; the other tabs
 * of a shared feed never need it.
 */
export type FeedReader = typeof import("./feed-reader.ts");
export const loadFeedReader = onDemand<FeedReader>(() => import("./feed-reader.ts"));

/** The subset of `navigator.locks` used here (tests pass a fake). */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
}
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}
export type ChannelConstructor = new (name: string) => ChannelLike;

export interface SharedEnv {
  locks: LockManagerLike;
  BroadcastChannel: ChannelConstructor;
}

/** What the browser offers for sharing, or null (then every tab opens its own sockets). */
export function browserSharedEnv(): SharedEnv | null {
  const g = globalThis as { navigator?: { locks?: LockManagerLike }; BroadcastChannel?: ChannelConstructor };
  if (!g.navigator?.locks || typeof g.BroadcastChannel !== "function") return null;
  return { locks: g.navigator.locks, BroadcastChannel: g.BroadcastChannel };
}

/**
 * Records a leader relays to one feed before that tab acknowledges some: bounds each tab's buffer (and,
 * with the Consumer's credit behind it, the leader's) however slowly the tab's application reads.
 */
export const RELAY_RECORDS_MAX = 1000;
/** A member acknowledges after this many records handed to its application. */
const ACK_EVERY_RECORDS = RELAY_RECORDS_MAX / 4;

export type Fallback = "earliest" | "latest";

/** A record as it crosses the channel (key and value copied out of the pushed frame). */
type WireRecord = ConsumerRecord<Uint8Array>;

export type Message =
  | { t: "leader"; leader: string }
  | { t: "sub"; id: string; tab: string; seq: number; topic: string; positions: [number, number][]; fallback: Fallback; creditBytes?: number; minBytes?: number; maxWaitMs?: number }
  | { t: "started"; id: string; seq: number; leader: string; positions: [number, number][] }
  | { t: "recs"; id: string; seq: number; leader: string; records: WireRecord[] }
  | { t: "err"; id: string; seq: number; leader: string; name: string; code: string; message: string }
  | { t: "ack"; id: string; seq: number; count: number }
  | { t: "unsub"; id: string };

/** The connections a leader reads with, and how to let them go when it stops leading. */
export interface FeedConnections {
  source: ConnectionSource;
  close(): Promise<void>;
}

/**
 * Opens the leader's connections: index 0 first; a further set only when a socket refused one more
 * subscription (LIMIT_EXCEEDED: at the edge a partition object's socket carries at most 16), so a
 * browser with more feeds of one partition than that gets one more set of sockets per so many feeds.
 */
export type FeedConnector = (index: number, reader: FeedReader) => FeedConnections;

/** Connection sets a leader opens at most (a refusal that is not about subscriptions must not open sockets without end). */
export const FEED_CONNECTION_SETS_MAX = 8;

export const channelName = (url: string) => `edgelog:feeds:${url}`;
const leaderLockName = (url: string) => `edgelog:leader:${url}`;
export const tabLockName = (url: string, tab: string) => `edgelog:tab:${url}:${tab}`;

function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/**
 * This tab's part in sharing one broker URL's connection: the member side of its feeds and, once elected,
 * the leader. One per client (Edgelog) or per URL (the standalone subscribe()).
 */
export class FeedHub {
  readonly tabId = randomId();
  readonly #channel: ChannelLike;
  readonly #feeds = new Map<string, RelayedFeed>();
  #leader: FeedLeader | null = null;
  readonly #gone = new AbortController();
  #endTab!: () => void;
  /** Resolves once this tab holds its own lock: no leader can mistake it for gone after that. */
  readonly #present: Promise<void>;
  #feedCount = 0;
  #disposed = false;

  readonly #env: SharedEnv;
  readonly #connect: FeedConnector;

  constructor(
    env: SharedEnv,
    readonly url: string,
    connect: FeedConnector,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.#env = env;
    this.#connect = connect;
    this.#channel = new env.BroadcastChannel(channelName(url));
    this.#channel.onmessage = (ev) => this.#onMemberMessage(ev.data as Message);
    const tabEnds = new Promise<void>((resolve) => (this.#endTab = resolve));
    let held!: () => void;
    this.#present = new Promise<void>((resolve) => (held = resolve));
    void env.locks
      .request(tabLockName(url, this.tabId), { signal: this.#gone.signal }, () => {
        held();
        return tabEnds;
      })
      .catch(() => {});
    // Held until the tab goes: the leader keeps its sockets for every tab, whether or not it reads itself.
    void env.locks
      .request(leaderLockName(url), { signal: this.#gone.signal }, async () => {
        if (this.#disposed) return;
        await this.#present;
        let reader: FeedReader | null;
        try {
          reader = await loadFeedReader((err) => {
            this.log(`feeds: cannot load the reader (${(err as Error)?.message}); trying again`);
            return this.#disposed;
          });
        } catch (err) {
          // A chunk of a newer build (on-demand.ts): this tab cannot read for the others; its feeds end.
          this.log(`feeds: ${(err as Error).message}`);
          for (const feed of this.#feeds.values()) feed.fail(err as Error);
          return;
        }
        if (!reader || this.#disposed) return;
        this.log(`feeds: this tab leads the feeds of ${url}`);
        this.#leader = new reader.FeedLeader(env, url, this.tabId, (index) => this.#connect(index, reader), this.log);
        await tabEnds;
        await this.#leader.close();
      })
      .catch(() => {});
  }

  /** True while this tab holds the sockets for every tab of the origin. */
  get isLeader(): boolean {
    return this.#leader !== null && !this.#disposed;
  }

  /** A feed relayed by whichever tab leads. */
  open(topic: string, positions: Map<number, number>, fallback: Fallback, read: FeedRead): RelayedFeed {
    const id = `${this.tabId}:${++this.#feedCount}`;
    const feed = new RelayedFeed(id, topic, positions, fallback, read, (m) => this.#post(m), () => this.#feeds.delete(id));
    this.#feeds.set(id, feed);
    void this.#present.then(() => feed.subscribe(this.tabId));
    return feed;
  }

  /** What closing the tab does: ends its feeds and lets its locks go (another tab takes over). */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    // Its feeds end (their loops finish) as a Consumer's do when closed. They post nothing, as a tab being
    // closed could not: the leader learns it from this tab's lock, released below.
    this.#disposed = true;
    for (const feed of [...this.#feeds.values()]) void feed.close();
    this.#channel.close();
    this.#gone.abort();
    this.#endTab();
    await this.#leader?.close();
  }

  #post(m: Message): void {
    if (!this.#disposed) this.#channel.postMessage(m);
  }

  #onMemberMessage(m: Message): void {
    if (m.t === "leader") {
      // Only feeds that subscribed already: a first subscription waits for this tab's lock (`present`), so
      // that no leader can obtain it and take the tab for gone.
      for (const feed of this.#feeds.values()) if (feed.subscribed && feed.leader !== m.leader) feed.subscribe(this.tabId);
      return;
    }
    if (m.t === "started" || m.t === "recs" || m.t === "err") this.#feeds.get(m.id)?.onLeaderMessage(m);
  }
}

/** A tab's feed as the leader relays it: a bounded queue of records and the offsets received per partition. */
export class RelayedFeed {
  /** The leader that answered the current subscription ("" until one did). */
  leader = "";
  #seq = 0;
  #tab = "";
  readonly #queue: { record: WireRecord; seq: number }[] = [];
  #head = 0;
  #waiter: (() => void) | null = null;
  #error: Error | null = null;
  #closed = false;
  #unacked = 0;
  #onStart: ((positions: [number, number][]) => void) | null = null;

  readonly #received: Map<number, number>;
  readonly #fallback: Fallback;
  readonly #read: FeedRead;

  constructor(
    readonly id: string,
    readonly topic: string,
    /** Offset after the last record received, per partition (the start positions until then). */
    received: Map<number, number>,
    fallback: Fallback,
    /** undefined members: the leader's Consumer defaults. */
    read: FeedRead,
    private readonly post: (m: Message) => void,
    private readonly forget: () => void,
  ) {
    this.#received = received;
    this.#fallback = fallback;
    this.#read = read;
  }

  get subscribed(): boolean {
    return this.#tab !== "";
  }

  /** Where each partition starts, from the leader's "started" (RecordSource). */
  onStart(cb: (positions: [number, number][]) => void): void {
    this.#onStart = cb;
  }

  /** (Re)subscribes from what was received: a new leader, or the first time. */
  subscribe(tab: string): void {
    if (this.#closed) return;
    this.#tab = tab;
    this.#seq++;
    this.leader = "";
    this.#unacked = 0;
    this.post({ t: "sub", id: this.id, tab, seq: this.#seq, topic: this.topic, positions: [...this.#received], fallback: this.#fallback, ...this.#read });
  }

  onLeaderMessage(m: Extract<Message, { t: "started" | "recs" | "err" }>): void {
    if (m.seq !== this.#seq || this.#closed) return; // from a subscription replaced since
    this.leader = m.leader;
    if (m.t === "started") {
      for (const [p, offset] of m.positions) if (!this.#received.has(p)) this.#received.set(p, offset);
      this.#onStart?.(m.positions);
    } else if (m.t === "recs") {
      // Within one subscription the leader's Consumer relays each offset once, in order: a record below what
      // was received means it started over (a position past the log's end, as after the topic was deleted
      // and re-created: 'earliest', as a feed that does not share does). Records from replaced
      // subscriptions were dropped above by their seq.
      for (const record of m.records) {
        this.#received.set(record.partition, record.offset + 1);
        this.#queue.push({ record, seq: m.seq });
      }
    } else {
      // The leader's error as the application would have seen it in its own tab (class name, code).
      this.#error = new EdgelogError(m.code as EdgelogErrorCode, m.message);
      this.#error.name = m.name;
    }
    this.#wake();
  }

  /** The next record (waits for one); done once closed. */
  async next(): Promise<IteratorResult<WireRecord>> {
    for (;;) {
      if (this.#closed) return { done: true, value: undefined };
      if (this.#head < this.#queue.length) {
        const { record, seq } = this.#queue[this.#head++]!;
        if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
          this.#queue.splice(0, this.#head);
          this.#head = 0;
        }
        if (seq === this.#seq && ++this.#unacked >= ACK_EVERY_RECORDS) {
          this.post({ t: "ack", id: this.id, seq, count: this.#unacked });
          this.#unacked = 0;
        }
        return { done: false, value: record };
      }
      if (this.#error) throw this.#error;
      await new Promise<void>((resolve) => (this.#waiter = resolve));
    }
  }

  /** Ends the feed with an error (after the records already received). */
  fail(err: Error): void {
    this.#error ??= err;
    this.#wake();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.forget();
    if (this.#tab) this.post({ t: "unsub", id: this.id });
    this.#wake();
  }

  #wake(): void {
    const w = this.#waiter;
    this.#waiter = null;
    w?.();
  }
}
