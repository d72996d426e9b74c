/**
 * The LogStore contract (src/core/log-store.ts) as one test suite that every store runs: the memory
 * store, the segment files and SQLite inside workerd. It imports vitest and platform-free
 * modules only. Deterministic tests pin each rule; a seeded random run compares a store with a model.
 */
import { describe, expect, it as vitestIt, onTestFinished, type TestContext } from "vitest";
import type { AppendInfo, LogStore, SegmentInfo } from "../../src/core/log-store.ts";
import { batchSpans, encodeBatch } from "../../src/protocol/record-batch.ts";

export interface StoreHarness {
  store: LogStore;
  /**
   * Opens the same storage again. The suite closes the current store first; afterwards the returned
   * store is the current one.
   */
  reopen?: () => Promise<LogStore>;
  /** Removes whatever the harness created (the suite has closed the current store by then). */
  cleanup: () => Promise<void>;
}

export type MakeStore = (opts: { segmentBytes: number; now: () => number }) => Promise<StoreHarness>;

export interface StoreSuiteOptions {
  /**
   * Runs each test's body; default: calls it. workerd lets only code running inside a Durable Object
   * use its storage, so the SQLite store's suite runs every body there. The store's close() and the
   * harness's cleanup() run after the body, outside runTest.
   */
  runTest?: (body: () => Promise<void>) => Promise<void>;
  /**
   * The store refuses resetTo (LogStore allows it for a store that never follows a leader: the segment
   * files of the Node broker). The suite then checks that the refusal changes nothing, instead of the reset.
   */
  resetUnsupported?: boolean;
}

/** Bytes large enough that no test read is bounded by it. */
const unbounded = 1 << 30;

/** mulberry32: a tiny seeded PRNG, so a failing random run replays exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Stored {
  bytes: Uint8Array;
  info: AppendInfo;
}

/** A batch of `timestampsMs.length` records numbered from `baseOffset`; `tag` marks its payload. */
function makeBatch(baseOffset: number, timestampsMs: number[], tag = "v", valueBytes = 16): Stored {
  const records = timestampsMs.map((timestampMs, i) => ({
    // Fixed-width keys, so batches of the same shape have the same size whatever their offsets.
    key: `k${String(baseOffset + i).padStart(10, "0")}`,
    value: `${tag}:${baseOffset + i}:`.padEnd(valueBytes, "."),
    timestampMs,
  }));
  const bytes = encodeBatch(records, { baseOffset });
  return {
    bytes,
    info: { baseOffset, lastOffset: baseOffset + timestampsMs.length - 1, maxTimestampMs: Math.max(...timestampsMs) },
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Byte-exact comparison with a short message. (toEqual walks typed arrays element by element through
 * its generic algorithm: seconds for a log of a few hundred kilobytes.)
 */
function expectBytes(actual: Uint8Array, expected: Uint8Array, what = "bytes"): void {
  let diff = -1;
  const n = Math.min(actual.byteLength, expected.byteLength);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      diff = i;
      break;
    }
  }
  if (diff < 0 && actual.byteLength === expected.byteLength) return;
  expect.fail(`${what}: ${actual.byteLength} bytes, expected ${expected.byteLength}; first difference at byte ${diff < 0 ? n : diff}`);
}

const hexDigits = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** Bytes as a string, for snapshots that toEqual compares fast. */
function hex(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += hexDigits[bytes[i]!];
  return s;
}

/** Base offsets of the batches in a read answer (and a check that it holds whole batches only). */
function bases(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let end = 0;
  for (const span of batchSpans(bytes)) {
    out.push(span.header.baseOffset);
    end = span.end;
  }
  expect(end, "a read answer holds whole batches only").toBe(bytes.byteLength);
  return out;
}

function withoutCreated(segments: SegmentInfo[]): Omit<SegmentInfo, "createdMs">[] {
  return segments.map(({ createdMs: _createdMs, ...rest }) => rest);
}

