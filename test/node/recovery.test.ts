// Torn and corrupt tails: after a segment file's tail is damaged (a batch cut in half, a flipped byte in
// the last batch, garbage appended), the broker process starts, cuts the log back to the last valid batch,
// says so in its log, serves everything before the damage and takes appends again.
import { open, mkdtemp, readdir, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { startBrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function segmentFile(dataDir: string): Promise<string> {
  const dir = join(dataDir, "t", "0");
  const logs = (await readdir(dir)).filter((f) => f.endsWith(".log")).sort();
  return join(dir, logs.at(-1)!);
}

type Damage = (file: string, lastBatchBytes: number) => Promise<void>;

const damages: [string, Damage][] = [
  ["the last batch cut in half", async (file, last) => truncate(file, (await stat(file)).size - Math.floor(last / 2))],
  [
    "a flipped byte inside the last batch",
    async (file) => {
      const size = (await stat(file)).size;
      const h = await open(file, "r+");
      const b = Buffer.alloc(1);
      await h.read(b, 0, 1, size - 3);
      b[0] ^= 0xff;
      await h.write(b, 0, 1, size - 3);
      await h.close();
    },
  ],
  [
    "garbage appended after the last batch",
    async (file) => {
      const h = await open(file, "a");
      await h.write(Buffer.from("\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x01\x00garbage-garbage"));
      await h.close();
    },
  ],
];

describe("recovery of a damaged segment tail", () => {
  for (const [name, damage] of damages) {
    it(`recovers from ${name}`, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "edgelog-torn-"));
      dirs.push(dataDir);
      let broker = await startBrokerProcess(dataDir);
      let c = await RawClient.connect(broker.url);
      await c.request({ createTopicRequest: { topic: "t" } });
      for (let i = 0; i < 5; i++) {
        const r = await c.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: `b${i}-a` }, { value: `b${i}-b` }]) } });
        expect(r.error).toBeNull();
      }
      const lastBatchBytes = encodeBatch([{ value: "b4-a" }, { value: "b4-b" }]).byteLength;
      await c.close();
      await broker.kill("SIGKILL");
      const file = await segmentFile(dataDir);
      await damage(file, lastBatchBytes);

      broker = await startBrokerProcess(dataDir);
      expect(broker.output()).toMatch(/recovered t-0: cut \d+ torn or corrupt bytes at .*\.log.*log end offset is (8|10)/);
      c = await RawClient.connect(broker.url);
      const f = await c.request({ fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 1 << 20 } });
      const values = decodeRecords(f.fetchResponse!.records!).map((r) => new TextDecoder().decode(r.value!));
      const expected = Array.from({ length: 4 }, (_, i) => [`b${i}-a`, `b${i}-b`]).flat();
      // Garbage after whole batches loses nothing; damage inside the last batch loses only that batch.
      expect(values.slice(0, 8)).toEqual(expected);
      const next = await c.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: "after" }]) } });
      expect(next.produceResponse!.baseOffset).toBe(values.length);
      await c.close();
      await broker.kill();
    });
  }
});
