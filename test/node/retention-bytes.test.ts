// Retention by bytes on real segment files (issue 9): a topic with a 1 MB retention.bytes, far below the
// 256 MiB default segment, that receives 50 MB keeps about retention.bytes plus one segment on disk (the files
// measured), moves its log start and keeps every surviving record at its original offset; also after a restart.
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Edgelog, type ConsumerRecord } from "../../client/node.ts";
import { segmentBytesFor } from "../../src/core/retention.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { limits } from "../../src/protocol/limits.ts";

const retentionBytes = 1_000_000;
/** Records of 1 KB whose value starts with their index, so an offset can be checked against its record. */
const valueBytes = 1000;
const recordCount = 50 * 1000; // 50 MB of values

const dirs: string[] = [];
const open: { server?: BrokerServer; client?: Edgelog }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.client?.close();
    await o.server?.close();
  }
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const value = (i: number) => String(i).padEnd(valueBytes, ".");
const indexOf = (r: ConsumerRecord) => Number.parseInt(new TextDecoder().decode(r.value!), 10);

async function start(dataDir: string) {
  // No retention timer: the test runs retention when it measures (what the 30 s timer does).
  const server = await startBroker({ port: 0, dataDir, retentionCheckIntervalMs: 0, log: () => {} });
  const client = new Edgelog({ url: server.url });
  open.push({ server, client });
  return { server, client };
}

/** Bytes of every file in the partition's directory (segments and their indexes). */
async function diskBytes(dir: string): Promise<{ total: number; log: number }> {
  let total = 0;
  let log = 0;
  for (const name of await readdir(dir)) {
    const size = (await stat(join(dir, name))).size;
    total += size;
    if (name.endsWith(".log")) log += size;
  }
  return { total, log };
}

async function first(client: Edgelog, topic: string, from: "earliest" | number): Promise<ConsumerRecord> {
  const consumer = client.consumer({ topic, from });
  try {
    for await (const r of consumer) return r;
    throw new Error("consumer ended");
  } finally {
    await consumer.close();
  }
}

async function produce(client: Edgelog, topic: string, from: number, count: number): Promise<void> {
  // 128 KiB batches: many per segment, as a steady producer writes them.
  const producer = client.producer({ batchBytes: 128 * 1024 });
  for (let i = from; i < from + count; i += 1000) {
    await producer.send(topic, Array.from({ length: Math.min(1000, from + count - i) }, (_, k) => ({ value: value(i + k) })));
  }
  await producer.close();
}

describe("retention.bytes below the segment size", () => {
  it("1 MB retention, 50 MB produced: about retention.bytes plus one segment stay on disk, offsets unchanged, across a restart", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-retention-"));
    dirs.push(dataDir);
    const partitionDir = join(dataDir, "bounded", "0");
    // The rule under test: segments of this topic roll at 1 MiB (the floor), not at the 256 MiB default.
    const segmentBytes = segmentBytesFor({ retentionBytes, segmentBytes: limits.segmentBytesDefault });
    expect(segmentBytes).toBe(limits.retentionSegmentBytesMin);
    // What retention promises: at least retention.bytes of log kept, at most that plus one segment; the
    // index files add 20 bytes per 4 KiB of log (0.5 %), bounded here by 1 %.
    const expectBounded = async () => {
      const disk = await diskBytes(partitionDir);
      expect(disk.log).toBeGreaterThanOrEqual(retentionBytes);
      expect(disk.log).toBeLessThan(retentionBytes + segmentBytes);
      expect(disk.total).toBeLessThan((retentionBytes + segmentBytes) * 1.01);
      return disk;
    };

    let { server, client } = await start(dataDir);
    await client.admin.createTopic("bounded", { partitions: 1, retentionBytes });
    await produce(client, "bounded", 0, recordCount);
    await server.broker.enforceRetention();
    const disk = await expectBounded();
    const before = (await client.admin.describeTopic("bounded")).partitions[0]!;
    expect(before.highWatermark).toBe(recordCount);
    expect(before.sizeBytes).toBe(disk.log);
    expect(before.logStartOffset).toBeGreaterThan(0);
    // Offsets are never renumbered: the first kept record and the last are the ones produced there.
    const oldest = await first(client, "bounded", "earliest");
    expect(oldest.offset).toBe(before.logStartOffset);
    expect(indexOf(oldest)).toBe(oldest.offset);
    expect(indexOf(await first(client, "bounded", recordCount - 1))).toBe(recordCount - 1);

    await client.close();
    await server.close();
    ({ server, client } = await start(dataDir));
    const after = (await client.admin.describeTopic("bounded")).partitions[0]!;
    expect(after).toMatchObject({ logStartOffset: before.logStartOffset, highWatermark: recordCount, sizeBytes: disk.log });
    expect(indexOf(await first(client, "bounded", "earliest"))).toBe(before.logStartOffset);

    // The reopened partition rolls and deletes under the same bound.
    await produce(client, "bounded", recordCount, 5000);
    await server.broker.enforceRetention();
    await expectBounded();
    const later = (await client.admin.describeTopic("bounded")).partitions[0]!;
    expect(later.highWatermark).toBe(recordCount + 5000);
    expect(later.logStartOffset).toBeGreaterThan(before.logStartOffset);
    const oldestLater = await first(client, "bounded", "earliest");
    expect([oldestLater.offset, indexOf(oldestLater)]).toEqual([later.logStartOffset, later.logStartOffset]);
  });
});
