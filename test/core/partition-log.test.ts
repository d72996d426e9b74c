// PartitionLog over the in-memory store: validation, offset assignment, the high watermark, reads,
// timestamps and retention (by time, and by bytes below the segment size with no timer), driven by a
// manual clock. Pure: no I/O.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { PartitionLog } from "../../src/core/partition-log.ts";
import { segmentBytesFor } from "../../src/core/retention.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";

const day = 24 * 3600 * 1000;

function makeLog(opts: { segmentBytes?: number; retentionMs?: number; retentionBytes?: number; segmentMs?: number; recordBytesMax?: number } = {}) {
  const clock = new ManualClock(1_000_000);
  const store = new MemoryStore({ segmentBytes: opts.segmentBytes ?? 1 << 20, now: clock.now });
  const log = new PartitionLog({
    topic: "t",
    partition: 0,
    store,
    clock: clock.now,
    retention: { retentionMs: opts.retentionMs ?? -1, retentionBytes: opts.retentionBytes ?? -1, segmentMs: opts.segmentMs ?? 7 * day },
    recordBytesMax: opts.recordBytesMax ?? 1024,
    batchBytesMax: 64 * 1024,
  });
  return { clock, store, log };
}

const batchOf = (values: string[], nowMs = 1_000_000) => encodeBatch(values.map((v) => ({ value: v })), { nowMs });
const texts = (bytes: Uint8Array, from = 0) => decodeRecords(bytes, from).map((r) => new TextDecoder().decode(r.value!));

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return (err as ProtocolError).code;
  }
  return undefined;
}

