/**
 * Where the Node broker keeps things: `<dataDir>/<topic>/topic.json` (metadata, written atomically) and
 * `<dataDir>/<topic>/<partition>/` (segment files, see segment-store.ts). A deleted topic's directory is
 * first renamed aside (so the name is free at once) and then removed.
 *
 * Every partition's files are opened in one FilePool (file-pool.ts), which bounds the descriptors of the
 * whole broker; the topic files' writes and deletions here take a slot of it too. A failure of these
 * calls reaches the client as STORAGE_ERROR naming the topic or partition, never a path or an errno; the
 * log line has both.
 */
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrokerStorage, TopicRecord } from "../core/broker.ts";
import type { Clock } from "../core/clock.ts";
import type { LogStore, RecoveryReport } from "../core/log-store.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { sharedFilePool, type FilePool } from "./file-pool.ts";
import { SegmentStore } from "./segment-store.ts";

const deletedPrefix = ".deleted-";
/** Data directories locked by brokers of this process (the pid in the lock file cannot tell them apart). */
const lockedHere = new Set<string>();

export class NodeBrokerStorage implements BrokerStorage {
  constructor(
    private readonly dataDir: string,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
    /** The descriptor pool of this broker's partitions. Default: the process-wide one. */
    private readonly files: FilePool = sharedFilePool(),
  ) {}

  async loadTopics(): Promise<TopicRecord[]> {
    await mkdir(this.dataDir, { recursive: true });
    await this.lock();
    const topics: TopicRecord[] = [];
    for (const entry of await readdir(this.dataDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (entry.name.startsWith(deletedPrefix)) {
        await rm(join(this.dataDir, entry.name), { recursive: true, force: true });
        continue;
      }
      let text: string;
      try {
        text = await readFile(join(this.dataDir, entry.name, "topic.json"), "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") continue; // a creation that never finished
        throw err;
      }
      topics.push(JSON.parse(text) as TopicRecord);
    }
    return topics;
  }

  /**
   * One broker per data directory: two would interleave writes to the same segments. The lock file holds
   * the owner's pid; a lock left by a dead process (a crash) is taken over.
   */
  private async lock(): Promise<void> {
    const path = join(this.dataDir, ".lock");
    if (lockedHere.has(path)) throw new Error(`data directory ${this.dataDir} is in use by another broker (pid ${process.pid})`);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(path, String(process.pid), { flag: "wx" });
        lockedHere.add(path);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const owner = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(`data directory ${this.dataDir} is in use by another broker (pid ${owner})`);
      }
      await rm(path, { force: true });
    }
    throw new Error(`cannot lock data directory ${this.dataDir}`);
  }

  async close(): Promise<void> {
    const path = join(this.dataDir, ".lock");
    if (!lockedHere.delete(path)) return;
    await rm(path, { force: true });
  }

  async saveTopic(topic: TopicRecord): Promise<void> {
    const dir = join(this.dataDir, topic.name);
    try {
      // One file open at a time (writeFile, then each fsync): one slot of the pool.
      await this.files.withSlot(async () => {
        await mkdir(dir, { recursive: true });
        const tmp = join(dir, "topic.json.tmp");
        await writeFile(tmp, JSON.stringify(topic, null, 2) + "\n");
        await fsyncPath(tmp);
        await rename(tmp, join(dir, "topic.json"));
        await fsyncPath(dir);
        await fsyncPath(this.dataDir);
      });
    } catch (err) {
      throw this.storageError(`cannot save topic ${topic.name}`, err);
    }
  }

  async removeTopic(name: string): Promise<void> {
    const aside = join(this.dataDir, `${deletedPrefix}${name}-${this.clock()}`);
    try {
      await this.files.withSlot(async () => {
        await rename(join(this.dataDir, name), aside);
        await fsyncPath(this.dataDir);
      });
      // One partition directory at a time: rm of the whole topic would read up to partitionCountMax
      // directories at once, each a descriptor outside the pool.
      for (const entry of await this.files.withSlot(() => readdir(aside))) {
        await this.files.withSlot(() => rm(join(aside, entry), { recursive: true, force: true }));
      }
      await this.files.withSlot(() => rm(aside, { recursive: true, force: true }));
    } catch (err) {
      throw this.storageError(`cannot remove topic ${name}`, err);
    }
  }

  async openPartition(topic: TopicRecord, partition: number): Promise<LogStore> {
    const name = `${topic.name}-${partition}`;
    try {
      return await SegmentStore.open(join(this.dataDir, topic.name, String(partition)), {
        segmentBytes: topic.config.segmentBytes,
        now: this.clock,
        files: this.files,
        name,
        onRecovery: (r: RecoveryReport) =>
          this.log(`recovered ${name}: cut ${r.truncatedBytes} torn or corrupt bytes at ${r.location}; log end offset is ${r.endOffset}`),
        onFailure: (err) => this.log(`${err.message} (${describe(err.cause)})`),
      });
    } catch (err) {
      throw this.storageError(`cannot open partition ${name}`, err);
    }
  }

  /**
   * What a client may read of a storage failure: a ProtocolError of the store as it is (it names no path),
   * anything else (an fs error: path and errno) as STORAGE_ERROR saying only what failed, after logging it.
   */
  private storageError(what: string, err: unknown): Error {
    if (err instanceof ProtocolError) {
      this.log(`${what}: ${err.message}${err.cause === undefined ? "" : ` (${describe(err.cause)})`}`);
      return err;
    }
    this.log(`${what}: ${describe(err)}`);
    const e = new ProtocolError(ErrorCode.STORAGE_ERROR, what);
    e.cause = err;
    return e;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  // A process killed (kill -9) but not yet reaped by its parent still answers signal 0: a zombie, state Z in
  // /proc/PID/stat (Linux), holds nothing, so its lock is taken over at once (a restart right after a crash
  // under a parent slow to reap failed with "in use by another broker" for seconds).
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false; // no /proc (not Linux), or the process is gone now: signal 0's answer stands
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
