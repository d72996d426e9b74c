/**
 * A live feed in one call: every partition of a topic as one async iterator (each partition in offset
 * order) that resumes after reconnects (the Consumer underneath) and after page reloads (the offset after
 * the last record the application finished with, per partition, kept in sessionStorage for this tab and in
 * localStorage for the next visit), with one set of sockets per browser shared by the tabs of an origin
 * (shared-feed.ts).
 *
 *   import { subscribe } from "https://broker.example/subscribe.js";
 *   for await (const r of subscribe("wss://broker.example", "activity")) show(r);
 *
 * This module is also the subscribe-only browser entry (/subscribe.js): it imports only what a reader
 * needs (hello, metadata, list offsets, subscribe, credit, push), never the producer, groups or admin. What
 * reads from the broker (sockets, Consumer, the leader's relay) is loaded on demand (feed-reader.ts,
 * /subscribe-feed-reader.js) by the tab that leads or a feed that does not share: the other tabs of a
 * shared feed load only this entry.
 */
import type { Codec } from "./codecs.ts";
import type { ConnectionSource } from "./connection.ts";
import type { ConsumerEngine } from "./consumer-engine.ts";
import { feedStart, standaloneTarget, type FeedRead, type PositionStore, type StandaloneSubscribeOptions, type SubscribeOptions, type Subscription } from "./feed-start.ts";
import type { ConsumerRecord } from "./partition-set.ts";
import { browserSharedEnv, FeedHub, loadFeedReader, type Fallback, type FeedConnections, type FeedReader, type SharedEnv } from "./shared-feed.ts";

export type { ConsumerRecord } from "./partition-set.ts";
export { normalizeUrl } from "./url.ts";
export { positionKey, PositionStore, startPositions } from "./feed-start.ts";
export type { FeedFrom, PositionStorage, StandaloneSubscribeOptions, SubscribeOptions, Subscription } from "./feed-start.ts";

/** What a feed reads from: the tab's own Consumer, or the leader's relay. */
interface RecordSource {
  next(): Promise<IteratorResult<ConsumerRecord<Uint8Array>>>;
  close(): Promise<void>;
  /** Calls `cb` with where each partition starts once that is known ('latest' resolved to an offset). */
  onStart(cb: (positions: [number, number][]) => void): void;
}

/** How a feed gets its records: this tab's connections, and the tab's hub when sharing. */
export interface FeedContext {
  url: string;
  /** This tab's connections (used when not shared), given the reader once it is loaded. */
  connections: (reader: FeedReader) => ConnectionSource;
  /** The tab's hub for this URL, or null: not shared. */
  hub: FeedHub | null;
  /** Told when the feed closes. */
  onClosed?: () => void;
}

/**
 * Opens a feed (Edgelog.subscribe and the standalone subscribe() both come here). `start`: where it starts,
 * when the caller worked it out already (feedStart, which also checks the arguments).
 */
export function openFeed<T>(ctx: FeedContext, topic: string, options: SubscribeOptions<T>, start = feedStart(ctx.url, topic, options)): Subscription<T> {
  const { store, positions, fallback, resume } = start;
  // undefined: the Consumer reading the feed applies its default (partition-set.ts), here or in the leader's tab.
  const read: FeedRead = { creditBytes: options.creditBytes, minBytes: options.minBytes, maxWaitMs: options.maxWaitMs };
  let source: RecordSource;
  if (ctx.hub) {
    source = ctx.hub.open(topic, new Map(positions), fallback, read);
  } else {
    source = consumerSource(ctx, topic, positions, fallback, read);
  }
  const onClosed = ctx.onClosed;
  const closing = onClosed ? { next: source.next.bind(source), close: () => (onClosed(), source.close()), onStart: source.onStart.bind(source) } : source;
  return new Feed<T>(closing, store, new Map(positions), options.valueCodec ?? null, !resume);
}

