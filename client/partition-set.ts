/**
 * The partitions a consumer reads and their fetch state, one entry per (topic, partition): the start
 * position, the subscription (Subscribe → Push frames of whole batches), the credit in bytes, and the
 * records received and not yet handed to the application. Partitions can be added and stopped while the
 * others keep running, which is what a group member does when its assignment changes; a plain consumer
 * adds its partitions once.
 *
 * Per partition, the broker stops pushing when the credit is spent; the set grants back the bytes of each
 * push once the application has consumed all of its records (iterator: at the next `next()`; run(): after
 * the handler's promise settles). So per partition at most ~creditBytes (+ one batch the broker may
 * overshoot by) is buffered, however slow the application is.
 *
 * Offsets: `position` is the offset after the last record handed to the application; `processed` the
 * offset after the last record the application finished with (its handler returned, or the iterator asked
 * for the next record): what a group may commit. `expected` is the offset after the last record received.
 * Pushes start at whole batches, so records below `expected` are dropped. When the socket drops,
 * undelivered records are discarded and, once it reopens, the partition resubscribes at `position`:
 * nothing is skipped and nothing is delivered twice.
 */
import type { RecordFactory, RecordHeader } from "../src/protocol/record-batch.ts";
import type { pb } from "../src/protocol/frames.ts";
import type { Codec } from "./codecs.ts";
import { partitionKey, type TopicPartitionRef } from "./topic-partitions.ts";
import type { Connection, ConnectionSource } from "./connection.ts";
import type { ReadKit } from "./read-kit.ts";
import type { StartFrom } from "./start-from.ts";

export type { StartFrom } from "./start-from.ts";

// The SDK's code this module and consumer-engine.ts use, handed over by whoever loads them (read-kit.ts says
// why), in read-kit.ts's order.
let decodeRecords: ReadKit[0];
export let fetchMetadata: ReadKit[1];
let listOffsets: ReadKit[2];
let ClosedError: ReadKit[3];
let ConnectionError: ReadKit[4];
let CorruptBatchError: ReadKit[5];
let EdgelogError: ReadKit[6];
let errorFromWire: ReadKit[7];
let InvalidRequestError: ReadKit[8];
let NotLeaderError: ReadKit[9];
let OffsetOutOfRangeError: ReadKit[10];
let ThrottledError: ReadKit[11];
export let UnknownTopicError: ReadKit[12];
let validateSeekTarget: ReadKit[13];

/** Hands this module (and consumer-engine.ts) the SDK's code they use; called before either is used. */
export function link(kit: ReadKit): void {
  [
    decodeRecords,
    fetchMetadata,
    listOffsets,
    ClosedError,
    ConnectionError,
    CorruptBatchError,
    EdgelogError,
    errorFromWire,
    InvalidRequestError,
    NotLeaderError,
    OffsetOutOfRangeError,
    ThrottledError,
    UnknownTopicError,
    validateSeekTarget,
  ] = kit;
}

export interface ConsumerRecord<T = Uint8Array> {
  topic: string;
  partition: number;
  offset: number;
  timestampMs: number;
  key: Uint8Array | null;
  value: T | null;
  headers: RecordHeader[];
}

export interface ConsumerBatch<T = Uint8Array> {
  topic: string;
  partition: number;
  records: ConsumerRecord<T>[];
  /** The partition's high watermark when the batch was pushed. */
  highWatermark: number;
}

export interface RunHandlers<T = Uint8Array> {
  eachRecord?: (record: ConsumerRecord<T>) => unknown | Promise<unknown>;
  eachBatch?: (batch: ConsumerBatch<T>) => unknown | Promise<unknown>;
}

export interface ConsumerMetrics {
  /** Bytes of records pushed to this consumer (all partitions, all subscriptions). */
  receivedBytes: number;
  /** Bytes of credit granted (initial credit of every subscription + CreditRequests). */
  grantedBytes: number;
  /** Bytes received and not yet consumed by the application. */
  bufferedBytes: number;
  /** Largest receivedBytes − grantedBytes seen: how far the broker overshot its credit. */
  overshootBytesMax: number;
}

/** Default credit per partition, bytes. */
export const CREDIT_BYTES_DEFAULT = 4 * 1024 * 1024;

