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
import type { ConnectionSource, WebSocketConstructor } from "./connection.ts";
import type { Consumer } from "./consumer.ts";
import { InvalidRequestError } from "./errors.ts";
import type { ConsumerRecord } from "./partition-set.ts";
import { browserSharedEnv, FeedHub, loadFeedReader, type Fallback, type FeedConnections, type FeedReader, type SharedEnv } from "./shared-feed.ts";
import { normalizeUrl } from "./url.ts";

export type { ConsumerRecord } from "./partition-set.ts";
export { normalizeUrl } from "./url.ts";

/** Where a feed starts: the log's start, its end, or an offset per partition (partitions not named: 'latest'). */
export type FeedFrom = "earliest" | "latest" | Readonly<Record<number, number>>;

/** localStorage and sessionStorage as a feed uses them. */
export interface PositionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SubscribeOptions<T = Uint8Array> {
  /**
   * Where a partition starts when no position is stored for it (first visit), or always with
   * `resume: false`. Default 'latest': a feed shows what happens from now on.
   */
  from?: FeedFrom;
  /** Tells apart feeds of one topic on one page (two widgets, two filters); part of the storage key. Default "". */
  name?: string;
  /**
   * true (default): a stored position wins over `from` (a reload resumes). false: start at `from` and
   * overwrite what was stored.
   */
  resume?: boolean;
  /**
   * true (default): one set of sockets per browser for the tabs of this origin, where Web Locks and
   * BroadcastChannel exist (else this tab's own). false: this tab's own sockets.
   */
  shared?: boolean;
  /** Decodes record values (null values stay null). Default: raw bytes. */
  valueCodec?: Codec<T>;
  /**
   * Where positions survive a reload: `local` for the next visit and the other tabs (default
   * localStorage), `tab` for this tab (default sessionStorage, read first). null: nothing is kept.
   */
  storage?: { local: PositionStorage | null; tab: PositionStorage | null } | null;
  /** Bytes each partition may have pushed and not yet read. Default 4 MiB. */
  creditBytes?: number;
  /** Edgelog.subscribe only: read as a member of this consumer group, positions committed in the group (then `name`, `storage`, `shared` do not apply). */
  group?: string;
}

/** The standalone entry's connection options (Edgelog.subscribe uses its client's). */
export interface StandaloneSubscribeOptions<T = Uint8Array> extends SubscribeOptions<T> {
  /** Default globalThis.WebSocket. */
  WebSocket?: WebSocketConstructor;
  /** Capability token sent in the hello (a broker with auth on). Default none. */
  token?: string;
  /** Sent in the hello. Default "edgelog-subscribe". */
  clientId?: string;
}

export interface Subscription<T = Uint8Array> extends AsyncIterable<ConsumerRecord<T>> {
  /** Ends the iterator (leaving a for-await loop does too); positions stay stored. */
  close(): Promise<void>;
  /** Offset after the last record the application finished with, per partition: where a reload resumes. */
  positions(): Record<number, number>;
}

/** What a feed reads from: the tab's own Consumer, or the leader's relay. */
interface RecordSource {
  next(): Promise<IteratorResult<ConsumerRecord<Uint8Array>>>;
  close(): Promise<void>;
}

/** The storage key of a feed's positions: the broker URL, the topic and the feed's name. */
export function positionKey(url: string, topic: string, name = ""): string {
  return `edgelog:positions:${JSON.stringify([url, topic, name])}`;
}

/** A feed's positions in storage: the first store with a readable entry wins (this tab's, then the origin's). */
export class PositionStore {
  constructor(
    readonly key: string,
    private readonly stores: readonly PositionStorage[],
  ) {}

