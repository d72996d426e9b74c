// Crash safety of the Node broker: a child broker is SIGKILLed at seeded random points while a producer
// has many acks=all requests in flight; after each restart every acknowledged record is present once and
// in order, unacknowledged ones at most once, and the log takes appends again. 24 rounds.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { startBrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Every record from offset 0, values without their padding. */
async function readAll(client: RawClient, topic: string): Promise<Observed[]> {
  const seen: Observed[] = [];
  let offset = 0;
  for (let i = 0; i < 100_000; i++) {
    const f = await client.request({ fetchRequest: { topic, partition: 0, offset, maxBytes: 4 << 20 } });
    if (f.error) throw new Error(`fetch failed: ${f.error.message}`);
    const records = decodeRecords(f.fetchResponse!.records!, offset);
    if (records.length === 0) break;
    for (const r of records) seen.push({ partition: 0, offset: r.offset, value: new TextDecoder().decode(r.value!).replace(/\.+$/, "") });
    offset = records.at(-1)!.offset + 1;
  }
  return seen;
}

describe("durability under SIGKILL", () => {
  it("keeps every acknowledged record across 24 random kills", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-crash-"));
    dirs.push(dataDir);
    const rng = mulberry32(20261125);
    const acknowledged: string[] = [];
    let seq = 0;
    for (let round = 0; round < 24; round++) {
      const broker = await startBrokerProcess(dataDir);
      const client = await RawClient.connect(broker.url);
      if (round === 0) {
        const created = await client.request({ createTopicRequest: { topic: "crash", partitions: 1 } });
        expect(created.error).toBeNull();
      }
      // Everything acknowledged so far is there, once, in order.
      const seen = await readAll(client, "crash");
      const report = checkHistory(new Map([[0, acknowledged]]), seen);
      expect(report, `round ${round}`).toMatchObject({ lost: [], duplicated: [], reordered: [], offsetsBackwards: [] });
      // Produce with up to 32 requests in flight; kill after a random number of acks.
      const killAfterAcks = 1 + Math.floor(rng() * 120);
      let acks = 0;
      let inFlight = 0;
      let killed = false;
      await new Promise<void>((done) => {
        const pump = () => {
          while (!killed && inFlight < 32) {
            const n = 1 + Math.floor(rng() * 64);
            const values = Array.from({ length: n }, () => `v${seq++}`);
            inFlight++;
            client.request({ produceRequest: { topic: "crash", partition: 0, records: encodeBatch(values.map((value) => ({ value: value.padEnd(100, ".") }))) } }).then(
              (f) => {
                inFlight--;
                if (f.error) throw new Error(f.error.message ?? "produce failed");
                acknowledged.push(...values);
                if (++acks >= killAfterAcks && !killed) {
                  killed = true;
                  broker.proc.kill("SIGKILL");
                  done();
                } else pump();
              },
              () => {
                inFlight--;
                if (!killed) {
                  killed = true;
                  done();
                }
              },
            );
          }
        };
        pump();
      });
      await broker.exited;
      await client.close();
    }
    const broker = await startBrokerProcess(dataDir);
    const client = await RawClient.connect(broker.url);
    const seen = await readAll(client, "crash");
    const report = checkHistory(new Map([[0, acknowledged]]), seen);
    expect(report).toMatchObject({ lost: [], duplicated: [], reordered: [], offsetsBackwards: [] });
    expect(acknowledged.length).toBeGreaterThan(24);
    // The log accepts appends again.
    const after = await client.request({ produceRequest: { topic: "crash", partition: 0, records: encodeBatch([{ value: "after" }]) } });
    expect(after.error).toBeNull();
    expect(after.produceResponse!.baseOffset).toBe(seen.length);
    await client.close();
    await broker.kill();
  }, 180_000);
});