/** The consumers' options the set reads (ConsumerOptions, GroupConsumerOptions), defaults applied here. */
export interface PartitionSetOptions<T> {
  /** Bytes each partition may have pushed and not yet consumed. Default CREDIT_BYTES_DEFAULT. */
  creditBytes?: number;
  /** Decodes record values (null values stay null). Default: raw bytes. */
  valueCodec?: Codec<T>;
  /** When the position is no longer in the log (retention): raise (default), or jump to the log's start/end. */
  onOutOfRange?: "error" | "earliest" | "latest";
  /**
   * Replicated topics (the edge): read from the replica in this region ('nearest': the one the Worker finds
   * nearest to this client) instead of the leader. A follower serves records up to the high watermark it
   * last heard of, one replication round behind the leader at most. Default: the leader.
   */
  preferRegion?: string;
  /**
   * Kafka's fetch.min.bytes / fetch.max.wait.ms for pushes: the broker holds new records for a partition
   * until minBytes of them are waiting or maxWaitMs (≤ 30,000) passed since the first, then pushes them
   * together (fewer, fuller pushes: less broker CPU per record, up to maxWaitMs more latency). Records
   * already there when behind come at once. Default 0 and 0: every append pushed at once.
   */
  minBytes?: number;
  maxWaitMs?: number;
}

/** Where a partition is read: its replica in `preferRegion` (or the nearest), else its leader. */
export function readEndpoint(p: { leaderEndpoint: string; replicas?: { region: string; endpoint: string }[] }, preferRegion: string | undefined): string {
  if (preferRegion === undefined || !p.replicas?.length) return p.leaderEndpoint;
  if (preferRegion === "nearest") return `${p.leaderEndpoint}/near`;
  return p.replicas.find((r) => r.region === preferRegion)?.endpoint || p.leaderEndpoint;
}

type PartitionStatus = "new" | "idle" | "subscribing" | "subscribed" | "failed";

/** One partition's fetch state. Read-only outside this module. */
export class PartitionState {
  status: PartitionStatus = "new";
  /** Offset after the last record handed to the application; NaN until the start position is known. */
  position = NaN;
  /** Offset after the last record the application finished with; NaN until the start position is known. */
  processed = NaN;
  /** Offset after the last record received; pushes below it are dropped. */
  expected = NaN;
  /** Where to start while the start position is being resolved (a seek before it is known replaces it). */
  startSpec: StartFrom;
  /** Bumped whenever the current subscription becomes stale (seek, drop, end, close). */
  token = 0;
  /** Bumped whenever the buffered chunks are discarded. */
  bufferEpoch = 0;
  /** Bumped by every seek: a handler that returns after one does not move `processed` back over it. */
  seekCount = 0;
  subscriptionId = 0;
  generation = 0;
  paused = false;
  /** Taken out of the set: nothing more is fetched or delivered. */
  stopped = false;
  /** A record (or batch) of this partition is with the application. */
  busy = false;
  /** Settles when the start position is known and the first subscription was asked for (or failed). */
  ready: Promise<void> = Promise.resolve();
  #settleWaiters: (() => void)[] = [];
  bufferedBytes = 0;
  /** Bytes consumed by the application and not yet granted back. */
  pendingGrantBytes = 0;
  /** Bytes the broker may still push (from our side's count); negative after an overshoot. */
  creditLeftBytes = 0;
  highWatermark = 0;
  retryAttempt = 0;
  seekToken = 0;
  retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** Builds this partition's records straight from the batch bytes (one object per record). */
  readonly makeRecord: RecordFactory<ConsumerRecord<Uint8Array>>;

  constructor(
    readonly topic: string,
    readonly partition: number,
    public conn: Connection,
    start: StartFrom,
  ) {
    this.startSpec = start;
    this.makeRecord = (offset, timestampMs, key, value, headers) => ({ topic, partition, offset, timestampMs, key, value, headers });
  }

