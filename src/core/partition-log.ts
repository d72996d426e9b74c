/**
 * One partition: an ordered, append-only, retained log of RecordBatch v2 batches over a LogStore.
 *
 * The log owns what the store must not decide: validation of incoming batches, offset assignment, the
 * high watermark (the first offset not yet on stable storage: consumers never see past it, so nothing a
 * reader saw can be lost in a crash), the retention policy and the wake-up of tailing readers.
 * No I/O is awaited here except through the store; time comes from the injected clock.
 *
 * Idempotent producers (producer-state.ts): a batch with a producer id is checked against the producer's
 * last batches before it is stored; a retry is answered with its original offsets and not stored again.
 * That state is rebuilt from the batch headers of the log's newest bytes, once, when a producer first writes
 * (`producersReady()`): opening a broker with many partitions, or waking an edge object for a read, costs
 * no scan.
 */
import { concatBytes } from "../protocol/bytes.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { limits } from "../protocol/limits.ts";
import {
  BatchError,
  batchSpans,
  endOffsetOf,
  offsetForTimestampInBatch,
  setBaseOffset,
  setPartitionLeaderEpoch,
  verifyBatch,
} from "../protocol/record-batch.ts";
import type { Clock } from "./clock.ts";
import type { LogStore, SegmentInfo } from "./log-store.ts";
import { ProducerStateTable } from "./producer-state.ts";
import { EpochHistory, type EpochEntry } from "./replication.ts";
import { nextRetentionDueMs, retentionCutOffset, segmentBytesFor, shouldRoll, type RetentionConfig } from "./retention.ts";

export interface PartitionLogOptions {
  topic: string;
  partition: number;
  store: LogStore;
  clock: Clock;
  retention: RetentionConfig;
  recordBytesMax: number;
  batchBytesMax: number;
  /** Bytes of newest durable batches kept in memory for tailing readers. Default 1 MiB; 0 = none. */
  tailCacheBytesMax?: number;
  /** Producer ids remembered (least recently used forgotten beyond). Default limits.producersPerPartitionMax. */
  producersPerPartitionMax?: number;
  /** Newest log bytes replayed on open to rebuild producer state. Default limits.producerStateScanBytesMax. */
  producerStateScanBytesMax?: number;
  /**
   * A replica of a replicated partition (replication.ts): its leader-epoch history as last persisted, and
   * where to persist it when it changes. Without it the log is the only copy: no epochs are stamped and
   * the high watermark is the durable end.
   */
  replica?: ReplicaPersistence;
}

/**
 * What a replica of a replicated partition keeps beside its log: the leader-epoch history and the high
 * watermark it last knew (so a restarted replica serves what readers already saw at once), each saved
 * when it changes.
 */
export interface ReplicaPersistence {
  epochs: readonly EpochEntry[];
  highWatermark: number;
  saveEpochs(entries: readonly EpochEntry[]): void;
  saveHighWatermark(offset: number): void;
}

/** Bytes read per step of the producer-state scan on open. */
const PRODUCER_SCAN_READ_BYTES = 1024 * 1024;

interface CachedBatch {
  baseOffset: number;
  /** One past the batch's last offset. */
  endOffset: number;
  bytes: Uint8Array;
}

export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** Resolves once the batch is on stable storage and visible to readers. */
  durable: Promise<void>;
  /** A retry of a batch this producer already stored: the offsets are the original's, nothing was written. */
  duplicate?: boolean;
}

export interface ReadResult {
  /** Whole batches; the first may start before the offset asked for. */
  records: Uint8Array;
  /** One past the last offset in `records` (the offset to read next). */
  nextOffset: number;
  highWatermark: number;
  logStartOffset: number;
}

type Listener = () => void;

