/**
 * The producer's engine: records → per-partition RecordBatch v2 → one Produce frame per batch. A module loaded
 * on demand (dist/edgelog-producer-engine.js in the browser bundle) by the Producer of producer.ts, the first
 * time it sends: a page that does not produce does not load it.
 *
 * Path of a record: send() routes it (explicit partition; keyed → murmur2 like Kafka; unkeyed → the topic's
 * sticky partition, which changes each time a batch for it is sealed) and writes it straight into the
 * partition's open BatchBuilder (strings as UTF-8, no intermediate arrays). A batch is sealed when it
 * reaches batchBytes or when lingerMs has passed since the first open record; sealed batches of a
 * partition are sent in order, at most maxInFlight unacknowledged at a time. The broker appends requests
 * for one partition in the order it receives them, so order holds with several batches in flight.
 *
 * Cost per record: no promise and no object beyond the result entry; one promise per send() call,
 * settled when the last of its batches is acknowledged.
 *
 * Retries: a retriable failure (connection lost, NOT_LEADER, THROTTLED, …) stops the partition, waits for
 * its other in-flight batches to settle, then resends the failed batches in their original order (after a
 * backoff, or after THROTTLED's retryAfterMs, the broker's quota hint, capped by the time left), until
 * deliveryTimeoutMs has passed since the send() call (as with Kafka's delivery.timeout.ms, time spent waiting
 * for buffer space or metadata counts: a call parked behind a lost broker fails with the calls before it, not
 * one timeout later).
 *
 * Idempotence (default on, as Kafka's enable.idempotence): the producer asks the broker for a producer id
 * (InitProducer) and writes it, its epoch and the partition's sequence (records numbered from 0) into each
 * batch header; a resent batch keeps its bytes, so the partition recognises a retry whose answer was lost and
 * answers it with the original offsets instead of storing it twice, and a gap is refused. Retries and
 * reconnects resend the unacknowledged batches in sequence order with their sequences. A batch that fails
 * for good (delivery timeout, a refused sequence) leaves a hole in the partition's sequence: the batches sent
 * before it are failed too (they may or may not be stored), and the partition continues under a new producer
 * id from sequence 0 (drawn at random by the producer itself, as the broker draws them), restamping the
 * batches sealed but never sent. Off (`idempotent: false`, or by default
 * with acks 'none', maxInFlight > 5 or a broker without InitProducer): at-least-once, a batch whose answer was
 * lost may be stored twice.
 *
 * Memory: sealed + open batch bytes are bounded by bufferBytesMax; beyond it new send() calls wait in
 * order (their promises settle later) instead of growing buffers.
 */
import type { BrokerInfo, Connection, ConnectionSource } from "./connection.ts";
import type { TopicDescription } from "./admin.ts";
import type { BatchBuilder as Builder, TextRecordInput } from "../src/protocol/record-batch.ts";
import type { AcksMode, ProducerKit, ProducerOptions, ProducerRecord, RecordMetadata } from "./producer.ts";
import { encodeProduceFrame, encodeTopicName } from "../src/protocol/produce-frame.ts";

// The code this module shares with the SDK's entry (errors, record batches, metadata, the partitioner) is
// handed over by producer.ts (link(), before the first engine is made) rather than imported. Imported, the
// bundler would put each set of modules that a different set of entries reaches (the entry with extras.ts,
// the entry with extras.ts and this, the entry with this) in a file of its own, all loaded first and gzipped
// apart: dist/edgelog.js's first load was 0.8 KB larger so (25.2 KB in five files instead of 24.4 KB in three).
let BatchBuilder: ProducerKit[0];
let setProducerFields: ProducerKit[1];
let WireAcks: ProducerKit[2];
let fetchMetadata: ProducerKit[3];
let partitionForKey: ProducerKit[4];
let idempotenceOf: ProducerKit[5];
let ClosedError: ProducerKit[6];
let EdgelogError: ProducerKit[7];
let InvalidRequestError: ProducerKit[8];
let NotLeaderError: ProducerKit[9];
let RecordTooLargeError: ProducerKit[10];
let ThrottledError: ProducerKit[11];
let UnknownTopicError: ProducerKit[12];

/** Hands this module the entry's code it uses (see above), in producer.ts's order. */
export function link(kit: ProducerKit): void {
  [BatchBuilder, setProducerFields, WireAcks, fetchMetadata, partitionForKey, idempotenceOf, ClosedError, EdgelogError, InvalidRequestError, NotLeaderError, RecordTooLargeError, ThrottledError, UnknownTopicError] = kit;
}

const RETRY_BACKOFF_MAX_MS = 1000;
/** Sequences are int32 and wrap to 0 after this (Kafka's rule, the broker's too). */
const SEQUENCE_MAX = 0x7fff_ffff;

