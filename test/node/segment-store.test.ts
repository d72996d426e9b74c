// The segment-file store: the shared LogStore conformance suite on a fresh temp dir per test (and again with
// every store in a pool of two descriptors), then what only files have: group commit (syncs counted through an
// injected fs), failed syncs, torn-tail recovery, index files and their rebuild, long reads across segments.
import * as fs from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, truncate as truncateFile, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AppendInfo, RecoveryReport } from "../../src/core/log-store.ts";
import { FilePool } from "../../src/node/file-pool.ts";
import { SegmentStore, type CommitFs, type SegmentStoreOptions } from "../../src/node/segment-store.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { batchSpans, encodeBatch } from "../../src/protocol/record-batch.ts";
import { storeConformanceSuite } from "../conformance/store-suite.ts";

const dirs: string[] = [];
const opened: SegmentStore[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "edgelog-segment-store-"));
  dirs.push(dir);
  return dir;
}
/** SegmentStore.open, remembered so that a failed test still closes it before its dir is removed. */
async function openStore(dir: string, opts: SegmentStoreOptions = {}): Promise<SegmentStore> {
  const store = await SegmentStore.open(dir, opts);
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

storeConformanceSuite("SegmentStore", async ({ segmentBytes, now }) => {
  // Not in `dirs`: the suite closes its stores and calls cleanup itself.
  const dir = await mkdtemp(join(tmpdir(), "edgelog-segment-store-"));
  // A small index interval, so the suite exercises the sparse index rather than scans from byte 0.
  const opts: SegmentStoreOptions = { segmentBytes, now, indexIntervalBytes: 256 };
  return {
    store: await SegmentStore.open(dir, opts),
    reopen: () => SegmentStore.open(dir, opts),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}, { resetUnsupported: true });

// Again with every store of the suite sharing a pool of two descriptors: each append round, read, roll,
// truncation and reopen then closes and reopens files, and waits for a descriptor when both are leased.
const tinyPool = new FilePool({ openFilesMax: 2 });
storeConformanceSuite("SegmentStore in a pool of 2 descriptors", async ({ segmentBytes, now }) => {
  const dir = await mkdtemp(join(tmpdir(), "edgelog-segment-store-"));
  const opts: SegmentStoreOptions = { segmentBytes, now, indexIntervalBytes: 256, files: tinyPool };
  return {
    store: await SegmentStore.open(dir, opts),
    reopen: () => SegmentStore.open(dir, opts),
    cleanup: async () => {
      await rm(dir, { recursive: true, force: true });
      expect(tinyPool.stats.openPeak).toBeLessThanOrEqual(2);
    },
  };
}, { resetUnsupported: true });

const realFs: CommitFs = {
  writev: (fd, buffers, position) =>
    new Promise((resolve, reject) => fs.writev(fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n)))),
  fdatasync: (fd) => new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()))),
};

function batch(baseOffset: number, recordCount = 1, valueBytes = 100, timestampMs = 1_000): { bytes: Uint8Array; info: AppendInfo } {
  const value = new Uint8Array(valueBytes).fill(baseOffset % 251);
  const records = Array.from({ length: recordCount }, (_, i) => ({ key: `key-${baseOffset + i}`, value, timestampMs: timestampMs + i }));
  const bytes = encodeBatch(records, { baseOffset });
  return { bytes, info: { baseOffset, lastOffset: baseOffset + recordCount - 1, maxTimestampMs: timestampMs + recordCount - 1 } };
}

/** Appends `count` batches without waiting in between; resolves when all are durable. */
async function appendMany(store: SegmentStore, count: number, recordCount = 1, valueBytes = 100): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const acks: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const b = batch(store.endOffset(), recordCount, valueBytes, 1_000 + store.endOffset());
    out.push(b.bytes);
    acks.push(store.append(b.bytes, b.info));
  }
  await Promise.all(acks);
  return out;
}

async function readAll(store: SegmentStore, maxBytes = 1 << 20): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let offset = store.startOffset();
  while (offset < store.durableEndOffset()) {
    const part = await store.read(offset, maxBytes, store.durableEndOffset());
    expect(part.byteLength).toBeGreaterThan(0);
    parts.push(part);
    for (const s of batchSpans(part)) offset = s.header.baseOffset + s.header.lastOffsetDelta + 1;
  }
  return Buffer.concat(parts);
}

function lastLogFile(dir: string, names: string[]): string {
  return join(dir, names.filter((n) => n.endsWith(".log")).sort().at(-1)!);
}

