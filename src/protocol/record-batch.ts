/**
 * Kafka RecordBatch v2 (magic 2), byte for byte: the one format of the wire, the store and a future
 * Kafka-protocol listener. All integers big-endian; varint/varlong are zigzag-encoded base-128
 * (7 bits per byte, least significant group first, high bit set = more bytes follow).
 *
 * RecordBatch =>
 *   baseOffset           int64    offset of the first record; written by the log (outside the CRC)
 *   batchLength          int32    bytes that follow this field
 *   partitionLeaderEpoch int32    written by the log (outside the CRC)
 *   magic                int8     2
 *   crc                  uint32   CRC-32C of every byte from attributes to the end of the batch
 *   attributes           int16    bits 0-2 compression (0 = none, the only one accepted here),
 *                                 bit 3 timestamp type (1 = log-append time), bit 4 transactional,
 *                                 bit 5 control batch
 *   lastOffsetDelta      int32    offset delta of the last record (recordCount - 1 from a producer)
 *   baseTimestamp        int64    timestamp of the first record, ms
 *   maxTimestamp         int64    largest record timestamp, ms
 *   producerId           int64    -1 when not idempotent
 *   producerEpoch        int16    -1 when not idempotent
 *   baseSequence         int32    -1 when not idempotent
 *   recordCount          int32
 *   records              Record * recordCount
 * Record =>
 *   length               varint   bytes that follow this field
 *   attributes           int8     unused, 0
 *   timestampDelta       varlong  from baseTimestamp
 *   offsetDelta          varint   from baseOffset
 *   keyLength            varint   -1 = null key
 *   key                  bytes
 *   valueLength          varint   -1 = null value
 *   value                bytes
 *   headerCount          varint
 *   headers              Header * headerCount
 * Header =>
 *   keyLength            varint
 *   key                  UTF-8
 *   valueLength          varint   -1 = null value
 *   value                bytes
 *
 * Offsets and timestamps are JavaScript numbers here: exact up to 2^53, which no real offset or
 * millisecond timestamp approaches. Int64 fields are read and written as two 32-bit halves; that
 * measured faster than DataView's BigInt accessors (see bench/record-batch.bench.ts) and keeps BigInt
 * out of the hot path.
 *
 * Platform-free on purpose (no Buffer, no eval): the same file runs in Node, browsers and workerd.
 */

import { crc32c } from "./crc32c.ts";
import { ErrorCode, ProtocolError } from "./errors.ts";

export const BATCH_HEADER_BYTES = 61;
/** baseOffset + batchLength: the bytes before the part that batchLength counts. */
export const BATCH_OVERHEAD_BYTES = 12;
export const BATCH_MAGIC = 2;

/** Attribute bits. */
export const ATTR_COMPRESSION_MASK = 0x07;
export const ATTR_LOG_APPEND_TIME = 0x08;
export const ATTR_TRANSACTIONAL = 0x10;
export const ATTR_CONTROL = 0x20;

// Field positions inside the header.
const OFF_BASE_OFFSET = 0;
const OFF_BATCH_LENGTH = 8;
const OFF_LEADER_EPOCH = 12;
const OFF_MAGIC = 16;
const OFF_CRC = 17;
const OFF_ATTRIBUTES = 21;
const OFF_LAST_OFFSET_DELTA = 23;
const OFF_BASE_TIMESTAMP = 27;
const OFF_MAX_TIMESTAMP = 35;
const OFF_PRODUCER_ID = 43;
const OFF_PRODUCER_EPOCH = 51;
const OFF_BASE_SEQUENCE = 53;
const OFF_RECORD_COUNT = 57;

/** Smallest legal batchLength: the header after the first 12 bytes, zero records. */
const BATCH_LENGTH_MIN = BATCH_HEADER_BYTES - BATCH_OVERHEAD_BYTES;

export interface RecordHeader {
  key: string;
  /** A header with a null value on the wire (legal in Kafka) decodes as an empty array. */
  value: Uint8Array;
}

export interface RecordInput {
  key?: Uint8Array | null;
  value: Uint8Array | null;
  headers?: RecordHeader[];
  /** Defaults to the time of add() (BatchBuilder) or `nowMs` (encodeBatch). */
  timestampMs?: number;
}

/**
 * A record whose key, value or header values may be strings. Strings are written as UTF-8 straight
 * into the batch buffer, which is ~7x cheaper than TextEncoder.encode() followed by a copy.
 * Every RecordInput is a TextRecordInput, so encodeBatch and BatchBuilder.add accept either.
 */
export interface TextRecordInput {
  key?: Uint8Array | string | null;
  value: Uint8Array | string | null;
  headers?: ReadonlyArray<{ key: string; value: Uint8Array | string | null }>;
  timestampMs?: number;
}

export interface DecodedRecord {
  offset: number;
  timestampMs: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: RecordHeader[];
}