export class PartitionLog {
  readonly topic: string;
  readonly partition: number;
  private readonly store: LogStore;
  private readonly clock: Clock;
  retention: RetentionConfig;
  private readonly recordBytesMax: number;
  private readonly batchBytesMax: number;
  private readonly listeners = new Set<Listener>();
  private failure: Error | null = null;
  private closed = false;
  private readonly tailCacheBytesMax: number;
  /** Newest durable batches, oldest first, contiguous; at most tailCacheBytesMax (but always the last). */
  private tail: CachedBatch[] = [];
  private tailBytes = 0;
  /** Retention passes run one at a time, in call order (timer, alarm, and the byte bound after appends). */
  private retentionQueue: Promise<unknown> = Promise.resolve();
  /** A pass started by retentionAfterAppend is queued or running. */
  private byteRetentionPending = false;
  private readonly producers: ProducerStateTable;
  private producersLoaded = false;
  private producersLoading: Promise<void> | null = null;
  private readonly producerStateScanBytesMax: number;
  /** Replicated logs: where each leader epoch starts, and how to persist it. */
  readonly epochs: EpochHistory | null;
  private readonly saveEpochs: ((entries: readonly EpochEntry[]) => void) | null;
  private readonly saveHighWatermark: ((offset: number) => void) | null;
  /** Replicated logs: the epoch a leader stamps into the batches it appends (-1: not leading). */
  leaderEpoch = -1;
  /** Replicated logs: the offset every in-sync replica has (the leader's view, or what it told a follower). */
  private replicatedEnd = 0;
  /** Replicated logs: called when an append is refused because this replica does not lead (the host may move the client on). */
  onNotLeader: (() => void) | null = null;
  /** Replicated logs, while this replica leads: what acks 'all' waits for (replication.ts Replicator). */
  ackGate: { checkInSync(): void; replicated(lastOffset: number): Promise<void> } | null = null;

  constructor(opts: PartitionLogOptions) {
    this.topic = opts.topic;
    this.partition = opts.partition;
    this.store = opts.store;
    this.clock = opts.clock;
    this.retention = opts.retention;
    this.recordBytesMax = opts.recordBytesMax;
    this.batchBytesMax = opts.batchBytesMax;
    this.tailCacheBytesMax = opts.tailCacheBytesMax ?? 1024 * 1024;
    this.producers = new ProducerStateTable(opts.producersPerPartitionMax ?? limits.producersPerPartitionMax);
    this.producerStateScanBytesMax = opts.producerStateScanBytesMax ?? limits.producerStateScanBytesMax;
    this.epochs = opts.replica ? new EpochHistory(opts.replica.epochs) : null;
    this.saveEpochs = opts.replica ? opts.replica.saveEpochs : null;
    this.saveHighWatermark = opts.replica ? opts.replica.saveHighWatermark : null;
    this.replicatedEnd = opts.replica?.highWatermark ?? 0;
  }

  /** The producers' state has been rebuilt from the log: append() takes idempotent batches. */
  get producerStateLoaded(): boolean {
    return this.producersLoaded;
  }

  /**
   * Rebuilds the producers' state from the log (the first call starts the scan) and resolves when done;
   * never rejects (a failed scan fails the log). Callers that append await it while producerStateLoaded is
   * false; appends waiting on it run in the order they waited, so request order is kept.
   */
  producersReady(): Promise<void> {
    this.producersLoading ??= this.loadProducerState(this.producerStateScanBytesMax);
    return this.producersLoading;
  }

  /** Producer ids this partition remembers (diagnostics, tests). */
  get producerCount(): number {
    return this.producers.producerCount;
  }

  get highWatermark(): number {
    // The store's durable end is the high watermark: readers never see what a crash could lose. A
    // replicated log also waits for its in-sync replicas: readers never see what a failover could lose.
    const durable = this.store.durableEndOffset();
    return this.epochs === null ? durable : Math.min(durable, this.replicatedEnd);
  }

  /**
   * The largest offset a reader may ask for. Usually the high watermark; a replica of a replicated log may
   * know a lower one than the reader saw elsewhere (a new leader learns it from its followers' answers), so
   * there a reader may ask up to the durable end and waits, with nothing to read, until the mark passes it.
   */
  get readableEndOffset(): number {
    return this.epochs === null ? this.highWatermark : Math.max(this.highWatermark, this.store.durableEndOffset());
  }

  /** The log's durable end whatever replicas have (what a leader ships to its followers). */
  get durableEndOffset(): number {
    return this.store.durableEndOffset();
  }

  /**
   * Replicated logs: every in-sync replica has the records below `offset` (the leader computed it, or told
   * this follower). Never moves back; readers waiting at the old high watermark are woken.
   */
  advanceReplicatedEnd(offset: number): void {
    if (offset <= this.replicatedEnd) return;
    const before = this.highWatermark;
    this.replicatedEnd = offset;
    this.saveHighWatermark?.(offset);
    if (this.highWatermark > before) this.notify();
  }
  get logStartOffset(): number {
    return this.store.startOffset();
  }
  get logEndOffset(): number {
    return this.store.endOffset();
  }
  get sizeBytes(): number {
    return this.store.sizeBytes();
  }