describe("SegmentStore group commit", () => {
  it("shares fdatasyncs among many concurrent appends and acknowledges them in order", async () => {
    let syncs = 0;
    const store = await openStore(await tempDir(), {
      fsImpl: { fdatasync: (fd) => (syncs++, realFs.fdatasync(fd)) },
    });
    const order: number[] = [];
    const acks: Promise<void>[] = [];
    for (let i = 0; i < 1000; i++) {
      const b = batch(i, 1, 1024);
      acks.push(store.append(b.bytes, b.info).then(() => void order.push(i)));
    }
    expect(store.endOffset()).toBe(1000);
    await Promise.all(acks);
    expect(order).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(syncs).toBe(store.syncCount);
    expect(syncs).toBeLessThan(10);
    expect(store.stats.rounds).toBeLessThan(10);
    expect(store.durableEndOffset()).toBe(1000);
    await store.close();
  });

  it("closes a round at roundBytesMax and queues the rest as further rounds, in order", async () => {
    const store = await openStore(await tempDir(), { roundBytesMax: 100 * 1024 });
    const order: number[] = [];
    const acks = Array.from({ length: 100 }, (_, i) => {
      const b = batch(i, 1, 10 * 1024);
      return store.append(b.bytes, b.info).then(() => void order.push(i));
    });
    await Promise.all(acks);
    expect(order).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(store.syncCount).toBe(10); // ten batches of ~10 KiB reach 100 KiB
    expect(store.stats.rounds).toBe(10);
    await store.close();
  });

  it("acknowledges only after fdatasync; appends during a round form the next round", async () => {
    const gates: (() => void)[] = [];
    let onGate: (() => void) | null = null;
    const store = await openStore(await tempDir(), {
      fsImpl: {
        fdatasync: async (fd) => {
          await new Promise<void>((release) => {
            gates.push(release);
            onGate?.();
          });
          await realFs.fdatasync(fd);
        },
      },
    });
    /** Resolves once a sync waits at its gate. */
    const syncWaiting = () => new Promise<void>((resolve) => (gates.length > 0 ? resolve() : (onGate = resolve)));
    /** Acks and gate releases in the order they happened: an ack before its sync's release shows here. */
    const events: string[] = [];
    const releaseSync = () => {
      events.push("sync released");
      gates.shift()!();
    };
    const acked: string[] = [];
    const ack = (name: string) => () => void (acked.push(name), events.push(name));
    const a = batch(0);
    const first = store.append(a.bytes, a.info).then(ack("a"));
    await syncWaiting();
    expect(gates).toHaveLength(1);
    const b = batch(1);
    const c = batch(2);
    const rest = [store.append(b.bytes, b.info).then(ack("b")), store.append(c.bytes, c.info).then(ack("c"))];
    expect(acked).toEqual([]);
    expect(store.durableEndOffset()).toBe(0);
    expect((await store.read(0, 1 << 20, 3)).byteLength).toBe(0); // nothing durable to read yet
    expect(acked).toEqual([]);
    releaseSync();
    await first;
    expect(store.durableEndOffset()).toBe(1);
    await syncWaiting(); // b and c: one round, one sync
    expect(gates).toHaveLength(1);
    expect(acked).toEqual(["a"]);
    releaseSync();
    await Promise.all(rest);
    expect(acked).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["sync released", "a", "sync released", "b", "c"]);
    expect(store.syncCount).toBe(2);
    await store.close();
  });

  it("fails the store when a sync fails: that round and every later append reject", async () => {
    let failNext = false;
    const dir = await tempDir();
    const store = await openStore(dir, {
      fsImpl: {
        fdatasync: async (fd) => {
          if (failNext) throw Object.assign(new Error("EIO: i/o error, fdatasync"), { code: "EIO" });
          await realFs.fdatasync(fd);
        },
      },
    });
    const good = await appendMany(store, 3);
    failNext = true;
    const b1 = batch(3);
    const b2 = batch(4);
    const r1 = store.append(b1.bytes, b1.info);
    const r2 = store.append(b2.bytes, b2.info);
    // Clients read the message: it names the step and the segment, never a path or an errno; the cause has them.
    const failure = await r1.catch((err: Error) => err);
    expect(failure).toMatchObject({ code: ErrorCode.STORAGE_ERROR, message: expect.stringMatching(/fdatasync segment 0{20}\.log failed/), cause: { code: "EIO" } });
    expect((failure as Error).message).not.toMatch(/EIO|\//);
    await expect(r2).rejects.toMatchObject({ code: ErrorCode.STORAGE_ERROR });
    failNext = false;
    const b3 = batch(5);
    await expect(store.append(b3.bytes, b3.info)).rejects.toMatchObject({ code: ErrorCode.STORAGE_ERROR });
    expect(store.durableEndOffset()).toBe(3);
    expectSame(await store.read(0, 1 << 20, 10), Buffer.concat(good)); // durable data stays readable
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.endOffset()).toBeGreaterThanOrEqual(3);
    await reopened.close();
  });

  it("fails the store when a write fails", async () => {
    const store = await openStore(await tempDir(), {
      fsImpl: { writev: async () => Promise.reject(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" })) },
    });
    const b = batch(0);
    await expect(store.append(b.bytes, b.info)).rejects.toMatchObject({ message: expect.stringMatching(/^segment store: writev segment 0{20}\.log at byte 0 failed/), cause: { code: "ENOSPC" } });
    expect(store.durableEndOffset()).toBe(0);
    await store.close();
  });

  it("completes short writes", async () => {
    const dir = await tempDir();
    const store = await openStore(dir, {
      // At most 1000 bytes per call, and never the whole of a multi-buffer write.
      fsImpl: { writev: (fd, buffers, position) => realFs.writev(fd, [Buffer.concat(buffers).subarray(0, 1000)], position) },
    });
    const written = await appendMany(store, 50, 3, 700);
    expect(store.stats.writevCalls).toBeGreaterThan(50);
    expectSame(await readAll(store), Buffer.concat(written));
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.lastRecovery).toBeNull();
    expectSame(await readAll(reopened), Buffer.concat(written));
    await reopened.close();
  });

  it("syncs the old segment before creating the next, and the directory after", async () => {
    const events: string[] = [];
    const dir = await tempDir();
    const store = await openStore(dir, {
      segmentBytes: 1000,
      fsImpl: {
        writev: (fd, b, p) => (events.push("write"), realFs.writev(fd, b, p)),
        fdatasync: (fd) => (events.push("sync"), realFs.fdatasync(fd)),
      },
    });
    const dirSyncsAtOpen = store.stats.dirSyncs;
    await appendMany(store, 3, 1, 600); // ~680 bytes each: three segments, all in one round
    expect(store.segments()).toHaveLength(3);
    expect(events).toEqual(["write", "sync", "write", "sync", "write", "sync"]);
    expect(store.stats.dirSyncs - dirSyncsAtOpen).toBe(2);
    await store.close();
  });
});

