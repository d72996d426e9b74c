// Broker lifecycle on real files: one broker per data directory (a second one is refused, a crashed
// owner's lock is taken over), topics and records survive a clean restart.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
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

  it.runIf(process.platform === "linux")("takes over the lock of a killed process its parent has not reaped yet (a zombie)", async () => {
    const dataDir = await tempDir();
    // sh starts a sleep in the background and becomes another sleep (exec), which never waits for it: once
    // killed, the first sleep stays a zombie, answering signal 0, until the whole tree goes.
    const tree = spawn("sh", ["-c", "sleep 60 & echo $!; exec sleep 60"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const [line] = (await once(tree.stdout!, "data")) as [Buffer];
      const pid = Number(line.toString().trim());
      process.kill(pid, "SIGKILL");
      for (let i = 0; i < 500 && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")); i++) await new Promise((r) => setTimeout(r, 10));
      expect(readFileSync(`/proc/${pid}/stat`, "utf8")).toMatch(/\) Z /);
      await writeFile(join(dataDir, ".lock"), String(pid));
      const a = await startBroker({ port: 0, dataDir, log: () => {} });
      await a.close();
    } finally {
      tree.kill("SIGKILL");
    }
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