  load(): Map<number, number> | null {
    for (const store of this.stores) {
      let text: string | null = null;
      try {
        text = store.getItem(this.key);
      } catch {
        continue; // storage refused (privacy settings): as if empty
      }
      if (text === null) continue;
      try {
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const out = new Map<number, number>();
        for (const [p, offset] of Object.entries(parsed)) {
          if (isOffset(Number(p)) && isOffset(offset)) out.set(Number(p), offset);
        }
        return out;
      } catch {
        continue; // not ours, or damaged: ignored
      }
    }
    return null;
  }

  save(positions: ReadonlyMap<number, number>): void {
    const text = JSON.stringify(Object.fromEntries(positions));
    for (const store of this.stores) {
      try {
        store.setItem(this.key, text);
      } catch {
        // full or refused: the feed goes on; a reload then starts from `from`
      }
    }
  }
}

const isOffset = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/**
 * The start of each partition: stored positions (when resuming) win over `from`'s offsets; partitions
 * with neither start at the fallback ('earliest' or 'latest').
 */
export function startPositions(from: FeedFrom, stored: ReadonlyMap<number, number> | null, resume: boolean): { positions: Map<number, number>; fallback: Fallback } {
  const positions = new Map<number, number>();
  let fallback: Fallback = "latest";
  if (from === "earliest" || from === "latest") fallback = from;
  else if (from && typeof from === "object") {
    for (const [p, offset] of Object.entries(from)) {
      if (!isOffset(Number(p)) || !isOffset(offset)) throw new InvalidRequestError(`from: partition ${p} offset ${String(offset)} is not a non-negative integer`);
      positions.set(Number(p), offset);
    }
  } else throw new InvalidRequestError(`from: expected 'earliest', 'latest' or { partition: offset }, got ${String(from)}`);
  if (resume && stored) for (const [p, offset] of stored) positions.set(p, offset);
  return { positions, fallback };
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

/** Opens a feed (Edgelog.subscribe and the standalone subscribe() both come here). */
export function openFeed<T>(ctx: FeedContext, topic: string, options: SubscribeOptions<T>): Subscription<T> {
  if (typeof topic !== "string" || topic === "") throw new InvalidRequestError("subscribe needs a topic");
  // undefined: the Consumer reading the feed applies its default (partition-set.ts), here or in the leader's tab.
  const creditBytes = options.creditBytes;
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const stores = storage ? [storage.tab, storage.local].filter((s): s is PositionStorage => s !== null) : [];
  const store = new PositionStore(positionKey(ctx.url, topic, options.name), stores);
  const resume = options.resume ?? true;
  const { positions, fallback } = startPositions(options.from ?? "latest", resume ? store.load() : null, resume);
  let source: RecordSource;
  if (ctx.hub) {
    source = ctx.hub.open(topic, new Map(positions), fallback, creditBytes);
  } else {
    source = consumerSource(ctx, topic, positions, fallback, creditBytes);
  }
  const onClosed = ctx.onClosed;
  const closing = onClosed ? { next: source.next.bind(source), close: () => (onClosed(), source.close()) } : source;
  return new Feed<T>(closing, store, positions, options.valueCodec ?? null, !resume);
}

/** A feed read by this tab's own Consumer, once the reader is loaded (tried again until the feed closes). */
function consumerSource(ctx: FeedContext, topic: string, positions: ReadonlyMap<number, number>, from: Fallback, creditBytes: number | undefined): RecordSource {
  let closed = false;
  let consumer: Consumer | null = null;
  const ready = loadFeedReader(() => closed).then((reader) => {
    if (!reader || closed) return null;
    consumer = new reader.Consumer(ctx.connections(reader), { topic, from, creditBytes, onOutOfRange: "earliest" });
    for (const [p, offset] of positions) void consumer.seek(p, offset);
    return consumer[Symbol.asyncIterator]();
  });
  return {
    next: async () => (await ready)?.next() ?? { done: true, value: undefined },
    close: async () => {
      closed = true;
      await ready;
      await consumer?.close();
    },
  };
}

function browserStorage(): { local: PositionStorage | null; tab: PositionStorage | null } {
  const g = globalThis as { localStorage?: PositionStorage; sessionStorage?: PositionStorage };
  // Reading the property throws where storage is blocked (sandboxed frames, some privacy settings).
  const read = (k: "localStorage" | "sessionStorage") => {
    try {
      return g[k] ?? null;
    } catch {
      return null;
    }
  };
  return { local: read("localStorage"), tab: read("sessionStorage") };
}

/**
 * The iterator: a record's position is stored when the application asks for the next one (it finished
 * with it) or leaves the loop, never before: a reload replays only what it had not finished.
 */
class Feed<T> implements Subscription<T> {
  /** The record handed out last, not yet counted as finished. */
  private handed: ConsumerRecord<Uint8Array> | null = null;
  private closed = false;

  constructor(
    private readonly source: RecordSource,
    private readonly store: PositionStore,
    private readonly finished: Map<number, number>,
    private readonly codec: Codec<T> | null,
    overwrite: boolean,
  ) {
    if (overwrite) store.save(finished);
  }

  positions(): Record<number, number> {
    return Object.fromEntries(this.finished);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.finish();
    this.closed = true;
    await this.source.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return {
      next: async () => {
        this.finish();
        if (this.closed) return { done: true, value: undefined };
        const r = await this.source.next();
        if (r.done || this.closed) return { done: true, value: undefined };
        this.handed = r.value;
        const rec = r.value;
        if (!this.codec || rec.value === null) return { done: false, value: rec as ConsumerRecord<T> };
        return { done: false, value: { ...rec, value: this.codec.decode(rec.value) } };
      },
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  private finish(): void {
    const r = this.handed;
    if (!r) return;
    this.handed = null;
    this.finished.set(r.partition, r.offset + 1);
    this.store.save(this.finished);
  }
}

/** One hub per broker URL for the standalone entry (Edgelog clients have their own). */
const hubs = new Map<string, FeedHub>();

/**
 * The subscribe-only entry: a live feed of `topic` from the broker at `url` (ws(s):// or http(s)://).
 * See SubscribeOptions; `group` is Edgelog.subscribe's only.
 */
export function subscribe<T = Uint8Array>(url: string, topic: string, options: StandaloneSubscribeOptions<T> = {}): Subscription<T> {
  if (options.group !== undefined) throw new InvalidRequestError("subscribe(): a group feed needs the full SDK: new Edgelog({ url }).subscribe(topic, { group })");
  const socketUrl = normalizeUrl(url);
  const WS = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!WS) throw new InvalidRequestError("no global WebSocket here: pass { WebSocket }");
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

/** What groupFeed needs of a GroupConsumer (a type, so this entry does not bundle the group code). */
interface GroupMemberLike<T> extends AsyncIterable<ConsumerRecord<T>> {
  close(): Promise<void>;
  commit(offsets: { topic: string; partition: number; offset: number }[]): Promise<unknown>;
}

/**
 * A group member as a Subscription (Edgelog.subscribe with `group`): positions are committed in the group.
 * As with the other feeds, leaving the loop counts the record in hand as finished (committed before the
 * member leaves); a record is otherwise finished when the next one is asked for.
 */
export function groupFeed<T>(member: GroupMemberLike<T>): Subscription<T> {
  const finished = new Map<number, number>();
  let handed: ConsumerRecord<T> | null = null;
  const finish = () => {
    if (handed) finished.set(handed.partition, handed.offset + 1);
    const last = handed;
    handed = null;
    return last;
  };
  const close = async () => {
    const last = finish();
    if (last) await member.commit([{ topic: last.topic, partition: last.partition, offset: last.offset + 1 }]).catch(() => {});
    await member.close();
  };
  return {
    positions: () => Object.fromEntries(finished),
    close,
    [Symbol.asyncIterator]() {
      const it = member[Symbol.asyncIterator]();
      return {
        next: async () => {
          finish();
          const r = await it.next();
          if (!r.done) handed = r.value;
          return r;
        },
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

export type { SharedEnv };