describe("SegmentStore recovery", () => {
  async function logWithThreeSegments(): Promise<{ dir: string; batches: Uint8Array[]; reports: RecoveryReport[]; open: () => Promise<SegmentStore> }> {
    const dir = await tempDir();
    const reports: RecoveryReport[] = [];
    const open = () => openStore(dir, { segmentBytes: 4096, indexIntervalBytes: 512, onRecovery: (r) => reports.push(r) });
    const store = await open();
    const batches = await appendMany(store, 30, 2, 300); // ~750 bytes each: 5 per segment, 6 segments
    expect(store.segments().length).toBeGreaterThan(2);
    await store.close();
    return { dir, batches, reports, open };
  }

  it("cuts garbage after the last batch", async () => {
    const { dir, batches, reports, open } = await logWithThreeSegments();
    const file = lastLogFile(dir, await readdir(dir));
    const noise = Buffer.from("this is not a record batch, just noise past the end");
    await writeFile(file, noise, { flag: "a" });
    const store = await open();
    expect(store.lastRecovery).toEqual({ truncatedBytes: noise.length, location: expect.stringContaining(file), endOffset: 60 });
    expect(reports).toEqual([store.lastRecovery]);
    expect(store.endOffset()).toBe(60);
    expectSame(await readAll(store), Buffer.concat(batches));
    await appendsWorkAfter(store, 60);
  });

  it("cuts a batch torn in half", async () => {
    const { dir, batches, open } = await logWithThreeSegments();
    const file = lastLogFile(dir, await readdir(dir));
    const last = batches.at(-1)!;
    await truncateFile(file, (await stat(file)).size - Math.floor(last.byteLength / 2));
    const store = await open();
    expect(store.lastRecovery).toMatchObject({ truncatedBytes: last.byteLength - Math.floor(last.byteLength / 2), endOffset: 58 });
    expect(store.endOffset()).toBe(58);
    expectSame(await readAll(store), Buffer.concat(batches.slice(0, -1)));
    await appendsWorkAfter(store, 58);
  });

  it("cuts a batch whose payload fails its CRC", async () => {
    const { dir, batches, open } = await logWithThreeSegments();
    const file = lastLogFile(dir, await readdir(dir));
    const bytes = await readFile(file);
    bytes[bytes.length - 20]! ^= 0x01; // inside the last record's value
    await writeFile(file, bytes);
    const store = await open();
    expect(store.lastRecovery).toMatchObject({ truncatedBytes: batches.at(-1)!.byteLength, endOffset: 58 });
    expect(store.lastRecovery!.location).toMatch(/CRC/);
    expectSame(await readAll(store), Buffer.concat(batches.slice(0, -1)));
    await appendsWorkAfter(store, 58);
  });

  it("reports nothing for a clean log, keeps an empty last segment and sweeps stray index files", async () => {
    const { dir, batches, reports, open } = await logWithThreeSegments();
    let store = await open();
    expect(store.lastRecovery).toBeNull();
    store.roll();
    await store.close();
    await writeFile(join(dir, "00000000000000099999.index"), Buffer.alloc(16));
    await writeFile(join(dir, "00000000000000099999.timeindex"), Buffer.alloc(24));
    store = await open();
    expect(store.lastRecovery).toBeNull();
    expect(reports).toEqual([]);
    expect(store.segments().at(-1)).toMatchObject({ baseOffset: 60, endOffset: 60, sizeBytes: 0 });
    expect((await stat(join(dir, "00000000000000000060.log"))).size).toBe(0);
    expect((await readdir(dir)).filter((n) => n.startsWith("00000000000000099999"))).toEqual([]);
    expectSame(await readAll(store), Buffer.concat(batches));
    await appendsWorkAfter(store, 60);
  });

  it("refuses to open when a sealed segment is damaged", async () => {
    const { dir, open } = await logWithThreeSegments();
    const first = join(dir, "00000000000000000000.log");
    const bytes = await readFile(first);
    bytes[16] = 7; // the first batch's magic byte
    await writeFile(first, bytes);
    await unlink(join(dir, "00000000000000000000.index")); // force the scan
    await expect(open()).rejects.toThrow(/00000000000000000000\.log is corrupt at byte 0: magic 7/);
  });

  async function appendsWorkAfter(store: SegmentStore, endOffset: number): Promise<void> {
    const b = batch(endOffset, 2);
    await store.append(b.bytes, b.info);
    expectSame(await store.read(endOffset, 1 << 20, endOffset + 2), Buffer.from(b.bytes));
    await store.close();
  }
});

