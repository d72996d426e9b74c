/**
 * The tracker: activity events from any web page into a topic, over plain HTTP (POST
 * /v1/topics/:topic/records, src/core/http-produce.ts). No protobuf and nothing else of the SDK, so the
 * bundle (/track.js) stays under 4 KB min+gzip.
 *
 *   import { tracker } from "https://broker.example/track.js";
 *   const t = tracker({ url: "https://broker.example", topic: "activity" });
 *   t.track("signup", { plan: "pro" });
 *
 * Delivery. Events wait in memory up to flushIntervalMs (or batchEventsMax / batchBytesMax), then become a
 * batch. A batch is stored in IndexedDB before it is sent and deleted once the broker has it, so a closed
 * page, a reload or an offline spell loses nothing: the queue is sent at the next load, on `online`, and
 * after a failure with backoff. When the page is hidden or closed the buffered events go at once with
 * `fetch(…, { keepalive: true })` (sendBeacon where keepalive is missing and there is no token); one batch
 * in flight plus the one sent at unload stay far under keepalive's 64 KiB per page.
 *
 * Exactly once in the log: every request is an idempotent batch, `"producer": { id, sequence }`. A page
 * load draws a producer id (53 random bits) and numbers its events; a batch keeps its id and sequence in
 * the queue for good, so a retry after a lost answer (or a reload, or another tab) resends exactly it and is
 * answered `duplicate: true` instead of being stored twice. The tabs of an origin share the queue; a Web
 * Lock per queue lets one tab at a time send it, in queue order, one request at a time, so a producer's
 * batches reach the broker in sequence order. When the broker refuses a sequence (409: an earlier batch was
 * dropped, or the broker forgot the id after 4,096 newer producers on the partition), that producer's
 * remaining batches are renumbered under a new id. Each record also has an `event-id` header (and
 * `eventId` in its value) for consumers that dedupe across anything else.
 */

/** Options of tracker(); every one but url and topic has a default. */
export interface TrackerOptions {
  /** The broker: `https://host[:port]` (a `ws(s)://…/v1/ws` URL works too). */
  url: string;
  topic: string;
  /**
   * Sent as `Authorization: Bearer <token>`. A function is called before each request; at unload its last
   * answer is used (there is no time to wait for a new one). Default: none (open broker).
   */
  token?: string | (() => string | Promise<string>);
  /**
   * Record key. Default: the anonymous id, so a visitor's events stay in one partition, in order. With a
   * keyIsSubject token the key must be the token's subject: pass it here (a function is asked per event;
   * null or undefined means the anonymous id).
   */
  key?: string | (() => string | null | undefined);
  /** Page views on load and on history navigation (pushState, replaceState, popstate, hashchange). Default true. */
  pageViews?: boolean;
  /**
   * How long an event waits for others to share its request, ms. Default 500: under a second from click to
   * live feed, while a burst (a click and the page view it causes) still goes as one request.
   */
  flushIntervalMs?: number;
  /** Events per request. Default 50. */
  batchEventsMax?: number;
  /**
   * Bytes of records per request. Default 16 KiB: keepalive requests share 64 KiB per page, and one batch
   * in flight plus the one sent at unload must fit.
   */
  batchBytesMax?: number;
  /**
   * Events the IndexedDB queue keeps (all tabs of the origin together). Beyond it the oldest batches are
   * dropped and counted in droppedEventCount. Default 1,000 (~0.5 MB of typical events).
   */
  queueEventsMax?: number;
  /** A session ends after this long without an event, ms (shared by the origin's tabs). Default 30 min. */
  sessionIdleMs?: number;
  /** For tests and hosts without a global fetch. Default: the global fetch. */
  fetch?: typeof fetch;
  /** For tests and hosts without IndexedDB. Default: IndexedDB (memoryQueue() where it is missing). */
  queue?: TrackQueue;
}

export interface Tracker {
  /** Queues an event and returns its id (also in the record's `event-id` header). */
  track(event: string, properties?: Record<string, unknown>): string;
  /** Records a page view now (automatic ones need no call). */
  page(properties?: Record<string, unknown>): string;
  /**
   * Sends what is buffered and queued; resolves once this tab's pass over the queue ended (sent, or kept for
   * a retry). While a failed send's backoff runs it only queues: the retry sends.
   */
  flush(): Promise<void>;
  /** Events buffered here plus those in the shared queue. */
  queuedEventCount(): Promise<number>;
  /** The visitor's id, kept in localStorage (stable across visits). */
  readonly anonymousId: string;
  /** Events dropped by this page: past queueEventsMax, or refused by the broker for good (a 4xx). */
  readonly droppedEventCount: number;
}

