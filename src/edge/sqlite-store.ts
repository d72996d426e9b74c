/**
 * A LogStore on a Durable Object's SQLite storage (`ctx.storage.sql`): the partition log at the edge.
 * It passes the same conformance suite as the memory and segment-file stores
 * (test/conformance/store-suite.ts, run inside workerd by test/workers/sqlite-store.test.ts).
 *
 * Layout, for a table-name prefix P (default "log"; one Durable Object may hold several logs):
 *
 *   P_batches   one row per RecordBatch, keyed by its base offset; the bytes exactly as appended
 *     base_offset               INTEGER PRIMARY KEY   (the rowid: reads are range scans on it)
 *     end_offset                one past the batch's last offset
 *     max_timestamp_ms          the batch header's maxTimestamp
 *     segment_max_timestamp_ms  largest max_timestamp_ms of this row and the earlier rows of its segment
 *     size_bytes                byteLength of `bytes`
 *     segment_base              base offset of the segment the row belongs to
 *     bytes                     BLOB, last so that reading the other columns never touches its pages
 *   P_batches_by_time  INDEX (segment_base, segment_max_timestamp_ms)
 *   P_segments  one row per segment, the unit of retention
 *     base_offset INTEGER PRIMARY KEY, created_ms,
 *     end_offset, size_bytes, max_timestamp_ms   written when the segment is sealed; NULL while active
 *
 * A segment is a group of consecutive rows, rolled by size (segmentBytes) or by the caller (roll()), so
 * retention deletes a contiguous range of rows with one statement, like deleting a segment file.
 * Sealed segments keep their totals in P_segments, so a restarted object reads one row per segment plus
 * the rows of the active segment, not the whole log.
 *
 * offsetForTimestamp: batch max timestamps are not ordered by offset, so an index on them alone cannot
 * answer "first batch whose max timestamp >= T". Within a segment the running maximum
 * (segment_max_timestamp_ms) is ordered by offset, and the first row where it reaches T is exactly the
 * first batch whose own max does. The segments (kept in memory) say which segment holds the answer; the
 * index then finds the row with one seek. The running maximum restarts per segment so that retention,
 * which removes whole segments, and truncation, which removes a suffix, never leave a stale one behind.
 *
 * Durability: append() resolves right after its INSERT. A Durable Object's storage writes are
 * committed before its output gate lets anything out: a response, a WebSocket message or an RPC call
 * made after the write is held until the write is durable, and if the commit fails the object is reset
 * and the held messages are discarded. So an acknowledgement sent after append() resolves can never
 * reach anyone before the batch is on stable storage, and durableEndOffset() equals endOffset(). For
 * the same reason a read may return a batch whose commit is still in flight: whatever it answers is
 * held by the same gate. workerd opens an implicit transaction at the first write and commits it after
 * the current turn, so the writes of one operation (roll, truncate, retention), which run with no await
 * between them, commit together, and appends made in one turn share a commit.
 *
 * Limits: every statement binds at most 7 parameters and its text is a few hundred bytes (the caps are
 * 100 parameters and 100 KB); an append is one INSERT of one row.
 */
import type { AppendInfo, LogStore, SegmentInfo } from "../core/log-store.ts";
import { assertAppendable, lastAtOrBefore } from "../core/memory-store.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { concatBytes } from "../protocol/bytes.ts";

/**
 * Largest batch the edge accepts, bytes. A Durable Object's SQLite rejects a row, string or BLOB over
 * 2 MB, and a batch is stored as one row: 1,900,000 bytes leave about 100 KB for the row's integers and
 * record header, and stay under the limit whether "2 MB" means 2,000,000 or 2 MiB. One record of
 * limits.recordBytesMax (1 MiB) plus its batch framing fits. The edge passes this as the partition's
 * batchBytesMax, so producers get RECORD_TOO_LARGE before an offset is assigned; the store checks it
 * again so that a misconfigured caller fails one append cleanly instead of hitting the storage limit.
 * (The local workerd does not enforce the 2 MB row limit; Cloudflare does.)
 */
export const EDGE_BATCH_BYTES_MAX = 1_900_000;

/**
 * Default segment size at the edge, bytes: retention deletes at most this much per segment, and a
 * restarted object sums the rows of at most this much (its active segment).
 */
