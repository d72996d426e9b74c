// Idempotent producers in the core: the state table's rules (duplicate, next, gap, epochs, unknown ids, LRU
// bound, sequence wrap), PartitionLog answering a retry with its original offsets and rebuilding the state
// from the log (lazily, at the first write after opening); and a seeded fast-check run: any interleaving of
// new batches, retries of the last 5, gaps and reopenings stores every batch once, in order, refusing gaps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { PartitionLog, scanStartOffset } from "../../src/core/partition-log.ts";
import { addSequence, newProducerId, ProducerStateTable, SEQUENCE_MAX, type ProducerStamp } from "../../src/core/producer-state.ts";
import { ErrorCode, type ProtocolError } from "../../src/protocol/errors.ts";
import { batchSpans, decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { runSeed } from "../support/rng.ts";

const stamp = (producerId: number, producerEpoch: number, baseSequence: number, recordCount = 1): ProducerStamp => ({
  producerId,
  producerEpoch,
  baseSequence,
  lastOffsetDelta: recordCount - 1,
});

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return (err as ProtocolError).code;
  }
  return undefined;
}

function openLog(store: MemoryStore, clock: ManualClock, opts: { producersMax?: number; scanBytesMax?: number } = {}): PartitionLog {
  return new PartitionLog({
    topic: "t",
    partition: 0,
    store,
    clock: clock.now,
    retention: { retentionMs: -1, retentionBytes: -1, segmentMs: 7 * 24 * 3600 * 1000 },
    recordBytesMax: 1024,
    batchBytesMax: 64 * 1024,
    producersPerPartitionMax: opts.producersMax,
    producerStateScanBytesMax: opts.scanBytesMax,
  });
}

function newLog(opts: { producersMax?: number; scanBytesMax?: number; segmentBytes?: number } = {}) {
  const clock = new ManualClock(1_000_000);
  const store = new MemoryStore({ segmentBytes: opts.segmentBytes ?? 1 << 20, now: clock.now });
  return { clock, store, log: openLog(store, clock, opts) };
}

/** A batch of `count` records "<tag>:<i>" stamped with a producer. */
function producerBatch(tag: string, count: number, producerId: number, producerEpoch: number, baseSequence: number): Uint8Array {
  const records = Array.from({ length: count }, (_, i) => ({ value: `${tag}:${i}` }));
  return encodeBatch(records, { nowMs: 1_000_000, producerId, producerEpoch, baseSequence });
}

async function values(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let offset = log.logStartOffset;
  while (offset < log.highWatermark) {
    const read = await log.read(offset, 1 << 20);
    for (const r of decodeRecords(read.records, offset)) out.push(new TextDecoder().decode(r.value!));
    offset = read.nextOffset;
  }
  return out;
}