/** A formed batch: k is its queue key (queue order), id + seq its producer id and first sequence. */
export interface QueuedBatch {
  k?: number;
  id: number;
  seq: number;
  /** The records, each a JSON object text. */
  recs: string[];
}

/** The queue of formed batches, oldest first. */
export interface TrackQueue {
  /** Appends `b` (setting b.k), then drops the oldest batches past `eventsMax` events; resolves to the events dropped. */
  add(b: QueuedBatch, eventsMax: number): Promise<number>;
  all(): Promise<QueuedBatch[]>;
  /** Replaces the batch with b's k. */
  put(b: QueuedBatch): Promise<unknown>;
  del(k: number): Promise<unknown>;
}

/** Gives up a request after this long (it is retried): a hung request must not hold the queue's lock. */
const sendTimeoutMs = 10_000;
/** The longest wait between retries of a failed send. */
const retryWaitMsMax = 60_000;
/** Bodies at least this big go without keepalive (its limit is 64 KiB per page). */
const keepaliveBytesMax = 60_000;

const bytesOf = (s: string) => new Blob([s]).size;
const hex = (n: number) => [...crypto.getRandomValues(new Uint8Array(n))].map((b) => (b + 256).toString(16).slice(1)).join("");
/** A producer id: 52 random bits, never 0 (the broker's own rule, src/core/producer-state.ts). */
const producerId = () => parseInt(hex(7).slice(1), 16) || 1;

/** Drops the oldest batches of `rows` while they hold more than `max` events; returns the events dropped. */
function trim(rows: QueuedBatch[], max: number, del: (k: number) => unknown): number {
  let total = rows.reduce((n, r) => n + r.recs.length, 0);
  let dropped = 0;
  for (const r of rows) {
    if (total <= max) break;
    del(r.k!);
    total -= r.recs.length;
    dropped += r.recs.length;
  }
  return dropped;
}

/** A queue in memory: hosts without IndexedDB (it lasts as long as the page) and tests. */
export function memoryQueue(): TrackQueue {
  let rows: QueuedBatch[] = [];
  let next = 0;
  const del = (k: number) => (rows = rows.filter((r) => r.k !== k));
  return {
    add: async (b, max) => (rows.push({ ...b, k: (b.k = ++next) }), trim(rows, max, del)),
    all: async () => rows.map((r) => ({ ...r })),
    put: async (b) => (rows = rows.map((r) => (r.k === b.k ? { ...b } : r))),
    del: async (k) => del(k),
  };
}

/** The queue in IndexedDB database `name`, shared by the origin's tabs; in memory where it cannot be opened. */
function idbQueue(name: string): TrackQueue {
  const memory = memoryQueue();
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onupgradeneeded = () => r.result.createObjectStore("q", { keyPath: "k", autoIncrement: true });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const run = <T>(f: (s: IDBObjectStore) => IDBRequest | void, orElse: () => Promise<T>) =>
    db.then(
      (d) =>
        new Promise<T>((resolve, reject) => {
          const t = d.transaction("q", "readwrite");
          const r = f(t.objectStore("q"));
          t.oncomplete = () => resolve(r?.result);
          t.onabort = () => reject(t.error);
        }),
      orElse,
    );
  return {
    add: (b, max) => {
      let dropped = 0;
      return run(
        (s) => {
          s.add(b).onsuccess = (e) => (b.k = (e.target as IDBRequest<number>).result);
          s.getAll().onsuccess = (e) => (dropped = trim((e.target as IDBRequest<QueuedBatch[]>).result, max, (k) => s.delete(k)));
        },
        () => memory.add(b, max),
      ).then((n) => n ?? dropped);
    },
    all: () => run((s) => s.getAll(), memory.all),
    put: (b) => run((s) => s.put(b), () => memory.put(b)),
    del: (k) => run((s) => s.delete(k), () => memory.del(k)),
  };
}

