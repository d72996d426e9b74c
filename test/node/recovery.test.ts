// Damaged segment files, each kind with one exact outcome (end offset, surviving records, log line): in the
// active segment the broker cuts at the first invalid batch (torn half batch, flipped byte in the last or an
// earlier batch, garbage); a sealed segment is never cut; a torn index file is rebuilt from the log.
import { cp, mkdtemp, open, readdir, readFile, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { batchSpans, decodeBatch, encodeBatch, verifyBatch } from "../../src/protocol/record-batch.ts";
import { startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";

/**
 * The log every case damages: 20 batches of two 500-byte records (batch i holds offsets 2i and 2i+1), in
 * 16 KiB segments, so batches 0-14 (offsets 0-29) are in a sealed segment with index files and batches
 * 15-19 (offsets 30-39) in the active one, and the broker was SIGKILLed (no clean close).
 */
const batchCount = 20;
const segmentBytes = 16 * 1024;
const valuesOf = (i: number) => [`b${i}-a`.padEnd(500, "."), `b${i}-b`.padEnd(500, ".")];
const batchBytes = encodeBatch(valuesOf(0).map((value) => ({ value }))).byteLength;
const sealedBatches = Math.floor(segmentBytes / batchBytes);
const sealedLog = `${"0".padStart(20, "0")}.log`;
const activeLog = `${String(2 * sealedBatches).padStart(20, "0")}.log`;
const garbage = Buffer.from("\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x01\x00garbage-garbage");

const dirs: string[] = [];
let pristine = "";
/** Brokers of the running case: stopped after it even when an assertion failed half-way. */
const running: BrokerProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.kill("SIGKILL")));
});

beforeAll(async () => {
  pristine = await mkdtemp(join(tmpdir(), "edgelog-torn-"));
  dirs.push(pristine);
  const broker = await startBrokerProcess(pristine);
  running.push(broker);
  const c = await RawClient.connect(broker.url);
  expect((await c.request({ createTopicRequest: { topic: "t", config: { segmentBytes } } })).error).toBeNull();
  for (let i = 0; i < batchCount; i++) {
    const r = await c.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch(valuesOf(i).map((value) => ({ value }))) } });
    expect(r.produceResponse!.baseOffset).toBe(2 * i);
  }
  await c.close();
  await broker.kill("SIGKILL");
  // The layout the cases' numbers rest on.
  const dir = join(pristine, "t", "0");
  expect(sealedBatches).toBe(15);
  expect((await readdir(dir)).filter((f) => f.endsWith(".log")).sort()).toEqual([sealedLog, activeLog]);
  expect((await stat(join(dir, sealedLog))).size).toBe(sealedBatches * batchBytes);
  expect((await stat(join(dir, activeLog))).size).toBe((batchCount - sealedBatches) * batchBytes);
}, 30_000);

