/**
 * An in-memory LogStore: the reference implementation of the contract in log-store.ts, used by the core's
 * tests. It keeps each batch as its own byte array inside segments that roll by size exactly as the
 * segment files do, so retention and truncation can be tested without a disk.
 *
 * "Stable storage" here is the next microtask: append() resolves on one, and durableEndOffset() lags
 * endOffset() until it has run, so code that must wait for durability is exercised for real.
 * injectFailure() plays a failed disk: pending and later appends reject.
 */
import { concatBytes } from "../protocol/bytes.ts";
import type { AppendInfo, LogStore, SegmentInfo } from "./log-store.ts";

/** Bytes of a RecordBatch v2 header; the offset fields checked on append sit inside it. */
const batchHeaderBytes = 61;

export interface MemoryStoreOptions {
  /** Roll the active segment before an append that would take it past this size. Default 1 MiB. */
  segmentBytes?: number;
  /** Clock for segment creation times, epoch ms. Default Date.now. */
  now?: () => number;
}

interface StoredBatch {
  baseOffset: number;
  /** One past the batch's last offset. */
  endOffset: number;
  maxTimestampMs: number;
  bytes: Uint8Array;
}

interface MemorySegment {
  baseOffset: number;
  endOffset: number;
  sizeBytes: number;
  maxTimestampMs: number;
  createdMs: number;
  batches: StoredBatch[];
}

export class MemoryStore implements LogStore {
  private readonly segmentBytes: number;
  private readonly now: () => number;
  private readonly segs: MemorySegment[];
  private end = 0;
  private durableEnd = 0;
  private bytes = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(opts: MemoryStoreOptions = {}) {
    this.segmentBytes = opts.segmentBytes ?? 1024 * 1024;
    if (!(this.segmentBytes >= 1)) throw new RangeError(`segmentBytes must be >= 1, got ${this.segmentBytes}`);
    this.now = opts.now ?? Date.now;
    this.segs = [emptySegment(0, this.now())];
  }

  startOffset(): number {
    return this.segs[0]!.baseOffset;
  }
  endOffset(): number {
    return this.end;
  }
  durableEndOffset(): number {
    return this.durableEnd;
  }
  sizeBytes(): number {
    return this.bytes;
  }

  append(batch: Uint8Array, info: AppendInfo): Promise<void> {
    if (this.closed) return Promise.reject(new Error("memory store is closed"));
    if (this.failure) return Promise.reject(this.failure);
    assertAppendable(batch, info, this.end);
    let active = this.segs.at(-1)!;
    if (active.sizeBytes > 0 && active.sizeBytes + batch.byteLength > this.segmentBytes) {
      this.roll();
      active = this.segs.at(-1)!;
    }
    // A copy, so the caller's buffer (often a view into a network frame) is not kept alive.
    const stored: StoredBatch = {
      baseOffset: info.baseOffset,
      endOffset: info.lastOffset + 1,
      maxTimestampMs: info.maxTimestampMs,
      bytes: batch.slice(),
    };
    active.batches.push(stored);
    active.endOffset = stored.endOffset;
    active.sizeBytes += batch.byteLength;
    active.maxTimestampMs = Math.max(active.maxTimestampMs, info.maxTimestampMs);
    this.end = stored.endOffset;
    this.bytes += batch.byteLength;
    return Promise.resolve().then(() => {
      if (this.failure) throw this.failure;
      // A truncate may have run in between; never report more than exists.
      this.durableEnd = Math.min(this.end, Math.max(this.durableEnd, stored.endOffset));
    });
  }

  async read(offset: number, maxBytes: number, limitOffset: number): Promise<Uint8Array> {
    const limit = Math.min(limitOffset, this.durableEnd);
    const found = this.locate(offset);
    if (!found) return new Uint8Array(0);
    const picked: Uint8Array[] = [];
    let total = 0;
    for (let s = found.segment; s < this.segs.length; s++) {
      const batches = this.segs[s]!.batches;
      for (let b = s === found.segment ? found.batch : 0; b < batches.length; b++) {
        const batch = batches[b]!;
        if (batch.baseOffset >= limit) return copyOut(picked);
        if (picked.length > 0 && total + batch.bytes.byteLength > maxBytes) return copyOut(picked);
        picked.push(batch.bytes);
        total += batch.bytes.byteLength;
      }
    }
    return copyOut(picked);
  }

  async offsetForTimestamp(timestampMs: number): Promise<number | null> {
    for (const seg of this.segs) {
      if (seg.maxTimestampMs < timestampMs) continue;
      for (const batch of seg.batches) {
        if (batch.baseOffset >= this.durableEnd) return null;
        if (batch.maxTimestampMs >= timestampMs) return batch.baseOffset;
      }
    }
    return null;
  }

  segments(): SegmentInfo[] {
    return this.segs.map(segmentInfo);
  }
  activeSegment(): SegmentInfo {
    return segmentInfo(this.segs.at(-1)!);
  }

  roll(): void {
    if (this.segs.at(-1)!.sizeBytes === 0) return;
    this.segs.push(emptySegment(this.end, this.now()));
  }