  /**
   * Validates one batch, stamps its base offset and hands it to the store. Synchronous up to the store
   * call, so appends are ordered exactly as they are called. The batch bytes become owned by the log.
   */
  append(batch: Uint8Array): AppendResult {
    if (this.closed) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `${this.name()} was deleted`);
    if (this.failure) throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} storage failed: ${this.failure.message}`);
    if (batch.byteLength > this.batchBytesMax) {
      throw new ProtocolError(ErrorCode.RECORD_TOO_LARGE, `batch of ${batch.byteLength} bytes exceeds batchBytesMax ${this.batchBytesMax}`);
    }
    let header;
    try {
      header = verifyBatch(batch);
    } catch (err) {
      throw err instanceof BatchError ? err.toProtocolError() : err;
    }
    const recordBytes = header.maxRecordBytes;
    if (recordBytes > this.recordBytesMax) {
      throw new ProtocolError(ErrorCode.RECORD_TOO_LARGE, `record of ${recordBytes} bytes exceeds recordBytesMax ${this.recordBytesMax}`);
    }
    const idempotent = header.producerId >= 0;
    if (idempotent) {
      if (!this.producersLoaded) {
        void this.producersReady();
        throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} is still reading its producers' state from the log; retry`);
      }
      const original = this.producers.check(header);
      if (original) return { baseOffset: original.baseOffset, lastOffset: original.lastOffset, durable: original.durable, duplicate: true };
    }
    const now = this.clock();
    if (shouldRoll(this.store.activeSegment(), this.retention, now, batch.byteLength)) this.store.roll();
    const baseOffset = this.store.endOffset();
    const lastOffset = baseOffset + header.lastOffsetDelta;
    setBaseOffset(batch, baseOffset);
    if (this.epochs) {
      if (this.leaderEpoch < 0) {
        this.onNotLeader?.();
        throw new ProtocolError(ErrorCode.NOT_LEADER, `${this.name()}: this replica does not lead the partition`);
      }
      setPartitionLeaderEpoch(batch, this.leaderEpoch);
      if (this.epochs.observe(this.leaderEpoch, baseOffset)) this.saveEpochs!(this.epochs.entries);
    }
    const stored = this.store.append(batch, { baseOffset, lastOffset, maxTimestampMs: header.maxTimestampMs });
    const durable = stored.then(
      () => {
        this.cacheTail(baseOffset, lastOffset + 1, batch);
        this.notify();
        this.retentionAfterAppend();
      },
      (err: unknown) => {
        this.failure ??= err instanceof Error ? err : new Error(String(err));
        throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} append failed: ${this.failure.message}`);
      },
    );
    if (idempotent) this.producers.record(header, baseOffset, lastOffset, durable);
    return { baseOffset, lastOffset, durable };
  }

  /**
   * append() for a caller that waits for durability anyway (HTTP produce, on both deployments): waits for
   * the producers' state the first time, so an idempotent batch is never refused as "still reading".
   */
  async appendDurable(batch: Uint8Array): Promise<{ baseOffset: number; duplicate: boolean }> {
    if (!this.producersLoaded) await this.producersReady();
    this.ackGate?.checkInSync();
    const result = this.append(batch);
    await this.acknowledged(result, true);
    return { baseOffset: result.baseOffset, duplicate: result.duplicate === true };
  }

  /**
   * When an append may be acknowledged: once durable here, and with `all` (acks 'all') on a replicated
   * log, once every in-sync replica has it. Call checkInSync-style gating (ackGate) before append.
   */
  acknowledged(result: AppendResult, all: boolean): Promise<void> {
    const gate = this.ackGate;
    if (!all || !this.epochs) return result.durable;
    if (!gate) return Promise.reject(new ProtocolError(ErrorCode.NOT_LEADER, `${this.name()}: this replica does not lead the partition`));
    return result.durable.then(() => gate.replicated(result.lastOffset));
  }

  /**
   * A follower stores batches its leader shipped (replication.ts): whole batches, concatenated, already
   * carrying their offsets and leader epochs, starting exactly at this log's end. Checked (format,
   * contiguity, and the CRC unless `verified`) and stored as they are; resolves once durable. Producer
   * state is not kept on followers: a follower that becomes leader rebuilds it from the log
   * (resetProducerState).
   *
   * `verified`: the leader shipped these bytes from its memory (readForReplica's tail cache), so their
   * CRC-32C was checked when they entered the partition and they have not been through storage since.
   * The CRC pass is then skipped (~0.7 ms of CPU per MB at ~1.5 GB/s in workerd, about an eighth of what
   * a follower cost in bench/replication.ts):
   * - into the partition: the leader's append() verifies every producer batch's CRC before it stores or
   *   caches it, and then writes only the base offset and leader epoch, fields the CRC does not cover; a
   *   follower caches what it stored, so after a failover the new leader's cache holds the same bytes;
   * - on the way: DO RPC hands this replica a structured-clone copy, a byte copy, carried between
   *   machines over Cloudflare's authenticated, encrypted transport, where an altered message fails
   *   authentication and the call fails (the leader retries; nothing is stored);
   * - what a checksum of the leader's could not prove either (the leader's own RAM) is not covered by
   *   this check anyway, and a bug that ships the wrong bytes (a bad slice, a stale offset) breaks the
   *   header, framing or contiguity checks, which still run on every batch.
   * Bytes the leader read back from its storage (a follower catching up from before the cache) come
   * without `verified`, and their CRC is checked here as before.
   */
  appendReplicated(bytes: Uint8Array, verified = false): { count: number; durable: Promise<void> } {
    if (this.closed) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `${this.name()} was deleted`);
    if (this.failure) throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} storage failed: ${this.failure.message}`);
    if (!this.epochs) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.name()} is not replicated`);
    const spans: { bytes: Uint8Array; baseOffset: number; lastOffset: number; maxTimestampMs: number; epoch: number }[] = [];
    let expected = this.store.endOffset();
    let covered = 0;
    try {
      // Views, not copies: the request's bytes are this replica's own (DO RPC delivers a copy).
      for (const { start, end, header } of batchSpans(bytes)) {
        const batch = bytes.subarray(start, end);
        verifyBatch(batch, verified ? { crcChecked: true } : undefined);
        if (header.baseOffset !== expected) throw new ProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `${this.name()}: replicated batch at ${header.baseOffset}, log ends at ${expected}`);
        spans.push({ bytes: batch, baseOffset: header.baseOffset, lastOffset: header.baseOffset + header.lastOffsetDelta, maxTimestampMs: header.maxTimestampMs, epoch: header.partitionLeaderEpoch });
        expected = header.baseOffset + header.lastOffsetDelta + 1;
        covered = end;
      }
    } catch (err) {
      throw err instanceof BatchError ? err.toProtocolError() : err;
    }
    // batchSpans stops at a partial batch: a request must be whole batches to its last byte (a leader
    // only ships whole ones, so anything else is a broken request, refused before anything is stored).
    if (covered !== bytes.byteLength) {
      throw new ProtocolError(ErrorCode.CORRUPT_BATCH, `${this.name()}: ${bytes.byteLength - covered} bytes after the last whole batch of a replicated request`);
    }
    const stored: Promise<void>[] = [];
    let epochsChanged = false;
    for (const b of spans) {
      if (shouldRoll(this.store.activeSegment(), this.retention, this.clock(), b.bytes.byteLength)) this.store.roll();
      if (this.epochs.observe(b.epoch, b.baseOffset)) epochsChanged = true;
      stored.push(
        this.store.append(b.bytes, { baseOffset: b.baseOffset, lastOffset: b.lastOffset, maxTimestampMs: b.maxTimestampMs }).then(() => {
          this.cacheTail(b.baseOffset, b.lastOffset + 1, b.bytes);
          this.notify();
        }),
      );
    }
    if (epochsChanged) this.saveEpochs!(this.epochs.entries);
    const durable = Promise.all(stored).then(
      () => this.retentionAfterAppend(),
      (err: unknown) => {
        this.failure ??= err instanceof Error ? err : new Error(String(err));
        throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} append failed: ${this.failure.message}`);
      },
    );
    return { count: spans.length, durable };
  }

  /**
   * Whole durable batches from `offset` for a follower (not bounded by the high watermark). `verified`:
   * they come from the tail cache, bytes whose CRC was checked on their way in and that have not been
   * through storage since (see appendReplicated); false when read back from the store.
   */
  async readForReplica(offset: number, maxBytes: number): Promise<{ records: Uint8Array; nextOffset: number; verified: boolean }> {
    this.checkOpen();
    const end = this.store.durableEndOffset();
    if (offset >= end) return { records: new Uint8Array(0), nextOffset: offset, verified: true };
    if (offset < this.store.startOffset()) throw new ProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${offset} is before the log start ${this.store.startOffset()} of ${this.name()}`);
    const cached = this.readTail(offset, maxBytes, end);
    if (cached) return { ...cached, verified: true };
    const records = await this.store.read(offset, maxBytes, end);
    return { records, nextOffset: endOffsetOf(records, offset), verified: false };
  }

  /**
   * A follower drops its records from `offset` on (they were written by a leader that lost its place and
   * no in-sync replica has them): nothing a reader saw goes, since readers see only below the high
   * watermark. The producer state is rebuilt from the log when it next leads.
   */
  async truncateTo(offset: number): Promise<void> {
    this.checkOpen();
    if (offset >= this.store.endOffset()) return;
    if (offset < this.highWatermark) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.name()}: cannot truncate to ${offset}, below the high watermark ${this.highWatermark}`);
    await this.store.truncate(offset);
    this.dropTail();
    if (this.epochs?.truncate(offset)) this.saveEpochs!(this.epochs.entries);
    this.resetProducerState();
  }

  /**
   * A follower whose log ends (or parts from the leader's) below the leader's log start: the leader's
   * retention removed what it lacks, so it cannot catch up by appending. It drops its whole log and starts
   * empty at `offset`, the leader's log start (Kafka's truncateFullyAndStartAt), then takes the leader's
   * batches from there. What depends on the log goes with it:
   * - the epoch history is emptied, and rebuilt from the epochs stamped in the batches that arrive (the
   *   first one is entered at `offset`). Keeping the old entries would be wrong: observe() ignores an epoch
   *   not newer than the last entry, so a stale entry of a deposed leader's higher epoch would hide the
   *   leader's epochs and divergenceOffset would cut at the wrong place later. An empty history with the
   *   log starting at `offset` makes divergenceOffset answer `offset` (nothing of ours to doubt);
   * - the high watermark: every record below `offset` was committed (the leader deletes only below its
   *   high watermark), so it moves up to `offset` if it was lower; readers below the new start get
   *   OFFSET_OUT_OF_RANGE as after retention, and readers waiting are woken;
   * - the producers' state (rebuilt from the log if this replica leads) and the tail cache.
   * The store's reset is crash-safe on its own; if the epochs are not saved with it (a crash between the
   * two), the leader's next probe finds the follower's log below its start again and resets it again.
   */
  async resetTo(offset: number): Promise<void> {
    this.checkOpen();
    if (this.failure) throw new ProtocolError(ErrorCode.STORAGE_ERROR, `${this.name()} storage failed: ${this.failure.message}`);
    if (!this.epochs) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.name()} is not replicated: only a follower resets its log`);
    if (!(Number.isSafeInteger(offset) && offset >= 0)) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.name()}: cannot reset to offset ${offset}`);
    await this.store.resetTo(offset);
    this.dropTail();
    this.epochs.clear();
    this.saveEpochs!(this.epochs.entries);
    this.resetProducerState();
    if (offset > this.replicatedEnd) {
      this.replicatedEnd = offset;
      this.saveHighWatermark!(offset);
    }
    this.notify();
  }

  /** Forget the producers' state; the next idempotent produce rebuilds it from the log (a new leader). */
  resetProducerState(): void {
    this.producers.clear();
    this.producersLoaded = false;
    this.producersLoading = null;
  }

  /**
   * Replays the producer fields of the batch headers in the newest scanBytesMax of the log (Kafka rebuilds
   * its producer state from the log the same way, past its snapshots). A producer whose last batch is
   * older than that is forgotten: its next batch must start a new sequence (UNKNOWN_PRODUCER_ID otherwise).
   */
  private async loadProducerState(scanBytesMax: number): Promise<void> {
    try {
      const end = this.store.durableEndOffset();
      let offset = Math.max(this.store.startOffset(), scanStartOffset(this.store.segments(), scanBytesMax));
      while (offset < end) {
        const bytes = await this.store.read(offset, PRODUCER_SCAN_READ_BYTES, end);
        if (bytes.byteLength === 0) break;
        for (const { header: h } of batchSpans(bytes)) {
          if (h.producerId >= 0) this.producers.recover(h, h.baseOffset, h.baseOffset + h.lastOffsetDelta);
        }
        const next = endOffsetOf(bytes, offset);
        if (next <= offset) break;
        offset = next;
      }
    } catch (err) {
      this.failure ??= err instanceof Error ? err : new Error(String(err));
    }
    this.producersLoaded = true;
  }

  /** Reads whole batches from `offset` up to the high watermark. offset == HW gives an empty answer. */
  async read(offset: number, maxBytes: number): Promise<ReadResult> {
    this.checkOpen();
    const hw = this.highWatermark;
    const start = this.store.startOffset();
    if (!Number.isSafeInteger(offset) || offset < start || offset > this.readableEndOffset) {
      throw new ProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${offset} is outside [${start}, ${hw}] of ${this.name()}`);
    }
    if (offset >= hw) return { records: new Uint8Array(0), nextOffset: offset, highWatermark: hw, logStartOffset: start };
    const cached = this.readTail(offset, maxBytes, hw);
    if (cached) return { ...cached, highWatermark: hw, logStartOffset: start };
    const records = await this.store.read(offset, maxBytes, hw);
    const nextOffset = endOffsetOf(records, offset);
    return { records, nextOffset, highWatermark: this.highWatermark, logStartOffset: this.store.startOffset() };
  }

  private cacheTail(baseOffset: number, endOffset: number, bytes: Uint8Array): void {
    if (this.tailCacheBytesMax <= 0) return;
    const last = this.tail.at(-1);
    // Keep the cache contiguous: a gap (cannot happen with in-order durability) starts it afresh.
    if (last && last.endOffset !== baseOffset) this.dropTail();
    this.tail.push({ baseOffset, endOffset, bytes });
    this.tailBytes += bytes.byteLength;
    let drop = 0;
    while (this.tailBytes > this.tailCacheBytesMax && drop < this.tail.length - 1) this.tailBytes -= this.tail[drop++]!.bytes.byteLength;
    if (drop > 0) this.tail.splice(0, drop);
  }

  private dropTail(): void {
    this.tail = [];
    this.tailBytes = 0;
  }

  /**
   * The cached batch that starts at `offset`, synchronously (the fan-out's path: a subscriber at the head
   * gets the batch just appended, encoded once for all of them); null on a miss or when the log is closed.
   */
  cachedBatchAt(offset: number): { bytes: Uint8Array; endOffset: number } | null {
    return this.closed ? null : batchStartingAt(this.tail, offset);
  }

  /**
   * A batch the store has made durable but the tail cache does not hold yet: durability comes for several
   * batches at once (group commit), and each is cached, then announced (onAppend), in turn. A reader at
   * `offset` past the cache but under the high watermark will be told again once its batch is cached.
   */
  isAnnouncing(offset: number): boolean {
    const last = this.tail.at(-1);
    return !this.closed && last !== undefined && offset === last.endOffset && offset < this.highWatermark;
  }

  /** Whole cached batches from the one holding `offset`, within maxBytes (at least one); null on a miss. */
  private readTail(offset: number, maxBytes: number, limitOffset: number): { records: Uint8Array; nextOffset: number } | null {
    const tail = this.tail;
    if (tail.length === 0 || offset < tail[0]!.baseOffset || offset >= tail[tail.length - 1]!.endOffset) return null;
    let i = tail.length - 1;
    while (tail[i]!.baseOffset > offset) i--;
    // A replicated log caches batches its replicas do not all have yet: never past limitOffset.
    if (tail[i]!.endOffset > limitOffset) return null;
    let j = i;
    let bytes = tail[i]!.bytes.byteLength;
    while (j + 1 < tail.length && tail[j + 1]!.endOffset <= limitOffset && bytes + tail[j + 1]!.bytes.byteLength <= maxBytes) bytes += tail[++j]!.bytes.byteLength;
    return { records: concatBytes(tail.slice(i, j + 1).map((b) => b.bytes)), nextOffset: tail[j]!.endOffset };
  }

  /** First offset whose record timestamp is >= timestampMs, or -1 (Kafka's ListOffsets by time). */
  async offsetForTimestamp(timestampMs: number): Promise<number> {
    this.checkOpen();
    // The store finds the first batch whose max timestamp is >= timestampMs, so that batch holds the record.
    const base = await this.store.offsetForTimestamp(timestampMs);
    if (base === null || base >= this.highWatermark) return -1;
    const bytes = await this.store.read(base, 1, this.highWatermark);
    const found = bytes.byteLength === 0 ? null : offsetForTimestampInBatch(bytes, timestampMs);
    return found === null ? -1 : Math.max(found, this.store.startOffset());
  }

  /** Calls `listener` whenever the high watermark advances (and on close). Returns an unsubscribe. */
  onAppend(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Rolls an expired (or oversized) active segment and deletes segments past retention. Returns the new
   * log start. Calls made while a pass runs wait for it and then run their own.
   */
  enforceRetention(): Promise<number> {
    const pass = this.retentionQueue.then(() => this.retentionPass());
    this.retentionQueue = pass.catch(() => {});
    return pass;
  }

  private async retentionPass(): Promise<number> {
    if (this.closed) return this.store.startOffset();
    const now = this.clock();
    if (shouldRoll(this.store.activeSegment(), this.retention, now)) this.store.roll();
    const cut = retentionCutOffset(this.store.segments(), this.retention, now);
    if (cut !== null) await this.store.deleteSegmentsBefore(Math.min(cut, this.highWatermark));
    return this.store.startOffset();
  }

  /**
   * With a byte bound, retention runs as soon as the log holds retentionBytes plus a whole segment, not at
   * the next timer (Node, every 30 s) or alarm: a producer writing 100 MB/s would otherwise leave GBs over
   * the bound between two checks. Checked on durable appends, one pass at a time; the size test is O(1), so
   * a log under its bound pays nothing. A failed pass is left to the next timed one, which reports it.
   */
  private retentionAfterAppend(): void {
    const r = this.retention;
    if (r.retentionBytes < 0 || this.byteRetentionPending || this.closed) return;
    if (this.store.sizeBytes() < r.retentionBytes + segmentBytesFor(r)) return;
    this.byteRetentionPending = true;
    void this.enforceRetention()
      .catch(() => {})
      .finally(() => (this.byteRetentionPending = false));
  }

  /** When enforceRetention() next has work, epoch ms, or null (see nextRetentionDueMs in retention.ts). */
  nextRetentionDueMs(): number | null {
    if (this.closed) return null;
    return nextRetentionDueMs(this.store.segments(), this.retention, this.clock());
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.dropTail();
    this.notify();
    this.listeners.clear();
    await this.store.close();
  }

  async destroy(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.notify();
      this.listeners.clear();
    }
    await this.store.destroy();
  }

  private checkOpen(): void {
    if (this.closed) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `${this.name()} was deleted`);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private name(): string {
    return `${this.topic}-${this.partition}`;
  }
}

/**
 * The offset where the newest `bytesMax` of the log begin, from the segments' sizes: within a segment the
 * offset is interpolated by bytes (a read from any offset starts at the batch holding it).
 */
export function scanStartOffset(segments: readonly SegmentInfo[], bytesMax: number): number {
  let bytes = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    bytes += seg.sizeBytes;
    if (bytes >= bytesMax) {
      const skipFraction = seg.sizeBytes > 0 ? (bytes - bytesMax) / seg.sizeBytes : 0;
      return seg.baseOffset + Math.floor((seg.endOffset - seg.baseOffset) * skipFraction);
    }
  }
  return segments[0]?.baseOffset ?? 0;
}

/** In a contiguous, oldest-first cache of batches, the one that starts at `offset`, or null. */
export function batchStartingAt<B extends { baseOffset: number }>(tail: readonly B[], offset: number): B | null {
  if (tail.length === 0 || offset < tail[0]!.baseOffset) return null;
  for (let i = tail.length - 1; i >= 0; i--) {
    const b = tail[i]!;
    if (b.baseOffset === offset) return b;
    if (b.baseOffset < offset) return null;
  }
  return null;
}