/** Who writes a partition's batches: producerId -1 = not idempotent. */
interface ProducerIdentity {
  producerId: number;
  producerEpoch: number;
}
const NOT_IDEMPOTENT: ProducerIdentity = { producerId: -1, producerEpoch: -1 };
/** Framing a record adds at most beyond its key, value and headers (length, attributes, deltas, lengths). */
const RECORD_FRAMING_BYTES_MAX = 32;

/** One send() call: its results fill in as its batches are acknowledged. */
class SendCall {
  readonly results: RecordMetadata[];
  remaining: number;
  settled = false;
  /** When send() was called: deliveryTimeoutMs counts from here. */
  readonly sentMs = Date.now();
  /** The topic's metadata was fetched again for this call (an explicit partition beyond the known count). */
  metadataRefreshed = false;
  readonly promise: Promise<RecordMetadata[]>;
  resolve!: (r: RecordMetadata[]) => void;
  reject!: (e: Error) => void;

  constructor(
    readonly topic: string,
    readonly records: readonly ProducerRecord[],
  ) {
    this.results = new Array(records.length);
    this.remaining = records.length;
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

/** A sealed batch and, per record, which call and which index in that call it answers. */
interface Batch {
  seq: number;
  bytes: Uint8Array;
  recordCount: number;
  /** Calls in record order, run-length: calls[r] owns records runStart[r] .. runStart[r+1]-1. */
  calls: SendCall[];
  runStart: number[];
  /** Index of each record in its call's input. */
  index: number[];
  /** The earliest send() call of its records: retries stop deliveryTimeoutMs after it. */
  sentMs: number;
  attempt: number;
  /** The producer id in its header (-1 when not idempotent). */
  producerId: number;
}

class PartitionState {
  builder: Builder | null = null;
  calls: SendCall[] = [];
  runStart: number[] = [];
  index: number[] = [];
  ready: Batch[] = [];
  retry: Batch[] = [];
  /** Set after a retriable failure until the failed batches are queued again. */
  blocked = false;
  lastError: Error | null = null;
  nextSeq = 0;
  /** Bytes of the open builder already counted in the producer's bufferedBytes. */
  openBytes = 0;
  /** Linger ran out while the partition could not send: seal as soon as it can (on the next ack). */
  lingerExpired = false;
  /** Idempotence: this partition's producer identity (null until the first seal), next record sequence. */
  identity: ProducerIdentity | null = null;
  nextSequence = 0;
  /** Batches sent and not settled (to tell a refused sequence caused by an earlier failure from a real gap). */
  readonly sending = new Set<Batch>();
  get inFlight(): number {
    return this.sending.size;
  }
  /** A batch failed for good: the partition waits for its in-flight batches, then takes a new producer id. */
  renewIdentity = false;
  /** Batches refused before anything of them was stored, to go again first under the new producer id. */
  unsent: Batch[] = [];

  constructor(
    readonly topic: TopicState,
    readonly partition: number,
    public conn: Connection,
  ) {}
}

class TopicState {
  partitions: PartitionState[] = [];
  /** Set when the partitions known may be out of date: calls wait while metadata is fetched again. */
  stale = false;
  sticky = 0;
  /** Calls waiting for metadata, in order. */
  waiting: SendCall[] = [];
  loading = false;
  readonly nameUtf8: Uint8Array;

  constructor(readonly name: string) {
    this.nameUtf8 = encodeTopicName(name);
  }

  get ready(): boolean {
    return this.partitions.length > 0 && !this.stale;
  }
}

const textEncoder = new TextEncoder();

/** The producer's code behind the Producer of producer.ts, which loads this module when it first sends. */
export class ProducerEngine {
  readonly #acks: AcksMode;
  readonly #wireAcks: number;
  readonly #lingerMs: number;
  readonly #batchBytesOption: number;
  readonly #maxInFlight: number;
  readonly #deliveryTimeoutMs: number;
  readonly #retryBackoffMs: number;
  readonly #bufferBytesMax: number;
  /** Idempotence was asked for explicitly (a broker without InitProducer is then an error, not a fallback). */
  readonly #idempotentRequired: boolean;
  /** The producer's identity from InitProducer; NOT_IDEMPOTENT when off; null until loaded. */
  #identity: ProducerIdentity | null;

  #info: BrokerInfo | null = null;
  #batchBytes = 0;
  #batchBytesHard = 0;
  readonly #topics = new Map<string, TopicState>();
  readonly #open = new Set<PartitionState>();
  readonly #readyPartitions = new Set<PartitionState>();
  readonly #waitingWritable = new Set<Connection>();
  readonly #outstanding = new Set<SendCall>();
  #parked: SendCall[] = [];
  #bufferedBytes = 0;
  #lingerScheduled = false;
  /** flush() calls in progress: while > 0, open batches are sealed on the next microtask. */
  #flushing = 0;
  #pumping = false;
  #pumpAgain = false;
  /** The timestamp given to records without one: the time of their send() call (read by the builders). */
  #nowMs = 0;
  readonly #clock = () => this.#nowMs;
  #lingerTimer: ReturnType<typeof setTimeout> | null = null;
  #closing = false;
  #closed = false;
  #keyScratch = new Uint8Array(256);

  readonly #connections: ConnectionSource;
  readonly #onClosed: () => void;
  /** @param onClosed lets the owning client forget this producer. */
  constructor(
    connections: ConnectionSource,
    options: ProducerOptions = {},
    onClosed: () => void = () => {},
  ) {
    this.#connections = connections;
    this.#onClosed = onClosed;
    const idempotent = idempotenceOf(options);
    // Checked here, on demand, not in the facade (the first load has no room): every send then fails with it.
    for (const [name, min] of [["lingerMs", 0], ["batchBytes", 1], ["maxInFlight", 1], ["deliveryTimeoutMs", 1], ["retryBackoffMs", 0], ["bufferBytesMax", 1]] as const) {
      const v = options[name];
      if (v !== undefined && !(Number.isSafeInteger(v) && v >= min)) throw new InvalidRequestError(`${name} must be an integer >= ${min}, got ${v}`);
    }
    this.#acks = options.acks ?? "all";
    this.#wireAcks = this.#acks === "all" ? WireAcks.ACKS_ALL : this.#acks === "leader" ? WireAcks.ACKS_LEADER : WireAcks.ACKS_NONE;
    this.#lingerMs = options.lingerMs ?? 5;
    this.#batchBytesOption = options.batchBytes ?? 1024 * 1024;
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? 5);
    this.#idempotentRequired = options.idempotent === true;
    this.#identity = idempotent ? null : NOT_IDEMPOTENT;
    this.#deliveryTimeoutMs = options.deliveryTimeoutMs ?? 120_000;
    this.#retryBackoffMs = options.retryBackoffMs ?? 100;
    this.#bufferBytesMax = options.bufferBytesMax ?? 32 * 1024 * 1024;
  }

  /**
   * Sends one record or many; resolves with one result per record, in input order, once every batch
   * holding them is acknowledged (acks 'none': once handed to the socket, offsets -1).
   */
  send(topic: string, records: ProducerRecord | readonly ProducerRecord[]): Promise<RecordMetadata[]> {
    const list: readonly ProducerRecord[] = Array.isArray(records) ? records : [records as ProducerRecord];
    if (this.#closing) return Promise.reject(new ClosedError("producer closed"));
    const call = new SendCall(topic, list);
    if (list.length === 0) {
      call.resolve([]);
      return call.promise;
    }
    this.#outstanding.add(call);
    if (this.#parked.length > 0 || this.#bufferedBytes >= this.#bufferBytesMax) {
      this.#parked.push(call);
      return call.promise;
    }
    this.#dispatch(call);
    return call.promise;
  }

  /** Seals every open batch and resolves when everything sent before the call is acknowledged (or failed). */
  async flush(): Promise<void> {
    if (this.#outstanding.size === 0) return;
    const calls = [...this.#outstanding].map((c) => c.promise);
    this.#flushing++;
    try {
      this.#sealAll();
      await Promise.allSettled(calls);
    } finally {
      this.#flushing--;
    }
  }

  /** Flushes, then refuses further sends. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closing = true;
    await this.flush();
    this.#closed = true;
    if (this.#lingerTimer) clearTimeout(this.#lingerTimer);
    this.#lingerTimer = null;
    this.#onClosed();
  }

  // ---- routing and batching -------------------------------------------------------------------------------

  #dispatch(call: SendCall): void {
    let t = this.#topics.get(call.topic);
    if (!t) {
      t = new TopicState(call.topic);
      this.#topics.set(call.topic, t);
    }
    if (!this.#info || !this.#identity || !t.ready || t.waiting.length > 0) {
      t.waiting.push(call);
      this.#prepare(t);
      return;
    }
    this.#append(t, call);
  }

  /** Fetches the broker limits and the topic's metadata, then sends the calls that waited for them. */
  #prepare(t: TopicState): void {
    if (t.loading) return;
    t.loading = true;
    const started = Date.now();
    const attempt = async (n: number): Promise<void> => {
      try {
        if (!this.#info) await this.#loadInfo();
        if (!this.#identity) this.#identity = await this.#initProducer();
        if (!t.ready) await this.#loadTopic(t);
      } catch (err) {
        const e = err as Error;
        const retriable = e instanceof EdgelogError && e.retriable && !this.#closed && Date.now() - started < this.#deliveryTimeoutMs;
        if (retriable) {
          await sleep(Math.min(RETRY_BACKOFF_MAX_MS, this.#retryBackoffMs * 2 ** n));
          return attempt(n + 1);
        }
        t.loading = false;
        const waiting = t.waiting;
        t.waiting = [];
        for (const c of waiting) this.#failCall(c, e);
        return;
      }
      t.loading = false;
      const waiting = t.waiting;
      t.waiting = [];
      // Through dispatch: a call that finds the metadata stale again queues the calls after it, in order.
      // A fault of ours in one fails that call, never the process (this runs in no caller's stack).
      for (const c of waiting) {
        try {
          this.#dispatch(c);
        } catch (err) {
          this.#failCall(c, err as Error);
        }
      }
    };
    void attempt(0);
  }

  async #loadInfo(): Promise<void> {
    const info = await this.#connections.bootstrap.brokerInfo();
    this.#info = info;
    // What the broker takes in one batch, less room for the batch's own framing: #add keeps every batch
    // under it whatever the guess of a record's size (batchBytes is only a target).
    this.#batchBytesHard = Math.max(1024, info.batchBytesMax - 1024);
    this.#batchBytes = Math.max(1, Math.min(this.#batchBytesOption, this.#batchBytesHard));
  }

  /** A new producer id from the broker; a broker without InitProducer means no idempotence, unless required. */
  async #initProducer(): Promise<ProducerIdentity> {
    try {
      const answer = await this.#connections.bootstrap.request({ initProducerRequest: { producerId: 0, producerEpoch: 0 } });
      const r = answer.initProducerResponse;
      if (!r || !(r.producerId! > 0)) throw new InvalidRequestError("the broker answered InitProducer without a producer id");
      return { producerId: r.producerId!, producerEpoch: r.producerEpoch ?? 0 };
    } catch (err) {
      if (err instanceof EdgelogError && err.code === "UNSUPPORTED" && !this.#idempotentRequired && !this.#closed) return NOT_IDEMPOTENT;
      throw err;
    }
  }

  async #loadTopic(t: TopicState): Promise<void> {
    const [meta] = await fetchMetadata(this.#connections.bootstrap, [t.name]);
    if (!meta || meta.partitionCount === 0) throw new UnknownTopicError(`unknown topic "${t.name}"`);
    this.#applyMetadata(t, meta);
  }

  #applyMetadata(t: TopicState, meta: TopicDescription): void {
    const count = meta.partitionCount;
    t.stale = false;
    for (let p = 0; p < count; p++) {
      const endpoint = meta.partitions.find((x) => x.partition === p)?.leaderEndpoint ?? "";
      const conn = this.#connections.get(endpoint);
      const existing = t.partitions[p];
      if (existing) existing.conn = conn;
      else t.partitions[p] = new PartitionState(t, p, conn);
    }
    t.sticky = Math.floor(Math.random() * count);
  }

  /** Validates every record of the call (nothing is buffered if one is invalid), then routes and buffers. */
  #append(t: TopicState, call: SendCall): void {
    const records = call.records;
    const count = t.partitions.length;
    const recordBytesMax = this.#info!.recordBytesMax;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r === null || typeof r !== "object") {
        return this.#failCall(call, new InvalidRequestError(`record ${i} is not an object`));
      }
      const wrong = wrongField(r);
      if (wrong) return this.#failCall(call, new InvalidRequestError(`record ${i}: ${wrong}`));
      // The broker bounds the encoded record (key, value, headers and their framing): a bound on it here.
      const bytes = recordBytesBound(r, recordBytesMax);
      if (bytes > recordBytesMax) {
        return this.#failCall(call, new RecordTooLargeError(`record ${i} has ${bytes} bytes encoded (at most); the broker accepts at most ${recordBytesMax}`));
      }
      if (r.partition !== undefined && !(Number.isInteger(r.partition) && r.partition >= 0 && r.partition < count)) {
        if (Number.isInteger(r.partition) && r.partition >= count && !call.metadataRefreshed) {
          // The topic may have more partitions than we know (re-created, or grown since): ask once more before
          // failing, as Kafka's producer does. Later calls for the topic wait behind this one.
          call.metadataRefreshed = true;
          t.stale = true;
          t.waiting.push(call);
          this.#prepare(t);
          return;
        }
        return this.#failCall(call, new UnknownTopicError(`topic "${t.name}" has no partition ${r.partition} (it has ${count})`, { code: "UNKNOWN_PARTITION" }));
      }
    }
    this.#nowMs = Date.now();
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      let partition: number;
      if (r.partition !== undefined) partition = r.partition;
      else if (r.key !== undefined && r.key !== null) partition = this.#partitionOfKey(r.key, count);
      else partition = t.sticky;
      this.#add(t.partitions[partition], r, call, i);
    }
    this.#scheduleLinger();
  }

  #partitionOfKey(key: string | Uint8Array, count: number): number {
    if (count === 1) return 0;
    if (typeof key !== "string") return partitionForKey(key, count);
    if (this.#keyScratch.length < key.length * 3) this.#keyScratch = new Uint8Array(key.length * 3);
    const { written } = textEncoder.encodeInto(key, this.#keyScratch);
    return partitionForKey(this.#keyScratch.subarray(0, written), count);
  }

  #add(ps: PartitionState, r: ProducerRecord, call: SendCall, index: number): void {
    let b = ps.builder;
    if (!b) b = ps.builder = new BatchBuilder(16 * 1024, this.#clock);
    if (b.recordCount > 0) {
      // Sealed before the target would be passed (by the guess: exact for bytes and ASCII), and before the
      // broker's bound could be (by the bound on UTF-8 bytes, measured exactly only when that bound is near).
      const room = this.#batchBytesHard - b.sizeBytes;
      if (b.sizeBytes + recordSizeGuess(r) > this.#batchBytes || recordBytesBound(r, room) > room) this.#seal(ps);
    }
    // The caller's record goes in as is unless its headers need converting: no per-record object. Records
    // without a timestamp get the builder clock's, which reads this.#nowMs (one Date.now() per send call).
    const input: TextRecordInput =
      r.headers === undefined ? (r as TextRecordInput) : { key: r.key, value: r.value, timestampMs: r.timestampMs, headers: headerList(r.headers) };
    const count = b.recordCount;
    if (count === 0) this.#open.add(ps);
    const size = b.add(input);
    const calls = ps.calls;
    if (calls.length === 0 || calls[calls.length - 1] !== call) {
      calls.push(call);
      ps.runStart.push(count);
    }
    ps.index.push(index);
    this.#bufferedBytes += size - ps.openBytes;
    ps.openBytes = size;
    if (size >= this.#batchBytes) this.#seal(ps);
  }

  #scheduleLinger(): void {
    if (this.#open.size === 0) return;
    if (this.#lingerMs <= 0 || this.#flushing > 0) {
      if (this.#lingerScheduled) return;
      this.#lingerScheduled = true;
      queueMicrotask(() => {
        this.#lingerScheduled = false;
        this.#sealAll();
      });
      return;
    }
    if (this.#lingerTimer) return;
    this.#lingerTimer = setTimeout(() => {
      this.#lingerTimer = null;
      this.#sealAll();
    }, this.#lingerMs);
  }

  /**
   * Linger is over: seal the open batches of partitions that can send now. A partition at its in-flight
   * limit keeps its batch open so records go on joining it until an ack frees a slot (as Kafka's
   * accumulator does); sealing one small batch per linger period behind a full pipe would queue them
   * and let latency grow without bound.
   */
  #sealAll(): void {
    if (this.#open.size === 0) return;
    for (const ps of [...this.#open]) {
      if (this.#canSendNow(ps)) this.#seal(ps);
      else ps.lingerExpired = true;
    }
  }

  #canSendNow(ps: PartitionState): boolean {
    return ps.ready.length === 0 && !ps.blocked && (this.#wireAcks === WireAcks.ACKS_NONE || ps.inFlight < this.#maxInFlight);
  }

  #seal(ps: PartitionState): void {
    const b = ps.builder;
    this.#open.delete(ps);
    ps.lingerExpired = false;
    if (!b || b.recordCount === 0) return;
    const recordCount = b.recordCount;
    const identity = (ps.identity ??= this.#identity!);
    const idempotent = identity.producerId >= 0;
    const bytes = idempotent ? b.finish({ producerId: identity.producerId, producerEpoch: identity.producerEpoch, baseSequence: ps.nextSequence }) : b.finish();
    if (idempotent) ps.nextSequence = addSequence(ps.nextSequence, recordCount);
    let sentMs = Infinity;
    for (const call of ps.calls) sentMs = Math.min(sentMs, call.sentMs);
    this.#bufferedBytes += bytes.byteLength - ps.openBytes;
    ps.openBytes = 0;
    ps.ready.push({
      seq: ps.nextSeq++,
      bytes,
      recordCount,
      calls: ps.calls,
      runStart: ps.runStart,
      index: ps.index,
      sentMs,
      attempt: 0,
      producerId: identity.producerId,
    });
    ps.calls = [];
    ps.runStart = [];
    ps.index = [];
    const t = ps.topic;
    if (t.sticky === ps.partition && t.partitions.length > 1) {
      // Kafka's sticky partitioner: a new batch, a new partition (never the same one twice in a row).
      const next = Math.floor(Math.random() * (t.partitions.length - 1));
      t.sticky = next >= ps.partition ? next + 1 : next;
    }
    this.#readyPartitions.add(ps);
    this.#pump();
  }

  // ---- sending --------------------------------------------------------------------------------------------

  #pump(): void {
    // Sending can complete batches synchronously (acks 'none'), which wakes parked calls, which seal
    // batches, which pump: run such nested requests as further rounds of this loop instead of recursing.
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    try {
      do {
        this.#pumpAgain = false;
        this.#pumpRound();
      } while (this.#pumpAgain);
    } finally {
      this.#pumping = false;
    }
  }

  #pumpRound(): void {
    for (const ps of this.#readyPartitions) {
      while (ps.ready.length > 0 && !ps.blocked && (this.#wireAcks === WireAcks.ACKS_NONE || ps.inFlight < this.#maxInFlight)) {
        if (!ps.conn.isWritable()) {
          this.#waitWritable(ps.conn);
          break;
        }
        this.#sendBatch(ps, ps.ready.shift()!);
      }
      if (ps.ready.length === 0) this.#readyPartitions.delete(ps);
    }
  }

  #waitWritable(conn: Connection): void {
    if (this.#waitingWritable.has(conn)) return;
    this.#waitingWritable.add(conn);
    void conn.writable().then(() => {
      this.#waitingWritable.delete(conn);
      this.#pump();
    });
  }

  #sendBatch(ps: PartitionState, batch: Batch): void {
    const acks = this.#wireAcks;
    const encode = (correlationId: number) => encodeProduceFrame(correlationId, ps.topic.nameUtf8, ps.partition, acks, batch.bytes);
    if (acks === WireAcks.ACKS_NONE) {
      try {
        ps.conn.notifyEncoded(encode, true);
      } catch (err) {
        this.#failBatch(ps, batch, err as Error);
        return;
      }
      this.#completeBatch(ps, batch, -1);
      return;
    }
    ps.sending.add(batch);
    ps.conn.requestEncoded(encode).then(
      (answer) => {
        ps.sending.delete(batch);
        this.#completeBatch(ps, batch, answer.produceResponse?.baseOffset ?? -1);
        this.#afterSettle(ps);
      },
      (err: Error) => {
        ps.sending.delete(batch);
        this.#onBatchError(ps, batch, err);
        this.#afterSettle(ps);
      },
    );
  }

  #completeBatch(ps: PartitionState, batch: Batch, baseOffset: number): void {
    const topic = ps.topic.name;
    const partition = ps.partition;
    const { calls, runStart, index, recordCount } = batch;
    for (let r = 0; r < calls.length; r++) {
      const call = calls[r];
      const end = r + 1 < calls.length ? runStart[r + 1] : recordCount;
      const results = call.results;
      for (let i = runStart[r]; i < end; i++) {
        results[index[i]] = { topic, partition, offset: baseOffset < 0 ? -1 : baseOffset + i };
      }
      call.remaining -= end - runStart[r];
      if (call.remaining === 0 && !call.settled) {
        call.settled = true;
        this.#outstanding.delete(call);
        call.resolve(results);
      }
    }
    this.#release(batch.bytes.byteLength);
  }

  #onBatchError(ps: PartitionState, batch: Batch, err: Error): void {
    const idempotent = batch.producerId >= 0;
    // The partition has no state for this producer id (the topic was deleted and re-created, or it forgot
    // the producer) and refused this batch, which was never sent before: nothing of it is stored, so it
    // goes again, first, under a new producer id rather than failing (Kafka's KIP-360 resets the same way).
    // A batch sent before may have been stored before the partition forgot it: that one fails below.
    if (idempotent && batch.attempt === 0 && err instanceof EdgelogError && err.code === "UNKNOWN_PRODUCER_ID" && !this.#closed && Date.now() - batch.sentMs < this.#deliveryTimeoutMs) {
      ps.unsent.push(batch);
      if (!ps.renewIdentity) this.#startIdentityRenewal(ps, err);
      return;
    }
    // A refused sequence right after an earlier batch failed (not stored, to be resent) is that failure's
    // echo, not a gap of its own: resend it after the earlier one.
    const echo = idempotent && err instanceof EdgelogError && err.code === "OUT_OF_ORDER_SEQUENCE" && hasEarlier(ps, batch);
    const retriable =
      (echo || (err instanceof EdgelogError && err.retriable)) && !this.#closed && Date.now() - batch.sentMs < this.#deliveryTimeoutMs;
    if (idempotent && (ps.renewIdentity || !retriable)) {
      // A hole in the sequence (or the identity is being replaced): this batch and the ones sent before
      // under the same identity fail; the partition goes on under a new producer id.
      this.#failBatch(ps, batch, err);
      this.#startIdentityRenewal(ps, err);
      if (err instanceof UnknownTopicError) this.#forgetTopic(ps.topic);
      return;
    }
    if (!retriable) {
      this.#failBatch(ps, batch, err);
      if (err instanceof UnknownTopicError) this.#forgetTopic(ps.topic);
      return;
    }
    ps.retry.push(batch);
    ps.blocked = true;
    ps.lastError = err;
    if (err instanceof NotLeaderError) this.#refreshTopic(ps.topic);
  }

  /** When a blocked partition has nothing in flight, its failed batches go back to the front, in order. */
  #afterSettle(ps: PartitionState): void {
    if (ps.renewIdentity) {
      if (ps.inFlight === 0) this.#renewIdentity(ps);
      this.#wakeParked();
      return;
    }
    if (ps.blocked && ps.inFlight === 0) {
      const retry = ps.retry.sort((a, b) => a.seq - b.seq);
      ps.retry = [];
      ps.ready.unshift(...retry);
      const attempt = retry.length > 0 ? retry[0].attempt++ : 0;
      for (let i = 1; i < retry.length; i++) retry[i].attempt++;
      const err = ps.lastError;
      // THROTTLED: the broker's hint, but never past the oldest batch's delivery deadline (a wrong or
      // hostile hint cannot park the producer; a batch still throttled then fails with the ThrottledError).
      const remainingMs = retry.length > 0 ? Math.max(0, retry[0].sentMs + this.#deliveryTimeoutMs - Date.now()) : 0;
      const delayMs =
        err instanceof ThrottledError ? Math.min(err.retryAfterMs, remainingMs) : Math.min(RETRY_BACKOFF_MAX_MS, this.#retryBackoffMs * 2 ** attempt);
      setTimeout(() => {
        ps.blocked = false;
        this.#readyPartitions.add(ps);
        this.#pump();
      }, delayMs);
      return;
    }
    this.#wakeParked();
    if (ps.lingerExpired && this.#canSendNow(ps)) this.#seal(ps);
    this.#pump();
  }

  /** Fails every batch sent under the partition's identity that waits for a retry, and stops the partition. */
  #startIdentityRenewal(ps: PartitionState, err: Error): void {
    ps.renewIdentity = true;
    ps.lastError = err;
    ps.blocked = true;
    for (const b of ps.retry) this.#failBatch(ps, b, err);
    ps.retry = [];
  }

  /**
   * Nothing is in flight: this partition starts a new sequence under a new producer id, restamps its sealed
   * batches (never sent) from sequence 0, and sends again. The id is drawn here, not asked of the broker:
   * ids are 53 random bits whoever draws them (InitProducer draws them the same way and keeps no state), and
   * a round trip to the bootstrap endpoint would hold the partition back exactly when the broker is hard to
   * reach (a delivery timeout is the usual reason to be here).
   */
  #renewIdentity(ps: PartitionState): void {
    if (!ps.renewIdentity || ps.inFlight > 0) return;
    const err = ps.lastError ?? new ClosedError("the partition's producer id was replaced");
    const identity: ProducerIdentity = { producerId: randomProducerId(), producerEpoch: 0 };
    ps.identity = identity;
    ps.nextSequence = 0;
    // Batches already sent once (requeued retries still waiting for the socket) may be stored: they fail
    // rather than go out again under the new id. They are at the front, so order holds. Batches refused
    // unstored go first, in their order.
    while (ps.ready.length > 0 && ps.ready[0]!.attempt > 0) this.#failBatch(ps, ps.ready.shift()!, err);
    ps.ready.unshift(...ps.unsent.sort((a, b) => a.seq - b.seq));
    ps.unsent = [];
    for (const b of ps.ready) {
      setProducerFields(b.bytes, identity.producerId, identity.producerEpoch, ps.nextSequence);
      ps.nextSequence = addSequence(ps.nextSequence, b.recordCount);
      b.producerId = identity.producerId;
    }
    ps.renewIdentity = false;
    ps.blocked = false;
    this.#readyPartitions.add(ps);
    if (ps.lingerExpired && this.#canSendNow(ps)) this.#seal(ps);
    this.#pump();
  }

  #failBatch(ps: PartitionState, batch: Batch, err: Error): void {
    for (const call of batch.calls) this.#failCall(call, err);
    this.#release(batch.bytes.byteLength);
    void ps;
  }

  #failCall(call: SendCall, err: Error): void {
    if (call.settled) return;
    call.settled = true;
    this.#outstanding.delete(call);
    call.reject(err);
  }

  #release(bytes: number): void {
    this.#bufferedBytes -= bytes;
    this.#wakeParked();
  }

  #wakeParked(): void {
    while (this.#parked.length > 0 && this.#bufferedBytes < this.#bufferBytesMax) {
      this.#dispatch(this.#parked.shift()!);
    }
  }

  #forgetTopic(t: TopicState): void {
    // The next send to this topic fetches metadata again (and fails fast if the topic is still gone).
    if (t.partitions.every((p) => p.inFlight === 0 && p.ready.length === 0 && !p.builder?.recordCount)) this.#topics.delete(t.name);
  }

  #refreshTopic(t: TopicState): void {
    fetchMetadata(this.#connections.bootstrap, [t.name]).then(
      ([meta]) => meta && this.#applyMetadata(t, meta),
      () => {},
    );
  }
}

