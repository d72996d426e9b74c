// A follower's side of PartitionLog (appendReplicated) never stores a corrupt or misplaced batch: a flipped
// byte in what the leader read back from its storage fails the CRC; batches the leader ships from memory
// (`verified`, their CRC checked on the way in) skip that pass but still fail on a bad header, framing or
// offset, or on bytes that are not whole batches.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { PartitionLog } from "../../src/core/partition-log.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";

const day = 24 * 3600 * 1000;

function replicaLog(tailCacheBytesMax?: number) {
  const clock = new ManualClock(1_000_000);
  const store = new MemoryStore({ segmentBytes: 1 << 20, now: clock.now });
  const log = new PartitionLog({
    topic: "t",
    partition: 0,
    store,
    clock: clock.now,
    retention: { retentionMs: -1, retentionBytes: -1, segmentMs: 7 * day },
    recordBytesMax: 1024,
    batchBytesMax: 64 * 1024,
    tailCacheBytesMax,
    replica: { epochs: [], highWatermark: 0, saveEpochs: () => {}, saveHighWatermark: () => {} },
  });
  return { log, store };
}

/** A leader in epoch 3 holding three batches of two records: what it ships, from memory and from its store. */
async function leaderBatches(tailCacheBytesMax?: number) {
  const { log } = replicaLog(tailCacheBytesMax);
  log.leaderEpoch = 3;
  for (let b = 0; b < 3; b++) await log.append(encodeBatch([{ value: `v${b}a` }, { value: `v${b}b` }], { nowMs: 1_000_000 })).durable;
  return log.readForReplica(0, 1 << 20);
}

function codeOf(fn: () => unknown): number | string {
  try {
    fn();
  } catch (err) {
    return err instanceof ProtocolError ? err.code : String(err);
  }
  return "no error";
}

const values = (bytes: Uint8Array) => decodeRecords(bytes).map((r) => new TextDecoder().decode(r.value!));

describe("a follower's appendReplicated", () => {
  it("marks what the leader reads from its tail cache as verified, and what it reads back from the store as not", async () => {
    expect((await leaderBatches()).verified).toBe(true);
    const fromStore = await leaderBatches(0);
    expect(fromStore.verified).toBe(false);
    expect(values(fromStore.records)).toEqual(["v0a", "v0b", "v1a", "v1b", "v2a", "v2b"]);
  });

  it("stores the leader's batches as they are, with their offsets and epoch, verified or not", async () => {
    for (const verified of [false, true]) {
      const { records } = await leaderBatches();
      const { log, store } = replicaLog();
      await log.appendReplicated(records, verified).durable;
      expect(log.logEndOffset).toBe(6);
      expect(log.epochs!.entries).toEqual([{ epoch: 3, startOffset: 0 }]);
      expect(await store.read(0, 1 << 20, 6)).toEqual(records);
    }
  });

  it("refuses a batch whose bytes changed when they are not verified (CRC), and stores nothing of the request", async () => {
    const { records } = await leaderBatches(0);
    const corrupt = records.slice();
    corrupt[corrupt.length - 2] ^= 0x01; // a value byte of the last batch
    const { log } = replicaLog();
    expect(codeOf(() => log.appendReplicated(corrupt, false))).toBe(ErrorCode.CORRUPT_BATCH);
    expect(log.logEndOffset).toBe(0);
  });

  it("skips only the CRC pass for verified batches (their CRC was checked when they entered the partition)", async () => {
    const { records } = await leaderBatches();
    const wrongCrc = records.slice();
    wrongCrc[17] ^= 0xff; // the first batch's CRC field
    expect(codeOf(() => replicaLog().log.appendReplicated(wrongCrc, false))).toBe(ErrorCode.CORRUPT_BATCH);
    const { log } = replicaLog();
    await log.appendReplicated(wrongCrc, true).durable;
    expect(log.logEndOffset).toBe(6);
  });

  it("checks header, framing and placement of verified batches too", async () => {
    const { records } = await leaderBatches();
    const { log } = replicaLog();
    // Misplaced: the request starts at offset 2, the log ends at 0.
    const secondOn = records.subarray(batchEnd(records, 0));
    expect(codeOf(() => log.appendReplicated(secondOn, true))).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    // Not a RecordBatch v2 (magic byte).
    const badMagic = records.slice();
    badMagic[16] = 1;
    expect(codeOf(() => log.appendReplicated(badMagic, true))).toBe(ErrorCode.CORRUPT_BATCH);
    // Framing: a record's length overruns its batch.
    const badFraming = records.slice();
    badFraming[61] = 0x7e;
    expect(codeOf(() => log.appendReplicated(badFraming, true))).toBe(ErrorCode.CORRUPT_BATCH);
    // Not whole batches to the last byte: cut short, or with bytes after the last batch.
    expect(codeOf(() => log.appendReplicated(records.subarray(0, records.length - 1), true))).toBe(ErrorCode.CORRUPT_BATCH);
    const trailing = new Uint8Array(records.length + 3);
    trailing.set(records);
    expect(codeOf(() => log.appendReplicated(trailing, true))).toBe(ErrorCode.CORRUPT_BATCH);
    expect(log.logEndOffset).toBe(0);
    await log.appendReplicated(records, true).durable;
    expect(log.logEndOffset).toBe(6);
  });
});

/** End of the batch starting at `pos` (12 bytes of base offset and length, then the length's bytes). */
function batchEnd(bytes: Uint8Array, pos: number): number {
  return pos + 12 + new DataView(bytes.buffer, bytes.byteOffset + pos + 8, 4).getInt32(0);
}