export const EDGE_SEGMENT_BYTES_DEFAULT = 16 * 1024 * 1024;

/** What SQLite hands back: INTEGER and REAL as number, TEXT as string, BLOB as ArrayBuffer. */
type SqlValue = ArrayBuffer | string | number | null;

/**
 * The part of a Durable Object's SqlStorage (`ctx.storage.sql`) this store uses; a SqlStorage is one.
 * Declared here rather than taken from the workers types so that Node code importing this module's
 * constants (the edge's limits, tests) typechecks without them.
 */
export interface SqlStorageLike {
  exec<T extends Record<string, SqlValue>>(query: string, ...bindings: (SqlValue | Uint8Array)[]): SqlCursorLike<T>;
}
interface SqlCursorLike<T> {
  [Symbol.iterator](): IterableIterator<T>;
  toArray(): T[];
  one(): T;
}

export interface SqliteStoreOptions {
  /** Roll the active segment before an append that would take it past this size. Default 16 MiB. */
  segmentBytes?: number;
  /** Clock for segment creation times, epoch ms. Default Date.now. */
  now?: () => number;
  /** Table-name prefix (letters, digits, underscores; starts with a letter). Default "log". */
  prefix?: string;
  /**
   * Runs `body` as one SQLite transaction, rolled back when it throws (a Durable Object passes
   * `(body) => ctx.storage.transactionSync(body)`). resetTo() runs its statements in it, so a statement that
   * fails half way leaves the old log, not a mix. Default: run `body` as is (the implicit transaction of the
   * turn still commits its writes together; a failure half way fails the store).
   */
  transaction?: <T>(body: () => T) => T;
}

interface Segment {
  baseOffset: number;
  endOffset: number;
  sizeBytes: number;
  maxTimestampMs: number;
  createdMs: number;
}

type SegmentRow = {
  base_offset: number;
  created_ms: number;
  end_offset: number | null;
  size_bytes: number | null;
  max_timestamp_ms: number | null;
};
type TotalsRow = { row_count: number; end_offset: number | null; size_bytes: number | null; max_timestamp_ms: number | null };

