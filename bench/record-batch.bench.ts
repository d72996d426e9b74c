/**
 * Micro-benchmark of the RecordBatch v2 codec and CRC-32C: `node --import tsx bench/record-batch.bench.ts`.
 * Prints records/s for BatchBuilder encode (1000-record batches of 100 B values, as bytes and as
 * strings), decodeBatch, verifyBatch, and crc32c MB/s; plus the int64 header read two ways, the
 * measurement behind record-batch.ts reading int64 as two 32-bit halves.
 */
import { crc32c } from "../src/protocol/crc32c.ts";
import { BatchBuilder, decodeBatch, readBatchHeader, verifyBatch } from "../src/protocol/record-batch.ts";

const RECORDS_PER_BATCH = 1000;
const VALUE_BYTES = 100;
const ROUNDS = 5;
const ROUND_MS = 400;

/** Runs fn repeatedly for about ROUND_MS, ROUNDS times, and returns the best rate of units per second. */
function measure(unitsPerCall: number, fn: () => void): number {
  for (let i = 0; i < 50; i++) fn(); // warm up the JIT
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let calls = 0;
    const start = performance.now();
    let elapsedMs = 0;
    do {
      for (let i = 0; i < 10; i++) fn();
      calls += 10;
      elapsedMs = performance.now() - start;
    } while (elapsedMs < ROUND_MS);
    best = Math.max(best, (calls * unitsPerCall) / (elapsedMs / 1000));
  }
  return best;
}

function format(rate: number): string {
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(2)}M` : `${(rate / 1e3).toFixed(0)}k`;
}

const value = new Uint8Array(VALUE_BYTES);
for (let i = 0; i < VALUE_BYTES; i++) value[i] = 32 + ((i * 7) % 90);
const valueText = new TextDecoder().decode(value);
const key = new TextEncoder().encode("user-12345");
const timestampMs = 1_700_000_000_000;
const builder = new BatchBuilder(256 * 1024, () => timestampMs);
let sink = 0;

const encodeBytes = measure(RECORDS_PER_BATCH, () => {
  for (let i = 0; i < RECORDS_PER_BATCH; i++) builder.add({ value, timestampMs });
  sink += builder.finish().length;
});
const encodeKeyed = measure(RECORDS_PER_BATCH, () => {
  for (let i = 0; i < RECORDS_PER_BATCH; i++) builder.add({ key, value, timestampMs });
  sink += builder.finish().length;
});
const encodeText = measure(RECORDS_PER_BATCH, () => {
  for (let i = 0; i < RECORDS_PER_BATCH; i++) builder.add({ value: valueText, timestampMs });
  sink += builder.finish().length;
});

for (let i = 0; i < RECORDS_PER_BATCH; i++) builder.add({ key, value, timestampMs: timestampMs + i });
const batch = builder.finish();

const decode = measure(RECORDS_PER_BATCH, () => {
  sink += decodeBatch(batch).length;
});
const verify = measure(RECORDS_PER_BATCH, () => {
  sink += verifyBatch(batch).recordCount;
});

const crcInput = new Uint8Array(1024 * 1024);
for (let i = 0; i < crcInput.length; i++) crcInput[i] = (i * 2654435761) >>> 24;
const crcBytesPerS = measure(crcInput.length, () => {
  sink += crc32c(crcInput);
});
const crcBatchBytesPerS = measure(batch.length, () => {
  sink += crc32c(batch, 21);
});

// int64 header fields: split 32-bit halves (what the codec does) vs DataView BigInt accessors.
const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
const headerSplit = measure(1000, () => {
  for (let i = 0; i < 1000; i++) sink += readBatchHeader(batch).baseTimestampMs;
});
const int64Split = measure(1000, () => {
  for (let i = 0; i < 1000; i++) sink += view.getInt32(27) * 0x1_0000_0000 + view.getUint32(31);
});
const int64BigInt = measure(1000, () => {
  for (let i = 0; i < 1000; i++) sink += Number(view.getBigInt64(27));
});

console.log(`RecordBatch v2, ${RECORDS_PER_BATCH}-record batches, ${VALUE_BYTES} B values (best of ${ROUNDS}), node ${process.version}`);
console.log(`  encode  BatchBuilder, bytes, no key   ${format(encodeBytes)} records/s`);
console.log(`  encode  BatchBuilder, bytes, 10 B key ${format(encodeKeyed)} records/s`);
console.log(`  encode  BatchBuilder, string values   ${format(encodeText)} records/s`);
console.log(`  decode  decodeBatch (10 B key)        ${format(decode)} records/s`);
console.log(`  verify  verifyBatch (CRC + framing)   ${format(verify)} records/s`);
console.log(`  crc32c  1 MiB                         ${(crcBytesPerS / 1e6).toFixed(0)} MB/s`);
console.log(`  crc32c  one batch (${batch.length} B)     ${(crcBatchBytesPerS / 1e6).toFixed(0)} MB/s`);
console.log(`  readBatchHeader                       ${format(headerSplit)} headers/s`);
console.log(`  int64 read: 32-bit halves ${format(int64Split)}/s, getBigInt64 ${format(int64BigInt)}/s`);
if (sink === 0.5) console.log(""); // keep results observable so nothing is optimised away