/** Segment invariants that hold for every store at every moment. */
function checkSegments(store: LogStore): void {
  const segs = store.segments();
  expect(store.activeSegment()).toEqual(segs.at(-1));
  expect(segs.length).toBeGreaterThanOrEqual(1);
  expect(segs[0]!.baseOffset).toBe(store.startOffset());
  expect(segs.at(-1)!.endOffset).toBe(store.endOffset());
  let bytes = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    expect(s.endOffset).toBeGreaterThanOrEqual(s.baseOffset);
    if (i > 0) expect(s.baseOffset, "segments are contiguous").toBe(segs[i - 1]!.endOffset);
    if (i < segs.length - 1) expect(s.sizeBytes, "only the active segment may be empty").toBeGreaterThan(0);
    if (s.sizeBytes === 0) {
      expect(s.endOffset).toBe(s.baseOffset);
      expect(s.maxTimestampMs).toBe(-1);
    }
    bytes += s.sizeBytes;
  }
  expect(bytes).toBe(store.sizeBytes());
}

export function storeConformanceSuite(name: string, makeStore: MakeStore, options: StoreSuiteOptions = {}): void {
  const runTest = options.runTest ?? ((body) => body());
  /** vitest's `it`, with each test's body passed through runTest. */
  const it = (title: string, body: (ctx: TestContext) => Promise<void>) => vitestIt(title, (ctx) => runTest(() => body(ctx)));
  describe(`LogStore conformance: ${name}`, () => {
    /** Opens a store with a manual clock; closes and cleans up when the test ends. */
    async function setup(segmentBytes = 1 << 20, startMs = 1_000_000) {
      const clock = { nowMs: startMs };
      const harness = await makeStore({ segmentBytes, now: () => clock.nowMs });
      const t = {
        store: harness.store,
        clock,
        canReopen: harness.reopen !== undefined,
        async reopen(): Promise<LogStore> {
          await t.store.close();
          t.store = await harness.reopen!();
          return t.store;
        },
        /** Appends one batch at the end; does not wait for it to be durable. */
        append(timestampsMs: number[], tag = "v", valueBytes = 16): Stored & { durable: Promise<void> } {
          const b = makeBatch(t.store.endOffset(), timestampsMs, tag, valueBytes);
          return { ...b, durable: t.store.append(b.bytes, b.info) };
        },
        /** Appends batches of `recordsPerBatch` records with timestamp = offset, and waits for them. */
        async fill(batchCount: number, recordsPerBatch = 1, valueBytes = 16): Promise<Stored[]> {
          const out: (Stored & { durable: Promise<void> })[] = [];
          for (let i = 0; i < batchCount; i++) {
            const base = t.store.endOffset();
            out.push(t.append(Array.from({ length: recordsPerBatch }, (_, r) => base + r), "v", valueBytes));
          }
          await Promise.all(out.map((b) => b.durable));
          return out;
        },
        /** Everything from startOffset to endOffset, read in pieces of maxBytes. */
        async readAll(maxBytes = unbounded): Promise<Uint8Array> {
          const parts: Uint8Array[] = [];
          let offset = t.store.startOffset();
          const end = t.store.durableEndOffset();
          while (offset < end) {
            const part = await t.store.read(offset, maxBytes, end);
            expect(part.byteLength, `read at ${offset} below the end ${end} returned nothing`).toBeGreaterThan(0);
            parts.push(part);
            let next = offset;
            for (const s of batchSpans(part)) next = s.header.baseOffset + s.header.lastOffsetDelta + 1;
            offset = next;
          }
          return concat(parts);
        },
      };
      onTestFinished(async () => {
        try {
          await t.store.close();
        } finally {
          await harness.cleanup();
        }
      });
      return t;
    }

    it("starts empty", async () => {
      const { store } = await setup(1 << 20, 5_000);
      expect(store.startOffset()).toBe(0);
      expect(store.endOffset()).toBe(0);
      expect(store.durableEndOffset()).toBe(0);
      expect(store.sizeBytes()).toBe(0);
      expect(store.segments()).toEqual([{ baseOffset: 0, endOffset: 0, sizeBytes: 0, maxTimestampMs: -1, createdMs: 5_000 }]);
      expect((await store.read(0, unbounded, 0)).byteLength).toBe(0);
      expect((await store.read(0, unbounded, 10)).byteLength).toBe(0);
      expect(await store.offsetForTimestamp(0)).toBeNull();
      expect(await store.offsetForTimestamp(-1)).toBeNull();
    });

    it("advances endOffset synchronously and resolves appends in order once durable", async () => {
      const t = await setup();
      const order: number[] = [];
      const batches = [t.append([1, 2, 3]), t.append([4]), t.append([5, 6])];
      expect(batches.map((b) => b.info.baseOffset)).toEqual([0, 3, 4]);
      expect(t.store.endOffset()).toBe(6);
      expect(t.store.durableEndOffset()).toBeLessThanOrEqual(6);
      expect(t.store.sizeBytes()).toBe(batches.reduce((n, b) => n + b.bytes.byteLength, 0));
      await Promise.all(
        batches.map((b, i) =>
          b.durable.then(() => {
            order.push(i);
            expect(t.store.durableEndOffset(), "durable once resolved").toBeGreaterThanOrEqual(b.info.lastOffset + 1);
          }),
        ),
      );
      expect(order).toEqual([0, 1, 2]);
      expect(t.store.durableEndOffset()).toBe(6);
      expectBytes(await t.store.read(0, unbounded, 6), concat(batches.map((b) => b.bytes)));
      checkSegments(t.store);
    });

    it("throws on an append that is not the next batch and stays usable", async () => {
      const t = await setup();
      await t.fill(1, 2);
      const wrong = makeBatch(5, [1]);
      expect(() => t.store.append(wrong.bytes, wrong.info)).toThrow();
      const mismatch = makeBatch(2, [1, 2]);
      expect(() => t.store.append(mismatch.bytes, { ...mismatch.info, lastOffset: 2 })).toThrow();
      expect(t.store.endOffset()).toBe(2);
      await t.append([7]).durable;
      expect(t.store.endOffset()).toBe(3);
    });

    it("answers a read at any offset inside a batch with the whole containing batch", async () => {
      const t = await setup();
      const batches = await t.fill(3, 5);
      const end = t.store.endOffset();
      for (let offset = 0; offset < end; offset++) {
        const i = Math.floor(offset / 5);
        expectBytes(await t.store.read(offset, 1, end), batches[i]!.bytes);
        expectBytes(await t.store.read(offset, unbounded, end), concat(batches.slice(i).map((b) => b.bytes)));
      }
      expect((await t.store.read(end, unbounded, end)).byteLength).toBe(0);
      expect((await t.store.read(end + 10, unbounded, end)).byteLength).toBe(0);
    });

    it("bounds a read by maxBytes in whole batches, and returns at least one batch", async () => {
      const t = await setup();
      const batches = [t.append([1], "a", 10), t.append([2], "b", 300), t.append([3], "c", 50), t.append([4], "d", 10)];
      await Promise.all(batches.map((b) => b.durable));
      const size = batches.map((b) => b.bytes.byteLength);
      const end = t.store.endOffset();
      expect(bases(await t.store.read(0, size[0]! + size[1]!, end))).toEqual([0, 1]);
      expect(bases(await t.store.read(0, size[0]! + size[1]! - 1, end))).toEqual([0]);
      expect(bases(await t.store.read(0, size[0]! + size[1]! + size[2]!, end))).toEqual([0, 1, 2]);
      expect(bases(await t.store.read(1, 1, end))).toEqual([1]);
      expect(bases(await t.store.read(1, 0, end))).toEqual([1]);
      expect(bases(await t.store.read(2, size[2]! + size[3]!, end))).toEqual([2, 3]);
    });

    it("excludes batches whose base offset is at or past limitOffset", async () => {
      const t = await setup();
      await t.fill(4, 5); // batches at 0, 5, 10, 15
      expect(bases(await t.store.read(0, unbounded, 10))).toEqual([0, 5]);
      expect(bases(await t.store.read(0, unbounded, 11))).toEqual([0, 5, 10]);
      expect(bases(await t.store.read(0, unbounded, 1))).toEqual([0]);
      expect(bases(await t.store.read(7, unbounded, 10))).toEqual([5]);
      expect((await t.store.read(10, unbounded, 10)).byteLength).toBe(0);
      expect((await t.store.read(0, unbounded, 0)).byteLength).toBe(0);
    });

    it("rolls the active segment before an append that would pass segmentBytes", async () => {
      const probe = makeBatch(0, [1]).bytes.byteLength;
      const t = await setup(3 * probe);
      await t.fill(10, 1);
      const segs = t.store.segments();
      expect(segs.map((s) => [s.baseOffset, s.endOffset])).toEqual([
        [0, 3],
        [3, 6],
        [6, 9],
        [9, 10],
      ]);
      for (const s of segs.slice(0, -1)) expect(s.sizeBytes).toBe(3 * probe);
      checkSegments(t.store);
      // A batch larger than segmentBytes gets a segment of its own.
      const big = t.append([11], "big", 4 * probe);
      await big.durable;
      await t.fill(1, 1);
      expect(t.store.segments().slice(-3).map((s) => [s.baseOffset, s.endOffset, s.sizeBytes])).toEqual([
        [9, 10, probe],
        [10, 11, big.bytes.byteLength],
        [11, 12, probe],
      ]);
      expectBytes(await t.readAll(), await t.readAll(1));
      checkSegments(t.store);
    });

    it("accounts segments: offsets, bytes, max timestamps and creation times", async () => {
      const t = await setup(1 << 20, 1_000);
      await Promise.all([t.append([50, 70]).durable, t.append([60]).durable]);
      t.store.roll();
      t.store.roll(); // the new active segment is empty: no-op
      t.clock.nowMs = 2_000;
      await t.append([10]).durable; // the segment was created at the roll, before the clock moved
      t.store.roll();
      t.clock.nowMs = 3_000;
      expect(t.store.segments()).toEqual([
        { baseOffset: 0, endOffset: 3, sizeBytes: expect.any(Number), maxTimestampMs: 70, createdMs: 1_000 },
        { baseOffset: 3, endOffset: 4, sizeBytes: expect.any(Number), maxTimestampMs: 10, createdMs: 1_000 },
        { baseOffset: 4, endOffset: 4, sizeBytes: 0, maxTimestampMs: -1, createdMs: 2_000 },
      ]);
      checkSegments(t.store);
      await t.append([90]).durable;
      expect(t.store.segments().at(-1)).toMatchObject({ baseOffset: 4, endOffset: 5, maxTimestampMs: 90, createdMs: 2_000 });
    });

    it("deletes whole segments before an offset, never the active one", async () => {
      const probe = makeBatch(0, [1, 2]).bytes.byteLength;
      const t = await setup(2 * probe);
      await t.fill(7, 2); // segments [0,4) [4,8) [8,12) [12,14)
      const before = t.store.segments();
      expect(before.map((s) => s.baseOffset)).toEqual([0, 4, 8, 12]);
      const size = t.store.sizeBytes();
      await t.store.deleteSegmentsBefore(7); // [4,8) ends past 7: stays
      expect(t.store.startOffset()).toBe(4);
      expect(t.store.sizeBytes()).toBe(size - before[0]!.sizeBytes);
      await t.store.deleteSegmentsBefore(4); // nothing more
      expect(t.store.startOffset()).toBe(4);
      expect(bases(await t.store.read(4, unbounded, 8))).toEqual([4, 6]);
      checkSegments(t.store);
      await t.store.deleteSegmentsBefore(1_000);
      expect(t.store.startOffset()).toBe(12);
      expect(t.store.endOffset()).toBe(14);
      expect(t.store.segments()).toHaveLength(1);
      expect(bases(await t.store.read(12, unbounded, 14))).toEqual([12]);
      // An empty active segment also survives, and the log goes on from there.
      t.store.roll();
      await t.store.deleteSegmentsBefore(1_000);
      expect(t.store.startOffset()).toBe(14);
      expect(t.store.endOffset()).toBe(14);
      expect(t.store.sizeBytes()).toBe(0);
      expect((await t.store.read(14, unbounded, 14)).byteLength).toBe(0);
      await t.fill(1, 2);
      expect(bases(await t.store.read(14, unbounded, 16))).toEqual([14]);
      checkSegments(t.store);
    });

    it("truncates at a batch boundary, then appends again", async () => {
      const probe = makeBatch(0, [1, 2]).bytes.byteLength;
      const t = await setup(2 * probe);
      const batches = await t.fill(6, 2); // batches 0,2,..,10 in segments [0,4) [4,8) [8,12)
      await t.store.truncate(6);
      expect(t.store.endOffset()).toBe(6);
      expect(t.store.durableEndOffset()).toBe(6);
      expect(t.store.sizeBytes()).toBe(batches.slice(0, 3).reduce((n, b) => n + b.bytes.byteLength, 0));
      expect(t.store.segments().map((s) => [s.baseOffset, s.endOffset])).toEqual([
        [0, 4],
        [4, 6],
      ]);
      expect(t.store.segments().at(-1)!.maxTimestampMs).toBe(5);
      expect((await t.store.read(6, unbounded, 6)).byteLength).toBe(0);
      expectBytes(await t.store.read(4, unbounded, 6), batches[2]!.bytes);
      expect(await t.store.offsetForTimestamp(6)).toBeNull();
      checkSegments(t.store);

      const replaced = t.append([100, 101], "new");
      await replaced.durable;
      expectBytes(await t.store.read(6, unbounded, 8), replaced.bytes);
      expect(await t.store.offsetForTimestamp(6)).toBe(6);

      await t.store.truncate(8); // at the end: nothing to do
      expect(t.store.endOffset()).toBe(8);
      await t.store.truncate(4); // at a segment's base
      expect(t.store.segments().map((s) => [s.baseOffset, s.endOffset])).toEqual([
        [0, 4],
        [4, 4],
      ]);
      checkSegments(t.store);
      await expect(t.store.truncate(1)).rejects.toThrow(); // inside a batch
      expect(t.store.endOffset()).toBe(4);
      await t.store.truncate(0);
      expect(t.store.startOffset()).toBe(0);
      expect(t.store.endOffset()).toBe(0);
      expect(t.store.sizeBytes()).toBe(0);
      checkSegments(t.store);
      await t.fill(3, 2);
      expect(bases(await t.readAll())).toEqual([0, 2, 4]);
      checkSegments(t.store);
    });

    it("resets to an empty log at any offset, keeps it across a reopen, then appends from there", async (ctx) => {
      if (options.resetUnsupported) ctx.skip();
      const probe = makeBatch(0, [1, 2]).bytes.byteLength;
      const t = await setup(2 * probe);
      await t.fill(6, 2); // batches 0,2,..,10 in segments [0,4) [4,8) [8,12)
      await t.store.deleteSegmentsBefore(4);
      t.clock.nowMs += 500;
      await t.store.resetTo(100); // past the end, as a follower far behind the leader's log start
      const empty = async (store: LogStore, at: number) => {
        expect([store.startOffset(), store.endOffset(), store.durableEndOffset(), store.sizeBytes()]).toEqual([at, at, at, 0]);
        expect(store.segments()).toEqual([{ baseOffset: at, endOffset: at, sizeBytes: 0, maxTimestampMs: -1, createdMs: t.clock.nowMs }]);
        checkSegments(store);
        for (const offset of [0, 4, 6, at - 1, at]) expect((await store.read(offset, unbounded, at + 10)).byteLength, `read at ${offset}`).toBe(0);
        expect(await store.offsetForTimestamp(0)).toBeNull();
      };
      await empty(t.store, 100);
      if (t.canReopen) await empty(await t.reopen(), 100);
      // Nothing to delete or cut in an empty log.
      await t.store.deleteSegmentsBefore(200);
      await t.store.truncate(100);
      await empty(t.store, 100);

      const after = await t.fill(5, 2); // 100..110, rolling every two batches as before
      expect(bases(await t.readAll())).toEqual([100, 102, 104, 106, 108]);
      expectBytes(await t.store.read(103, unbounded, 110), concat(after.slice(1).map((b) => b.bytes)));
      expect(t.store.segments().map((s) => [s.baseOffset, s.endOffset])).toEqual([
        [100, 104],
        [104, 108],
        [108, 110],
      ]);
      expect(await t.store.offsetForTimestamp(0)).toBe(100);
      checkSegments(t.store);
      if (t.canReopen) {
        const reopened = await t.reopen();
        expect(bases(await t.readAll())).toEqual([100, 102, 104, 106, 108]);
        checkSegments(reopened);
      }
      // Back to an offset inside what it held, and to one below its start: empty there too.
      for (const at of [104, 3]) {
        await t.store.resetTo(at);
        await empty(t.store, at);
        await t.fill(1, 2);
        expect(bases(await t.readAll())).toEqual([at]);
      }
      await expect(t.store.resetTo(-1)).rejects.toThrow();
      await expect(t.store.resetTo(1.5)).rejects.toThrow();
      expect(t.store.endOffset()).toBe(5);
    });

    it("refuses resetTo when it cannot follow, and changes nothing", async (ctx) => {
      if (!options.resetUnsupported) ctx.skip();
      const t = await setup();
      const batches = await t.fill(3, 2);
      await expect(t.store.resetTo(100)).rejects.toThrow(/resetTo/);
      expect([t.store.startOffset(), t.store.endOffset(), t.store.durableEndOffset()]).toEqual([0, 6, 6]);
      expectBytes(await t.readAll(), concat(batches.map((b) => b.bytes)));
      await t.fill(1, 2);
      expect(t.store.endOffset()).toBe(8);
    });

    it("finds the first batch whose max timestamp reaches a time", async () => {
      const probe = makeBatch(0, [1, 2]).bytes.byteLength;
      // Timestamp deltas change a batch's size by a byte or two: the slack keeps two batches per segment.
      for (const segmentBytes of [1 << 20, 2 * probe + 8]) {
        const t = await setup(segmentBytes);
        for (const ts of [
          [90, 100],
          [300, 120],
          [200, 150],
          [400, 10],
          [250, 260],
        ]) {
          await t.append(ts).durable;
        }
        const cases: [number, number | null][] = [
          [-5, 0],
          [50, 0],
          [100, 0],
          [101, 2],
          [300, 2],
          [301, 6],
          [400, 6],
          [401, null],
        ];
        for (const [ts, expected] of cases) expect(await t.store.offsetForTimestamp(ts), `timestamp ${ts}`).toBe(expected);
        if (segmentBytes < 1 << 20) {
          await t.store.deleteSegmentsBefore(4);
          expect(await t.store.offsetForTimestamp(50)).toBe(4);
          expect(await t.store.offsetForTimestamp(301)).toBe(6);
        }
      }
    });

    it("finds timestamps across many batches", async () => {
      const t = await setup(16 * 1024);
      await t.fill(400, 3); // record timestamp = offset
      for (const ts of [0, 1, 2, 3, 299, 300, 301, 600, 1_000, 1_199]) {
        expect(await t.store.offsetForTimestamp(ts), `timestamp ${ts}`).toBe(Math.floor(ts / 3) * 3);
      }
      expect(await t.store.offsetForTimestamp(1_200)).toBeNull();
    });

    it("restores everything on reopen", async (ctx) => {
      const probe = makeBatch(0, [1, 2]).bytes.byteLength;
      const t = await setup(3 * probe);
      if (!t.canReopen) ctx.skip();
      for (let i = 0; i < 12; i++) await t.append([1000 - i * 10, 2000 + (i % 5) * 100]).durable;
      await t.store.deleteSegmentsBefore(6);
      await t.store.truncate(20);
      t.store.roll();
      await t.append([5, 6]).durable;
      const snapshot = async (store: LogStore) => ({
        startOffset: store.startOffset(),
        endOffset: store.endOffset(),
        durableEndOffset: store.durableEndOffset(),
        sizeBytes: store.sizeBytes(),
        segments: withoutCreated(store.segments()),
        everything: hex(await t.readAll()),
        inPieces: hex(await t.readAll(probe + 1)),
        reads: (
          await Promise.all(
            Array.from({ length: store.endOffset() - store.startOffset() }, (_, i) => store.read(store.startOffset() + i, 1, store.endOffset())),
          )
        ).map(hex),
        times: await Promise.all([0, 6, 990, 1000, 1001, 2000, 2300, 2400, 2401].map((ts) => store.offsetForTimestamp(ts))),
      });
      const before = await snapshot(t.store);
      expect(before.startOffset).toBeGreaterThan(0);
      const reopened = await t.reopen();
      const after = await snapshot(reopened);
      expect(after).toEqual(before);
      checkSegments(reopened);
      for (const s of reopened.segments()) expect(s.createdMs).toBeLessThanOrEqual(t.clock.nowMs);
      // And the log goes on.
      await t.append([7]).durable;
      expect(bases(await reopened.read(22, unbounded, 23))).toEqual([22]);
      const again = await t.reopen();
      expect(again.endOffset()).toBe(23);
      checkSegments(again);
    });

    it("reopens an empty log", async (ctx) => {
      const t = await setup();
      if (!t.canReopen) ctx.skip();
      const store = await t.reopen();
      expect([store.startOffset(), store.endOffset(), store.durableEndOffset(), store.sizeBytes()]).toEqual([0, 0, 0, 0]);
      expect(withoutCreated(store.segments())).toEqual([{ baseOffset: 0, endOffset: 0, sizeBytes: 0, maxTimestampMs: -1 }]);
      await t.append([1]).durable;
      expect(store.endOffset()).toBe(1);
    });

    it("destroys the log and everything it stored", async () => {
      const t = await setup(1024);
      await t.fill(20, 2);
      await t.store.destroy();
      if (t.canReopen) {
        const store = await t.reopen();
        expect([store.startOffset(), store.endOffset(), store.sizeBytes()]).toEqual([0, 0, 0]);
        expect(store.segments()).toHaveLength(1);
      }
    });

    for (const seed of [1, 2, 3, 42]) {
      it(`matches a model over a seeded random run (seed ${seed})`, async () => {
        await randomRun(seed);
      });
    }

    /**
     * The model: the retained batches in order and nothing else. Where segments roll is left to the
     * store; the model only checks the segment invariants and that reads stop early only at a segment
     * boundary.
     */
    async function randomRun(seed: number): Promise<void> {
      const rand = mulberry32(seed);
      const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
      const t = await setup(int(400, 1500), 1_000_000);
      let model: Stored[] = [];
      let start = 0;
      const modelEnd = () => (model.length ? model.at(-1)!.info.lastOffset + 1 : start);
      const trace: string[] = [];

      const checkState = () => {
        expect(t.store.startOffset(), "startOffset").toBe(start);
        expect(t.store.endOffset(), "endOffset").toBe(modelEnd());
        expect(t.store.durableEndOffset(), "durableEndOffset").toBe(modelEnd());
        expect(t.store.sizeBytes(), "sizeBytes").toBe(model.reduce((n, b) => n + b.bytes.byteLength, 0));
        checkSegments(t.store);
        for (const s of t.store.segments()) {
          const inside = model.filter((b) => b.info.baseOffset >= s.baseOffset && b.info.baseOffset < s.endOffset);
          expect(s.sizeBytes).toBe(inside.reduce((n, b) => n + b.bytes.byteLength, 0));
          expect(s.maxTimestampMs).toBe(inside.length ? Math.max(...inside.map((b) => b.info.maxTimestampMs)) : -1);
        }
      };

      const checkRead = async (offset: number, maxBytes: number, limit: number) => {
        const out = await t.store.read(offset, maxBytes, limit);
        const got = bases(out);
        const i0 = model.findIndex((b) => b.info.baseOffset <= offset && offset <= b.info.lastOffset);
        const where = `read(${offset}, ${maxBytes}, ${limit}) after ${trace.slice(-5).join("; ")}`;
        if (i0 < 0 || model[i0]!.info.baseOffset >= limit) {
          expect(out.byteLength, where).toBe(0);
          return;
        }
        expect(got.length, where).toBeGreaterThanOrEqual(1);
        expectBytes(out, concat(model.slice(i0, i0 + got.length).map((b) => b.bytes)), where);
        for (const base of got) expect(base, where).toBeLessThan(limit);
        if (got.length > 1) expect(out.byteLength, where).toBeLessThanOrEqual(maxBytes);
        const next = model[i0 + got.length];
        if (next && next.info.baseOffset < limit && out.byteLength + next.bytes.byteLength <= maxBytes) {
          const boundaries = t.store.segments().map((s) => s.baseOffset);
          expect(boundaries, `${where}: stopped early, but not at a segment boundary`).toContain(next.info.baseOffset);
        }
      };

      for (let step = 0; step < 250; step++) {
        t.clock.nowMs += int(0, 100);
        const op = rand();
        if (op < 0.4) {
          const n = int(1, 4);
          const pending: Promise<void>[] = [];
          for (let i = 0; i < n; i++) {
            const timestamps = Array.from({ length: int(1, 5) }, () => int(0, 10_000));
            const b = t.append(timestamps, `s${step}`, int(0, 200));
            model.push({ bytes: b.bytes, info: b.info });
            pending.push(b.durable);
          }
          trace.push(`append ${n}`);
          await Promise.all(pending);
        } else if (op < 0.45) {
          trace.push("roll");
          t.store.roll();
        } else if (op < 0.7) {
          const end = modelEnd();
          await checkRead(int(start, end + 1), int(0, 1500), int(start, end));
          await checkRead(int(start, end), int(0, 1500), end);
        } else if (op < 0.8) {
          const ts = int(-10, 10_010);
          const expected = model.find((b) => b.info.maxTimestampMs >= ts)?.info.baseOffset ?? null;
          expect(await t.store.offsetForTimestamp(ts), `offsetForTimestamp(${ts})`).toBe(expected);
        } else if (op < 0.87) {
          const offset = int(start, modelEnd() + 3);
          trace.push(`deleteSegmentsBefore ${offset}`);
          const segs = t.store.segments();
          const keep = segs.find((s, i) => i === segs.length - 1 || s.endOffset > offset)!;
          await t.store.deleteSegmentsBefore(offset);
          start = keep.baseOffset;
          model = model.filter((b) => b.info.baseOffset >= start);
        } else if (op < 0.93) {
          const boundaries = [...model.map((b) => b.info.baseOffset), modelEnd()];
          const offset = boundaries[int(Math.max(0, boundaries.length - 4), boundaries.length - 1)]!;
          trace.push(`truncate ${offset}`);
          await t.store.truncate(offset);
          model = model.filter((b) => b.info.baseOffset < offset);
        } else if (op < 0.95 && !options.resetUnsupported) {
          const offset = int(Math.max(0, start - 3), modelEnd() + 20);
          trace.push(`resetTo ${offset}`);
          await t.store.resetTo(offset);
          model = [];
          start = offset;
        } else if (op < 0.97) {
          t.store.roll();
          trace.push("roll");
        } else if (t.canReopen) {
          trace.push("reopen");
          await t.reopen();
        }
        checkState();
      }
      expectBytes(await t.readAll(), concat(model.map((b) => b.bytes)), "the whole log");
      expectBytes(await t.readAll(int(1, 2000)), concat(model.map((b) => b.bytes)), "the whole log in pieces");
      if (t.canReopen) {
        await t.reopen();
        checkState();
        expectBytes(await t.readAll(), concat(model.map((b) => b.bytes)), "the whole log after reopen");
      }
    }
  });
}
