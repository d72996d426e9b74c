/**
 * What a live feed needs before its code is loaded (subscribe.ts): its options and their checks, where it
 * starts (stored positions, `from`) and the Subscription a caller gets at once. The SDK loads subscribe.ts
 * on demand (extras.ts, dist/edgelog-extras.js) and hands out a deferredFeed meanwhile; the subscribe-only
 * entry (/subscribe.js) has both in its first file.
 */
import type { Codec } from "./codecs.ts";
import type { WebSocketConstructor } from "./connection.ts";
import { InvalidRequestError } from "./errors.ts";
import type { ConsumerRecord } from "./partition-set.ts";
import type { Fallback } from "./shared-feed.ts";
import { validateReadSettings } from "./start-from.ts";
import { normalizeUrl } from "./url.ts";

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
  /**
   * Kafka's fetch.min.bytes / fetch.max.wait.ms: the broker holds new records until minBytes are waiting or
   * maxWaitMs (≤ 30,000) passed, then pushes them together (less broker CPU per record, more latency).
   * Default 0 / 0: every append pushed at once.
   */
  minBytes?: number;
  maxWaitMs?: number;
  /** Edgelog.subscribe only: read as a member of this consumer group, positions committed in the group (then `name`, `storage`, `shared` do not apply). */
  group?: string;
}

/** How a feed's Consumer reads (undefined: its defaults), passed on to whichever tab reads. */
export type FeedRead = Pick<SubscribeOptions, "creditBytes" | "minBytes" | "maxWaitMs">;

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

/** The storage key of a feed's positions: the broker URL, the topic and the feed's name. */
export function positionKey(url: string, topic: string, name = ""): string {
  return `edgelog:positions:${JSON.stringify([url, topic, name])}`;
}

/** A feed's positions in storage: the first store with a readable entry wins (this tab's, then the origin's). */
export class PositionStore {
  readonly #stores: readonly PositionStorage[];

  constructor(
    readonly key: string,
    stores: readonly PositionStorage[],
  ) {
    this.#stores = stores;
  }

  load(): Map<number, number> | null {
    for (const store of this.#stores) {
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
    for (const store of this.#stores) {
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

/** Where a feed starts, worked out (and its arguments checked) when it is asked for. */
export interface FeedStart {
  store: PositionStore;
  positions: ReadonlyMap<number, number>;
  fallback: Fallback;
  resume: boolean;
}

export function feedStart(url: string, topic: string, options: SubscribeOptions<unknown>): FeedStart {
  if (typeof topic !== "string" || topic === "") throw new InvalidRequestError("subscribe needs a topic");
  validateReadSettings(options);
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const stores = storage ? [storage.tab, storage.local].filter((s): s is PositionStorage => s !== null) : [];
  const store = new PositionStore(positionKey(url, topic, options.name), stores);
  const resume = options.resume ?? true;
  const { positions, fallback } = startPositions(options.from ?? "latest", resume ? store.load() : null, resume);
  return { store, positions, fallback, resume };
}

/** The standalone subscribe()'s socket URL and WebSocket, its options checked. */
export function standaloneTarget(url: string, options: StandaloneSubscribeOptions<unknown>): { socketUrl: string; WS: WebSocketConstructor } {
  if (options.group !== undefined) throw new InvalidRequestError("subscribe(): a group feed needs the full SDK: new Edgelog({ url }).subscribe(topic, { group })");
  const socketUrl = normalizeUrl(url);
  const WS = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!WS) throw new InvalidRequestError("no global WebSocket here: pass { WebSocket }");
  return { socketUrl, WS };
}

/**
 * A feed whose code is still loading: it opens once `open` resolves (null: it never will, the feed was
 * closed first). Until then positions() are where it starts, and close() ends it before it opens.
 */
export function deferredFeed<T>(start: Pick<FeedStart, "positions">, open: (closed: () => boolean) => Promise<Subscription<T> | null>): Subscription<T> {
  let feed: Subscription<T> | null = null;
  let closed = false;
  const opening = open(() => closed).then((f) => {
    feed = f;
    if (closed) void f?.close();
    return f;
  });
  const close = async () => {
    closed = true;
    await (await opening.catch(() => null))?.close();
  };
  return {
    positions: () => (feed ? feed.positions() : Object.fromEntries(start.positions)),
    close,
    [Symbol.asyncIterator]() {
      let it: AsyncIterator<ConsumerRecord<T>> | undefined;
      return {
        next: async () => {
          const f = await opening;
          if (!f) return { done: true, value: undefined };
          it ??= f[Symbol.asyncIterator]();
          return it.next();
        },
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
