// The SQLite store inside workerd: the shared LogStore conformance suite with every test body running in
// a fresh SQLite-backed Durable Object (only code inside the object may use its storage), then what only SQLite
// has: the row-size bound, index-only lookups, dropped tables, a real object restart, rows deleted by byte retention.
import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { AppendInfo } from "../../src/core/log-store.ts";
import { PartitionLog } from "../../src/core/partition-log.ts";
import { segmentBytesFor } from "../../src/core/retention.ts";
import { EDGE_BATCH_BYTES_MAX, EDGE_SEGMENT_BYTES_DEFAULT, SqliteStore, sqliteStoreStatements } from "../../src/edge/sqlite-store.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { batchSpans, decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { storeConformanceSuite } from "../conformance/store-suite.ts";
import type { StoreTestDO } from "./store-worker.ts";

function freshObject(): DurableObjectStub<StoreTestDO> {
  return env.STORE_TEST.get(env.STORE_TEST.newUniqueId());
}

/** Runs `body` inside a fresh Durable Object with its storage. */
function inObject<R>(body: (storage: DurableObjectStorage) => R | Promise<R>, stub = freshObject()): Promise<R> {
  return runInDurableObject(stub, (_instance, state) => body(state.storage));
}

/** The object whose I/O context the current conformance test body runs in. */
let current: { stub: DurableObjectStub<StoreTestDO>; storage: DurableObjectStorage } | null = null;
/** A test may open several stores; each gets its own tables. */
let storeCount = 0;

storeConformanceSuite(
  "SqliteStore (workerd)",
  async ({ segmentBytes, now }) => {
    const { stub, storage } = current!;
    const opts = { segmentBytes, now, prefix: `log${++storeCount}` };
    return {
      store: new SqliteStore(storage.sql, opts),
      // What a restarted Durable Object does: a new store over the same database.
      reopen: async () => new SqliteStore(storage.sql, opts),
      cleanup: () => inObject((s) => s.deleteAll(), stub),
    };
  },
  {
    runTest: (body) => {
      const stub = freshObject();
      return runInDurableObject(stub, async (_instance, state) => {
        current = { stub, storage: state.storage };
        try {
          await body();
        } finally {
          current = null;
        }
      });
    },
  },
);

function batch(baseOffset: number, valueBytes = 16, timestampMs = 1_000): { bytes: Uint8Array; info: AppendInfo } {
  const bytes = encodeBatch([{ key: "k", value: new Uint8Array(valueBytes).fill(7), timestampMs }], { baseOffset });
  return { bytes, info: { baseOffset, lastOffset: baseOffset, maxTimestampMs: timestampMs } };
}

/** A one-record batch of exactly `totalBytes` bytes. */
function batchOfSize(baseOffset: number, totalBytes: number): { bytes: Uint8Array; info: AppendInfo } {
  // The record's length varints grow by a byte or two with the value: close in from below.
  let valueBytes = totalBytes - batch(baseOffset, 0).bytes.byteLength;
  let b = batch(baseOffset, valueBytes);
  while (b.bytes.byteLength > totalBytes) b = batch(baseOffset, --valueBytes);
  expect(b.bytes.byteLength).toBe(totalBytes);
  return b;
}

function tableNames(storage: DurableObjectStorage): string[] {
  return storage.sql
    .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name")
    .toArray()
    .map((r) => r.name);
}

function queryPlan(storage: DurableObjectStorage, statement: string, ...bindings: unknown[]): string[] {
  return storage.sql
    .exec<{ detail: string }>(`EXPLAIN QUERY PLAN ${statement}`, ...bindings)
    .toArray()
    .map((r) => r.detail);
}