describe("SegmentStore index files", () => {
  async function manySegments(indexIntervalBytes = 1024) {
    const dir = await tempDir();
    const open = () => openStore(dir, { segmentBytes: 64 * 1024, indexIntervalBytes });
    const store = await open();
    const batches = await appendMany(store, 400, 3, 300); // ~1 KiB each, ~64 per segment
    const segmentCount = store.segments().length;
    expect(segmentCount).toBeGreaterThan(5);
    await store.close();
    return { dir, open, batches, segmentCount };
  }

  async function snapshot(store: SegmentStore) {
    const times = [];
    for (let ts = 900; ts < 2_300; ts += 37) times.push(await store.offsetForTimestamp(ts));
    const reads = [];
    for (let offset = 0; offset < store.endOffset(); offset += 7) reads.push(await store.read(offset, 3000, store.endOffset()));
    return { segments: store.segments(), times, reads: reads.map((r) => Buffer.from(r).toString("base64")), all: await readAll(store) };
  }

  it("writes the documented layout when a segment is sealed", async () => {
    const { dir } = await manySegments();
    const index = await readFile(join(dir, "00000000000000000000.index"));
    const time = await readFile(join(dir, "00000000000000000000.timeindex"));
    const log = await readFile(join(dir, "00000000000000000000.log"));
    const entries = index.length / 8;
    expect(entries).toBeGreaterThan(10);
    expect(time.length).toBe((entries + 1) * 12);
    for (let i = 0; i < entries; i++) {
      const rel = index.readUInt32BE(i * 8);
      const pos = index.readUInt32BE(i * 8 + 4);
      expect(Number(log.readBigInt64BE(pos)), `entry ${i} names the batch at its position`).toBe(rel);
      expect(time.readUInt32BE(i * 12 + 8)).toBe(rel);
    }
    const spans = [...batchSpans(log)];
    const last = spans.at(-1)!.header;
    expect(time.readUInt32BE(entries * 12 + 8)).toBe(last.baseOffset + last.lastOffsetDelta + 1);
    expect(Number(time.readBigInt64BE(entries * 12))).toBe(Math.max(...spans.map((s) => s.header.maxTimestampMs)));
  });

  it("loads consistent index files without rebuilding, and rebuilds missing or damaged ones", async () => {
    const { dir, open, segmentCount, batches } = await manySegments();
    let store = await open();
    expect(store.stats.indexRebuilds).toBe(0);
    const before = await snapshot(store);
    expectSame(before.all, Buffer.concat(batches));
    await store.close();

    const names = await readdir(dir);
    for (const n of names.filter((n) => n.endsWith(".index") || n.endsWith(".timeindex"))) await unlink(join(dir, n));
    store = await open();
    expect(store.stats.indexRebuilds).toBe(segmentCount - 1); // the active segment is always scanned
    expect(comparable(await snapshot(store))).toEqual(comparable(before));
    await store.close();

    // Damage: garbage entries, a short file, a stale final entry.
    await writeFile(join(dir, "00000000000000000000.index"), Buffer.alloc(64, 0xff));
    const second = names.filter((n) => n.endsWith(".timeindex")).sort()[1]!;
    const t = await readFile(join(dir, second));
    await writeFile(join(dir, second), t.subarray(0, t.length - 5));
    const third = names.filter((n) => n.endsWith(".timeindex")).sort()[2]!;
    const t3 = await readFile(join(dir, third));
    t3.writeUInt32BE(t3.readUInt32BE(t3.length - 4) - 1, t3.length - 4);
    await writeFile(join(dir, third), t3);
    store = await open();
    expect(store.stats.indexRebuilds).toBe(3);
    expect(comparable(await snapshot(store))).toEqual(comparable(before));
    await store.close();
  });

  it("reads everything from offset 0 across many segments, with few open files", async () => {
    const dir = await tempDir();
    const files = new FilePool({ openFilesMax: 2 });
    const store = await openStore(dir, { segmentBytes: 8 * 1024, files });
    const batches = await appendMany(store, 600, 2, 500); // ~1.1 KiB: ~7 per segment, ~85 segments
    expect(store.segments().length).toBeGreaterThan(80);
    const expected = Buffer.concat(batches);
    expectSame(await readAll(store), expected);
    expectSame(await readAll(store, 1), expected);
    expectSame(await readAll(store, 5000), expected);
    await store.close();
    const reopened = await openStore(dir, { segmentBytes: 8 * 1024, files });
    expectSame(await readAll(reopened), expected);
    await reopened.close();
    expect(files.stats.openPeak).toBe(2);
    expect(files.openCount).toBe(0);
  });

  it("destroy removes the directory; close flushes what is queued", async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const b = batch(0);
    const acked = store.append(b.bytes, b.info);
    await store.close(); // before the flush loop has run
    await acked;
    const reopened = await openStore(dir);
    expect(reopened.endOffset()).toBe(1);
    await reopened.destroy();
    await expect(stat(dir)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("keeps reads consistent while truncate and retention run", async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { segmentBytes: 4096, indexIntervalBytes: 300 });
    const batches = await appendMany(store, 100, 2, 200);
    const reads = Array.from({ length: 50 }, (_, i) => store.read(i * 4, 4096, store.durableEndOffset()));
    const deleting = store.deleteSegmentsBefore(40);
    const truncating = store.truncate(150);
    const results = await Promise.all(reads);
    await Promise.all([deleting, truncating]);
    for (const r of results) {
      for (const s of batchSpans(r)) {
        expect(s.header.baseOffset).toBeLessThan(200);
        const i = s.header.baseOffset / 2;
        expectSame(r.subarray(s.start, s.end), batches[i]!);
      }
    }
    expect(store.endOffset()).toBe(150);
    expect(store.startOffset()).toBeLessThanOrEqual(40);
    expectSame(await readAll(store), Buffer.concat(batches.slice(store.startOffset() / 2, 75)));
    await store.close();
  });
});

/** Byte equality without toEqual's slow element-by-element walk. */
function expectSame(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.byteLength).toBe(expected.byteLength);
  expect(Buffer.compare(actual, expected), "bytes differ").toBe(0);
}

function comparable<T extends { all: Buffer }>(snap: T) {
  return { ...snap, all: snap.all.toString("base64") };
}