describe("PartitionLog", () => {
  it("assigns consecutive offsets and exposes records only once durable", async () => {
    const { log } = makeLog();
    const a = log.append(batchOf(["a", "b", "c"]));
    const b = log.append(batchOf(["d"]));
    expect([a.baseOffset, a.lastOffset, b.baseOffset]).toEqual([0, 2, 3]);
    expect(log.highWatermark).toBe(0);
    expect(log.logEndOffset).toBe(4);
    await b.durable;
    expect(log.highWatermark).toBe(4);
    const read = await log.read(1, 1 << 20);
    expect(texts(read.records, 1)).toEqual(["b", "c", "d"]);
    expect(read.nextOffset).toBe(4);
  });

  it("answers an empty read at the high watermark and OFFSET_OUT_OF_RANGE past it", async () => {
    const { log } = makeLog();
    await log.append(batchOf(["a"])).durable;
    expect((await log.read(1, 100)).records.byteLength).toBe(0);
    await expect(log.read(2, 100)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });
    await expect(log.read(-1, 100)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });
  });

  it("rejects corrupt, oversized and empty batches without storing anything", async () => {
    const { log } = makeLog({ recordBytesMax: 100 });
    await log.append(batchOf(["keep"])).durable;
    const corrupt = batchOf(["x"]);
    corrupt[corrupt.length - 1] ^= 0xff;
    expect(codeOf(() => log.append(corrupt))).toBe(ErrorCode.CORRUPT_BATCH);
    expect(codeOf(() => log.append(batchOf(["y".repeat(200)])))).toBe(ErrorCode.RECORD_TOO_LARGE);
    expect(codeOf(() => log.append(new Uint8Array(70 * 1024)))).toBe(ErrorCode.RECORD_TOO_LARGE);
    expect(codeOf(() => log.append(new Uint8Array([1, 2, 3])))).toBe(ErrorCode.CORRUPT_BATCH);
    expect(log.logEndOffset).toBe(1);
    expect(texts((await log.read(0, 1000)).records)).toEqual(["keep"]);
  });

  it("finds offsets by timestamp inside batches", async () => {
    const { log } = makeLog();
    const batch = encodeBatch([
      { value: "a", timestampMs: 100 },
      { value: "b", timestampMs: 200 },
      { value: "c", timestampMs: 300 },
    ]);
    await log.append(batch).durable;
    await log.append(encodeBatch([{ value: "d", timestampMs: 400 }])).durable;
    expect(await log.offsetForTimestamp(0)).toBe(0);
    expect(await log.offsetForTimestamp(150)).toBe(1);
    expect(await log.offsetForTimestamp(300)).toBe(2);
    expect(await log.offsetForTimestamp(301)).toBe(3);
    expect(await log.offsetForTimestamp(401)).toBe(-1);
  });

  it("notifies listeners when the high watermark moves", async () => {
    const { log } = makeLog();
    let calls = 0;
    const off = log.onAppend(() => calls++);
    await log.append(batchOf(["a"])).durable;
    off();
    await log.append(batchOf(["b"])).durable;
    expect(calls).toBe(1);
  });

  it("retention by time rolls the active segment within retentionMs and never renumbers offsets", async () => {
    const { log, clock } = makeLog({ retentionMs: 60_000 });
    for (let i = 0; i < 5; i++) await log.append(batchOf([`r${i}`], clock.nowMs)).durable;
    clock.advance(30_000);
    expect(await log.enforceRetention()).toBe(0);
    clock.advance(61_000);
    // First pass rolls the expired active segment, and the sealed segment is then past retention.
    expect(await log.enforceRetention()).toBe(5);
    expect(log.logStartOffset).toBe(5);
    await expect(log.read(0, 100)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });
    const next = log.append(batchOf(["after"], clock.nowMs));
    expect(next.baseOffset).toBe(5);
    await next.durable;
    expect(texts((await log.read(5, 100)).records)).toEqual(["after"]);
  });

  it("retention by bytes deletes the oldest whole segments", async () => {
    const { log, store } = makeLog({ segmentBytes: 200, retentionBytes: 400 });
    for (let i = 0; i < 20; i++) await log.append(batchOf([`record-${i}`.padEnd(40, ".")])).durable;
    const before = store.segments().length;
    await log.enforceRetention();
    expect(store.segments().length).toBeLessThan(before);
    const kept = store.segments().reduce((n, s) => n + s.sizeBytes, 0);
    expect(kept).toBeLessThan(400 + 200);
    expect(log.logStartOffset).toBe(store.segments()[0]!.baseOffset);
    expect(log.logEndOffset).toBe(20);
  });

  it("retention bytes below the segment size: segments roll at segmentBytesFor, and retention runs after appends with no timer", async () => {
    // The Node default segment (256 MiB) under a 1 MB bound: before, no segment ever sealed and nothing was deleted.
    const retention = { retentionMs: -1, retentionBytes: 1_000_000, segmentMs: 7 * day, segmentBytes: 256 * 1024 * 1024 };
    const segmentBytes = segmentBytesFor(retention);
    const clock = new ManualClock(1_000_000);
    const store = new MemoryStore({ segmentBytes: retention.segmentBytes, now: clock.now });
    const log = new PartitionLog({ topic: "t", partition: 0, store, clock: clock.now, retention, recordBytesMax: 1 << 20, batchBytesMax: 1 << 20 });
    let deletions = 0;
    const deleteSegmentsBefore = store.deleteSegmentsBefore.bind(store);
    store.deleteSegmentsBefore = (offset) => (deletions++, deleteSegmentsBefore(offset));
    let batchBytesMax = 0;
    let sizeBytesMax = 0;
    for (let b = 0; b < 100; b++) {
      const batch = encodeBatch(Array.from({ length: 100 }, (_, i) => ({ value: String(b * 100 + i).padEnd(1000, ".") })), { nowMs: clock.nowMs });
      batchBytesMax = Math.max(batchBytesMax, batch.byteLength);
      await log.append(batch).durable;
      sizeBytesMax = Math.max(sizeBytesMax, store.sizeBytes());
    }
    // 10 MB appended, enforceRetention never called: the log stayed within the bound plus the batch in flight.
    expect(deletions).toBeGreaterThan(0);
    expect(sizeBytesMax).toBeLessThan(retention.retentionBytes + segmentBytes + batchBytesMax);
    for (const s of store.segments()) expect(s.sizeBytes).toBeLessThanOrEqual(segmentBytes);
    await log.enforceRetention();
    expect(store.sizeBytes()).toBeGreaterThanOrEqual(retention.retentionBytes);
    expect(store.sizeBytes()).toBeLessThan(retention.retentionBytes + segmentBytes);
    expect(log.logStartOffset).toBeGreaterThan(0);
    const kept = decodeRecords((await log.read(log.logStartOffset, 1 << 20)).records, log.logStartOffset);
    expect(kept[0]!.offset).toBe(log.logStartOffset);
    for (const r of kept) expect(Number.parseInt(new TextDecoder().decode(r.value!), 10)).toBe(r.offset);
  });

  it("serves tailing reads from the in-memory tail cache, identical to the store's bytes, within its bound", async () => {
    const clock = new ManualClock(1_000_000);
    const store = new MemoryStore({ now: clock.now });
    let storeReads = 0;
    const read = store.read.bind(store);
    store.read = (...args) => {
      storeReads++;
      return read(...args);
    };
    const log = new PartitionLog({
      topic: "t",
      partition: 0,
      store,
      clock: clock.now,
      retention: { retentionMs: -1, retentionBytes: -1, segmentMs: day },
      recordBytesMax: 10_000,
      batchBytesMax: 64 * 1024,
      tailCacheBytesMax: 1000,
    });
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const b = batchOf([`v${i}`.padEnd(100, "-")]);
      sizes.push(b.byteLength);
      await log.append(b).durable;
    }
    const cachedBatches = Math.floor(1000 / sizes[0]!);
    // The newest batches come from memory, several per read when maxBytes allows.
    const fromCache = await log.read(19, 1 << 20);
    expect(storeReads).toBe(0);
    expect(texts(fromCache.records, 19)).toEqual(["v19".padEnd(100, "-")]);
    const several = await log.read(20 - cachedBatches, 1 << 20);
    expect(storeReads).toBe(0);
    expect(several.nextOffset).toBe(20);
    expect(several.records).toEqual(await store.read(20 - cachedBatches, 1 << 20, 20));
    storeReads = 0;
    // Older ones come from the store.
    const old = await log.read(0, 1 << 20);
    expect(storeReads).toBe(1);
    expect(texts(old.records).length).toBe(20);
  });

  it("rejects appends and reads once closed (a deleted topic)", async () => {
    const { log } = makeLog();
    await log.close();
    expect(codeOf(() => log.append(batchOf(["x"])))).toBe(ErrorCode.UNKNOWN_TOPIC);
    await expect(log.read(0, 1)).rejects.toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC });
  });
});
