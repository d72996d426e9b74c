// Crash safety of the Node broker: seeded rounds of SIGKILL on a timer (half also drop unsynced bytes, like a power loss) with
// acks=all/leader produces in flight, 64 KiB segments rolling, topics created/deleted, retention deleting, and during start-up
// recovery. After each restart every record acknowledged or read is there once, in order, at its offset (unless retention took it).
import { spawn, type ChildProcess } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, realpath, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { Acks, EARLIEST_TIMESTAMP, type DecodedFrame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch, setBaseOffset } from "../../src/protocol/record-batch.ts";
import { cliPath, repoRoot } from "../support/broker-process.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { RawClient } from "../support/raw-client.ts";
import { mulberry32 } from "../support/rng.ts";

/** `npm test` runs a few rounds; `npm run test:crash` sets EDGELOG_CRASH_ROUNDS. EDGELOG_SEED replays a failed run. */
const roundCount = Number(process.env.EDGELOG_CRASH_ROUNDS ?? 4);
const seed = process.env.EDGELOG_SEED ? Number(process.env.EDGELOG_SEED) >>> 0 : Math.floor(Math.random() * 2 ** 31);

const segmentBytes = 64 * 1024;
/** Three segments' worth: retention deletes a segment for about every 64 KiB appended. */
const retentionBytes = 3 * segmentBytes;
/** Short enough that the active segment rolls by age and is deleted within a round. */
const retentionMs = 300;
const retentionCheckIntervalMs = 50;
/** Produce requests in flight per partition. */
const inFlightPerPartition = 4;
/** A round's workload runs this long at most before the kill, ms (the kill is usually sooner). */
const killDelayMaxMs = 600;
const valueBytes = 100;

const syncJournalPath = fileURLToPath(new URL("../support/sync-journal.ts", import.meta.url));

interface Committed {
  value: string;
  offset: number;
  timestampMs: number;
}

interface PartitionModel {
  /**
   * Records that must survive every crash, in offset order: acknowledged to a producer, or seen by a reader
   * (the high watermark promises that nothing a reader saw can be lost).
   */
  committed: Committed[];
  /** Every value sent to this partition since the topic was (re)created, acknowledged or not, with its timestamp. */
  sent: Map<string, number>;
  inFlight: number;
  /** Batch bytes of requests in flight (retention by bytes may count on them, a crash may lose them). */
  inFlightBytes: number;
}

type TopicState = "exists" | "absent" | "creating" | "deleting";

interface TopicModel {
  name: string;
  partitionCount: number;
  config: { segmentBytes: number; retentionMs: number; retentionBytes?: number };
  /** "creating" and "deleting": a request the kill cut off, so after the restart either outcome is right. */
  state: TopicState;
  /** Created and deleted over and over by the workload. */
  churn: boolean;
  parts: PartitionModel[];
}

const newParts = (n: number): PartitionModel[] => Array.from({ length: n }, () => ({ committed: [], sent: new Map(), inFlight: 0, inFlightBytes: 0 }));

function topics(): TopicModel[] {
  const t = (name: string, partitionCount: number, config: TopicModel["config"], churn = false): TopicModel => ({
    name,
    partitionCount,
    config,
    state: "absent",
    churn,
    parts: newParts(partitionCount),
  });
  return [
    t("keep", 2, { segmentBytes, retentionMs: -1 }),
    t("bytes", 1, { segmentBytes, retentionMs: -1, retentionBytes }),
    t("aged", 1, { segmentBytes, retentionMs }),
    t("churn", 2, { segmentBytes, retentionMs: -1 }, true),
  ];
}

/**
 * How a round ends. timer: a kill at a seeded delay into the workload. admin: a kill a few ms after a
 * create or delete request is sent. reader: a kill with power loss right after the restart's reads, before
 * anything is written (what readers saw must already be durable).
 */
type Kind = "timer" | "admin" | "reader";

interface RoundPlan {
  kind: Kind;
  /** Unsynced bytes are dropped at this kill (else they stay in the page cache, as after a process crash). */
  powerLoss: boolean;
  /** After the kill: damage a tail by hand and kill the next broker while it starts up and recovers. */
  startupKill: boolean;
}