/** Every statement the store runs, for the tables of one prefix. Exported so tests can EXPLAIN them. */
export function sqliteStoreStatements(prefix: string) {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(prefix)) throw new RangeError(`invalid table-name prefix ${JSON.stringify(prefix)}`);
  const batches = `${prefix}_batches`;
  const segments = `${prefix}_segments`;
  return {
    tables: [batches, segments],
    schema: [
      `CREATE TABLE IF NOT EXISTS ${segments} (base_offset INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL,
         end_offset INTEGER, size_bytes INTEGER, max_timestamp_ms INTEGER)`,
      `CREATE TABLE IF NOT EXISTS ${batches} (base_offset INTEGER PRIMARY KEY, end_offset INTEGER NOT NULL,
         max_timestamp_ms INTEGER NOT NULL, segment_max_timestamp_ms INTEGER NOT NULL,
         size_bytes INTEGER NOT NULL, segment_base INTEGER NOT NULL, bytes BLOB NOT NULL)`,
      `CREATE INDEX IF NOT EXISTS ${batches}_by_time ON ${batches} (segment_base, segment_max_timestamp_ms)`,
    ],
    segments: `SELECT base_offset, created_ms, end_offset, size_bytes, max_timestamp_ms FROM ${segments} ORDER BY base_offset`,
    segmentTotals: `SELECT count(*) AS row_count, max(end_offset) AS end_offset, sum(size_bytes) AS size_bytes,
      max(max_timestamp_ms) AS max_timestamp_ms FROM ${batches} WHERE segment_base = ?`,
    insertSegment: `INSERT INTO ${segments} (base_offset, created_ms) VALUES (?, ?)`,
    sealSegment: `UPDATE ${segments} SET end_offset = ?, size_bytes = ?, max_timestamp_ms = ? WHERE base_offset = ?`,
    unsealSegment: `UPDATE ${segments} SET end_offset = NULL, size_bytes = NULL, max_timestamp_ms = NULL WHERE base_offset = ?`,
    insertBatch: `INSERT INTO ${batches} (base_offset, end_offset, max_timestamp_ms, segment_max_timestamp_ms, size_bytes,
      segment_base, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    /** Sizes of the batches a read may return: from the one containing ?1, below the limit ?2. */
    readSizes: `SELECT base_offset, end_offset, size_bytes FROM ${batches}
      WHERE base_offset >= (SELECT base_offset FROM ${batches} WHERE base_offset <= ?1 ORDER BY base_offset DESC LIMIT 1)
        AND base_offset < ?2 ORDER BY base_offset`,
    readBytes: `SELECT bytes FROM ${batches} WHERE base_offset >= ? AND base_offset <= ? ORDER BY base_offset`,
    offsetForTimestamp: `SELECT base_offset FROM ${batches} WHERE segment_base = ? AND segment_max_timestamp_ms >= ?
      ORDER BY segment_max_timestamp_ms, base_offset LIMIT 1`,
    isBatchBase: `SELECT base_offset FROM ${batches} WHERE base_offset = ?`,
    deleteBatchesBefore: `DELETE FROM ${batches} WHERE base_offset < ?`,
    deleteSegmentsBefore: `DELETE FROM ${segments} WHERE base_offset < ?`,
    deleteBatchesFrom: `DELETE FROM ${batches} WHERE base_offset >= ?`,
    deleteSegmentsAfter: `DELETE FROM ${segments} WHERE base_offset > ?`,
    deleteAllBatches: `DELETE FROM ${batches}`,
    deleteAllSegments: `DELETE FROM ${segments}`,
    drop: [`DROP TABLE IF EXISTS ${batches}`, `DROP TABLE IF EXISTS ${segments}`],
  };
}

/**
 * Largest read answer, bytes, whatever maxBytes asks for (a single batch may still be returned whole).
 * An isolate has 128 MB of memory; consumers ask for limits.fetchBytesMax (8 MiB) at most anyway.
 */
const readBytesMax = 32 * 1024 * 1024;

const EMPTY = new Uint8Array(0);

export class SqliteStore implements LogStore {
  private readonly sql: SqlStorageLike;
  private readonly q: ReturnType<typeof sqliteStoreStatements>;
  private readonly segmentBytes: number;
  private readonly now: () => number;
  /** Mirrors P_segments with the totals of every segment, the active one last. Never empty. */
  private segs: Segment[];
  private end: number;
  private bytes: number;
  private failure: Error | null = null;
  private closed = false;
  private readonly transaction: <T>(body: () => T) => T;
  private readonly transactional: boolean;

  /** Creates the tables if missing and restores the log from them (a restarted Durable Object). */
  constructor(sql: SqlStorageLike, opts: SqliteStoreOptions = {}) {
    this.sql = sql;
    this.q = sqliteStoreStatements(opts.prefix ?? "log");
    this.segmentBytes = opts.segmentBytes ?? EDGE_SEGMENT_BYTES_DEFAULT;
    if (!(this.segmentBytes >= 1)) throw new RangeError(`segmentBytes must be >= 1, got ${this.segmentBytes}`);
    this.now = opts.now ?? Date.now;
    this.transaction = opts.transaction ?? ((body) => body());
    this.transactional = opts.transaction !== undefined;
    for (const statement of this.q.schema) sql.exec(statement);
    const rows = sql.exec<SegmentRow>(this.q.segments).toArray();
    if (rows.length === 0) {
      const createdMs = this.now();
      sql.exec(this.q.insertSegment, 0, createdMs);
      rows.push({ base_offset: 0, created_ms: createdMs, end_offset: null, size_bytes: null, max_timestamp_ms: null });
    }
    // The active segment's totals are never stored; a segment whose seal did not happen is summed too.
    this.segs = rows.map((row, i) =>
      row.end_offset === null || i === rows.length - 1 ? this.summed(row.base_offset, row.created_ms) : sealed(row),
    );
    this.end = this.segs.at(-1)!.endOffset;
    this.bytes = this.segs.reduce((n, s) => n + s.sizeBytes, 0);
  }

  startOffset(): number {
    return this.segs[0]!.baseOffset;
  }
  endOffset(): number {
    return this.end;
  }
  durableEndOffset(): number {
    return this.end;
  }
  sizeBytes(): number {
    return this.bytes;
  }

  append(batch: Uint8Array, info: AppendInfo): Promise<void> {
    if (this.closed) return Promise.reject(new Error("sqlite store is closed"));
    if (this.failure) return Promise.reject(this.failure);
    assertAppendable(batch, info, this.end);
    if (batch.byteLength > EDGE_BATCH_BYTES_MAX) {
      throw new ProtocolError(
        ErrorCode.RECORD_TOO_LARGE,
        `batch of ${batch.byteLength} bytes exceeds the edge's ${EDGE_BATCH_BYTES_MAX} (one SQLite row holds at most 2 MB)`,
      );
    }
    const endOffset = info.lastOffset + 1;
    let active = this.segs.at(-1)!;
    let segmentMaxMs: number;
    try {
      if (active.sizeBytes > 0 && active.sizeBytes + batch.byteLength > this.segmentBytes) {
        this.roll();
        active = this.segs.at(-1)!;
      }
      segmentMaxMs = Math.max(active.maxTimestampMs, info.maxTimestampMs);
      // SQLite copies the bound bytes, so the caller's buffer (often a view into a frame) is not kept.
      this.sql.exec(this.q.insertBatch, info.baseOffset, endOffset, info.maxTimestampMs, segmentMaxMs, batch.byteLength, active.baseOffset, batch);
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
      return Promise.reject(this.failure);
    }
    active.endOffset = endOffset;
    active.sizeBytes += batch.byteLength;
    active.maxTimestampMs = segmentMaxMs;
    this.end = endOffset;
    this.bytes += batch.byteLength;
    // Not yet committed, but nothing this object sends from now on leaves before the commit (the
    // output gate, see the top of the file), so an acknowledgement may be sent at once.
    return Promise.resolve();
  }

  async read(offset: number, maxBytes: number, limitOffset: number): Promise<Uint8Array> {
    if (!(offset >= this.startOffset() && offset < this.end)) return EMPTY;
    // First the sizes (no blob is touched), then exactly the rows that fit. The cursor steps lazily,
    // so the first query stops reading rows where the answer stops.
    const bytesMax = Math.min(maxBytes, readBytesMax);
    let first = -1;
    let last = -1;
    let total = 0;
    for (const row of this.sql.exec<{ base_offset: number; end_offset: number; size_bytes: number }>(
      this.q.readSizes,
      offset,
      Math.min(limitOffset, this.end),
    )) {
      if (first < 0 && row.end_offset <= offset) break; // offset is in no retained batch
      if (first >= 0 && total + row.size_bytes > bytesMax) break;
      if (first < 0) first = row.base_offset;
      last = row.base_offset;
      total += row.size_bytes;
    }
    if (first < 0) return EMPTY;
    const parts = this.sql.exec<{ bytes: ArrayBuffer }>(this.q.readBytes, first, last).toArray();
    return concatBytes(parts.map((p) => new Uint8Array(p.bytes)));
  }

  async offsetForTimestamp(timestampMs: number): Promise<number | null> {
    const segment = this.segs.find((s) => s.sizeBytes > 0 && s.maxTimestampMs >= timestampMs);
    if (!segment) return null;
    const row = this.sql.exec<{ base_offset: number }>(this.q.offsetForTimestamp, segment.baseOffset, timestampMs).toArray()[0];
    return row ? row.base_offset : null;
  }

  segments(): SegmentInfo[] {
    return this.segs.map((s) => ({ ...s }));
  }
  activeSegment(): SegmentInfo {
    return { ...this.segs.at(-1)! };
  }

  roll(): void {
    const active = this.segs.at(-1)!;
    if (active.sizeBytes === 0) return;
    const createdMs = this.now();
    this.sql.exec(this.q.sealSegment, active.endOffset, active.sizeBytes, active.maxTimestampMs, active.baseOffset);
    this.sql.exec(this.q.insertSegment, this.end, createdMs);
    this.segs.push(emptySegment(this.end, createdMs));
  }

  async deleteSegmentsBefore(offset: number): Promise<void> {
    let count = 0;
    while (count < this.segs.length - 1 && this.segs[count]!.endOffset <= offset) count++;
    if (count === 0) return;
    const start = this.segs[count]!.baseOffset;
    this.sql.exec(this.q.deleteBatchesBefore, start);
    this.sql.exec(this.q.deleteSegmentsBefore, start);
    for (const gone of this.segs.splice(0, count)) this.bytes -= gone.sizeBytes;
  }

  async truncate(offset: number): Promise<void> {
    if (offset === this.end) return;
    if (!(offset >= this.startOffset() && offset < this.end)) {
      throw new RangeError(`truncate offset ${offset} is outside [${this.startOffset()}, ${this.end}]`);
    }
    if (this.sql.exec(this.q.isBatchBase, offset).toArray().length === 0) {
      throw new RangeError(`truncate offset ${offset} is not a batch boundary`);
    }
    const i = lastAtOrBefore(this.segs.length, (k) => this.segs[k]!.baseOffset, offset);
    const kept = this.segs[i]!;
    // One transaction (as resetTo's), so a statement failing half way leaves the old log, not a mix.
    try {
      this.transaction(() => {
        this.sql.exec(this.q.deleteBatchesFrom, offset);
        this.sql.exec(this.q.deleteSegmentsAfter, kept.baseOffset);
        this.sql.exec(this.q.unsealSegment, kept.baseOffset);
      });
    } catch (err) {
      if (!this.transactional) this.failure = err instanceof Error ? err : new Error(String(err));
      throw err;
    }
    this.segs.splice(i, this.segs.length - i, this.summed(kept.baseOffset, kept.createdMs));
    this.end = offset;
    this.bytes = this.segs.reduce((n, s) => n + s.sizeBytes, 0);
  }

  /**
   * Three statements in one transaction (see SqliteStoreOptions.transaction) with no await between them, so
   * they commit together like truncate's: a crash before the commit leaves the old log, after it the new
   * one. The new segment row alone records where the log starts; a restarted object reads it back as an
   * empty active segment at `offset`.
   */
  async resetTo(offset: number): Promise<void> {
    if (this.closed) throw new Error("sqlite store is closed");
    if (this.failure) throw this.failure;
    if (!(Number.isSafeInteger(offset) && offset >= 0)) throw new RangeError(`reset offset ${offset} must be a safe integer >= 0`);
    const createdMs = this.now();
    try {
      this.transaction(() => {
        this.sql.exec(this.q.deleteAllBatches);
        this.sql.exec(this.q.deleteAllSegments);
        this.sql.exec(this.q.insertSegment, offset, createdMs);
      });
    } catch (err) {
      // Rolled back with a transaction; without one, what is in the database is unknown: fail the store.
      if (!this.transactional) this.failure = err instanceof Error ? err : new Error(String(err));
      throw err;
    }
    this.segs = [emptySegment(offset, createdMs)];
    this.end = offset;
    this.bytes = 0;
  }

  async destroy(): Promise<void> {
    this.closed = true;
    for (const statement of this.q.drop) this.sql.exec(statement);
    this.segs = [emptySegment(this.end, this.now())];
    this.bytes = 0;
  }

  /** Nothing to flush: every write is already in SQLite. Later appends reject. */
  async close(): Promise<void> {
    this.closed = true;
  }

  /** A segment's totals from its rows (the active segment, or one whose seal is missing). */
  private summed(baseOffset: number, createdMs: number): Segment {
    const t = this.sql.exec<TotalsRow>(this.q.segmentTotals, baseOffset).one();
    if (t.row_count === 0) return emptySegment(baseOffset, createdMs);
    return { baseOffset, endOffset: t.end_offset!, sizeBytes: t.size_bytes!, maxTimestampMs: t.max_timestamp_ms!, createdMs };
  }
}

function sealed(row: SegmentRow): Segment {
  return {
    baseOffset: row.base_offset,
    endOffset: row.end_offset!,
    sizeBytes: row.size_bytes!,
    maxTimestampMs: row.max_timestamp_ms!,
    createdMs: row.created_ms,
  };
}

function emptySegment(baseOffset: number, createdMs: number): Segment {
  return { baseOffset, endOffset: baseOffset, sizeBytes: 0, maxTimestampMs: -1, createdMs };
}