afterAll(async () => {
  await Promise.all(running.splice(0).map((b) => b.kill("SIGKILL")));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function flipByte(file: string, pos: number): Promise<void> {
  const h = await open(file, "r+");
  const b = Buffer.alloc(1);
  await h.read(b, 0, 1, pos);
  b[0]! ^= 0xff;
  await h.write(b, 0, 1, pos);
  await h.close();
}

interface Case {
  name: string;
  damage(dir: string): Promise<void>;
  /** The log end offset after recovery: batches [0, endOffset / 2) survive, nothing after. */
  endOffset: number;
  /** The one recovery line expected (bytes cut, at which byte of the active segment, why), or none. */
  cut: { bytes: number; atByte: number; problem: RegExp } | null;
  /** A batch served as stored although it fails its CRC (damage in a sealed segment is never cut). */
  corruptBatch?: number;
}

const activeByte = (batch: number) => (batch - sealedBatches) * batchBytes;
const half = Math.floor(batchBytes / 2);

const cases: Case[] = [
  {
    name: "the last batch cut in half (a torn write)",
    damage: (dir) => truncate(join(dir, activeLog), activeByte(batchCount) - half),
    endOffset: 38,
    cut: { bytes: batchBytes - half, atByte: activeByte(19), problem: new RegExp(`batch of ${batchBytes} bytes runs ${half} bytes past the end`) },
  },
  {
    name: "a flipped byte in the middle of the last batch",
    damage: (dir) => flipByte(join(dir, activeLog), activeByte(19) + half),
    endOffset: 38,
    cut: { bytes: batchBytes, atByte: activeByte(19), problem: /CRC-32C \d+ does not match/ },
  },
  {
    // Recovery cuts at the first invalid batch: the three valid batches after it go too (they were
    // acknowledged). Only the last segment is scanned, and a torn write can only damage its end.
    name: "a flipped byte in an earlier batch of the active segment (the valid batches after it are cut too)",
    damage: (dir) => flipByte(join(dir, activeLog), activeByte(16) + half),
    endOffset: 32,
    cut: { bytes: 4 * batchBytes, atByte: activeByte(16), problem: /CRC-32C \d+ does not match/ },
  },
  {
    name: "garbage appended after the last batch",
    damage: async (dir) => {
      const h = await open(join(dir, activeLog), "a");
      await h.write(garbage);
      await h.close();
    },
    endOffset: 40,
    cut: { bytes: garbage.byteLength, atByte: activeByte(batchCount), problem: new RegExp(`${garbage.byteLength} bytes, less than a batch header`) },
  },
  {
    // A sealed segment was synced before its successor existed, so damage there is not a torn write and
    // cutting it would drop every acknowledged record after it: the broker neither cuts nor checks CRCs of
    // sealed segments at start (as Kafka), and serves the batch as stored, where the reader's CRC check
    // names it.
    name: "a flipped byte inside a batch of a sealed segment",
    damage: (dir) => flipByte(join(dir, sealedLog), 4 * batchBytes + half),
    endOffset: 40,
    cut: null,
    corruptBatch: 4,
  },
  {
    // A torn index is only a lost shortcut: the broker rebuilds it by scanning the log and writes it again.
    name: "a torn offset index of the sealed segment",
    damage: async (dir) => truncate(join(dir, sealedLog.replace(".log", ".index")), 12),
    endOffset: 40,
    cut: null,
  },
];

describe("recovery of damaged segment files", () => {
  for (const c of cases) {
    const served = c.corruptBatch === undefined ? "served intact" : `served, batch ${c.corruptBatch} as stored (its CRC fails), the rest intact`;
    it(`${c.name}: log end ${c.endOffset}, batches 0-${c.endOffset / 2 - 1} ${served}`, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "edgelog-torn-"));
      dirs.push(dataDir);
      await cp(pristine, dataDir, { recursive: true });
      const dir = join(dataDir, "t", "0");
      const indexFiles = await Promise.all([".index", ".timeindex"].map((ext) => readFile(join(dir, sealedLog.replace(".log", ext)))));
      await c.damage(dir);

      const broker = await startBrokerProcess(dataDir);
      running.push(broker);
      const lines = broker.output().split("\n").filter((l) => l.includes("recovered"));
      if (c.cut) {
        expect(lines).toHaveLength(1);
        const m = /^\[edgelog\] recovered t-0: cut (\d+) torn or corrupt bytes at (\S+) byte (\d+) \((.+)\); log end offset is (\d+)$/.exec(lines[0]!);
        expect(m, lines[0]).not.toBeNull();
        expect({ bytes: Number(m![1]), file: m![2]!.endsWith(`/t/0/${activeLog}`), atByte: Number(m![3]), endOffset: Number(m![5]) }).toEqual({
          bytes: c.cut.bytes,
          file: true,
          atByte: c.cut.atByte,
          endOffset: c.endOffset,
        });
        expect(m![4]).toMatch(c.cut.problem);
        expect((await stat(join(dir, activeLog))).size).toBe(c.cut.atByte);
      } else {
        expect(lines).toEqual([]);
      }

      const client = await RawClient.connect(broker.url);
      const served = await readBatches(client);
      expect(served).toHaveLength(c.endOffset / 2);
      served.forEach((batch, i) => {
        if (i === c.corruptBatch) {
          expect(() => verifyBatch(batch)).toThrow(/CRC-32C/);
          return;
        }
        verifyBatch(batch);
        expect(decodeBatch(batch).map((r) => [r.offset, new TextDecoder().decode(r.value!)])).toEqual(valuesOf(i).map((v, j) => [2 * i + j, v]));
      });
      // Every offset is found (through the sparse index where there is one), not just offset 0.
      for (let offset = 1; offset < c.endOffset; offset += 2) {
        const one = await client.request({ fetchRequest: { topic: "t", partition: 0, offset, maxBytes: 1 } });
        expect(readBaseOffset(one.fetchResponse!.records!), `offset ${offset}`).toBe(offset - 1);
      }
      // The log takes appends again, right after what survived.
      const next = await client.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: "after" }]) } });
      expect(next.produceResponse!.baseOffset).toBe(c.endOffset);
      await client.close();
      await broker.kill();
      // Index files are rebuilt from the log bytes alone, so a rebuilt index equals the one written at the seal.
      for (const [k, ext] of [".index", ".timeindex"].entries()) {
        expect(await readFile(join(dir, sealedLog.replace(".log", ext))), ext).toEqual(indexFiles[k]);
      }
    });
  }

  it("a broken batch header in a sealed segment whose index files are gone: the broker refuses to start and names the byte", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-torn-"));
    dirs.push(dataDir);
    await cp(pristine, dataDir, { recursive: true });
    const dir = join(dataDir, "t", "0");
    await rm(join(dir, sealedLog.replace(".log", ".index")));
    // The magic byte (offset 16 of a batch header) of batch 2: only the rebuild scan reads it.
    await flipByte(join(dir, sealedLog), 2 * batchBytes + 16);
    const started = startBrokerProcess(dataDir);
    const err = await started.then(
      () => new Error("the broker started"),
      (e: Error) => e,
    );
    expect(err.message).toMatch(/^broker exited with 1 before listening:/);
    expect(err.message.split("\n")).toContain(
      `edgelog: t-0: segment ${sealedLog} is corrupt at byte ${2 * batchBytes}: magic -3, expected 2 (a sealed segment; not repaired automatically)`,
    );
    // Nothing was cut: the damage is there for a person to look at.
    expect((await stat(join(dir, sealedLog))).size).toBe(sealedBatches * batchBytes);
    expect((await stat(join(dir, activeLog))).size).toBe((batchCount - sealedBatches) * batchBytes);
  });
});

/** Every batch from offset 0 up to the high watermark, one fetch per segment at most. */
async function readBatches(client: RawClient): Promise<Uint8Array[]> {
  const batches: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const f = await client.request({ fetchRequest: { topic: "t", partition: 0, offset, maxBytes: 1 << 20 } });
    const records = f.fetchResponse!.records!;
    if (records.byteLength === 0) return batches;
    for (const { start, end, header } of batchSpans(records)) {
      batches.push(records.subarray(start, end));
      offset = header.baseOffset + header.lastOffsetDelta + 1;
    }
  }
}

function readBaseOffset(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return v.getUint32(0) * 2 ** 32 + v.getUint32(4);
}
