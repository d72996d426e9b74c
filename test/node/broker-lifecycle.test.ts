// Broker lifecycle on real files: one broker per data directory (a second one is refused, a crashed
// owner's lock is taken over), topics and records survive a clean restart.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { RawClient } from "../support/raw-client.ts";

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), "edgelog-life-"));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("broker lifecycle", () => {
  it("refuses a second broker on the same data directory and releases the lock on close", async () => {
    const dataDir = await tempDir();
    const a = await startBroker({ port: 0, dataDir, log: () => {} });
    await expect(startBroker({ port: 0, dataDir, log: () => {} })).rejects.toThrow(/in use by another broker/);
    await a.close();
    const b = await startBroker({ port: 0, dataDir, log: () => {} });
    await b.close();
  });

  it("takes over the lock of a dead process", async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, ".lock"), "2147483646");
    const a = await startBroker({ port: 0, dataDir, log: () => {} });
    await a.close();
  });

  it("keeps topics, configs and records across a clean restart", async () => {
    const dataDir = await tempDir();
    const a = await startBroker({ port: 0, dataDir, log: () => {} });
    let c = await RawClient.connect(a.url);
    await c.request({ createTopicRequest: { topic: "keep", partitions: 3, config: { retentionMs: 3_600_000 } } });
    await c.request({ produceRequest: { topic: "keep", partition: 2, records: encodeBatch([{ value: "one" }, { value: "two" }]) } });
    await c.close();
    await a.close();
    const b = await startBroker({ port: 0, dataDir, log: () => {} });
    c = await RawClient.connect(b.url);
    const d = await c.request({ describeTopicRequest: { topic: "keep" } });
    expect(d.describeTopicResponse!.topic!.partitionCount).toBe(3);
    expect(d.describeTopicResponse!.topic!.config!.retentionMs).toBe(3_600_000);
    const f = await c.request({ fetchRequest: { topic: "keep", partition: 2, offset: 0 } });
    expect(decodeRecords(f.fetchResponse!.records!).map((r) => new TextDecoder().decode(r.value!))).toEqual(["one", "two"]);
    await c.close();
    await b.close();
  });
});
