// Partitions are bounded by disk, not by the open-file limit: a broker process under `ulimit -n 128` serves
// 400 partitions through the SDK with at most half the limit in data files open (counted in /proc/<pid>/fd),
// every record survives a SIGKILL and a clean restart, and a storage failure reaches clients without a path or errno.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";

/** The child's soft and hard RLIMIT_NOFILE: a quarter of the 512 descriptors 400 always-open partitions needed. */
const openFilesLimit = 128;
const topicCount = 100;
const partitionsPerTopic = 4;
const recordsPerPartition = 3;
/** Topics created at once: enough to overlap creations, few enough to keep the test's own sockets aside. */
const createConcurrency = 10;

const launcher =
  spawnSync("prlimit", ["--version"]).status === 0
    ? ["prlimit", `--nofile=${openFilesLimit}:${openFilesLimit}`, "--"]
    : ["bash", "-c", `ulimit -n ${openFilesLimit} && exec "$@"`, "bash"];

const dirs: string[] = [];
const brokers: BrokerProcess[] = [];
afterAll(async () => {
  await Promise.all(brokers.map((b) => b.kill("SIGKILL")));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const topicName = (t: number) => `m${t}`;
const value = (t: number, p: number, r: number) => `${topicName(t)}/${p}/${r}`;

/** Descriptors of the process: all of them, and those on files under `dir` (segments, index files). */
async function descriptors(pid: number, dir: string): Promise<{ total: number; dataFiles: number }> {
  const fds = await readdir(`/proc/${pid}/fd`);
  let dataFiles = 0;
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
    if (target.startsWith(dir)) dataFiles++;
  }
  return { total: fds.length, dataFiles };
}

/** Every topic read from the earliest offset: each partition holds exactly its records, in order. */
async function expectEveryRecord(url: string): Promise<void> {
  const el = new Edgelog({ url });
  try {
    const decoder = new TextDecoder();
    await Promise.all(
      Array.from({ length: topicCount }, async (_, t) => {
        const want = partitionsPerTopic * recordsPerPartition;
        const seen: string[][] = Array.from({ length: partitionsPerTopic }, () => []);
        let count = 0;
        const consumer = el.consumer({ topic: topicName(t), from: "earliest" });
        for await (const r of consumer) {
          seen[r.partition]!.push(decoder.decode(r.value!));
          if (++count === want) break;
        }
        const expected = Array.from({ length: partitionsPerTopic }, (_, p) => Array.from({ length: recordsPerPartition }, (_, r) => value(t, p, r)));
        expect(seen, topicName(t)).toEqual(expected);
      }),
    );
  } finally {
    await el.close();
  }
}

describe.skipIf(process.platform !== "linux")("the broker under a low open-file limit", () => {
  it(`serves ${topicCount * partitionsPerTopic} partitions under ulimit -n ${openFilesLimit}, across a SIGKILL and a clean restart`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-open-files-"));
    dirs.push(dataDir);
    const start = async () => {
      const b = await startBrokerProcess(dataDir, [], 0, { launcher });
      brokers.push(b);
      return b;
    };
    // The broker's default keeps half the soft limit for segment files (src/node/file-pool.ts).
    const dataFilesMax = openFilesLimit / 2;

    let broker = await start();
    expect(broker.output()).toContain(`segment files: at most ${dataFilesMax} open at once`);
    const el = new Edgelog({ url: broker.url });
    for (let t = 0; t < topicCount; t += createConcurrency) {
      await Promise.all(
        Array.from({ length: Math.min(createConcurrency, topicCount - t) }, (_, i) => el.admin.createTopic(topicName(t + i), { partitions: partitionsPerTopic })),
      );
    }
    const producer = el.producer();
    await Promise.all(
      Array.from({ length: topicCount }, (_, t) =>
        producer.send(
          topicName(t),
          Array.from({ length: partitionsPerTopic * recordsPerPartition }, (_, i) => ({
            partition: i % partitionsPerTopic,
            value: value(t, i % partitionsPerTopic, Math.floor(i / partitionsPerTopic)),
          })),
        ),
      ),
    );
    const afterProduce = await descriptors(broker.proc.pid!, dataDir);
    expect(afterProduce.dataFiles).toBeLessThanOrEqual(dataFilesMax);
    await expectEveryRecord(broker.url);
    await el.close();

    // A crash: every acknowledged record is on disk, and opening 400 partitions stays within the bound.
    await broker.kill("SIGKILL");
    broker = await start();
    expect((await descriptors(broker.proc.pid!, dataDir)).dataFiles).toBeLessThanOrEqual(dataFilesMax);
    await expectEveryRecord(broker.url);

    // A clean shutdown closes 400 partitions (index files written) within the limit, and exits 0.
    expect(await broker.kill("SIGTERM")).toBe(0);
    broker = await start();
    await expectEveryRecord(broker.url);
    const atEnd = await descriptors(broker.proc.pid!, dataDir);
    expect(atEnd.dataFiles).toBeLessThanOrEqual(dataFilesMax);
    expect(atEnd.total).toBeLessThan(openFilesLimit);
    expect(broker.output()).not.toMatch(/EMFILE|ENFILE/);
    expect(await broker.kill("SIGTERM")).toBe(0);
  }, 60_000);
});

describe("storage failures on the wire", () => {
  it("a partition whose files cannot be opened is STORAGE_ERROR naming the partition, with the path and errno only in the log", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-open-files-"));
    dirs.push(dataDir);
    // A file where partition 0's directory goes: opening the partition fails (EEXIST), as EMFILE would.
    await mkdir(join(dataDir, "t"));
    await writeFile(join(dataDir, "t", "0"), "");
    const lines: string[] = [];
    const server = await startBroker({ port: 0, dataDir, log: (line) => lines.push(line) });
    const client = await RawClient.connect(server.url);
    try {
      const answer = await client.request({ createTopicRequest: { topic: "t", partitions: 1 } });
      expect(answer.error).toMatchObject({ code: ErrorCode.STORAGE_ERROR, message: "cannot open partition t-0" });
      expect(lines.join("\n")).toMatch(/cannot open partition t-0: EEXIST: .*t\/0/);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