export interface BatchHeader {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestampMs: number;
  maxTimestampMs: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

export interface EncodeBatchOptions {
  /** Default 0; the log overwrites it on append. */
  baseOffset?: number;
  /** Default -1 (Kafka's "no epoch"); the log overwrites it on append. */
  partitionLeaderEpoch?: number;
  /** Default -1 (not idempotent). */
  producerId?: number;
  /** Default -1. */
  producerEpoch?: number;
  /** Default -1. */
  baseSequence?: number;
  /** Timestamp, ms, given to records without `timestampMs`. Default Date.now(). */
  nowMs?: number;
}

/** BatchBuilder.finish() options: record timestamps are fixed by add(), so there is no `nowMs`. */
export type BatchFinishOptions = Omit<EncodeBatchOptions, "nowMs">;

export type BatchErrorReason = "truncated" | "crc" | "magic" | "compression" | "format";

export class BatchError extends Error {
  readonly reason: BatchErrorReason;
  constructor(reason: BatchErrorReason, message: string) {
    super(message);
    this.name = "BatchError";
    this.reason = reason;
  }

  /** As the protocol answers it: UNSUPPORTED for a compression codec, CORRUPT_BATCH for the rest. */
  toProtocolError(): ProtocolError {
    return new ProtocolError(this.reason === "compression" ? ErrorCode.UNSUPPORTED : ErrorCode.CORRUPT_BATCH, `invalid record batch: ${this.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Fixed-width big-endian fields

function readInt16(b: Uint8Array, p: number): number {
  return ((b[p] << 24) | (b[p + 1] << 16)) >> 16;
}

function readInt32(b: Uint8Array, p: number): number {
  return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
}

function readUint32(b: Uint8Array, p: number): number {
  return readInt32(b, p) >>> 0;
}

/** Exact for |value| <= 2^53; beyond that the nearest double. */
function readInt64(b: Uint8Array, p: number): number {
  return readInt32(b, p) * 0x1_0000_0000 + readUint32(b, p + 4);
}

function writeInt16(b: Uint8Array, p: number, v: number): void {
  b[p] = v >>> 8;
  b[p + 1] = v;
}

function writeInt32(b: Uint8Array, p: number, v: number): void {
  b[p] = v >>> 24;
  b[p + 1] = v >>> 16;
  b[p + 2] = v >>> 8;
  b[p + 3] = v;
}

function writeInt64(b: Uint8Array, p: number, v: number): void {
  const hi = Math.floor(v / 0x1_0000_0000);
  writeInt32(b, p, hi);
  writeInt32(b, p + 4, v - hi * 0x1_0000_0000);
}

function assertSafeInteger(name: string, v: number): void {
  if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be an integer within ±2^53, got ${v}`);
}

function assertInt32(name: string, v: number): void {
  if (!Number.isInteger(v) || v < -0x8000_0000 || v > 0x7fff_ffff) throw new RangeError(`${name} must be an int32, got ${v}`);
}

function assertInt16(name: string, v: number): void {
  if (!Number.isInteger(v) || v < -0x8000 || v > 0x7fff) throw new RangeError(`${name} must be an int16, got ${v}`);
}

// ---------------------------------------------------------------------------------------------------
// Varints. Reads return the value and leave the position after it in `readEnd`: returning a pair
// would allocate on every field, and this module is single-threaded per isolate.

let readEnd = 0;

/** Zigzag varint of an int32; at most 5 bytes, none read at or beyond `end`. */
function readVarint(b: Uint8Array, p: number, end: number): number {
  if (p < end) {
    const first = b[p];
    if (first < 0x80) {
      readEnd = p + 1;
      return (first >>> 1) ^ -(first & 1);
    }
  }
  let raw = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    if (p >= end) throw new BatchError("format", "varint runs past the end of its record");
    const byte = b[p++];
    raw |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      readEnd = p;
      return (raw >>> 1) ^ -(raw & 1);
    }
  }
  throw new BatchError("format", "varint longer than 5 bytes");
}

/** Zigzag varlong; at most 10 bytes. Exact while |value| <= 2^53. */
function readVarlong(b: Uint8Array, p: number, end: number): number {
  if (p < end) {
    const first = b[p];
    if (first < 0x80) {
      readEnd = p + 1;
      return (first >>> 1) ^ -(first & 1);
    }
  }
  let raw = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (p >= end) throw new BatchError("format", "varlong runs past the end of its record");
    const byte = b[p++];
    raw += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      readEnd = p;
      return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
    }
    scale *= 128;
  }
  throw new BatchError("format", "varlong longer than 10 bytes");
}

/** Writes the zigzag varint of an int32 at p; returns the position after it. */
function writeVarint(b: Uint8Array, p: number, v: number): number {
  let z = ((v << 1) ^ (v >> 31)) >>> 0;
  while (z >= 0x80) {
    b[p++] = (z & 0x7f) | 0x80;
    z >>>= 7;
  }
  b[p++] = z;
  return p;
}

/** Writes the zigzag varlong of a safe integer at p; returns the position after it. */
function writeVarlong(b: Uint8Array, p: number, v: number): number {
  if (v >= -0x8000_0000 && v <= 0x7fff_ffff) return writeVarint(b, p, v);
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  while (z >= 0x80) {
    b[p++] = (z % 0x80) | 0x80;
    z = Math.floor(z / 0x80);
  }
  b[p++] = z;
  return p;
}

function varintBytes(v: number): number {
  const z = ((v << 1) ^ (v >> 31)) >>> 0;
  return z < 0x80 ? 1 : z < 0x4000 ? 2 : z < 0x20_0000 ? 3 : z < 0x1000_0000 ? 4 : 5;
}

