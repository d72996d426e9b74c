// PartitionLog over the in-memory store: validation, offset assignment, reads, timestamps and retention,
// driven by a manual clock; and the high watermark: with syncs the test holds and releases by hand, no fetch,
// push or answer through a Session passes the durable end (one scripted case, one seeded fast-check run).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.ts";
import type { AppendInfo } from "../../src/core/log-store.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { PartitionLog } from "../../src/core/partition-log.ts";
import { segmentBytesFor } from "../../src/core/retention.ts";
import { partitionFamily } from "../../src/core/partition-family.ts";
import { Session, type SessionHost } from "../../src/core/session.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { Acks, decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { limits } from "../../src/protocol/limits.ts";
import { batchSpans, decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";

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

/**
 * A LogStore whose syncs the test releases by hand: an append reaches the memory store at once (so a
 * reader that asked past the durable end would get its bytes), but durableEndOffset() and the append's
 * promise move only when release() says so, oldest first, as a group commit would.
 */
class HeldSyncStore extends MemoryStore {
  private heldDurableEnd = 0;
  private readonly held: { endOffset: number; done: () => void }[] = [];
  /** Reads whose limit passed the durable end: the contract (log-store.ts) forbids the caller to ask. */
  readonly contractViolations: string[] = [];

  get heldCount(): number {
    return this.held.length;
  }
  /** Makes the oldest `n` held appends durable, in append order. */
  release(n = this.held.length): void {
    for (const h of this.held.splice(0, n)) {
      // The memory store's own "sync" is one microtask; the test never releases sooner than that.
      if (super.durableEndOffset() < h.endOffset) throw new Error("released before the memory store stored it");
      this.heldDurableEnd = h.endOffset;
      h.done();
    }
  }
  override durableEndOffset(): number {
    return this.heldDurableEnd;
  }
  override append(batch: Uint8Array, info: AppendInfo): Promise<void> {
    const stored = super.append(batch, info);
    return new Promise<void>((resolve, reject) => {
      stored.catch(reject);
      this.held.push({ endOffset: info.lastOffset + 1, done: resolve });
    });
  }
  override read(offset: number, maxBytes: number, limitOffset: number): Promise<Uint8Array> {
    if (limitOffset > this.heldDurableEnd) this.contractViolations.push(`read(${offset}) with limit ${limitOffset} past the durable end ${this.heldDurableEnd}`);
    // Passed on unclamped on purpose: a log that asks too much gets bytes that are not durable, and the
    // readers' check below sees them.
    return super.read(offset, maxBytes, limitOffset);
  }
}

/**
 * One PartitionLog over a HeldSyncStore, served by a Session over a fake transport that checks every
 * frame at the moment it is sent: no fetch answer or push carries a batch reaching the durable end, no
 * high watermark passes it, and no produce is answered before its batch is durable.
 */
function heldSyncSession(tailCacheBytesMax = 1024 * 1024) {
  const clock = new ManualClock(1_000_000);
  const store = new HeldSyncStore({ now: clock.now });
  const log = new PartitionLog({
    topic: "t",
    partition: 0,
    store,
    clock: clock.now,
    retention: { retentionMs: -1, retentionBytes: -1, segmentMs: day },
    recordBytesMax: 1024,
    batchBytesMax: 64 * 1024,
    tailCacheBytesMax,
  });
  const partitions = partitionFamily({
    partition: (topic, partition) => {
      if (topic !== "t" || partition !== 0) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${topic}"`);
      return log;
    },
  });
  const host: SessionHost = { limits: { ...limits }, brokerId: "held-sync", families: [partitions] };
  const frames: DecodedFrame[] = [];
  const violations: string[] = [];
  /** Records per produce request, by correlation id, to check when its answer may be sent. */
  const produced = new Map<number, number>();
  /** Every batch each subscription was pushed, as [first offset, end offset). */
  const pushed = new Map<number, [number, number][]>();
  const session = new Session(host, {
    send: (bytes) => {
      const f = decodeFrame(bytes);
      const durable = store.durableEndOffset();
      const got = f.fetchResponse?.records ?? f.push?.records;
      if (got) {
        for (const { header } of batchSpans(got)) {
          const end = header.baseOffset + header.lastOffsetDelta + 1;
          if (end > durable) violations.push(`${f.push ? "push" : "fetch"} carried offsets ${header.baseOffset}..${end - 1} with the durable end at ${durable}`);
          if (f.push) {
            let list = pushed.get(f.push.subscriptionId!);
            if (!list) pushed.set(f.push.subscriptionId!, (list = []));
            list.push([header.baseOffset, end]);
          }
        }
      }
      const hw = f.fetchResponse?.highWatermark ?? f.push?.highWatermark ?? f.listOffsetsResponse?.highWatermark ?? f.subscribeResponse?.highWatermark;
      if (hw !== undefined && hw !== null && hw > durable) violations.push(`high watermark ${hw} told with the durable end at ${durable}`);
      if (f.produceResponse) {
        const end = f.produceResponse.baseOffset! + produced.get(f.correlationId)!;
        if (end > durable) violations.push(`produce answered for offsets up to ${end - 1} with the durable end at ${durable}`);
      }
      frames.push(f);
      return true;
    },
    bufferedBytes: () => 0,
    close: () => {},
  }, { onUnexpectedError: (err) => violations.push(`unexpected error: ${String(err)}`) });
  let nextId = 1;
  const send = (frame: Frame): number => {
    const id = nextId++;
    if (frame.produceRequest) produced.set(id, decodeRecords(frame.produceRequest.records!).length);
    session.onMessage(encodeFrame({ ...frame, correlationId: id }));
    return id;
  };
  /** Lets every continuation run: the memory store, the log, the session (each hop is a microtask or an immediate). */
  const settle = async (turns = 10) => {
    for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
  };
  const answer = (id: number) => frames.find((f) => f.correlationId === id);
  const request = async (frame: Frame) => {
    const id = send(frame);
    await settle();
    const a = answer(id);
    if (!a) throw new Error(`no answer to request ${id}`);
    return a;
  };
  return { clock, store, log, session, frames, violations, pushed, send, settle, answer, request };
}

describe("the high watermark under a Session: readers never see a record that could still be lost", () => {
  it("while a sync is held, no fetch, push, listOffsets or produce answer passes the durable end; on release they do", async () => {
    const s = heldSyncSession();
    const sub = await s.request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 1 << 20 } });
    const subId = sub.subscribeResponse!.subscriptionId!;
    const produceA = s.send({ produceRequest: { topic: "t", partition: 0, records: batchOf(["a", "b", "c"]) } });
    await s.settle();
    // Stored in memory, not durable: no answer, no push, and a fetch sees an empty log.
    expect(s.store.heldCount).toBe(1);
    expect(s.log.logEndOffset).toBe(3);
    expect(s.answer(produceA)).toBeUndefined();
    expect(s.frames.filter((f) => f.push)).toEqual([]);
    const early = await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 1 << 20 } });
    expect(early.fetchResponse!.records!.byteLength).toBe(0);
    expect(early.fetchResponse!.highWatermark).toBe(0);
    expect((await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 1, maxBytes: 1 << 20 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect((await s.request({ listOffsetsRequest: { topic: "t", partition: 0, timestamp: -1 } })).listOffsetsResponse!.offset).toBe(0);

    s.store.release();
    await s.settle();
    expect(s.answer(produceA)!.produceResponse!.baseOffset).toBe(0);
    expect(s.pushed.get(subId)).toEqual([[0, 3]]);
    expect(texts((await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 1 << 20 } })).fetchResponse!.records!)).toEqual(["a", "b", "c"]);

    // Two appends, one sync released: readers get the first batch and nothing of the second.
    const produceB = s.send({ produceRequest: { topic: "t", partition: 0, records: batchOf(["d", "e"]) } });
    const produceC = s.send({ produceRequest: { topic: "t", partition: 0, records: batchOf(["f"]), acks: Acks.ACKS_LEADER } });
    await s.settle();
    s.store.release(1);
    await s.settle();
    expect(s.answer(produceB)!.produceResponse!.baseOffset).toBe(3);
    expect(s.answer(produceC)).toBeUndefined();
    expect(s.pushed.get(subId)).toEqual([[0, 3], [3, 5]]);
    const mid = await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 3, maxBytes: 1 << 20 } });
    expect(texts(mid.fetchResponse!.records!, 3)).toEqual(["d", "e"]);
    expect(mid.fetchResponse!.highWatermark).toBe(5);
    expect((await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 5, maxBytes: 1 << 20 } })).fetchResponse!.records!.byteLength).toBe(0);
    expect((await s.request({ fetchRequest: { topic: "t", partition: 0, offset: 6, maxBytes: 1 << 20 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);

    s.store.release();
    await s.settle();
    expect(s.answer(produceC)!.produceResponse!.baseOffset).toBe(5);
    expect(s.pushed.get(subId)).toEqual([[0, 3], [3, 5], [5, 6]]);
    expect(s.violations).toEqual([]);
    expect(s.store.contractViolations).toEqual([]);
  });

  it("fast-check, seeded: appends, held and released syncs, fetches and subscriptions interleaved; every byte a reader got was durable when it got it", async () => {
    const command = fc.oneof(
      fc.record({ kind: fc.constant("produce" as const), records: fc.integer({ min: 1, max: 4 }), acks: fc.constantFrom(Acks.ACKS_ALL, Acks.ACKS_LEADER, Acks.ACKS_NONE) }),
      fc.record({ kind: fc.constant("release" as const), syncs: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("fetch" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), maxBytes: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant("subscribe" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), creditBytes: fc.integer({ min: 1, max: 600 }) }),
      fc.record({ kind: fc.constant("credit" as const), creditBytes: fc.integer({ min: 1, max: 600 }) }),
    );
    // Each command is followed by 0-3 turns of the event loop, so reads, syncs and pushes overlap.
    const step = fc.tuple(command, fc.integer({ min: 0, max: 3 }));
    // Over all runs: records readers got while a sync was held, so the property is not vacuously true.
    let gotWhileHeld = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), fc.constantFrom(0, 150, 1 << 20), async (steps, tailCacheBytesMax) => {
        const s = heldSyncSession(tailCacheBytesMax);
        const subs: { id: number; from: number }[] = [];
        let value = 0;
        for (const [c, turns] of steps) {
          if (c.kind === "produce") {
            const values = Array.from({ length: c.records }, () => `v${value++}`);
            s.send({ produceRequest: { topic: "t", partition: 0, records: batchOf(values), acks: c.acks } });
          } else if (c.kind === "release") {
            // Only what the memory store has taken (one microtask after the append) can be released.
            await Promise.resolve();
            s.store.release(Math.min(c.syncs, s.store.heldCount));
          } else if (c.kind === "fetch") {
            // Offsets up to the log end, so reads past the high watermark are tried too.
            s.send({ fetchRequest: { topic: "t", partition: 0, offset: Math.floor(c.at * (s.log.logEndOffset + 1)), maxBytes: c.maxBytes } });
          } else if (c.kind === "subscribe") {
            const from = Math.floor(c.at * (s.log.highWatermark + 1));
            const id = s.send({ subscribeRequest: { topic: "t", partition: 0, offset: from, creditBytes: c.creditBytes } });
            subs.push({ id, from });
          } else {
            for (const sub of subs) {
              const subId = s.answer(sub.id)?.subscribeResponse?.subscriptionId;
              if (subId) s.send({ creditRequest: { subscriptionId: subId, creditBytes: c.creditBytes } });
            }
          }
          await s.settle(turns);
          if (s.store.heldCount > 0) gotWhileHeld += s.frames.filter((f) => f.push || f.fetchResponse?.records?.byteLength).length;
        }
        expect(s.violations).toEqual([]);
        expect(s.store.contractViolations).toEqual([]);
        // Released and credited, every subscriber gets every record from its offset on, in order, once.
        await s.settle();
        s.store.release();
        await s.settle();
        for (const sub of subs) {
          const subId = s.answer(sub.id)!.subscribeResponse!.subscriptionId;
          s.send({ creditRequest: { subscriptionId: subId, creditBytes: 1 << 20 } });
        }
        await s.settle();
        const end = s.log.logEndOffset;
        expect(s.log.highWatermark).toBe(end);
        for (const sub of subs) {
          const spans = s.pushed.get(s.answer(sub.id)!.subscribeResponse!.subscriptionId!) ?? [];
          let next = sub.from;
          for (const [first, spanEnd] of spans) {
            expect(first).toBeLessThanOrEqual(next);
            expect(spanEnd).toBeGreaterThan(next);
            next = spanEnd;
          }
          expect(next).toBe(Math.max(end, sub.from));
        }
        expect(s.violations).toEqual([]);
        expect(s.store.contractViolations).toEqual([]);
      }),
      { seed: 20261126, numRuns: 300 },
    );
    expect(gotWhileHeld).toBeGreaterThan(100);
  });
});