function plan(random: () => number): RoundPlan[] {
  // The first rounds cover every kind, so the short run in `npm test` does too; later ones are drawn.
  const kinds: Kind[] = Array.from({ length: roundCount }, (_, r) =>
    r < 4 ? (["timer", "admin", "timer", "reader"] as const)[r]! : random() < 0.5 ? "timer" : random() < 0.6 ? "admin" : "reader",
  );
  return kinds.map((kind, r) => ({
    kind,
    // A reader round is worth most after a kill that left unsynced bytes in the page cache.
    powerLoss: kind === "reader" ? true : kinds[r + 1] === "reader" ? false : random() < 0.5,
    startupKill: r === 0 || (r < roundCount - 1 && kinds[r + 1] !== "reader" && random() < 0.25),
  }));
}

// -----------------------------------------------------------------------------------------------
// The broker process, with the sync journal preloaded

interface Lifetime {
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the URL once the broker listens; never resolves if it dies first. */
  listening: Promise<string>;
  /** Resolves when the output matches `pattern` or the process has exited. */
  untilOutput(pattern: RegExp): Promise<void>;
  exited: Promise<void>;
  journal: string;
}

let lifetimes = 0;

function spawnBroker(dataDir: string, workDir: string): Lifetime {
  const journal = join(workDir, `sync-journal-${lifetimes++}`);
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", "--import", syncJournalPath, cliPath, "serve", "--port", "0", "--data-dir", dataDir, "--retention-check-interval-ms", String(retentionCheckIntervalMs)],
    { cwd: repoRoot, env: { ...process.env, EDGELOG_SYNC_JOURNAL: journal }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  const waiters = new Set<() => void>();
  const onOutput = (c: Buffer) => {
    out += c.toString();
    for (const w of [...waiters]) w();
  };
  proc.stdout!.on("data", onOutput);
  proc.stderr!.on("data", onOutput);
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const untilOutput = (pattern: RegExp) =>
    new Promise<RegExpExecArray | null>((resolve) => {
      const check = () => {
        const m = pattern.exec(out);
        if (m) {
          waiters.delete(check);
          resolve(m);
        }
      };
      waiters.add(check);
      check();
      void exited.then(() => (waiters.delete(check), resolve(null)));
    });
  const listening = untilOutput(/listening on (ws:\/\/\S+\/v1\/ws)/).then((m) => (m ? m[1]! : new Promise<string>(() => {})));
  return { proc, output: () => out, listening, untilOutput: (pattern) => untilOutput(pattern).then(() => {}), exited, journal };
}

async function startBroker(dataDir: string, workDir: string): Promise<{ life: Lifetime; url: string }> {
  const life = spawnBroker(dataDir, workDir);
  const url = await Promise.race([life.listening, life.exited.then(() => Promise.reject(new Error(`broker exited before listening:\n${life.output()}`)))]);
  return { life, url };
}

// -----------------------------------------------------------------------------------------------
// The power-loss model: what the sync journal says is on stable storage

/** Per segment file (path and inode), the bytes known to be on stable storage. */
type Durable = Map<string, number>;

async function segmentFiles(dataDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const topic of await readdir(dataDir, { withFileTypes: true })) {
    if (!topic.isDirectory() || topic.name.startsWith(".")) continue;
    for (const partition of await readdir(join(dataDir, topic.name), { withFileTypes: true })) {
      if (!partition.isDirectory()) continue;
      const dir = join(dataDir, topic.name, partition.name);
      for (const f of await readdir(dir)) if (f.endsWith(".log")) files.push(join(dir, f));
    }
  }
  return files;
}

async function readJournal(life: Lifetime, durable: Durable): Promise<void> {
  const text = await readFile(life.journal, "utf8").catch(() => "");
  for (const line of text.split("\n")) {
    const [ino, size, path] = line.split("\t");
    if (path) durable.set(`${path}#${ino}`, Number(size));
  }
}

/**
 * A power loss after the kill: every segment file keeps its synced bytes and a random prefix of the rest
 * (the pages the kernel happened to write back), possibly ending inside a batch. What is left is then on
 * disk, so it is the new durable size.
 */
async function losePower(dataDir: string, durable: Durable, random: () => number): Promise<number> {
  let droppedBytes = 0;
  for (const file of await segmentFiles(dataDir)) {
    const st = await stat(file);
    const key = `${file}#${st.ino}`;
    const synced = durable.get(key) ?? 0;
    if (st.size > synced) {
      const keep = synced + Math.floor(random() * random() * (st.size - synced + 1));
      await truncate(file, keep);
      droppedBytes += st.size - keep;
      durable.set(key, keep);
    } else {
      durable.set(key, st.size);
    }
  }
  return droppedBytes;
}