describe("ProducerStateTable", () => {
  it("accepts the next batch, answers a retry of any of the last 5 with the original, refuses gaps", () => {
    const t = new ProducerStateTable(10);
    expect(t.check(stamp(7, 0, 0, 3))).toBeNull();
    t.record(stamp(7, 0, 0, 3), 0, 2);
    for (let i = 1; i < 7; i++) {
      expect(t.check(stamp(7, 0, 3 + (i - 1) * 2, 2))).toBeNull();
      t.record(stamp(7, 0, 3 + (i - 1) * 2, 2), 3 + (i - 1) * 2, 4 + (i - 1) * 2);
    }
    // Batches 2..6 (sequences 5..14) are remembered; the first two are not.
    expect(t.batchesOf(7).map((b) => b.firstSeq)).toEqual([5, 7, 9, 11, 13]);
    expect(t.check(stamp(7, 0, 9, 2))).toMatchObject({ baseOffset: 9, lastOffset: 10 });
    expect(codeOf(() => t.check(stamp(7, 0, 0, 3)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE); // too old to know
    expect(codeOf(() => t.check(stamp(7, 0, 16, 1)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE); // gap (15 expected)
    expect(codeOf(() => t.check(stamp(7, 0, 9, 1)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE); // overlaps, not a retry
    expect(t.check(stamp(7, 0, 15, 1))).toBeNull();
  });

  it("fences older epochs; a newer epoch starts at sequence 0", () => {
    const t = new ProducerStateTable(10);
    t.record(stamp(1, 3, 0, 1), 0, 0);
    expect(codeOf(() => t.check(stamp(1, 2, 1)))).toBe(ErrorCode.FENCED);
    expect(codeOf(() => t.check(stamp(1, 4, 1)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE);
    expect(t.check(stamp(1, 4, 0))).toBeNull();
    t.record(stamp(1, 4, 0), 1, 1);
    expect(codeOf(() => t.check(stamp(1, 3, 1)))).toBe(ErrorCode.FENCED);
    expect(codeOf(() => t.check(stamp(1, 4, -1)))).toBe(ErrorCode.INVALID_REQUEST);
  });

  it("forgets the least recently used producer beyond its bound: its next batch must start at 0", () => {
    const t = new ProducerStateTable(2);
    t.record(stamp(1, 0, 0), 0, 0);
    t.record(stamp(2, 0, 0), 1, 1);
    t.record(stamp(1, 0, 1), 2, 2); // 1 is now the most recent
    t.record(stamp(3, 0, 0), 3, 3); // evicts 2
    expect(t.producerCount).toBe(2);
    expect(codeOf(() => t.check(stamp(2, 0, 1)))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(t.check(stamp(2, 0, 0))).toBeNull();
    expect(t.check(stamp(1, 0, 2))).toBeNull();
  });

  it("wraps sequences past 2^31 - 1 to 0, as Kafka does", () => {
    expect(addSequence(SEQUENCE_MAX, 1)).toBe(0);
    expect(addSequence(SEQUENCE_MAX - 1, 3)).toBe(1);
    const t = new ProducerStateTable(1);
    t.record(stamp(9, 0, SEQUENCE_MAX - 1, 2), 0, 1);
    expect(t.check(stamp(9, 0, 0, 1))).toBeNull();
    expect(t.check(stamp(9, 0, SEQUENCE_MAX - 1, 2))).toMatchObject({ baseOffset: 0 });
  });

  it("hands out 53-bit producer ids", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newProducerId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Number.isSafeInteger(id) && id >= 0).toBe(true);
  });
});

describe("PartitionLog with idempotent producers", () => {
  it("stores a retried batch once and answers it with the original offsets, after the original is durable", async () => {
    const { log } = newLog();
    await log.producersReady();
    log.append(producerBatch("other", 2, -1, -1, -1));
    const first = log.append(producerBatch("a", 3, 42, 0, 0));
    const retry = log.append(producerBatch("a", 3, 42, 0, 0));
    expect([retry.duplicate, retry.baseOffset, retry.lastOffset]).toEqual([true, 2, 4]);
    expect(retry.durable).toBe(first.durable); // the duplicate's answer waits for the original's durability
    expect(log.logEndOffset).toBe(5);
    await first.durable;
    await retry.durable;
    expect(await values(log)).toEqual(["other:0", "other:1", "a:0", "a:1", "a:2"]);
    expect(codeOf(() => log.append(producerBatch("gap", 1, 42, 0, 4)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE);
    expect(codeOf(() => log.append(producerBatch("b", 1, 43, 0, 5)))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(log.logEndOffset).toBe(5);
  });

  it("rebuilds producer state from the log when it opens again", async () => {
    const { log, store, clock } = newLog();
    await log.producersReady();
    for (let i = 0; i < 8; i++) await log.append(producerBatch(`b${i}`, 2, 5, 1, i * 2)).durable;
    const reopened = openLog(store, clock);
    expect(codeOf(() => reopened.append(producerBatch("b7", 2, 5, 1, 14)))).toBe(ErrorCode.STORAGE_ERROR); // not loaded yet
    await reopened.producersReady();
    const retry = reopened.append(producerBatch("b7", 2, 5, 1, 14));
    expect([retry.duplicate, retry.baseOffset]).toEqual([true, 14]);
    expect(codeOf(() => reopened.append(producerBatch("old", 1, 5, 0, 16)))).toBe(ErrorCode.FENCED);
    await reopened.append(producerBatch("b8", 1, 5, 1, 16)).durable;
    expect(reopened.logEndOffset).toBe(17);
  });

  it("scans only the newest producerStateScanBytesMax on open: older producers are forgotten", async () => {
    const { log, store, clock } = newLog({ segmentBytes: 4096 });
    await log.producersReady();
    await log.append(producerBatch("early", 1, 100, 0, 0)).durable;
    for (let i = 0; i < 200; i++) await log.append(producerBatch(`late${i}`, 1, 200, 0, i)).durable;
    const batchBytes = producerBatch("late0", 1, 200, 0, 0).byteLength;
    const reopened = openLog(store, clock, { scanBytesMax: 50 * batchBytes });
    await reopened.producersReady();
    expect(reopened.producerCount).toBe(1);
    expect(codeOf(() => reopened.append(producerBatch("early", 1, 100, 0, 1)))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(reopened.append(producerBatch("late199", 1, 200, 0, 199)).duplicate).toBe(true);
    const start = scanStartOffset(store.segments(), 50 * batchBytes);
    expect(start).toBeGreaterThan(100);
    expect(start).toBeLessThanOrEqual(160); // ~50 batches from the end (sizes grow by a byte or two)
  });
});

describe("property: retries of the last 5 batches in any interleaving", () => {
  type Op = { kind: "next" } | { kind: "retry"; back: number } | { kind: "old"; back: number } | { kind: "gap"; ahead: number } | { kind: "reopen" };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: "next" } as Op) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }).map((back) => ({ kind: "retry", back }) as Op) },
    { weight: 1, arbitrary: fc.integer({ min: 6, max: 9 }).map((back) => ({ kind: "old", back }) as Op) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((ahead) => ({ kind: "gap", ahead }) as Op) },
    { weight: 1, arbitrary: fc.constant({ kind: "reopen" } as Op) },
  );

  it("stores every batch exactly once and in order, answers retries with their offsets, refuses gaps", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }), fc.array(op, { minLength: 1, maxLength: 60 }), async (sizes, ops) => {
        const clock = new ManualClock(1_000_000);
        const store = new MemoryStore({ segmentBytes: 1 << 20, now: clock.now });
        let log = openLog(store, clock);
        await log.producersReady();
        const pid = 77;
        const seqOf = (i: number) => sizes.slice(0, i).reduce((a, b) => a + b, 0);
        const batch = (i: number) => producerBatch(`b${i}`, sizes[i % sizes.length]!, pid, 0, seqOf(i));
        const offsets: number[] = [];
        let sent = 0;
        for (const o of ops) {
          if (o.kind === "reopen") {
            log = openLog(store, clock);
            await log.producersReady();
          } else if (o.kind === "next") {
            if (sent >= sizes.length) continue;
            const r = log.append(batch(sent));
            expect(r.duplicate).toBeUndefined();
            await r.durable;
            offsets.push(r.baseOffset);
            sent++;
          } else if (o.kind === "retry") {
            const i = sent - o.back;
            if (i < 0) continue;
            const r = log.append(batch(i));
            expect([r.duplicate, r.baseOffset]).toEqual([true, offsets[i]]);
          } else if (o.kind === "old") {
            const i = sent - o.back;
            if (i < 0) continue;
            expect(codeOf(() => log.append(batch(i)))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE);
          } else {
            const i = sent + o.ahead;
            if (i >= sizes.length || (sent === 0 && seqOf(i) === 0)) continue;
            expect(codeOf(() => log.append(batch(i)))).toBe(sent === 0 ? ErrorCode.UNKNOWN_PRODUCER_ID : ErrorCode.OUT_OF_ORDER_SEQUENCE);
          }
        }
        const want = Array.from({ length: sent }, (_, i) => Array.from({ length: sizes[i]! }, (_, r) => `b${i}:${r}`)).flat();
        expect(await values(log)).toEqual(want);
        let batches = 0;
        if (log.highWatermark > 0) for (const _ of batchSpans((await log.read(0, 1 << 24)).records)) batches++;
        expect(batches).toBe(sent);
      }),
      { seed: runSeed(), numRuns: 300 },
    );
  });
});