function varlongBytes(v: number): number {
  if (v >= -0x8000_0000 && v <= 0x7fff_ffff) return varintBytes(v);
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (z >= 0x80) {
    z = Math.floor(z / 0x80);
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// UTF-8

const textEncoder = new TextEncoder();
/** Not fatal: invalid UTF-8 in a header key decodes with U+FFFD, as Java's new String(bytes, UTF_8) does. */
const textDecoder = new TextDecoder();

/** Strings up to this many UTF-16 units are encoded by hand: cheaper than encodeInto's call overhead. */
const SHORT_STRING_UNITS = 32;

/**
 * Writes s as UTF-8 at p (capacity for 3 bytes per UTF-16 unit must be there); returns the byte count.
 * Lone surrogates become U+FFFD, exactly as TextEncoder does.
 */
function writeUtf8(b: Uint8Array, p: number, s: string): number {
  const n = s.length;
  if (n > SHORT_STRING_UNITS) return textEncoder.encodeInto(s, b.subarray(p)).written;
  const start = p;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        b[p++] = 0xf0 | (cp >> 18);
        b[p++] = 0x80 | ((cp >> 12) & 0x3f);
        b[p++] = 0x80 | ((cp >> 6) & 0x3f);
        b[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else {
        b[p++] = 0xef;
        b[p++] = 0xbf;
        b[p++] = 0xbd;
      }
    }
  }
  return p - start;
}

function readUtf8(b: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_STRING_UNITS) {
    let s = "";
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return textDecoder.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return textDecoder.decode(b.subarray(start, end));
}

/** The exact encoded size of a field, its length varint included, for bytes and ASCII strings; a guess otherwise. */
function fieldBytesGuess(f: Uint8Array | string | null): number {
  if (f === null) return 1;
  const n = f.length;
  return (n < 64 ? 1 : n < 8192 ? 2 : varintBytes(n)) + n;
}

/** How many bytes a string field may take beyond its guess: 3 UTF-8 bytes per UTF-16 unit, longer prefix. */
function stringSlackBytes(f: Uint8Array | string | null): number {
  return typeof f === "string" ? 2 * f.length + 4 : 0;
}

/** TypedArray.prototype.set has a fixed cost of ~30 ns; below this many bytes a plain loop is cheaper. */
const COPY_LOOP_BYTES_MAX = 16;

/** Writes a length-prefixed field (-1 for null); returns the position after it. */
function writeField(b: Uint8Array, p: number, f: Uint8Array | string | null): number {
  if (f === null) {
    b[p] = 1; // zigzag(-1)
    return p + 1;
  }
  if (typeof f === "string") return writeString(b, p, f);
  const n = f.length;
  p = writeVarint(b, p, n);
  if (n > COPY_LOOP_BYTES_MAX) {
    b.set(f, p);
  } else {
    for (let i = 0; i < n; i++) b[p + i] = f[i];
  }
  return p + n;
}

/**
 * The UTF-8 length is not known before encoding, but its varint prefix comes first: guess the length
 * from the UTF-16 length (right for ASCII), encode after the guessed prefix, and move the bytes in the
 * rare case the real length needs a different prefix size.
 */
function writeString(b: Uint8Array, p: number, s: string): number {
  const prefixGuess = varintBytes(s.length);
  const byteCount = writeUtf8(b, p + prefixGuess, s);
  const prefix = varintBytes(byteCount);
  if (prefix !== prefixGuess) b.copyWithin(p + prefix, p + prefixGuess, p + prefixGuess + byteCount);
  writeVarint(b, p, byteCount);
  return p + prefix + byteCount;
}

// ---------------------------------------------------------------------------------------------------
// Header access

/** Reads the 61-byte header at `pos` (throws BatchError "truncated" if fewer bytes). Does not check the CRC. */
export function readBatchHeader(bytes: Uint8Array, pos = 0): BatchHeader {
  if (pos < 0 || bytes.length - pos < BATCH_HEADER_BYTES) {
    throw new BatchError("truncated", `batch header needs ${BATCH_HEADER_BYTES} bytes, ${bytes.length - pos} left`);
  }
  return {
    baseOffset: readInt64(bytes, pos + OFF_BASE_OFFSET),
    batchLength: readInt32(bytes, pos + OFF_BATCH_LENGTH),
    partitionLeaderEpoch: readInt32(bytes, pos + OFF_LEADER_EPOCH),
    magic: (bytes[pos + OFF_MAGIC] << 24) >> 24,
    crc: readUint32(bytes, pos + OFF_CRC),
    attributes: readInt16(bytes, pos + OFF_ATTRIBUTES),
    lastOffsetDelta: readInt32(bytes, pos + OFF_LAST_OFFSET_DELTA),
    baseTimestampMs: readInt64(bytes, pos + OFF_BASE_TIMESTAMP),
    maxTimestampMs: readInt64(bytes, pos + OFF_MAX_TIMESTAMP),
    producerId: readInt64(bytes, pos + OFF_PRODUCER_ID),
    producerEpoch: readInt16(bytes, pos + OFF_PRODUCER_EPOCH),
    baseSequence: readInt32(bytes, pos + OFF_BASE_SEQUENCE),
    recordCount: readInt32(bytes, pos + OFF_RECORD_COUNT),
  };
}

/** Total byte length (12 + batchLength) of the batch starting at pos, or -1 if the 12 bytes are not there. */
export function batchSizeAt(bytes: Uint8Array, pos = 0): number {
  if (pos < 0 || bytes.length - pos < BATCH_OVERHEAD_BYTES) return -1;
  return BATCH_OVERHEAD_BYTES + readInt32(bytes, pos + OFF_BATCH_LENGTH);
}

/**
 * One past the last offset of concatenated whole batches (`fallback` when there are none): steps over
 * batch lengths and reads only the last batch's offset fields, no header object per batch.
 */
export function endOffsetOf(bytes: Uint8Array, fallback: number): number {
  let pos = 0;
  let last = -1;
  for (let size = batchSizeAt(bytes, 0); size >= BATCH_HEADER_BYTES && pos + size <= bytes.length; size = batchSizeAt(bytes, pos)) {
    last = pos;
    pos += size;
  }
  if (last < 0) return fallback;
  return readInt64(bytes, last + OFF_BASE_OFFSET) + readInt32(bytes, last + OFF_LAST_OFFSET_DELTA) + 1;
}

/** Writes baseOffset in place; the field is outside the CRC, so the batch stays valid. */
export function setBaseOffset(bytes: Uint8Array, baseOffset: number, pos = 0): void {
  assertSafeInteger("baseOffset", baseOffset);
  assertHeaderInBounds(bytes, pos);
  writeInt64(bytes, pos + OFF_BASE_OFFSET, baseOffset);
}

/** Writes partitionLeaderEpoch in place; the field is outside the CRC, so the batch stays valid. */
export function setPartitionLeaderEpoch(bytes: Uint8Array, epoch: number, pos = 0): void {
  assertInt32("partitionLeaderEpoch", epoch);
  assertHeaderInBounds(bytes, pos);
  writeInt32(bytes, pos + OFF_LEADER_EPOCH, epoch);
}

/**
 * Rewrites the producer fields of one whole batch in place and recomputes its CRC (they are inside it):
 * the SDK's idempotent producer gives batches it had sealed but not sent a new producer id and sequence.
 */
export function setProducerFields(bytes: Uint8Array, producerId: number, producerEpoch: number, baseSequence: number): void {
  assertSafeInteger("producerId", producerId);
  assertInt16("producerEpoch", producerEpoch);
  assertInt32("baseSequence", baseSequence);
  assertHeaderInBounds(bytes, 0);
  const end = BATCH_OVERHEAD_BYTES + readInt32(bytes, OFF_BATCH_LENGTH);
  if (end > bytes.length) throw new BatchError("truncated", `batch needs ${end} bytes, got ${bytes.length}`);
  writeInt64(bytes, OFF_PRODUCER_ID, producerId);
  writeInt16(bytes, OFF_PRODUCER_EPOCH, producerEpoch);
  writeInt32(bytes, OFF_BASE_SEQUENCE, baseSequence);
  writeInt32(bytes, OFF_CRC, crc32c(bytes, OFF_ATTRIBUTES, end));
}

/** Typed arrays drop out-of-bounds writes silently; an in-place edit must fail loudly instead. */
function assertHeaderInBounds(bytes: Uint8Array, pos: number): void {
  if (pos < 0 || bytes.length - pos < BATCH_HEADER_BYTES) {
    throw new BatchError("truncated", `batch header needs ${BATCH_HEADER_BYTES} bytes, ${bytes.length - pos} left`);
  }
}

/**
 * The batch at pos must be whole, magic 2 and uncompressed before its records can be walked.
 * Returns its end position.
 */
function checkWalkable(bytes: Uint8Array, pos: number): number {
  if (pos < 0 || bytes.length - pos < BATCH_HEADER_BYTES) {
    throw new BatchError("truncated", `batch header needs ${BATCH_HEADER_BYTES} bytes, ${bytes.length - pos} left`);
  }
  const magic = bytes[pos + OFF_MAGIC];
  if (magic !== BATCH_MAGIC) throw new BatchError("magic", `magic ${magic}, expected ${BATCH_MAGIC}`);
  const batchLength = readInt32(bytes, pos + OFF_BATCH_LENGTH);
  if (batchLength < BATCH_LENGTH_MIN) throw new BatchError("format", `batchLength ${batchLength} is below ${BATCH_LENGTH_MIN}`);
  const end = pos + BATCH_OVERHEAD_BYTES + batchLength;
  if (end > bytes.length) throw new BatchError("truncated", `batch needs ${end - pos} bytes, ${bytes.length - pos} left`);
  const compression = bytes[pos + OFF_ATTRIBUTES + 1] & ATTR_COMPRESSION_MASK;
  if (compression !== 0) throw new BatchError("compression", `compression codec ${compression} is not supported`);
  return end;
}

// ---------------------------------------------------------------------------------------------------
// Verification (the broker's per-batch check: lengths only, no allocation per record)

export interface VerifyBatchOptions {
  /**
   * Accept what log compaction leaves behind: record offset deltas strictly increasing but with gaps,
   * lastOffsetDelta at or beyond the last record's, and zero records. Default false: a producer's batch
   * must number its records 0..recordCount-1 and hold at least one (what Kafka's broker requires).
   */
  compacted?: boolean;
  /**
   * The batch's CRC-32C was checked before, on bytes that cannot have changed since (a follower taking the
   * batches its leader checked and ships from memory: PartitionLog.appendReplicated says why): skip that
   * pass over the bytes. Everything else is still checked. Default false.
   */
  crcChecked?: boolean;
}

/**
 * Checks magic == 2, no compression, batchLength consistent with bytes, CRC-32C, and that the declared
 * record count / lastOffsetDelta match a walk over the records' framing. Throws BatchError, with these
 * precedences: "truncated" (too few bytes), "magic", "format" (bad batchLength or framing), "crc",
 * "compression". `bytes` is exactly one batch. Returns the header and, from the same walk, the largest
 * record's length (what the record size limit is checked against: no second pass over the records).
 */
export interface VerifiedBatch extends BatchHeader {
  /** Largest record "length" field in the batch (see maxRecordBytes). */
  maxRecordBytes: number;
}

export function verifyBatch(bytes: Uint8Array, options: VerifyBatchOptions = {}): VerifiedBatch {
  const header = readBatchHeader(bytes, 0);
  if (header.magic !== BATCH_MAGIC) throw new BatchError("magic", `magic ${header.magic}, expected ${BATCH_MAGIC}`);
  if (header.batchLength < BATCH_LENGTH_MIN) {
    throw new BatchError("format", `batchLength ${header.batchLength} is below ${BATCH_LENGTH_MIN}`);
  }
  const end = BATCH_OVERHEAD_BYTES + header.batchLength;
  if (end > bytes.length) throw new BatchError("truncated", `batch needs ${end} bytes, got ${bytes.length}`);
  if (end < bytes.length) throw new BatchError("format", `batch is ${end} bytes but ${bytes.length} were given`);
  if (options.crcChecked !== true) {
    const crc = crc32c(bytes, OFF_ATTRIBUTES, end);
    if (crc !== header.crc) throw new BatchError("crc", `CRC-32C ${crc} does not match the header's ${header.crc}`);
  }
  if ((header.attributes & ATTR_COMPRESSION_MASK) !== 0) {
    throw new BatchError("compression", `compression codec ${header.attributes & ATTR_COMPRESSION_MASK} is not supported`);
  }
  const verified = header as VerifiedBatch;
  verified.maxRecordBytes = walkFraming(bytes, BATCH_HEADER_BYTES, end, header, options.compacted === true);
  return verified;
}

/** Walks every record's framing between p and end, checks it against the header; returns the largest record length. */
function walkFraming(b: Uint8Array, p: number, end: number, header: BatchHeader, compacted: boolean): number {
  const count = header.recordCount;
  // Every record takes at least 7 bytes, so a larger count cannot be honest (and must not drive a loop).
  if (count < 0 || count > (end - p) / 7) throw new BatchError("format", `record count ${count} does not fit the batch`);
  if (count === 0 && !compacted) throw new BatchError("format", "a batch must hold at least one record");
  let lastDelta = -1;
  let maxLength = 0;
  for (let i = 0; i < count; i++) {
    const length = readVarint(b, p, end);
    p = readEnd;
    const recordEnd = p + length;
    if (length < 0 || recordEnd > end) throw new BatchError("format", `record ${i} length ${length} overruns the batch`);
    if (length > maxLength) maxLength = length;
    p++; // attributes
    readVarlong(b, p, recordEnd);
    const offsetDelta = readVarint(b, readEnd, recordEnd);
    p = readEnd;
    if (compacted ? offsetDelta <= lastDelta : offsetDelta !== i) {
      throw new BatchError("format", `record ${i} has offset delta ${offsetDelta} after ${lastDelta}`);
    }
    lastDelta = offsetDelta;
    const keyLength = readVarint(b, p, recordEnd);
    p = readEnd + (keyLength > 0 ? keyLength : 0);
    if (keyLength < -1) throw new BatchError("format", `record ${i} key length ${keyLength}`);
    const valueLength = readVarint(b, p, recordEnd);
    p = readEnd + (valueLength > 0 ? valueLength : 0);
    if (valueLength < -1) throw new BatchError("format", `record ${i} value length ${valueLength}`);
    const headerCount = readVarint(b, p, recordEnd);
    p = readEnd;
    if (headerCount < 0) throw new BatchError("format", `record ${i} header count ${headerCount}`);
    for (let h = 0; h < headerCount; h++) {
      const headerKeyLength = readVarint(b, p, recordEnd);
      p = readEnd + headerKeyLength;
      if (headerKeyLength < 0) throw new BatchError("format", `record ${i} header key length ${headerKeyLength}`);
      const headerValueLength = readVarint(b, p, recordEnd);
      p = readEnd + (headerValueLength > 0 ? headerValueLength : 0);
      if (headerValueLength < -1) throw new BatchError("format", `record ${i} header value length ${headerValueLength}`);
    }
    if (p !== recordEnd) throw new BatchError("format", `record ${i} fields take ${p - recordEnd} bytes more than its length`);
  }
  if (p !== end) throw new BatchError("format", `${end - p} bytes after the last record`);
  const lastOk = compacted ? header.lastOffsetDelta >= lastDelta : header.lastOffsetDelta === lastDelta;
  if (!lastOk) {
    throw new BatchError("format", `lastOffsetDelta ${header.lastOffsetDelta} does not match the records' ${lastDelta}`);
  }
  return maxLength;
}

/**
 * Largest encoded size in bytes of one record of the batch at pos (its "length" field: attributes,
 * deltas, key, value and headers with their framing). Used for the record size limit.
 */
export function maxRecordBytes(bytes: Uint8Array, pos = 0): number {
  const end = checkWalkable(bytes, pos);
  const count = readInt32(bytes, pos + OFF_RECORD_COUNT);
  let p = pos + BATCH_HEADER_BYTES;
  let max = 0;
  for (let i = 0; i < count; i++) {
    const length = readVarint(bytes, p, end);
    p = readEnd + length;
    if (length < 0 || p > end) throw new BatchError("format", `record ${i} length ${length} overruns the batch`);
    if (length > max) max = length;
  }
  return max;
}

// ---------------------------------------------------------------------------------------------------
// Encoding

/** Initial BatchBuilder buffer: ~150 records of 100 B before the first growth. */
const BUILDER_INITIAL_BYTES = 16 * 1024;
/** encodeBatch's shared buffer is dropped after a batch bigger than this, so one large batch does not pin memory. */
const SCRATCH_BYTES_MAX = 1024 * 1024;

/**
 * Incremental batch encoder reusing one growable buffer: the producer's hot path.
 * Keys, values and header values may be strings (TextRecordInput), written as UTF-8 straight into the
 * buffer. A record's timestamp, if not given, is the builder clock's reading at add().
 */
export class BatchBuilder {
  #buf: Uint8Array;
  #pos = BATCH_HEADER_BYTES;
  #count = 0;
  #baseTimestampMs = 0;
  #maxTimestampMs = 0;
  readonly #clock: () => number;

  /** @param clock ms since the epoch; default Date.now. */
  constructor(initialCapacityBytes = BUILDER_INITIAL_BYTES, clock: () => number = Date.now) {
    this.#buf = new Uint8Array(Math.max(BATCH_HEADER_BYTES + 64, initialCapacityBytes));
    this.#clock = clock;
  }

  /** Appends one record; returns the batch size in bytes so far. */
  add(record: TextRecordInput): number {
    return this.append(record, record.timestampMs ?? this.#clock());
  }

  get recordCount(): number {
    return this.#count;
  }

  /** Size in bytes of the batch finish() would return now. */
  get sizeBytes(): number {
    return this.#pos;
  }

  /** Bytes the buffer holds before it must grow. */
  get capacityBytes(): number {
    return this.#buf.length;
  }

  /** @internal Appends with an explicit timestamp (encodeBatch's `nowMs`). */
  append(record: TextRecordInput, timestampMs: number): number {
    assertSafeInteger("timestampMs", timestampMs);
    if (this.#count === 0) {
      this.#baseTimestampMs = timestampMs;
      this.#maxTimestampMs = timestampMs;
    } else if (timestampMs > this.#maxTimestampMs) {
      this.#maxTimestampMs = timestampMs;
    }
    if (this.#count >= 0x7fff_ffff) throw new RangeError("a batch holds at most 2^31-1 records");
    const timestampDelta = timestampMs - this.#baseTimestampMs;
    const key = record.key ?? null;
    const value = record.value ?? null;
    const headers = record.headers;
    const offsetDelta = this.#count;

    // The record's length prefix comes before its body: guess the body size (exact unless a string is
    // not ASCII), and move the body afterwards in the rare case the guess needed another prefix size.
    const headerCount = headers === undefined ? 0 : headers.length;
    let bodyGuess =
      1 + varlongBytes(timestampDelta) + varintBytes(offsetDelta) + varintBytes(headerCount) + fieldBytesGuess(key) + fieldBytesGuess(value);
    let stringSlack = stringSlackBytes(key) + stringSlackBytes(value);
    for (let h = 0; h < headerCount; h++) {
      const header = headers![h];
      bodyGuess += fieldBytesGuess(header.key) + fieldBytesGuess(header.value);
      stringSlack += stringSlackBytes(header.key) + stringSlackBytes(header.value);
    }
    this.#ensureCapacity(this.#pos + 5 + bodyGuess + stringSlack);

    const b = this.#buf;
    const recordStart = this.#pos;
    const prefixGuess = varintBytes(bodyGuess);
    const bodyStart = recordStart + prefixGuess;
    b[bodyStart] = 0; // record attributes
    let p = writeVarlong(b, bodyStart + 1, timestampDelta);
    p = writeVarint(b, p, offsetDelta);
    p = writeField(b, p, key);
    p = writeField(b, p, value);
    p = writeVarint(b, p, headerCount);
    for (let h = 0; h < headerCount; h++) {
      const header = headers![h];
      p = writeString(b, p, header.key);
      p = writeField(b, p, header.value);
    }
    const bodyBytes = p - bodyStart;
    const prefix = varintBytes(bodyBytes);
    if (prefix !== prefixGuess) {
      b.copyWithin(recordStart + prefix, bodyStart, p);
      p += prefix - prefixGuess;
    }
    writeVarint(b, recordStart, bodyBytes);
    this.#pos = p;
    this.#count++;
    return p;
  }

  /** Returns a fresh copy of the batch and resets the builder. Throws RangeError if no record was added. */
  finish(options: BatchFinishOptions = {}): Uint8Array {
    if (this.#count === 0) throw new RangeError("a batch must hold at least one record");
    const baseOffset = options.baseOffset ?? 0;
    const partitionLeaderEpoch = options.partitionLeaderEpoch ?? -1;
    const producerId = options.producerId ?? -1;
    const producerEpoch = options.producerEpoch ?? -1;
    const baseSequence = options.baseSequence ?? -1;
    assertSafeInteger("baseOffset", baseOffset);
    assertInt32("partitionLeaderEpoch", partitionLeaderEpoch);
    assertSafeInteger("producerId", producerId);
    assertInt16("producerEpoch", producerEpoch);
    assertInt32("baseSequence", baseSequence);

    const b = this.#buf;
    const end = this.#pos;
    writeInt64(b, OFF_BASE_OFFSET, baseOffset);
    writeInt32(b, OFF_BATCH_LENGTH, end - BATCH_OVERHEAD_BYTES);
    writeInt32(b, OFF_LEADER_EPOCH, partitionLeaderEpoch);
    b[OFF_MAGIC] = BATCH_MAGIC;
    writeInt16(b, OFF_ATTRIBUTES, 0);
    writeInt32(b, OFF_LAST_OFFSET_DELTA, this.#count - 1);
    writeInt64(b, OFF_BASE_TIMESTAMP, this.#baseTimestampMs);
    writeInt64(b, OFF_MAX_TIMESTAMP, this.#maxTimestampMs);
    writeInt64(b, OFF_PRODUCER_ID, producerId);
    writeInt16(b, OFF_PRODUCER_EPOCH, producerEpoch);
    writeInt32(b, OFF_BASE_SEQUENCE, baseSequence);
    writeInt32(b, OFF_RECORD_COUNT, this.#count);
    writeInt32(b, OFF_CRC, crc32c(b, OFF_ATTRIBUTES, end));
    const batch = b.slice(0, end);
    this.reset();
    return batch;
  }

  /** Drops the records added so far; keeps the buffer. */
  reset(): void {
    this.#pos = BATCH_HEADER_BYTES;
    this.#count = 0;
  }

  #ensureCapacity(bytesNeeded: number): void {
    if (bytesNeeded <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(bytesNeeded, this.#buf.length * 2));
    grown.set(this.#buf.subarray(0, this.#pos));
    this.#buf = grown;
  }
}

// Pure: a bundle that only decodes (the subscribe-only browser entry) drops the builder with it.
let scratch = /* @__PURE__ */ new BatchBuilder();

/** Encodes records into one batch (baseOffset 0, producerId -1, producerEpoch -1, baseSequence -1 unless given). */
export function encodeBatch(records: ReadonlyArray<TextRecordInput>, options: EncodeBatchOptions = {}): Uint8Array {
  const nowMs = options.nowMs ?? Date.now();
  const builder = scratch;
  builder.reset();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    builder.append(record, record.timestampMs ?? nowMs);
  }
  const batch = builder.finish(options);
  if (builder.capacityBytes > SCRATCH_BYTES_MAX) scratch = new BatchBuilder();
  return batch;
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/** Walks the records of the whole, uncompressed batch at pos, pushing those at or after fromOffset. */
/**
 * Builds one decoded record. Callers that need more fields (the consumer adds topic and partition) pass
 * their own, so a record is allocated once instead of decoded and then copied.
 */
export type RecordFactory<R> = (offset: number, timestampMs: number, key: Uint8Array | null, value: Uint8Array | null, headers: RecordHeader[]) => R;

const plainRecord: RecordFactory<DecodedRecord> = (offset, timestampMs, key, value, headers) => ({ offset, timestampMs, key, value, headers });

/** Shared by every record without headers (most of them): one array fewer per record. Frozen. */
export const NO_HEADERS: RecordHeader[] = Object.freeze([]) as unknown as RecordHeader[];

function decodeInto<R>(b: Uint8Array, pos: number, end: number, fromOffset: number, out: R[], make: RecordFactory<R>): void {
  const count = readInt32(b, pos + OFF_RECORD_COUNT);
  const baseOffset = readInt64(b, pos + OFF_BASE_OFFSET);
  const baseTimestampMs = readInt64(b, pos + OFF_BASE_TIMESTAMP);
  const logAppendTime = (b[pos + OFF_ATTRIBUTES + 1] & ATTR_LOG_APPEND_TIME) !== 0;
  const maxTimestampMs = logAppendTime ? readInt64(b, pos + OFF_MAX_TIMESTAMP) : 0;
  const buffer = b.buffer;
  const byteOffset = b.byteOffset;
  if (count < 0 || count > (end - pos - BATCH_HEADER_BYTES) / 7) {
    throw new BatchError("format", `record count ${count} does not fit the batch`);
  }
  let p = pos + BATCH_HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const length = readVarint(b, p, end);
    p = readEnd;
    const recordEnd = p + length;
    if (length < 0 || recordEnd > end) throw new BatchError("format", `record ${i} length ${length} overruns the batch`);
    const timestampDelta = readVarlong(b, p + 1, recordEnd);
    const offsetDelta = readVarint(b, readEnd, recordEnd);
    const keyLength = readVarint(b, readEnd, recordEnd);
    p = readEnd;
    let key: Uint8Array | null = null;
    if (keyLength >= 0) {
      if (p + keyLength > recordEnd) throw new BatchError("format", `record ${i} key overruns its record`);
      // The constructor is cheaper than subarray(), which looks up the species constructor.
      key = new Uint8Array(buffer, byteOffset + p, keyLength);
      p += keyLength;
    } else if (keyLength !== -1) {
      throw new BatchError("format", `record ${i} key length ${keyLength}`);
    }
    const valueLength = readVarint(b, p, recordEnd);
    p = readEnd;
    let value: Uint8Array | null = null;
    if (valueLength >= 0) {
      if (p + valueLength > recordEnd) throw new BatchError("format", `record ${i} value overruns its record`);
      value = new Uint8Array(buffer, byteOffset + p, valueLength);
      p += valueLength;
    } else if (valueLength !== -1) {
      throw new BatchError("format", `record ${i} value length ${valueLength}`);
    }
    const headerCount = readVarint(b, p, recordEnd);
    p = readEnd;
    if (headerCount < 0) throw new BatchError("format", `record ${i} header count ${headerCount}`);
    const headers: RecordHeader[] = headerCount === 0 ? NO_HEADERS : [];
    for (let h = 0; h < headerCount; h++) {
      const headerKeyLength = readVarint(b, p, recordEnd);
      p = readEnd;
      if (headerKeyLength < 0 || p + headerKeyLength > recordEnd) {
        throw new BatchError("format", `record ${i} header key length ${headerKeyLength}`);
      }
      const headerKey = readUtf8(b, p, p + headerKeyLength);
      p += headerKeyLength;
      const headerValueLength = readVarint(b, p, recordEnd);
      p = readEnd;
      if (headerValueLength < -1 || p + headerValueLength > recordEnd) {
        throw new BatchError("format", `record ${i} header value length ${headerValueLength}`);
      }
      const headerValue = new Uint8Array(buffer, byteOffset + p, headerValueLength < 0 ? 0 : headerValueLength);
      if (headerValueLength > 0) p += headerValueLength;
      headers.push({ key: headerKey, value: headerValue });
    }
    if (p !== recordEnd) throw new BatchError("format", `record ${i} fields do not fill its length`);
    const offset = baseOffset + offsetDelta;
    if (offset >= fromOffset) out.push(make(offset, logAppendTime ? maxTimestampMs : baseTimestampMs + timestampDelta, key, value, headers));
  }
  if (p !== end) throw new BatchError("format", `${end - p} bytes after the last record`);
}

/**
 * Decodes every record of the batch at pos (key, value and header values are views into `bytes`, not
 * copies). Does not check the CRC: verifyBatch does, once, where bytes enter the system.
 */
export function decodeBatch(bytes: Uint8Array, pos = 0): DecodedRecord[] {
  const end = checkWalkable(bytes, pos);
  const out: DecodedRecord[] = [];
  decodeInto(bytes, pos, end, -Infinity, out, plainRecord);
  return out;
}

/**
 * Iterates over concatenated batches (as stored and served), yielding [start, end) positions.
 * Stops at a trailing partial batch; throws BatchError "format" on an impossible batchLength.
 */
export function* batchSpans(bytes: Uint8Array): Generator<{ start: number; end: number; header: BatchHeader }> {
  let start = 0;
  while (bytes.length - start >= BATCH_HEADER_BYTES) {
    const header = readBatchHeader(bytes, start);
    if (header.batchLength < BATCH_LENGTH_MIN) {
      throw new BatchError("format", `batch at byte ${start} has batchLength ${header.batchLength}`);
    }
    const end = start + BATCH_OVERHEAD_BYTES + header.batchLength;
    if (end > bytes.length) return;
    yield { start, end, header };
    start = end;
  }
}

/**
 * Decodes all records in concatenated batches, skipping records with offset < fromOffset, and skipping
 * control batches (transaction markers), which carry no user records, as Kafka's consumers do.
 */
export function decodeRecords(bytes: Uint8Array, fromOffset?: number): DecodedRecord[];
export function decodeRecords<R>(bytes: Uint8Array, fromOffset: number, make: RecordFactory<R>): R[];
export function decodeRecords<R>(bytes: Uint8Array, fromOffset = 0, make: RecordFactory<R> = plainRecord as unknown as RecordFactory<R>): R[] {
  const out: R[] = [];
  for (const { start, end, header } of batchSpans(bytes)) {
    if (header.baseOffset + header.lastOffsetDelta < fromOffset) continue;
    if ((header.attributes & ATTR_CONTROL) !== 0) continue;
    checkWalkable(bytes, start);
    decodeInto(bytes, start, end, fromOffset, out, make);
  }
  return out;
}

/**
 * Offset of the first record (in batch order) with timestamp >= ts in the batch at pos, or null.
 * With log-append time every record carries the batch's maxTimestamp.
 */
export function offsetForTimestampInBatch(bytes: Uint8Array, ts: number, pos = 0): number | null {
  const end = checkWalkable(bytes, pos);
  const header = readBatchHeader(bytes, pos);
  const logAppendTime = (header.attributes & ATTR_LOG_APPEND_TIME) !== 0;
  if (logAppendTime && header.maxTimestampMs < ts) return null;
  let p = pos + BATCH_HEADER_BYTES;
  for (let i = 0; i < header.recordCount; i++) {
    const length = readVarint(bytes, p, end);
    p = readEnd;
    const recordEnd = p + length;
    if (length < 0 || recordEnd > end) throw new BatchError("format", `record ${i} length ${length} overruns the batch`);
    const timestampDelta = readVarlong(bytes, p + 1, recordEnd);
    const offsetDelta = readVarint(bytes, readEnd, recordEnd);
    if (logAppendTime || header.baseTimestampMs + timestampDelta >= ts) return header.baseOffset + offsetDelta;
    p = recordEnd;
  }
  return null;
}