// -----------------------------------------------------------------------------------------------
// Reading a partition whole

interface PartitionRead {
  logStart: number;
  observed: Observed[];
  /** Batch bytes retained from the log start. */
  retainedBytes: number;
}

const valueOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\.+$/, "");

async function readPartition(client: RawClient, topic: string, partition: number): Promise<PartitionRead> {
  // Time retention may move the log start under the read: then it starts again from the new one.
  for (let attempt = 0; attempt < 20; attempt++) {
    const lo = await client.request({ listOffsetsRequest: { topic, partition, timestamp: EARLIEST_TIMESTAMP } });
    if (lo.error) throw new Error(`listOffsets ${topic}-${partition}: ${lo.error.message}`);
    const logStart = Number(lo.listOffsetsResponse!.offset);
    const hw = Number(lo.listOffsetsResponse!.highWatermark);
    const observed: Observed[] = [];
    let retainedBytes = 0;
    let offset = logStart;
    let moved = false;
    while (offset < hw) {
      const f = await client.request({ fetchRequest: { topic, partition, offset, maxBytes: 4 << 20 } });
      if (f.error?.code === ErrorCode.OFFSET_OUT_OF_RANGE) {
        moved = true;
        break;
      }
      if (f.error) throw new Error(`fetch ${topic}-${partition}@${offset}: ${f.error.message}`);
      const records = f.fetchResponse!.records!;
      if (records.byteLength === 0) {
        if (Number(f.fetchResponse!.logStartOffset) > offset) {
          moved = true;
          break;
        }
        throw new Error(`empty fetch of ${topic}-${partition} at ${offset}, below the high watermark ${hw}`);
      }
      retainedBytes += records.byteLength;
      for (const r of decodeRecords(records, offset)) observed.push({ partition, offset: r.offset, value: valueOf(r.value!) });
      offset = observed.at(-1)!.offset + 1;
    }
    if (!moved) return { logStart, observed, retainedBytes };
  }
  throw new Error(`the log start of ${topic}-${partition} kept moving`);
}

// -----------------------------------------------------------------------------------------------

const workDirs: string[] = [];
afterAll(async () => {
  for (const d of workDirs) await rm(d, { recursive: true, force: true });
});