/** A producer id as the broker draws them (src/core/producer-state.ts newProducerId): 53 random bits, never 0. */
function randomProducerId(): number {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  return (words[0]! & 0x1f_ffff) * 0x1_0000_0000 + words[1]! || 1;
}

/** seq + n, wrapping past SEQUENCE_MAX to 0 (n >= 0). */
function addSequence(seq: number, n: number): number {
  return seq > SEQUENCE_MAX - n ? n - (SEQUENCE_MAX - seq) - 1 : seq + n;
}

/** Whether a batch before this one of the partition is in flight or waits to be resent. */
function hasEarlier(ps: PartitionState, batch: Batch): boolean {
  for (const b of ps.sending) if (b.seq < batch.seq) return true;
  for (const b of ps.retry) if (b.seq < batch.seq) return true;
  return false;
}

function headerList(headers: Record<string, string | Uint8Array>): { key: string; value: string | Uint8Array }[] {
  const out: { key: string; value: string | Uint8Array }[] = [];
  for (const key in headers) out.push({ key, value: headers[key] });
  return out;
}

/**
 * Key + value + header bytes. UTF-8 takes at most 3 bytes per UTF-16 unit, so strings are measured exactly
 * only when that bound exceeds max; otherwise the bound is returned (it is <= max, which is all that matters).
 */
