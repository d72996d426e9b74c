/**
 * The storage contract under a partition log. The core (PartitionLog) owns offsets, validation, the
 * high watermark and retention policy; a store only keeps batch bytes in order and answers lookups.
 * Both stores (src/core/memory-store.ts for tests, src/node/segment-store.ts on disk, later the SQLite
 * store at the edge) pass the same conformance suite: test/conformance/store-suite.ts.
 *
 * Units: offsets are record offsets (numbers, exact to 2^53); sizes are bytes; times are epoch ms.
 * Every batch is a Kafka RecordBatch v2 (src/protocol/record-batch.ts) whose header already carries its
 * final base offset when handed to the store.
 */

export interface AppendInfo {
  /** First offset in the batch; always equals the store's endOffset() at the time of the call. */
  baseOffset: number;
  /** Last offset in the batch (baseOffset + recordCount - 1). */
  lastOffset: number;
  /** Largest record timestamp in the batch (the batch header's maxTimestamp). */
  maxTimestampMs: number;
}

/** A unit of deletion: a segment file (Node) or a group of rows (edge). */
export interface SegmentInfo {
  baseOffset: number;
  /** One past the last offset stored in the segment. Equal to baseOffset when empty. */
  endOffset: number;
  sizeBytes: number;
  /** Largest record timestamp in the segment, -1 when empty. */
  maxTimestampMs: number;
  /** When the segment was created (store's clock), for age-based rolling. */
  createdMs: number;
}

export interface RecoveryReport {
  /** Bytes cut from the tail because they did not form a whole, CRC-valid batch. */
  truncatedBytes: number;
  /** Where the cut happened (a file name or a row id), for the log line. */
  location: string;
  /** The log end offset after recovery. */
  endOffset: number;
}

export interface LogStore {
  /** First offset still retained (0 for a new log; advances when segments are deleted). */
  startOffset(): number;
  /** One past the last appended offset. Advances synchronously in append(). */
  endOffset(): number;
  /** One past the last offset known to be on stable storage. */
  durableEndOffset(): number;
  /** Bytes of batch data retained. */
  sizeBytes(): number;

  /**
   * Append one batch. endOffset() advances before this returns; the promise resolves once the bytes are
   * on stable storage (fsync). Concurrent appends share one sync; promises resolve in append order.
   * A rejected promise means the store is failed: later appends reject too.
   */
  append(batch: Uint8Array, info: AppendInfo): Promise<void>;

  /**
   * Whole batches, concatenated, starting with the batch that contains `offset`, not past `limitOffset`
   * (batches whose baseOffset >= limitOffset are excluded), stopping before `maxBytes` would be exceeded
   * but always at least one batch when one qualifies. Empty array when nothing qualifies.
   * Only durable data may be read (limitOffset <= durableEndOffset()).
   */
  read(offset: number, maxBytes: number, limitOffset: number): Promise<Uint8Array>;

  /**
   * Base offset of the first batch whose maxTimestamp >= timestampMs, or null when there is none.
   * The caller refines to the record inside that batch.
   */
  offsetForTimestamp(timestampMs: number): Promise<number | null>;

  /** Segments oldest first; the last one is the active segment. */
  segments(): SegmentInfo[];
  /** The active segment alone (segments().at(-1)): the append path asks for it on every append. */
  activeSegment(): SegmentInfo;
  /** Seal the active segment and start a new one at endOffset() (no-op when the active one is empty). */
  roll(): void;
  /** Delete whole segments whose endOffset <= offset (never the active one). startOffset() advances. */
  deleteSegmentsBefore(offset: number): Promise<void>;
  /** Remove every batch with baseOffset >= offset; offset must be a batch boundary. */
  truncate(offset: number): Promise<void>;
  /**
   * Remove every batch and segment and start the log empty at `offset` (any safe integer >= 0, inside the
   * current log or past its end): afterwards startOffset() = endOffset() = durableEndOffset() = offset and
   * one empty active segment begins there. A replicated follower does this when the leader's retention has
   * removed what it lacks (Kafka's truncateFullyAndStartAt, src/core/replication.ts). Durable once the
   * promise resolves, and crash-safe: a crash at any point leaves either the old log or the new empty one,
   * never a mix. A store that cannot follow (the Node broker never replicates) may reject and change nothing.
   */
  resetTo(offset: number): Promise<void>;
  /** Remove everything and the store's files. */
  destroy(): Promise<void>;
  /** Flush, sync and release resources. */
  close(): Promise<void>;
}