describe("durability under SIGKILL and power loss", () => {
  it(`keeps every acknowledged record across ${roundCount} seeded rounds of kills`, async () => {
    const context = { round: -1, phase: "start" };
    const where = () => `seed ${seed} (replay: EDGELOG_SEED=${seed} EDGELOG_CRASH_ROUNDS=${roundCount}), round ${context.round}, ${context.phase}`;

    const workDir = await realpath(await mkdtemp(join(tmpdir(), "edgelog-crash-")));
    workDirs.push(workDir);
    const dataDir = join(workDir, "data");
    const random = mulberry32(seed);
    const plans = plan(random);
    const model = topics();
    const durable: Durable = new Map();
    /** One line per round that found a violation; the run goes on (the model takes what was found) and fails at the end. */
    const violations: string[] = [];
    /** Restarts (numbered by the round that follows them) whose checks found a violation. */
    const badRestarts = new Set<number>();
    const violate = (what: string) => {
      violations.push(`${where()}: ${what}`);
      badRestarts.add(context.round);
    };
    onTestFailed(() => console.log(`durability test failed at ${where()}; violations found before:\n${violations.slice(0, 20).join("\n") || "(none)"}`));
    const stats = {
      kills: 0,
      powerLosses: 0,
      droppedBytes: 0,
      killsWithCreateInFlight: 0,
      killsWithDeleteInFlight: 0,
      killsWithProducesInFlight: 0,
      startupKills: 0,
      startupKillsBeforeListening: 0,
      /** Before listening but after at least one partition said it recovered a tail: inside the recovery. */
      startupKillsAfterARecovery: 0,
      recoveryLines: 0,
      acked: { all: 0, leader: 0 },
      removedByRetention: new Set<string>(),
      creates: 0,
      deletes: 0,
    };
    let seq = 0;

    for (let round = 0; round <= roundCount; round++) {
      context.round = round;
      context.phase = "restart";
      const last = round === roundCount;
      const p = plans[round];
      const { life, url } = await startBroker(dataDir, workDir);
      stats.recoveryLines += life.output().split("\n").filter((l) => l.includes("recovered ")).length;
      const client = await RawClient.connect(url);
      try {
        // ---- After the restart: the topics, then every partition against the model.
        context.phase = "verify";
        expect((await readdir(dataDir)).filter((n) => n.startsWith(".deleted-")), where()).toEqual([]);
        const listed = new Set((await client.request({ listTopicsRequest: {} })).listTopicsResponse!.topics!);
        for (const t of model) {
          const exists = listed.has(t.name);
          if (t.state === "creating" || t.state === "deleting") t.state = exists ? "exists" : "absent";
          else if ((t.state === "exists") !== exists) {
            violate(`topic ${t.name} should ${t.state === "exists" ? "exist" : "be gone"}`);
            t.state = exists ? "exists" : "absent";
            if (exists) t.parts = newParts(t.partitionCount);
          }
          if (t.state !== "exists") continue;
          const reads = await Promise.all(t.parts.map((_, i) => readPartition(client, t.name, i)));
          const observed = reads.flatMap((r) => r.observed);
          const report = checkHistory(
            new Map(t.parts.map((part, i) => [i, part.committed.map((c) => c.value)])),
            observed,
            {
              ackedOffsets: new Map(t.parts.map((part, i) => [i, part.committed.map((c) => c.offset)])),
              logStartOffsets: new Map(reads.map((r, i) => [i, r.logStart])),
              sent: new Map(t.parts.map((part, i) => [i, new Set(part.sent.keys())])),
            },
          );
          const problems = Object.entries(report)
            .filter(([k, v]) => k !== "removed" && Array.isArray(v) && v.length > 0)
            .map(([k, v]) => `${k} (${(v as string[]).length}): ${(v as string[]).slice(0, 5).join(", ")}`);
          // Only retention may move a log start, and only past what it may delete.
          const now = Date.now();
          reads.forEach((r, i) => {
            if (t.config.retentionBytes === undefined && t.config.retentionMs < 0 && r.logStart !== 0) problems.push(`${t.name}-${i} starts at ${r.logStart} without retention`);
            const removed = t.parts[i]!.committed.filter((c) => c.offset < r.logStart);
            if (t.config.retentionMs >= 0) {
              const young = removed.filter((c) => c.timestampMs >= now - t.config.retentionMs);
              if (young.length > 0) problems.push(`${t.name}-${i}: retention removed ${young.length} records younger than retentionMs, e.g. ${young[0]!.value}`);
            }
            if (t.config.retentionBytes !== undefined && removed.length > 0 && r.retainedBytes + t.parts[i]!.inFlightBytes < t.config.retentionBytes) {
              problems.push(`${t.name}-${i}: retention kept ${r.retainedBytes} bytes (+${t.parts[i]!.inFlightBytes} lost in flight), below retentionBytes ${t.config.retentionBytes}`);
            }
            for (const c of removed) stats.removedByRetention.add(`${t.name}/${c.value}`);
          });
          if (problems.length > 0) violate(`${t.name}: ${problems.join("; ")}`);
          // What a reader saw must survive from now on (and, after a violation, the model takes it as found).
          t.parts.forEach((part, i) => {
            const read = reads[i]!;
            part.committed = read.observed.map((o) => ({ value: o.value, offset: o.offset, timestampMs: part.sent.get(o.value) ?? now }));
            part.inFlight = 0;
            part.inFlightBytes = 0;
          });
        }
        if (p?.kind === "reader") {
          // Nothing written since the restart: a power loss now must not take what the reads above returned.
          context.phase = "kill after the reads";
          life.proc.kill("SIGKILL");
          await life.exited;
          stats.kills++;
          await readJournal(life, durable);
          stats.powerLosses++;
          stats.droppedBytes += await losePower(dataDir, durable, random);
          continue;
        }

        if (round === 0) {
          // The fixed topics, before the first kill window.
          for (const t of model) {
            if (t.churn) continue;
            const f = await client.request({ createTopicRequest: { topic: t.name, partitions: t.partitionCount, config: t.config } });
            expect(f.error, where()).toBeNull();
            t.state = "exists";
          }
        }

        // ---- The log takes appends again, right after what survived.
        context.phase = "append after the restart";
        for (const t of model) {
          if (t.state !== "exists") continue;
          for (let i = 0; i < t.partitionCount; i++) {
            const part = t.parts[i]!;
            const value = `v${seq++}`;
            const ts = Date.now();
            part.sent.set(value, ts);
            const f = await client.request({ produceRequest: { topic: t.name, partition: i, records: encodeBatch([{ value }], { nowMs: ts }) } });
            expect(f.error, `${where()}: ${t.name}-${i}`).toBeNull();
            const end = part.committed.at(-1)?.offset ?? -1;
            const base = Number(f.produceResponse!.baseOffset);
            // Right after the last record, or further on when time retention emptied the log.
            if (!(base === end + 1 || (t.config.retentionMs >= 0 && base > end + 1))) violate(`${t.name}-${i} appended at ${base}, after ${end}`);
            part.committed.push({ value, offset: base, timestampMs: ts });
          }
        }
        if (last) break;

        // ---- The workload, until the kill.
        context.phase = `workload (${p!.kind} kill)`;
        let killed = false;
        let killNow: () => void = () => {};
        const killedPromise = new Promise<void>((resolve) => {
          killNow = () => {
            if (killed) return;
            killed = true;
            const churnTopic = model.find((t) => t.churn)!;
            if (churnTopic.state === "creating") stats.killsWithCreateInFlight++;
            if (churnTopic.state === "deleting") stats.killsWithDeleteInFlight++;
            if (model.some((t) => t.parts.some((part) => part.inFlight > 0))) stats.killsWithProducesInFlight++;
            life.proc.kill("SIGKILL");
            resolve();
          };
        });
        const adminKillAfter = 1 + Math.floor(random() * 4);
        let adminSent = 0;
        const onAdminSent = () => {
          if (p!.kind === "admin" && ++adminSent === adminKillAfter) setTimeout(killNow, Math.floor(random() * 6));
        };
        const killTimer = setTimeout(killNow, p!.kind === "timer" ? 20 + Math.floor(random() * (killDelayMaxMs - 20)) : 3000);

        const produce = (t: TopicModel, i: number): Promise<DecodedFrame | null> => {
          const part = t.parts[i]!;
          const values = Array.from({ length: 1 + Math.floor(random() * 8) }, () => `v${seq++}`);
          const ts = Date.now();
          for (const v of values) part.sent.set(v, ts);
          const batch = encodeBatch(
            values.map((v) => ({ value: v.padEnd(valueBytes, ".") })),
            { nowMs: ts },
          );
          const acks = random() < 0.5 ? Acks.ACKS_ALL : Acks.ACKS_LEADER;
          part.inFlight++;
          part.inFlightBytes += batch.byteLength;
          return client.request({ produceRequest: { topic: t.name, partition: i, records: batch, acks } }).then(
            (f) => {
              part.inFlight--;
              part.inFlightBytes -= batch.byteLength;
              if (f.error) {
                violate(`produce to ${t.name}-${i} failed: ${f.error.message}`);
                return null;
              }
              const base = Number(f.produceResponse!.baseOffset);
              values.forEach((value, k) => part.committed.push({ value, offset: base + k, timestampMs: ts }));
              stats.acked[acks === Acks.ACKS_ALL ? "all" : "leader"] += values.length;
              return f;
            },
            () => {
              // The kill closed the socket: unacknowledged, may or may not be stored (at most once).
              part.inFlight--;
              return null;
            },
          );
        };
        const pump = (t: TopicModel, i: number) => {
          while (!killed && t.state === "exists" && t.parts[i]!.inFlight < inFlightPerPartition) {
            void produce(t, i).then((f) => f && pump(t, i));
          }
        };
        for (const t of model) if (!t.churn && t.state === "exists") for (let i = 0; i < t.partitionCount; i++) pump(t, i);

        // The churn topic: create, a few batches, delete, again, until the kill.
        const churn = async (t: TopicModel) => {
          while (!killed) {
            if (t.state === "absent") {
              t.state = "creating";
              t.parts = newParts(t.partitionCount);
              stats.creates++;
              const created = client.request({ createTopicRequest: { topic: t.name, partitions: t.partitionCount, config: t.config } });
              onAdminSent();
              const f = await created.catch(() => null);
              if (!f) return;
              if (f.error) return void violate(`create ${t.name}: ${f.error.message}`);
              t.state = "exists";
              // A re-created topic starts empty: its first append gets offset 0.
              const first = await Promise.all(t.parts.map((_, i) => produce(t, i)));
              if (first.some((a) => a && Number(a.produceResponse!.baseOffset) !== 0)) violate(`re-created ${t.name} did not start at offset 0`);
            } else if (t.state === "exists") {
              for (let k = Math.floor(random() * 4); k > 0 && !killed; k--) await Promise.all(t.parts.map((_, i) => produce(t, i)));
              if (killed) return;
              t.state = "deleting";
              stats.deletes++;
              const deleted = client.request({ deleteTopicRequest: { topic: t.name } });
              onAdminSent();
              const f = await deleted.catch(() => null);
              if (!f) return;
              if (f.error) return void violate(`delete ${t.name}: ${f.error.message}`);
              t.state = "absent";
            } else {
              return;
            }
          }
        };
        const churning = churn(model.find((t) => t.churn)!);

        await killedPromise;
        clearTimeout(killTimer);
        await life.exited;
        await churning;
        stats.kills++;
        await readJournal(life, durable);
        if (p!.powerLoss) {
          stats.powerLosses++;
          stats.droppedBytes += await losePower(dataDir, durable, random);
        }
      } finally {
        await client.close();
        if (life.proc.exitCode === null && life.proc.signalCode === null) life.proc.kill("SIGKILL");
        await life.exited;
      }

      if (p!.startupKill) {
        // A torn write by hand at the end of one partition's last segment (half of a batch that would come
        // next), then a broker killed while it starts up, opens every partition and recovers that tail.
        context.phase = "kill during start-up recovery";
        const candidates = (await segmentFiles(dataDir)).sort();
        const lastOfEach = candidates.filter((f, k) => candidates[k + 1]?.slice(0, -25) !== f.slice(0, -25));
        const file = lastOfEach[Math.floor(random() * lastOfEach.length)]!;
        const torn = encodeBatch(Array.from({ length: 4 }, (_, k) => ({ value: `torn-${k}`.padEnd(valueBytes, ".") })));
        setBaseOffset(torn, 0);
        await appendFile(file, torn.subarray(0, Math.floor(torn.byteLength / 2)));
        durable.set(`${file}#${(await stat(file)).ino}`, (await stat(file)).size);
        const starting = spawnBroker(dataDir, workDir);
        // Killed on a seeded timer started by its first log line, printed just before it opens (and
        // recovers) every partition, which takes about 15 ms here.
        await starting.untilOutput(/segment files:/);
        await new Promise<void>((resolve) => setTimeout(() => (starting.proc.kill("SIGKILL"), resolve()), Math.floor(random() * 16)));
        await starting.exited;
        stats.startupKills++;
        const recovered = starting.output().split("\n").filter((l) => l.includes("recovered ")).length;
        stats.recoveryLines += recovered;
        if (!starting.output().includes("listening on")) {
          stats.startupKillsBeforeListening++;
          if (recovered > 0) stats.startupKillsAfterARecovery++;
        }
        await readJournal(starting, durable);
        if (random() < 0.5) {
          stats.powerLosses++;
          stats.droppedBytes += await losePower(dataDir, durable, random);
        }
      }
    }

    const summary = {
      seed,
      rounds: roundCount,
      kinds: plans.map((p) => p.kind).join(","),
      ...stats,
      removedByRetention: stats.removedByRetention.size,
      restartsWithViolations: [...badRestarts].join(","),
    };
    console.log(`durability: ${JSON.stringify(summary)}`);
    expect(violations, `${badRestarts.size} of ${roundCount} restarts found violations; seed ${seed}`).toEqual([]);
    // The run did what it claims: kills with writes in flight, acks of both kinds, retention at work.
    expect(stats.kills).toBe(roundCount);
    expect(stats.killsWithProducesInFlight).toBeGreaterThan(0);
    expect(stats.acked.all).toBeGreaterThan(0);
    expect(stats.acked.leader).toBeGreaterThan(0);
    expect(stats.creates + stats.deletes).toBeGreaterThan(0);
  }, 60_000 + roundCount * 8_000);
});