  /** Resolves once no record of this partition is with the application. */
  settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.#settleWaiters.push(resolve));
  }

  /** The application is done with what it held; `end` is the offset after it (null: moves nothing). */
  finish(end: number | null, seekCount: number): void {
    if (end !== null && seekCount === this.seekCount && !(end <= this.processed)) this.processed = end;
    this.busy = false;
    for (const w of this.#settleWaiters.splice(0)) w();
  }

  /** Lets every settled() waiter go (the set is closing). */
  releaseWaiters(): void {
    for (const w of this.#settleWaiters.splice(0)) w();
  }
}

interface Chunk {
  ps: PartitionState;
  /**
   * Records at or after `expected` when pushed; empty for error entries. Values still raw bytes: a codec
   * decodes them at delivery (so one bad value fails late, alone).
   */
  records: ConsumerRecord<Uint8Array>[];
  pos: number;
  bytes: number;
  epoch: number;
  highWatermark: number;
  done: boolean;
  error: Error | null;
}

const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 5000;
/** Unsubscribe is best effort: do not hold close() up for long. */
const UNSUBSCRIBE_TIMEOUT_MS = 2000;

export class PartitionSet<T = Uint8Array> {
  private readonly creditBytes: number;
  readonly #codec: Codec<T> | null;
  readonly #onOutOfRange: "error" | "earliest" | "latest";

  readonly #parts = new Map<string, PartitionState>();
  #chunks: Chunk[] = [];
  #head = 0;
  /** Chunks whose last record went to the application, released (credited) at the next pull. */
  #delivered: Chunk[] = [];
  /**
   * The record the iterator handed out last (its partition, the offset after it, the partition's seekCount
   * then): finished when the next one is asked for. Three fields, not an object, so no allocation per record.
   */
  #handedPs: PartitionState | null = null;
  #handedEnd = 0;
  #handedSeekCount = 0;
  #waiters: (() => void)[] = [];
  readonly #unlisten: (() => void)[] = [];
  readonly #listening = new Set<Connection>();
  private closed = false;
  #fatal: Error | null = null;
  /** A run() is in progress (one at a time). */
  #running = false;
  /** What pause() asked for, kept so a partition added later (start, rebalance) begins paused. */
  #pausedAll = false;
  readonly #pausedKeys = new Set<string>();
  private readonly stats: ConsumerMetrics = { receivedBytes: 0, grantedBytes: 0, bufferedBytes: 0, overshootBytesMax: 0 };

  readonly #connections: ConnectionSource;
  constructor(
    connections: ConnectionSource,
    options: PartitionSetOptions<T>,
  ) {
    this.#connections = connections;
    this.creditBytes = Math.max(1, Math.floor(options.creditBytes ?? CREDIT_BYTES_DEFAULT));
    this.#codec = options.valueCodec ?? null;
    this.#onOutOfRange = options.onOutOfRange ?? "error";
    this.preferRegion = options.preferRegion;
    this.minBytes = options.minBytes ?? 0;
    this.maxWaitMs = options.maxWaitMs ?? 0;
  }

  private readonly minBytes: number;
  private readonly maxWaitMs: number;

  readonly preferRegion: string | undefined;

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts reading a partition from `start` at the leader `endpoint`; the others are not disturbed. */
  add(topic: string, partition: number, endpoint: string, start: StartFrom): PartitionState {
    const key = partitionKey(topic, partition);
    if (this.#parts.has(key)) throw new InvalidRequestError(`${topic}-${partition} is read already`);
    const ps = new PartitionState(topic, partition, this.#connectionFor(endpoint), start);
    ps.paused = this.#pausedAll || this.#pausedKeys.has(key);
    this.#parts.set(key, ps);
    if (!this.closed) ps.ready = this.#startPartition(ps);
    return ps;
  }

  /**
   * Stops reading a partition: its subscription ends and its buffered records are dropped at once. Resolves
   * when the application no longer holds a record of it (a handler in flight returned; the iterator asked
   * for its next record), with the partition's state, whose `processed` is final.
   */
  async stop(topic: string, partition: number): Promise<PartitionState | undefined> {
    const ps = this.#parts.get(partitionKey(topic, partition));
    if (!ps) return undefined;
    this.#parts.delete(partitionKey(topic, partition));
    ps.stopped = true;
    if (ps.retryTimer) clearTimeout(ps.retryTimer);
    ps.retryTimer = null;
    ps.token++;
    if (ps.status === "subscribed") void this.unsubscribe(ps.conn, ps.subscriptionId, ps.generation);
    ps.status = "idle";
    for (let i = this.#head; i < this.#chunks.length; i++) {
      const c = this.#chunks[i];
      if (c.ps === ps) c.done = true;
    }
    this.#discardBuffer(ps);
    this.#wake();
    await ps.settled();
    return ps;
  }

  get(topic: string, partition: number): PartitionState | undefined {
    return this.#parts.get(partitionKey(topic, partition));
  }

  all(): PartitionState[] {
    return [...this.#parts.values()];
  }

  /** Pauses the given partitions (default all), those read now and those added later. */
  pause(partitions?: TopicPartitionRef[]): void {
    for (const ps of this.#mark(partitions, true)) ps.paused = true;
  }

  resume(partitions?: TopicPartitionRef[]): void {
    for (const ps of this.#mark(partitions, false)) {
      if (!ps.paused) continue;
      ps.paused = false;
      this.#grant(ps, true);
    }
    this.#wake();
  }

  /** Keeps what pause() or resume() asked for (for partitions added later); returns those of them read now. */
  #mark(partitions: TopicPartitionRef[] | undefined, paused: boolean): PartitionState[] {
    if (!partitions) {
      this.#pausedAll = paused;
      this.#pausedKeys.clear();
      return this.all();
    }
    const states: PartitionState[] = [];
    for (const tp of partitions) {
      const key = partitionKey(tp.topic, tp.partition);
      if (paused) this.#pausedKeys.add(key);
      else this.#pausedKeys.delete(key);
      const ps = this.#parts.get(key);
      if (ps) states.push(ps);
    }
    return states;
  }

  /** Moves a partition's position; its buffered records are discarded. */
  async seek(ps: PartitionState, to: number | "earliest" | "latest"): Promise<void> {
    validateSeekTarget(to);
    if (ps.status === "new") {
      // Its start position is being resolved: startPartition reads startSpec again.
      ps.startSpec = to;
      return;
    }
    const seekToken = ++ps.seekToken;
    const offset = typeof to === "number" ? to : (await listOffsets(ps.conn, ps.topic, ps.partition, to)).offset;
    if (seekToken !== ps.seekToken || this.closed || ps.stopped) return; // a later seek, a stop or close won
    this.#resubscribeAt(ps, offset);
  }

  metrics(): ConsumerMetrics {
    return { ...this.stats };
  }

  /** Every pull fails with `err` once the buffered records are out (nothing more can be read). */
  fail(err: Error): void {
    this.#fatal = err;
    this.#wake();
  }

  /** Unsubscribes everything; the iterator ends and run() resolves. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const unsubscribes: Promise<unknown>[] = [];
    for (const ps of this.#parts.values()) {
      if (ps.retryTimer) clearTimeout(ps.retryTimer);
      ps.token++;
      if (ps.status === "subscribed") unsubscribes.push(this.unsubscribe(ps.conn, ps.subscriptionId, ps.generation));
      ps.status = "idle";
      ps.releaseWaiters();
    }
    for (const off of this.#unlisten.splice(0)) off();
    this.#chunks = [];
    this.#head = 0;
    this.#delivered = [];
    this.stats.bufferedBytes = 0;
    this.#wake();
    await Promise.allSettled(unsubscribes);
  }

  // ---- delivery -------------------------------------------------------------------------------------------

  /**
   * Calls the handler for each record (or each pushed batch) and awaits it before asking for more.
   * Resolves when the set is closed; rejects on the first error (handler or consumer).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    // The handlers were checked by the facade (lazy-engine.ts). Two run() at once would split the records
    // between them: KafkaJS refuses a second one the same way.
    if (this.#running) throw new InvalidRequestError("run() is running already");
    this.#running = true;
    try {
      for (;;) {
        this.#releaseDelivered();
        const chunk = await this.#nextChunk();
        if (!chunk) return;
        if (chunk.error) {
          chunk.done = true;
          throw chunk.error;
        }
        const ps = chunk.ps;
        const epoch = chunk.epoch;
        if (handlers.eachBatch) {
          const from = chunk.pos;
          let records: ConsumerRecord<T>[];
          if (this.#codec === null) {
            records = (from === 0 ? chunk.records : chunk.records.slice(from)) as unknown as ConsumerRecord<T>[];
          } else {
            records = [];
            for (let i = from; i < chunk.records.length; i++) records.push(this.#toRecord(ps, chunk.records[i]));
          }
          chunk.pos = chunk.records.length;
          const end = chunk.records[chunk.records.length - 1].offset + 1;
          ps.position = end;
          this.#finishChunk(chunk);
          const seekCount = ps.seekCount;
          const first = chunk.records[from]!.offset;
          ps.busy = true;
          let ok = false;
          try {
            await handlers.eachBatch({ topic: ps.topic, partition: ps.partition, records, highWatermark: chunk.highWatermark });
            ok = true;
          } finally {
            ps.finish(ok ? end : null, seekCount);
            if (!ok) this.#rewind(ps, first, seekCount);
          }
        } else {
          while (chunk.pos < chunk.records.length && !chunk.done && !ps.paused && epoch === ps.bufferEpoch && !this.closed) {
            const rec = this.#toRecord(ps, chunk.records[chunk.pos]);
            chunk.pos++;
            ps.position = rec.offset + 1;
            if (chunk.pos === chunk.records.length) this.#finishChunk(chunk);
            const seekCount = ps.seekCount;
            ps.busy = true;
            let ok = false;
            try {
              await handlers.eachRecord!(rec);
              ok = true;
            } finally {
              ps.finish(ok ? rec.offset + 1 : null, seekCount);
              if (!ok) this.#rewind(ps, rec.offset, seekCount);
            }
          }
        }
      }
    } finally {
      this.#running = false;
    }
  }

  /** The iterator's next(): the record handed out before is finished now. */
  next(): Promise<IteratorResult<ConsumerRecord<T>>> {
    this.finishHanded(true);
    this.#releaseDelivered();
    for (;;) {
      if (this.closed) return Promise.resolve({ done: true, value: undefined });
      const chunk = this.#firstDeliverable();
      if (!chunk) {
        if (this.#fatal) return Promise.reject(this.#fatal);
        return new Promise<void>((resolve) => this.#waiters.push(resolve)).then(() => this.next());
      }
      if (chunk.error) {
        chunk.done = true;
        this.#compact();
        return Promise.reject(chunk.error);
      }
      const ps = chunk.ps;
      let rec: ConsumerRecord<T>;
      try {
        rec = this.#toRecord(ps, chunk.records[chunk.pos]);
      } catch (err) {
        return Promise.reject(err);
      }
      chunk.pos++;
      ps.position = rec.offset + 1;
      if (chunk.pos === chunk.records.length) this.#finishChunk(chunk);
      ps.busy = true;
      this.#handedPs = ps;
      this.#handedEnd = rec.offset + 1;
      this.#handedSeekCount = ps.seekCount;
      return Promise.resolve({ done: false, value: rec });
    }
  }

  /**
   * The iterator's record is no longer with the application. `processed`: it finished with it (it asked for
   * the next one); false when the loop was left (break or throw), so the record counts as unprocessed.
   */
  finishHanded(processed: boolean): void {
    const ps = this.#handedPs;
    if (!ps) return;
    this.#handedPs = null;
    ps.finish(processed ? this.#handedEnd : null, this.#handedSeekCount);
  }

  /** Resolves with the first chunk that has records (or an error) for a running partition; null when closed. */
  async #nextChunk(): Promise<Chunk | null> {
    for (;;) {
      if (this.closed) return null;
      const chunk = this.#firstDeliverable();
      if (chunk) return chunk;
      if (this.#fatal) throw this.#fatal;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  #firstDeliverable(): Chunk | null {
    const chunks = this.#chunks;
    for (let i = this.#head; i < chunks.length; i++) {
      const c = chunks[i];
      if (c.done) {
        if (i === this.#head) this.#head++;
        continue;
      }
      if (c.error || !c.ps.paused) return c;
    }
    this.#compact();
    return null;
  }

  #finishChunk(chunk: Chunk): void {
    chunk.done = true;
    this.#delivered.push(chunk);
    this.#compact();
  }

  #compact(): void {
    const chunks = this.#chunks;
    while (this.#head < chunks.length && chunks[this.#head].done) this.#head++;
    if (this.#head === chunks.length) {
      this.#chunks = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > chunks.length) {
      this.#chunks = chunks.slice(this.#head);
      this.#head = 0;
    }
  }

  /** The application is done with what it was handed: give those bytes back to the broker as credit. */
  #releaseDelivered(): void {
    if (this.#delivered.length === 0) return;
    const delivered = this.#delivered;
    this.#delivered = [];
    for (const c of delivered) {
      if (c.epoch !== c.ps.bufferEpoch) continue; // discarded meanwhile; its subscription is gone
      c.ps.bufferedBytes -= c.bytes;
      this.stats.bufferedBytes -= c.bytes;
      c.ps.pendingGrantBytes += c.bytes;
      this.#grant(c.ps, false);
    }
  }

  #toRecord(ps: PartitionState, r: ConsumerRecord<Uint8Array>): ConsumerRecord<T> {
    // Without a codec the record built at decode time is delivered as is: one object per record.
    if (this.#codec === null) return r as unknown as ConsumerRecord<T>;
    let value: T | null;
    if (r.value === null) value = null;
    else {
      try {
        value = this.#codec.decode(r.value);
      } catch (err) {
        // InvalidRequestError, as every INVALID_REQUEST the SDK raises is.
        throw new InvalidRequestError(`cannot decode ${ps.topic}-${ps.partition} offset ${r.offset}: ${(err as Error).message} (seek past it to skip)`, { cause: err });
      }
    }
    return { topic: ps.topic, partition: ps.partition, offset: r.offset, timestampMs: r.timestampMs, key: r.key, value, headers: r.headers };
  }

  #wake(): void {
    if (this.#waiters.length === 0) return;
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Queues an error after the records already buffered, so the application sees them first. */
  raise(ps: PartitionState | null, err: Error): void {
    if (this.closed || ps?.stopped) return;
    this.#chunks.push({ ps: ps ?? dummyPartition, records: [], pos: 0, bytes: 0, epoch: ps?.bufferEpoch ?? 0, highWatermark: 0, done: false, error: err });
    this.#wake();
  }

  // ---- credit ---------------------------------------------------------------------------------------------

  /** Grants consumed bytes back once a quarter of the credit has been consumed (or always, when forced). */
  #grant(ps: PartitionState, force: boolean): void {
    if (ps.paused || ps.status !== "subscribed" || this.closed) return;
    const bytes = ps.pendingGrantBytes;
    if (bytes <= 0 || (!force && bytes * 4 < this.creditBytes)) return;
    if (!ps.conn.isOpen || ps.conn.generation !== ps.generation) return;
    try {
      ps.conn.notify({ creditRequest: { subscriptionId: ps.subscriptionId, creditBytes: bytes } });
    } catch {
      return; // the connection is going away; the resubscription starts with fresh credit
    }
    ps.pendingGrantBytes = 0;
    ps.creditLeftBytes += bytes;
    this.stats.grantedBytes += bytes;
  }

  // ---- subscriptions --------------------------------------------------------------------------------------

  async #startPartition(ps: PartitionState): Promise<void> {
    for (;;) {
      const spec = ps.startSpec;
      const token = ps.token;
      let offset: number;
      try {
        offset = await this.withRetry(() => this.#resolveStart(ps, spec), ps);
      } catch (err) {
        if (ps.stopped) return;
        ps.status = "failed";
        this.raise(ps, err as Error);
        return;
      }
      if (this.closed || ps.stopped) return;
      // A seek while resolving: resolve again with the seek's target.
      if (ps.startSpec !== spec || token !== ps.token) continue;
      ps.position = ps.expected = ps.processed = offset;
      ps.status = "idle";
      this.subscribe(ps);
      return;
    }
  }

  async #resolveStart(ps: PartitionState, spec: StartFrom): Promise<number> {
    if (typeof spec === "number") return spec;
    const answer = await listOffsets(ps.conn, ps.topic, ps.partition, spec);
    // No record at or after the time yet ({ timestampMs }): start at the end and read what comes.
    return answer.offset >= 0 ? answer.offset : answer.highWatermark;
  }

  #connectionFor(endpoint: string): Connection {
    const conn = this.#connections.get(endpoint);
    if (!this.#listening.has(conn)) {
      this.#listening.add(conn);
      this.#unlisten.push(conn.onClose(() => this.#onConnectionClosed(conn)));
      this.#unlisten.push(conn.onOpen(() => this.#onConnectionOpen(conn)));
    }
    return conn;
  }

  #onConnectionClosed(conn: Connection): void {
    for (const ps of this.#parts.values()) {
      if (ps.conn !== conn || (ps.status !== "subscribed" && ps.status !== "subscribing")) continue;
      ps.token++;
      ps.status = "idle";
      this.#discardBuffer(ps);
    }
  }

  #onConnectionOpen(conn: Connection): void {
    for (const ps of this.#parts.values()) {
      if (ps.conn === conn && ps.status === "idle" && !ps.retryTimer) this.subscribe(ps);
    }
  }

  /** Drops undelivered records of the partition; reading resumes at its position. */
  #discardBuffer(ps: PartitionState): void {
    ps.bufferEpoch++;
    for (let i = this.#head; i < this.#chunks.length; i++) {
      const c = this.#chunks[i];
      if (c.ps === ps && !c.done && !c.error) c.done = true;
    }
    this.#compact();
    this.stats.bufferedBytes -= ps.bufferedBytes;
    ps.bufferedBytes = 0;
    ps.pendingGrantBytes = 0;
    if (!Number.isNaN(ps.position)) ps.expected = ps.position;
  }

  /**
   * A handler threw on the records from `offset`: the partition goes back there (unless it was moved
   * meanwhile), so the next run() or read hands them out again, as KafkaJS seeks back; run() rejects.
   */
  #rewind(ps: PartitionState, offset: number, seekCount: number): void {
    // Closed or stopped meanwhile: subscribe() then does nothing.
    if (seekCount === ps.seekCount) this.#resubscribeAt(ps, offset);
  }

  /** Ends the current subscription (if any) and subscribes again at `offset`, discarding buffered records. */
  #resubscribeAt(ps: PartitionState, offset: number): void {
    ps.token++;
    if (ps.status === "subscribed") {
      ps.conn.unregisterSubscription(ps.subscriptionId);
      void this.unsubscribe(ps.conn, ps.subscriptionId, ps.generation);
    }
    if (ps.retryTimer) {
      clearTimeout(ps.retryTimer);
      ps.retryTimer = null;
    }
    // Errors raised for the old position no longer apply.
    for (let i = this.#head; i < this.#chunks.length; i++) {
      const c = this.#chunks[i];
      if (c.ps === ps && c.error) c.done = true;
    }
    this.#discardBuffer(ps);
    ps.seekCount++;
    ps.position = ps.expected = ps.processed = offset;
    ps.status = "idle";
    this.subscribe(ps);
  }

  private subscribe(ps: PartitionState): void {
    if (this.closed || ps.stopped) return;
    const conn = ps.conn;
    const token = ++ps.token;
    ps.status = "subscribing";
    // Records still buffered count against the credit; pending grants are folded into the new credit.
    const creditBytes = Math.max(0, this.creditBytes - ps.bufferedBytes);
    ps.pendingGrantBytes = 0;
    conn
      .request(
        { subscribeRequest: { topic: ps.topic, partition: ps.partition, offset: ps.expected, creditBytes, minBytes: this.minBytes, maxWaitMs: this.maxWaitMs } },
        {
          onResponse: (frame) => {
            if (token !== ps.token || this.closed) return;
            const r = frame.subscribeResponse as pb.SubscribeResponse;
            ps.subscriptionId = r.subscriptionId;
            ps.generation = conn.generation;
            ps.status = "subscribed";
            ps.highWatermark = r.highWatermark;
            ps.creditLeftBytes = creditBytes;
            ps.retryAttempt = 0;
            this.stats.grantedBytes += creditBytes;
            conn.registerSubscription(r.subscriptionId, {
              onPush: (push) => this.onPush(ps, token, push),
              onEnd: (end) => this.onEnd(ps, token, end),
            });
          },
        },
      )
      .then(
        (frame) => {
          if (token === ps.token && !this.closed) return;
          // Superseded while the request was in flight: end the subscription it created.
          const id = (frame.subscribeResponse as pb.SubscribeResponse).subscriptionId;
          void this.unsubscribe(conn, id, conn.generation);
        },
        (err: Error) => {
          if (token !== ps.token || this.closed) return;
          this.onSubscriptionFailed(ps, err);
        },
      );
  }

  private onPush(ps: PartitionState, token: number, push: pb.Push): void {
    if (token !== ps.token || this.closed) return;
    const bytes = push.records.byteLength;
    this.stats.receivedBytes += bytes;
    this.stats.overshootBytesMax = Math.max(this.stats.overshootBytesMax, this.stats.receivedBytes - this.stats.grantedBytes);
    ps.creditLeftBytes -= bytes;
    ps.highWatermark = push.highWatermark;
    let records: ConsumerRecord<Uint8Array>[];
    try {
      records = decodeRecords(push.records, ps.expected, ps.makeRecord);
    } catch (err) {
      ps.token++;
      ps.status = "failed";
      ps.conn.unregisterSubscription(ps.subscriptionId);
      void this.unsubscribe(ps.conn, ps.subscriptionId, ps.generation);
      this.raise(ps, new CorruptBatchError(`undecodable push for ${ps.topic}-${ps.partition}: ${(err as Error).message}`, { cause: err }));
      return;
    }
    if (records.length === 0) {
      // Only records we already had: the bytes are consumed at once.
      ps.pendingGrantBytes += bytes;
      this.#grant(ps, false);
      return;
    }
    ps.expected = records[records.length - 1].offset + 1;
    ps.bufferedBytes += bytes;
    this.stats.bufferedBytes += bytes;
    this.#chunks.push({ ps, records, pos: 0, bytes, epoch: ps.bufferEpoch, highWatermark: push.highWatermark, done: false, error: null });
    this.#wake();
  }

  private onEnd(ps: PartitionState, token: number, end: pb.SubscriptionEnd): void {
    if (token !== ps.token || this.closed) return;
    ps.token++;
    ps.status = "idle";
    const err = end.error && end.error.code ? errorFromWire(end.error.code, end.error.message ?? "", end.error.retryAfterMs ?? 0) : null;
    if (!err) {
      this.subscribe(ps);
      return;
    }
    this.onSubscriptionFailed(ps, err);
  }

  private onSubscriptionFailed(ps: PartitionState, err: Error): void {
    ps.status = "idle";
    if (err instanceof OffsetOutOfRangeError) {
      if (this.#onOutOfRange === "error") {
        ps.status = "failed";
        this.raise(ps, err);
        return;
      }
      const token = ps.token;
      void this.withRetry(() => listOffsets(ps.conn, ps.topic, ps.partition, this.#onOutOfRange as "earliest" | "latest"), ps).then(
        (answer) => {
          if (token !== ps.token || this.closed || ps.stopped) return;
          // Records below the gap that are still buffered are delivered; reading continues past the gap.
          ps.expected = answer.offset;
          if (ps.bufferedBytes === 0) ps.position = answer.offset;
          this.subscribe(ps);
        },
        (e: Error) => {
          ps.status = "failed";
          this.raise(ps, e);
        },
      );
      return;
    }
    // A dropped socket resubscribes when it reopens (onConnectionOpen); anything else retriable, after a delay.
    if (err instanceof ConnectionError && !ps.conn.isOpen) return;
    if (err instanceof EdgelogError && err.retriable) {
      if (err instanceof NotLeaderError) void this.#refreshLeader(ps);
      const backoffMs = Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** ps.retryAttempt++);
      // THROTTLED (an overloaded edge object): no sooner than the broker's hint, and no later than the backoff's cap.
      const delayMs = err instanceof ThrottledError ? Math.max(backoffMs, Math.min(err.retryAfterMs, RETRY_BACKOFF_MAX_MS)) : backoffMs;
      ps.retryTimer = setTimeout(() => {
        ps.retryTimer = null;
        if (ps.status === "idle" && !this.closed) this.subscribe(ps);
      }, delayMs);
      return;
    }
    ps.status = "failed";
    this.raise(ps, err);
  }

  async #refreshLeader(ps: PartitionState): Promise<void> {
    try {
      const [topic] = await fetchMetadata(this.#connections.bootstrap, [ps.topic]);
      const p = topic?.partitions.find((x) => x.partition === ps.partition);
      if (p) ps.conn = this.#connectionFor(readEndpoint(p, this.preferRegion));
    } catch {
      // the retry uses the old endpoint and tries again
    }
  }

  private unsubscribe(conn: Connection, subscriptionId: number, generation: number): Promise<unknown> {
    conn.unregisterSubscription(subscriptionId);
    if (!conn.isOpen || conn.generation !== generation) return Promise.resolve();
    return conn.request({ unsubscribeRequest: { subscriptionId } }, { timeoutMs: UNSUBSCRIBE_TIMEOUT_MS }).catch(() => {});
  }

  /**
   * Retries retriable failures (connection lost, timeouts, …) with backoff until the set closes or the
   * partition stops. With `ps`, `fn` asks that partition's leader: NOT_LEADER means its endpoint is out of
   * date, so the metadata is fetched again before the next attempt (asking the same endpoint again would
   * get the same answer for ever).
   */
  async withRetry<R>(fn: () => Promise<R>, ps?: PartitionState): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed || ps?.stopped) throw new ClosedError("consumer closed");
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof EdgelogError) || !err.retriable || this.closed || ps?.stopped) throw err;
        if (ps && err instanceof NotLeaderError) await this.#refreshLeader(ps);
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** attempt)));
      }
    }
  }
}

/** Owner of errors that belong to no partition (start-up failures). Never paused. */
const dummyPartition = /* @__PURE__ */ new PartitionState("", -1, null as unknown as Connection, "latest");