  async deleteSegmentsBefore(offset: number): Promise<void> {
    while (this.segs.length > 1 && this.segs[0]!.endOffset <= offset) {
      this.bytes -= this.segs.shift()!.sizeBytes;
    }
  }

  async truncate(offset: number): Promise<void> {
    if (offset === this.end) return;
    if (!(offset >= this.startOffset() && offset < this.end)) {
      throw new RangeError(`truncate offset ${offset} is outside [${this.startOffset()}, ${this.end}]`);
    }
    const found = this.locate(offset)!;
    const seg = this.segs[found.segment]!;
    if (seg.batches[found.batch]!.baseOffset !== offset) {
      throw new RangeError(`truncate offset ${offset} is not a batch boundary`);
    }
    for (const later of this.segs.splice(found.segment + 1)) this.bytes -= later.sizeBytes;
    for (const cut of seg.batches.splice(found.batch)) this.bytes -= cut.bytes.byteLength;
    seg.endOffset = offset;
    seg.sizeBytes = 0;
    seg.maxTimestampMs = -1;
    for (const b of seg.batches) {
      seg.sizeBytes += b.bytes.byteLength;
      seg.maxTimestampMs = Math.max(seg.maxTimestampMs, b.maxTimestampMs);
    }
    this.end = offset;
    this.durableEnd = Math.min(this.durableEnd, offset);
  }

  async resetTo(offset: number): Promise<void> {
    if (this.closed) throw new Error("memory store is closed");
    if (this.failure) throw this.failure;
    if (!(Number.isSafeInteger(offset) && offset >= 0)) throw new RangeError(`reset offset ${offset} must be a safe integer >= 0`);
    // One synchronous step: there is no moment at which a reader sees part of the old log and part of the new.
    this.segs.splice(0, this.segs.length, emptySegment(offset, this.now()));
    this.end = offset;
    this.durableEnd = offset;
    this.bytes = 0;
  }

  async destroy(): Promise<void> {
    this.closed = true;
    this.segs.splice(0, this.segs.length, emptySegment(this.end, this.now()));
    this.bytes = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Fail the store as a broken disk would: appends not yet resolved, and every later one, reject. */
  injectFailure(err: Error): void {
    this.failure ??= err;
  }

  /** Segment and batch index of the batch containing `offset`, or null when no retained batch does. */
  private locate(offset: number): { segment: number; batch: number } | null {
    if (!(offset >= this.startOffset() && offset < this.end)) return null;
    const s = lastAtOrBefore(this.segs.length, (i) => this.segs[i]!.baseOffset, offset);
    const batches = this.segs[s]!.batches;
    const b = lastAtOrBefore(batches.length, (i) => batches[i]!.baseOffset, offset);
    if (b < 0 || batches[b]!.endOffset <= offset) return null;
    return { segment: s, batch: b };
  }
}

/**
 * The preconditions every LogStore checks on append, from the arguments and the batch header alone (no
 * per-record work): the batch is the next one, its header carries its final base offset, and the
 * offsets in `info` agree with the header. A violation is a bug in the caller, so it throws at once
 * instead of failing the store.
 */
export function assertAppendable(batch: Uint8Array, info: AppendInfo, endOffset: number): void {
  if (info.baseOffset !== endOffset) {
    throw new RangeError(`append at offset ${info.baseOffset} but the log ends at ${endOffset}`);
  }
  if (!(Number.isSafeInteger(info.lastOffset) && info.lastOffset >= info.baseOffset)) {
    throw new RangeError(`append with lastOffset ${info.lastOffset} before baseOffset ${info.baseOffset}`);
  }
  if (batch.byteLength < batchHeaderBytes) {
    throw new RangeError(`a batch of ${batch.byteLength} bytes is shorter than a batch header`);
  }
  const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
  const baseOffset = view.getUint32(0) * 2 ** 32 + view.getUint32(4);
  const sizeBytes = 12 + view.getInt32(8);
  const lastOffsetDelta = view.getInt32(23);
  if (baseOffset !== info.baseOffset || info.baseOffset + lastOffsetDelta !== info.lastOffset) {
    throw new RangeError(
      `batch header offsets ${baseOffset}+${lastOffsetDelta} disagree with append info ${info.baseOffset}..${info.lastOffset}`,
    );
  }
  if (sizeBytes !== batch.byteLength) {
    throw new RangeError(`batch header says ${sizeBytes} bytes but the batch has ${batch.byteLength}`);
  }
}

/** Index of the last element whose key is <= target, or -1; keys must be ascending. */
export function lastAtOrBefore(length: number, keyAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) <= target) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Reads hand out copies: a caller must never be able to change what the store holds. */
function copyOut(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]!.slice() : concatBytes(parts);
}

function emptySegment(baseOffset: number, createdMs: number): MemorySegment {
  return { baseOffset, endOffset: baseOffset, sizeBytes: 0, maxTimestampMs: -1, createdMs, batches: [] };
}

function segmentInfo(s: MemorySegment): SegmentInfo {
  return { baseOffset: s.baseOffset, endOffset: s.endOffset, sizeBytes: s.sizeBytes, maxTimestampMs: s.maxTimestampMs, createdMs: s.createdMs };
}