/** A feed read by this tab's own Consumer, once the reader is loaded (tried again until the feed closes). */
function consumerSource(ctx: FeedContext, topic: string, positions: ReadonlyMap<number, number>, from: Fallback, read: FeedRead): RecordSource {
  let closed = false;
  let consumer: ConsumerEngine | null = null;
  let started: ((positions: [number, number][]) => void) | null = null;
  const ready = loadFeedReader(() => closed).then((reader) => {
    if (!reader || closed) return null;
    const c = (consumer = new reader.ConsumerEngine(ctx.connections(reader), { topic, from, ...read, onOutOfRange: "earliest" }));
    for (const [p, offset] of positions) void c.seek(p, offset);
    c.start().then(
      () => started?.(c.assignment().map((p) => [p, c.position(p)!])),
      () => {}, // the iterator reports it
    );
    return c[Symbol.asyncIterator]();
  });
  return {
    onStart: (cb) => (started = cb),
    next: async () => (await ready)?.next() ?? { done: true, value: undefined },
    close: async () => {
      closed = true;
      await ready.catch(() => null);
      await consumer?.close();
    },
  };
}

/**
 * The iterator: a record's position is stored when the application asks for the next one (it finished
 * with it) or leaves the loop, never before: a reload replays only what it had not finished.
 */
class Feed<T> implements Subscription<T> {
  /** The record handed out last, not yet counted as finished. */
  #handed: ConsumerRecord<Uint8Array> | null = null;
  #closed = false;

  readonly #source: RecordSource;
  readonly #store: PositionStore;
  readonly #finished: Map<number, number>;
  readonly #codec: Codec<T> | null;

  constructor(
    source: RecordSource,
    store: PositionStore,
    finished: Map<number, number>,
    codec: Codec<T> | null,
    overwrite: boolean,
  ) {
    this.#source = source;
    this.#store = store;
    this.#finished = finished;
    this.#codec = codec;
    if (overwrite) store.save(finished);
    // Where each partition started is kept at once, not only once a record of it is finished: a partition
    // that started at 'latest' and had nothing finished before a reload would start at 'latest' again and
    // skip what was appended to it meanwhile.
    source.onStart((positions) => {
      let added = false;
      for (const [p, offset] of positions) {
        if (this.#finished.has(p) || this.#closed) continue;
        this.#finished.set(p, offset);
        added = true;
      }
      if (added) store.save(this.#finished);
    });
  }

  positions(): Record<number, number> {
    return Object.fromEntries(this.#finished);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#finish();
    this.#closed = true;
    await this.#source.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return {
      next: async () => {
        this.#finish();
        if (this.#closed) return { done: true, value: undefined };
        const r = await this.#source.next();
        if (r.done || this.#closed) return { done: true, value: undefined };
        this.#handed = r.value;
        const rec = r.value;
        if (!this.#codec || rec.value === null) return { done: false, value: rec as ConsumerRecord<T> };
        return { done: false, value: { ...rec, value: this.#codec.decode(rec.value) } };
      },
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  #finish(): void {
    const r = this.#handed;
    if (!r) return;
    this.#handed = null;
    this.#finished.set(r.partition, r.offset + 1);
    this.#store.save(this.#finished);
  }
}

/** One hub per broker URL for the standalone entry (Edgelog clients have their own). */
const hubs = new Map<string, FeedHub>();

/**
 * The subscribe-only entry: a live feed of `topic` from the broker at `url` (ws(s):// or http(s)://).
 * See SubscribeOptions; `group` is Edgelog.subscribe's only.
 */
export function subscribe<T = Uint8Array>(url: string, topic: string, options: StandaloneSubscribeOptions<T> = {}): Subscription<T> {
  const { socketUrl, WS } = standaloneTarget(url, options);
  const connect = (_index: number, reader: FeedReader): FeedConnections => {
    const pool = new reader.ConnectionPool({ url: socketUrl, WebSocket: WS, clientId: options.clientId ?? "edgelog-subscribe", token: () => options.token });
    return { source: pool, close: () => pool.close() };
  };
  const env = options.shared === false ? null : browserSharedEnv();
  let hub: FeedHub | null = null;
  if (env) {
    hub = hubs.get(socketUrl) ?? new FeedHub(env, socketUrl, connect);
    hubs.set(socketUrl, hub);
  }
  let own: FeedConnections | null = null;
  const feed = openFeed<T>({ url: socketUrl, hub, connections: (reader) => (own ??= connect(0, reader)).source }, topic, options);
  if (hub) return feed;
  // Not shared: the feed's own sockets go with it.
  const close = async () => {
    await feed.close();
    await own?.close();
  };
  return {
    positions: () => feed.positions(),
    close,
    [Symbol.asyncIterator]() {
      const it = feed[Symbol.asyncIterator]();
      return {
        next: () => it.next(),
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

export type { SharedEnv };
