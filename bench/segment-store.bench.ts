/**
 * SegmentStore throughput on this machine's disk: appends acknowledged after fdatasync (1 MiB batches,
 * and many concurrent producers of 16 KiB batches sharing syncs), then a consumer reading the whole
 * log from offset 0 (warm page cache). Run: node --import tsx bench/segment-store.bench.ts
 * Options (env): BENCH_DIR (default os.tmpdir()), BENCH_MB (data per append run, default 512).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SegmentStore } from "../src/node/segment-store.ts";
import { encodeBatch, readBatchHeader, setBaseOffset } from "../src/protocol/record-batch.ts";

const MiB = 1024 * 1024;
const totalBytes = Number(process.env.BENCH_MB ?? 512) * MiB;
const baseDir = process.env.BENCH_DIR ?? tmpdir();

/** A batch of `recordCount` records of `valueBytes`, as a producer would send it. */
function template(recordCount: number, valueBytes: number): Uint8Array {
  const value = new Uint8Array(valueBytes);
  for (let i = 0; i < valueBytes; i++) value[i] = (i * 31) & 0xff;
  return encodeBatch(
    Array.from({ length: recordCount }, (_, i) => ({ key: `key-${i}`, value })),
    { nowMs: Date.now() },
  );
}

/** Appends a fresh copy of `tpl` (the log owns each batch it is given), stamped with the next offset. */
function appendCopy(store: SegmentStore, tpl: Uint8Array): Promise<void> {
  const batch = tpl.slice();
  const baseOffset = store.endOffset();
  setBaseOffset(batch, baseOffset);
  const h = readBatchHeader(batch, 0);
  return store.append(batch, { baseOffset, lastOffset: baseOffset + h.lastOffsetDelta, maxTimestampMs: h.maxTimestampMs });
}

interface AppendResult {
  name: string;
  seconds: number;
  bytes: number;
  appends: number;
  syncs: number;
  /** Ack latency of one append. */
  p50Ms: number;
  p99Ms: number;
}

/** `producers` loops, each appending its next batch once the previous one is acknowledged. */
async function appendRun(name: string, store: SegmentStore, tpl: Uint8Array, producers: number): Promise<AppendResult> {
  const appends = Math.max(producers, Math.floor(totalBytes / tpl.byteLength));
  let issued = 0;
  const latenciesMs: number[] = [];
  const syncsBefore = store.syncCount;
  const bytesBefore = store.sizeBytes();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: producers }, async () => {
      while (issued < appends) {
        issued++;
        const t = performance.now();
        await appendCopy(store, tpl);
        latenciesMs.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latenciesMs.sort((a, b) => a - b);
  const pct = (p: number) => latenciesMs[Math.min(latenciesMs.length - 1, Math.floor(p * latenciesMs.length))]!;
  return { name, seconds, bytes: store.sizeBytes() - bytesBefore, appends, syncs: store.syncCount - syncsBefore, p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

function report(r: AppendResult): void {
  console.log(
    `${r.name.padEnd(40)} ${(r.bytes / MiB / r.seconds).toFixed(0).padStart(6)} MB/s ` +
      `${(r.appends / r.seconds).toFixed(0).padStart(8)} appends/s ${String(r.syncs).padStart(6)} syncs ` +
      `(${(r.appends / r.syncs).toFixed(1)} appends/sync) ack p50 ${r.p50Ms.toFixed(1)} ms p99 ${r.p99Ms.toFixed(1)} ms`,
  );
}

async function readRun(store: SegmentStore, maxBytes: number): Promise<void> {
  const end = store.durableEndOffset();
  let offset = store.startOffset();
  let bytes = 0;
  let reads = 0;
  const start = performance.now();
  while (offset < end) {
    const part = await store.read(offset, maxBytes, end);
    bytes += part.byteLength;
    reads++;
    // The next offset: the last batch's end. Walk headers, as a consumer does.
    let pos = 0;
    let last = 0;
    while (pos < part.byteLength) {
      const h = readBatchHeader(part, pos);
      last = h.baseOffset + h.lastOffsetDelta + 1;
      pos += 12 + h.batchLength;
    }
    offset = last;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${`read from 0, maxBytes ${maxBytes / 1024} KiB`.padEnd(40)} ${(bytes / MiB / seconds).toFixed(0).padStart(6)} MB/s ` +
      `${(reads / seconds).toFixed(0).padStart(8)} reads/s   (${(bytes / MiB).toFixed(0)} MiB, ${store.segments().length} segments)`,
  );
}

async function main(): Promise<void> {
  console.log(`SegmentStore bench: ${totalBytes / MiB} MiB per append run, dir ${baseDir}, node ${process.version}`);
  const big = template(16, 64 * 1024 - 40); // ~1 MiB
  const small = template(16, 1024 - 40); // ~16 KiB
  console.log(`batches: ${(big.byteLength / 1024).toFixed(0)} KiB and ${(small.byteLength / 1024).toFixed(1)} KiB`);

  const runs: [string, Uint8Array, number][] = [
    ["1 MiB batches, 1 producer", big, 1],
    ["1 MiB batches, 8 producers", big, 8],
    ["16 KiB batches, 1 producer", small, 1],
    ["16 KiB batches, 64 producers", small, 64],
    ["16 KiB batches, 1024 producers", small, 1024],
  ];
  for (const [name, tpl, producers] of runs) {
    // A fresh directory per run, removed before the next, so runs do not inherit each other's dirty pages.
    const dir = await mkdtemp(join(baseDir, "edgelog-bench-"));
    try {
      // 64 MiB segments: the consumer below crosses segment boundaries.
      const store = await SegmentStore.open(dir, { segmentBytes: 64 * MiB });
      report(await appendRun(name, store, tpl, producers));
      if (producers === 1024) for (const maxBytes of [256 * 1024, MiB, 8 * MiB]) await readRun(store, maxBytes);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

await main();