describe("SqliteStore", () => {
  it("stores a batch of EDGE_BATCH_BYTES_MAX in one row under 2 MB and rejects a larger one cleanly", async () => {
    expect(EDGE_BATCH_BYTES_MAX).toBeLessThan(2_000_000 - 64 * 1024);
    await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql, { segmentBytes: 4 * 1024 * 1024 });
      const largest = batchOfSize(0, EDGE_BATCH_BYTES_MAX);
      await store.append(largest.bytes, largest.info);
      const tooLarge = batchOfSize(1, EDGE_BATCH_BYTES_MAX + 1);
      let thrown: unknown;
      try {
        void store.append(tooLarge.bytes, tooLarge.info);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ProtocolError);
      expect((thrown as ProtocolError).code).toBe(ErrorCode.RECORD_TOO_LARGE);
      expect(store.endOffset()).toBe(1);
      // The store is not failed: the next batch goes in.
      const small = batch(1);
      await store.append(small.bytes, small.info);
      expect(store.endOffset()).toBe(2);
      const rows = storage.sql
        .exec<{ base_offset: number; row_bytes: number }>(
          // Every column's bytes: SQLite stores an integer in at most 9 bytes with its header byte.
          "SELECT base_offset, length(bytes) + 6 * 9 AS row_bytes FROM log_batches ORDER BY base_offset",
        )
        .toArray();
      expect(rows.map((r) => r.base_offset)).toEqual([0, 1]);
      for (const r of rows) expect(r.row_bytes).toBeLessThan(2_000_000);
      const read = await store.read(0, 1, 2);
      expect(read.byteLength).toBe(EDGE_BATCH_BYTES_MAX);
      expect(read.every((byte, i) => byte === largest.bytes[i])).toBe(true);
    });
  });

  it("stores only the bytes of a view into a larger buffer", async () => {
    await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql);
      const b = batch(0, 100);
      const frame = new Uint8Array(b.bytes.byteLength + 20).fill(0xee);
      frame.set(b.bytes, 10);
      await store.append(frame.subarray(10, 10 + b.bytes.byteLength), b.info);
      expect(await store.read(0, 1 << 20, 1)).toEqual(b.bytes);
    });
  });

  it("answers offsetForTimestamp with one index seek and reads with primary-key range scans", async () => {
    await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql, { segmentBytes: 1_000 });
      for (let i = 0; i < 50; i++) {
        const b = batch(i, 100, 10_000 - i * 7);
        await store.append(b.bytes, b.info);
      }
      expect(store.segments().length).toBeGreaterThan(5);
      const q = sqliteStoreStatements("log");
      const timePlan = queryPlan(storage, q.offsetForTimestamp, 0, 9_990);
      expect(timePlan).toEqual([expect.stringMatching(/^SEARCH log_batches USING COVERING INDEX log_batches_by_time \(segment_base=\? AND segment_max_timestamp_ms>\?\)$/)]);
      const rangeStatements: [string, ...number[]][] = [
        [q.readSizes, 10, 20],
        [q.readBytes, 10, 20],
        [q.deleteBatchesBefore, 10],
        [q.deleteBatchesFrom, 10],
      ];
      for (const [statement, ...bindings] of rangeStatements) {
        const plan = queryPlan(storage, statement, ...bindings);
        expect(plan.join("; "), statement).not.toMatch(/\bSCAN\b|TEMP B-TREE/);
        expect(plan.join("; "), statement).toMatch(/SEARCH log_batches USING INTEGER PRIMARY KEY/);
      }
      // And the answers are right across segments.
      expect(await store.offsetForTimestamp(10_000)).toBe(0);
      expect(await store.offsetForTimestamp(9_000)).toBe(0);
      expect(await store.offsetForTimestamp(10_001)).toBeNull();
    });
  });

  it("destroy drops its tables and leaves another prefix's log alone", async () => {
    await inObject(async (storage) => {
      const a = new SqliteStore(storage.sql, { prefix: "a", segmentBytes: 500 });
      const b = new SqliteStore(storage.sql, { prefix: "b" });
      for (let i = 0; i < 10; i++) {
        const x = batch(i);
        await Promise.all([a.append(x.bytes, x.info), b.append(x.bytes, x.info)]);
      }
      expect(tableNames(storage)).toEqual(["a_batches", "a_batches_by_time", "a_segments", "b_batches", "b_batches_by_time", "b_segments"]);
      await a.destroy();
      expect(tableNames(storage)).toEqual(["b_batches", "b_batches_by_time", "b_segments"]);
      await expect(a.append(batch(10).bytes, batch(10).info)).rejects.toThrow(/closed/);
      expect([...batchSpans(await b.read(0, 1 << 20, 10))]).toHaveLength(10);
      expect(() => new SqliteStore(storage.sql, { prefix: "x; DROP TABLE b_batches" })).toThrow(RangeError);
    });
  });

  it("restores the log when the Durable Object itself restarts", async () => {
    const id = env.STORE_TEST.newUniqueId();
    const opts = { segmentBytes: 400 };
    const before = await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql, opts);
      for (let i = 0; i < 20; i++) {
        const b = batch(i, 40, 5_000 + (i % 4) * 10);
        await store.append(b.bytes, b.info);
      }
      await store.deleteSegmentsBefore(5);
      await store.truncate(18);
      store.roll();
      return { segments: store.segments(), bytes: await store.read(store.startOffset(), 1 << 20, 18), time: await store.offsetForTimestamp(5_025) };
    }, env.STORE_TEST.get(id));
    expect(before.segments.length).toBeGreaterThan(2);
    // Every instance goes away (and with it every stub); a new stub's request builds a new instance
    // over the same SQLite database.
    await abortAllDurableObjects();
    const after = await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql, opts);
      return { segments: store.segments(), bytes: await store.read(store.startOffset(), 1 << 20, 18), time: await store.offsetForTimestamp(5_025) };
    }, env.STORE_TEST.get(id));
    expect(after).toEqual(before);
  });

  it("resetTo is all or nothing: a statement failing half way leaves the old log; a restart after it keeps the new one", async () => {
    const id = env.STORE_TEST.newUniqueId();
    const opts = { segmentBytes: 400 };
    const before = await inObject(async (storage) => {
      // What a crash between the reset's statements would leave: the second one fails, after the first ran.
      let failOn: string | null = null;
      const sql = {
        exec: ((query: string, ...bindings: unknown[]) => {
          if (failOn !== null && query === failOn) throw new Error("injected: storage failed mid-reset");
          return (storage.sql.exec as (q: string, ...b: unknown[]) => unknown)(query, ...bindings);
        }) as typeof storage.sql.exec,
      };
      const store = new SqliteStore(sql, { ...opts, transaction: (body) => storage.transactionSync(body) });
      for (let i = 0; i < 20; i++) {
        const b = batch(i, 40);
        await store.append(b.bytes, b.info);
      }
      await store.deleteSegmentsBefore(5);
      const old = { start: store.startOffset(), end: store.endOffset(), segments: store.segments(), bytes: await store.read(store.startOffset(), 1 << 20, 20) };
      failOn = sqliteStoreStatements("log").deleteAllSegments;
      await expect(store.resetTo(500)).rejects.toThrow(/mid-reset/);
      failOn = null;
      // Rolled back: the store, and a store opened afresh over the same tables, hold the old log.
      for (const s of [store, new SqliteStore(storage.sql, opts)]) {
        expect({ start: s.startOffset(), end: s.endOffset(), segments: s.segments(), bytes: await s.read(s.startOffset(), 1 << 20, 20) }).toEqual(old);
      }
      // And it goes on: the reset now succeeds, and the log takes appends from there.
      await store.resetTo(500);
      const b = batch(500, 40);
      await store.append(b.bytes, b.info);
      return { segments: store.segments(), bytes: await store.read(500, 1 << 20, 501) };
    }, env.STORE_TEST.get(id));
    expect(before.segments.map((s) => [s.baseOffset, s.endOffset])).toEqual([[500, 501]]);
    await abortAllDurableObjects();
    const after = await inObject(async (storage) => {
      const store = new SqliteStore(storage.sql, opts);
      return { segments: store.segments(), bytes: await store.read(500, 1 << 20, 501) };
    }, env.STORE_TEST.get(id));
    expect(after).toEqual(before);
  });

  it("a PartitionLog with retention.bytes below the segment size deletes rows as it goes: within the bound, offsets kept, across a restart", async () => {
    const id = env.STORE_TEST.newUniqueId();
    const retention = { retentionMs: -1, retentionBytes: 1_000_000, segmentMs: 7 * 24 * 3600 * 1000, segmentBytes: EDGE_SEGMENT_BYTES_DEFAULT };
    const segmentBytes = segmentBytesFor(retention);
    // What PartitionDO opens: the store with the topic's segment size, the log with the topic's config.
    const open = (storage: DurableObjectStorage) => {
      const store = new SqliteStore(storage.sql, { segmentBytes: retention.segmentBytes });
      const log = new PartitionLog({ topic: "t", partition: 0, store, clock: Date.now, retention, recordBytesMax: 1 << 20, batchBytesMax: EDGE_BATCH_BYTES_MAX });
      return { store, log };
    };
    const rowBytes = (storage: DurableObjectStorage) => storage.sql.exec<{ n: number }>("SELECT coalesce(sum(size_bytes), 0) AS n FROM log_batches").one().n;
    const state = async (storage: DurableObjectStorage, log: PartitionLog) => {
      const kept = decodeRecords((await log.read(log.logStartOffset, 64 * 1024)).records, log.logStartOffset);
      const first = kept[0]!;
      return { logStartOffset: log.logStartOffset, highWatermark: log.highWatermark, rowBytes: rowBytes(storage), sizeBytes: log.sizeBytes, first: [first.offset, Number.parseInt(new TextDecoder().decode(first.value!), 10)] };
    };
    const before = await inObject(async (storage) => {
      const { log } = open(storage);
      for (let b = 0; b < 100; b++) {
        const values = Array.from({ length: 100 }, (_, i) => ({ value: String(b * 100 + i).padEnd(1000, ".") }));
        await log.append(encodeBatch(values)).durable;
      }
      await log.enforceRetention(); // what the alarm does; the appends already ran passes of their own
      return state(storage, log);
    }, env.STORE_TEST.get(id));
    expect(before.highWatermark).toBe(10_000);
    expect(before.logStartOffset).toBeGreaterThan(0);
    expect(before.rowBytes).toBe(before.sizeBytes);
    expect(before.rowBytes).toBeGreaterThanOrEqual(retention.retentionBytes);
    expect(before.rowBytes).toBeLessThan(retention.retentionBytes + segmentBytes);
    expect(before.first).toEqual([before.logStartOffset, before.logStartOffset]);
    await abortAllDurableObjects();
    const after = await inObject(async (storage) => state(storage, open(storage).log), env.STORE_TEST.get(id));
    expect(after).toEqual(before);
  });
});