function recordContentBytes(r: ProducerRecord, max: number): number {
  let bound = fieldBytes(r.key, false) + fieldBytes(r.value, false);
  if (r.headers) for (const k in r.headers) bound += fieldBytes(k, false) + fieldBytes(r.headers[k], false);
  if (bound <= max) return bound;
  let n = fieldBytes(r.key, true) + fieldBytes(r.value, true);
  if (r.headers) for (const k in r.headers) n += fieldBytes(k, true) + fieldBytes(r.headers[k], true);
  return n;
}

function fieldBytes(f: string | Uint8Array | null | undefined, exact: boolean): number {
  if (f === null || f === undefined) return 0;
  if (typeof f !== "string") return f.byteLength;
  return exact ? textEncoder.encode(f).byteLength : f.length * 3;
}

/** What is wrong with a record's fields (their types), or null: a number or an object would not encode. */
function wrongField(r: ProducerRecord): string | null {
  const bytesOrNull = (f: unknown) => f === null || f === undefined || typeof f === "string" || f instanceof Uint8Array;
  if (!bytesOrNull(r.value)) return "value must be a string, a Uint8Array or null";
  if (!bytesOrNull(r.key)) return "key must be a string, a Uint8Array or null";
  if (r.headers !== undefined) {
    if (r.headers === null || typeof r.headers !== "object") return "headers must be an object of strings or Uint8Arrays";
    for (const k in r.headers) if (r.headers[k] === null || !bytesOrNull(r.headers[k])) return `header "${k}" must be a string or a Uint8Array`;
  }
  if (r.timestampMs !== undefined && !(Number.isSafeInteger(r.timestampMs) && r.timestampMs >= 0)) return "timestampMs must be an integer >= 0";
  return null;
}

/** At least the record's encoded size (exact where that passes max; see recordContentBytes), framing included. */
function recordBytesBound(r: ProducerRecord, max: number): number {
  let n = RECORD_FRAMING_BYTES_MAX;
  if (r.headers) for (const _ in r.headers) n += 10;
  return n + recordContentBytes(r, max - n);
}

/** Expected encoded size (exact for bytes and ASCII), used to seal a batch before it grows past batchBytes. */
function recordSizeGuess(r: ProducerRecord): number {
  let n = RECORD_FRAMING_BYTES_MAX + lengthOf(r.key) + lengthOf(r.value);
  if (r.headers) for (const k in r.headers) n += k.length + lengthOf(r.headers[k]) + 10;
  return n;
}

function lengthOf(f: string | Uint8Array | null | undefined): number {
  return f === null || f === undefined ? 0 : f.length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";