export function tracker(o: TrackerOptions): Tracker {
  // Without a scheme the URL would be a path of the page's own server, retried there for ever.
  if (!/^(http|ws)s?:\/\//.test(o.url)) throw new TypeError(`tracker: url must start with https://, http://, wss:// or ws://, got "${o.url}"`);
  const base = o.url.replace(/^ws/, "http").replace(/(\/v1\/ws)?\/*$/, "");
  const endpoint = `${base}/v1/topics/${encodeURIComponent(o.topic)}/records`;
  const name = `edgelog-track ${base} ${o.topic}`;
  const send = o.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const queue = o.queue ?? (typeof indexedDB == "object" ? idbQueue(name) : memoryQueue());
  const flushIntervalMs = o.flushIntervalMs ?? 500;
  const batchEventsMax = o.batchEventsMax ?? 50;
  const batchBytesMax = o.batchBytesMax ?? 16_384;
  const queueEventsMax = o.queueEventsMax ?? 1000;
  const sessionIdleMs = o.sessionIdleMs ?? 1_800_000;

  // localStorage, with memory behind it where storage is refused (some private modes, sandboxed frames).
  const memory: Record<string, string> = {};
  const load = (k: string) => {
    try {
      return localStorage.getItem(k) ?? memory[k];
    } catch {
      return memory[k];
    }
  };
  const save = (k: string, v: string) => {
    memory[k] = v;
    try {
      localStorage.setItem(k, v);
    } catch {
      // memory only
    }
  };
  const anonymousId = load("edgelog-aid") || hex(16);
  save("edgelog-aid", anonymousId);
  /** The session: "id lastEventMs" in localStorage, so the origin's tabs share it; a new one after sessionIdleMs. */
  const session = (now: number) => {
    let [id, lastMs] = (load("edgelog-sid") ?? "").split(" ");
    if (!id || !(now - Number(lastMs) < sessionIdleMs)) id = hex(16);
    save("edgelog-sid", `${id} ${now}`);
    return id;
  };

  /** Events not yet in a batch: [record key, record JSON]. */
  let buffer: [string, string][] = [];
  let bufferBytes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** This page's producer: one id per record key (a producer's sequence numbers one partition). */
  let producer = { id: 0, seq: 0, key: "" };
  /** Producer ids whose sequence the broker refused (409), and the ids their batches go on with. */
  const moved = new Map<number, { id: number; seq: number }>();
  let dropped = 0;
  let lastToken: string | undefined;
  let retryCount = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let chain = Promise.resolve();
  let waiting: Promise<void> | undefined;
  let href = "";
  let referrer = typeof document == "object" ? document.referrer : "";

  const track = (event: string, properties: Record<string, unknown> = {}) => {
    const now = Date.now();
    const eventId = hex(16);
    const key = (typeof o.key == "function" ? o.key() : o.key) || anonymousId;
    const value = { event, properties, eventId, anonymousId, sessionId: session(now), url: location.href, path: location.pathname, title: document.title, referrer, timestampMs: now };
    const rec = JSON.stringify({ key, value, headers: { "event-id": eventId }, timestampMs: now });
    const recBytes = bytesOf(rec);
    // A batch stays within batchBytesMax (an event bigger than it goes alone).
    if (bufferBytes + recBytes > batchBytesMax) void flush();
    buffer.push([key, rec]);
    bufferBytes += recBytes;
    if (buffer.length >= batchEventsMax) void flush();
    // Offline, nothing is gained by waiting in memory: into the queue at once, where a reload finds it.
    else timer ??= setTimeout(flush, navigator.onLine ? flushIntervalMs : 0);
    return eventId;
  };

  /** The buffer as batches (one per run of one key), numbered by this page's producer. */
  const form = () => {
    clearTimeout(timer);
    timer = undefined;
    const batches: QueuedBatch[] = [];
    for (const [key, rec] of buffer) {
      if (key !== producer.key) producer = { id: producerId(), seq: 0, key };
      let b = batches[batches.length - 1];
      if (b?.id !== producer.id) batches.push((b = { id: producer.id, seq: producer.seq, recs: [] }));
      b.recs.push(rec);
      producer.seq++;
    }
    buffer = [];
    bufferBytes = 0;
    return batches;
  };

  /** Into the queue, counting what the bound dropped (or all of it, if storing failed). */
  const enqueue = (b: QueuedBatch) =>
    queue.add(b, queueEventsMax).then(
      (n) => void (dropped += n),
      () => void (dropped += b.recs.length),
    );

  /** Posts one batch; resolves to the HTTP status, 0 when no answer came. */
  const post = async (b: QueuedBatch, unload?: boolean) => {
    const body = `{"producer":{"id":${b.id},"sequence":${b.seq}},"records":[${b.recs.join(",")}]}`;
    try {
      const token = typeof o.token == "function" ? (unload ? lastToken : (lastToken = await o.token())) : o.token;
      // text/plain is a CORS-simple type: no preflight without a token (the route reads JSON whatever the type).
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}`, "content-type": "application/json" } : { "content-type": "text/plain" };
      // No answer from a beacon: the batch stays queued, and its resend later is answered duplicate: true.
      if (unload && !token && !("keepalive" in Request.prototype)) return navigator.sendBeacon(endpoint, body), 0;
      const init: RequestInit = { method: "POST", body, headers, keepalive: bytesOf(body) < keepaliveBytesMax };
      if (!unload && AbortSignal.timeout) init.signal = AbortSignal.timeout(sendTimeoutMs); // Safari < 16 has no timeout()
      return (await send(endpoint, init)).status;
    } catch {
      return 0;
    }
  };

  /** One pass over the shared queue, in order, stopped by a failure (then a retry is scheduled). */
  const sendQueue = async () => {
    // During a failure's backoff only its retry (or `online`) sends: new events wait for it. navigator.onLine
    // is not asked: offline a fetch fails at once (into the backoff), and a browser that wrongly says it is
    // offline would otherwise never send.
    if (retryTimer) return;
    const rows = await queue.all();
    for (let i = 0; i < rows.length; i++) {
      const b = rows[i]!;
      const to = moved.get(b.id);
      if (to) {
        b.id = to.id;
        b.seq = to.seq;
        to.seq += b.recs.length;
        await queue.put(b);
      }
      const status = await post(b);
      if (status === 409 && b.seq > 0) {
        // The broker does not take this id's sequence: renumber its batches (this one first) under a new id.
        moved.set(b.id, { id: producerId(), seq: 0 });
        if (producer.id === b.id) producer = { id: producerId(), seq: 0, key: producer.key };
        i--;
        continue;
      }
      // 403 is an origin off the allow-list: the operator's to fix, as a token is; the events wait for it.
      if (!status || status === 401 || status === 403 || status === 408 || status === 429 || status >= 500) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(retry, Math.min(1000 * 2 ** retryCount++, retryWaitMsMax));
        return;
      }
      retryCount = 0;
      if (status >= 300) dropped += b.recs.length; // refused for good: a retry would be refused again
      await queue.del(b.k!);
    }
  };

  /**
   * A pass over the queue after the current one, under the queue's Web Lock (one tab at a time). Calls
   * before that pass starts share it: it reads the queue when it starts, so it sends what they queued.
   */
  const drain = (): Promise<void> =>
    (waiting ??= chain = chain.then(() => {
      waiting = undefined;
      const locks = typeof navigator == "object" ? navigator.locks : undefined;
      return (locks ? locks.request(name, sendQueue) : sendQueue()).catch(() => {});
    }));

  /** Ends a backoff: a pass now (the retry timer, `online`). */
  const retry = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    return drain();
  };
  const flush = async () => {
    await Promise.all(form().map(enqueue));
    await drain();
  };

  /** Hidden or closing: the buffer goes now, without waiting for the lock (the page may be gone before it). */
  const leave = () => {
    for (const b of form()) {
      const stored = enqueue(b);
      // Sent, it leaves the queue; refused (or out of order behind a batch in flight), the queue's pass sends it.
      if (navigator.onLine) void post(b, true).then((status) => (status >= 200 && status < 300 ? stored.then(() => queue.del(b.k!)) : stored.then(drain)));
    }
  };

  const page = (properties?: Record<string, unknown>) => {
    if (href) referrer = href;
    href = location.href;
    return track("page_view", properties);
  };
  const navigated = () => setTimeout(() => location.href !== href && page());

  if (typeof addEventListener == "function") {
    addEventListener("pagehide", leave);
    addEventListener("visibilitychange", () => document.visibilityState === "hidden" && leave());
    addEventListener("online", retry);
    if (o.pageViews !== false) {
      for (const m of ["pushState", "replaceState"] as const) {
        const original = history[m];
        history[m] = function (this: History, ...args: Parameters<History["pushState"]>) {
          original.apply(this, args);
          navigated();
        };
      }
      addEventListener("popstate", navigated);
      addEventListener("hashchange", navigated);
      page();
    }
  }
  // What earlier pages (or tabs) left in the queue goes now.
  setTimeout(drain);

  return {
    track,
    page,
    flush,
    anonymousId,
    get droppedEventCount() {
      return dropped;
    },
    queuedEventCount: async () => buffer.length + (await queue.all()).reduce((n, b) => n + b.recs.length, 0),
  };
}
