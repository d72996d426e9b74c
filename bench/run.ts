/**
 * `npm run bench`: both deployments measured as users meet them, one after the other on the same 2-core
 * machine, with one SDK producer and one SDK consumer in this process. Prints one table; targets (issues 2
 * and 3) are in the last column. `npm run bench -- --quick` runs each case on a tenth of the records;
 * `-- --sweep` adds produce rows for other send sizes and in-flight counts (see produceSettings); `-- --groups`
 * runs only the consumer-group rows (issue 11); `-- --hostile` only the hostile-clients row (issue 12);
 * `-- --fanout` only the fan-out rows (issue 13: bench/fanout.ts), every case: the default table has the main ones
 * (1,000 subscribers with and without a wait and 10,000 on Node, 1,000 on a partition object and over relays);
 * `-- --replication` only the replication rows (issue 14: bench/replication.ts, 1 vs 3 replicas with 40 ms
 * injected round trips, and failover; ~1 min, so not in the default table: that run already took 5 min 16 s
 * on 2026-12-07 with other work on the machine, past the ~2.5 min it should stay within).
 * - Node broker: its own process (`edgelog serve`, fsync on every acknowledged append).
 * - Edge: the Worker in local workerd (miniflare, as the edge tests start it) with SQLite storage on disk;
 *   partition objects acknowledge once their write is committed.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { childPids, rssKiB } from "./proc.ts";
import { atFixedRate } from "./rate.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Edgelog } from "../client/node.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const quick = process.argv.includes("--quick");
/** `-- --groups`: only the consumer-group rows, on both deployments. */
const groupsOnly = process.argv.includes("--groups");
/** `-- --hostile`: only the row of good consumers among non-readers and garbage senders, on the Node broker. */
const hostileOnly = process.argv.includes("--hostile");
/** `-- --fanout`: only the fan-out rows (issue 13: many subscribers on one partition), on both deployments. */
const fanoutOnly = process.argv.includes("--fanout");
/** `-- --replication`: only the replication rows (issue 14: 1 vs 3 replicas, failover), at the edge. */
const replicationOnly = process.argv.includes("--replication");

interface Row {
  deployment: string;
  measure: string;
  result: string;
  target: string;
}
const rows: Row[] = [];
/** Which deployment the rows pushed now belong to. */
let deployment = "Node broker";
const row = (measure: string, result: string, target: string) => rows.push({ deployment, measure, result, target });

async function startBroker(dataDir: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const proc = spawn(process.execPath, [`${root}bin/edgelog.js`, "serve", "--port", "0", "--data-dir", dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    proc.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /listening on (ws:\/\/\S+\/v1\/ws)/.exec(out);
      if (m) resolve(m[1]!);
    });
    proc.once("exit", (code) => reject(new Error(`broker exited ${code}: ${out}`)));
  });
  return {
    url,
    pid: proc.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}

/**
 * How the produce rows drive the SDK: what a user with good settings does. An application hands the
 * producer about 1 MB of records per send() (one producer batch, batchBytes = 1 MiB) and keeps 4 sends
 * outstanding; the producer pipelines up to maxInFlight batches per partition. Both halves matter here:
 * - The earlier bench sent 10,000 records per call with 64 calls outstanding: 640 MB of 1 KiB records asked
 *   of a 32 MiB producer buffer, which measured the buffer's back-pressure and the client's garbage
 *   collector (189 MB/s where an outside harness with sends of 1,000 records, 4 in flight, reached 465).
 * - Sends of 1,000 records of 100 B (100 KB) cost a promise, a result array and a batch per 100 KB:
 *   0.8M records/s, against 1.7-2.6M with sends of 10,000 (same broker, same run, 2026-12-06).
 * `--sweep` prints other combinations.
 */
const produceSettings = { sendBytes: 1_000_000, sendsInFlight: 4, lingerMs: 2 } as const;
type ProduceSettings = { recordsPerSend: number; sendsInFlight: number; lingerMs: number };
/** The settings above for records of `valueBytes`. */
const produceSettingsFor = (valueBytes: number): ProduceSettings => ({
  recordsPerSend: Math.max(1, Math.round(produceSettings.sendBytes / valueBytes / 1000)) * 1000,
  sendsInFlight: produceSettings.sendsInFlight,
  lingerMs: produceSettings.lingerMs,
});
const settingsLabel = (s: ProduceSettings) => `sends of ${fmt(s.recordsPerSend)} records, ${s.sendsInFlight} in flight, lingerMs ${s.lingerMs}`;

async function produceRun(el: Edgelog, topic: string, valueBytes: number, recordCount: number, label = "", target?: string, settings: ProduceSettings = produceSettingsFor(valueBytes)): Promise<number> {
  // batchBytes (1 MiB), maxInFlight (5 batches per partition) and bufferBytesMax (32 MiB) stay at their defaults.
  const producer = el.producer({ acks: "all", lingerMs: settings.lingerMs });
  const value = new Uint8Array(valueBytes).fill(97);
  const chunk = Array.from({ length: settings.recordsPerSend }, () => ({ value }));
  // Warm up (JIT, connection, metadata) outside the measurement.
  for (let i = 0; i < 10; i++) await producer.send(topic, chunk);
  const pending: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let sent = 0; sent < recordCount; sent += chunk.length) {
    pending.push(producer.send(topic, chunk));
    if (pending.length >= settings.sendsInFlight) await pending.shift();
  }
  await Promise.all(pending);
  const seconds = (performance.now() - t0) / 1000;
  await producer.close();
  const rate = recordCount / seconds;
  const mbps = (rate * valueBytes) / 1e6;
  target ??= valueBytes === 100 ? "≥ 1,000,000 records/s" : "≥ 250 MB/s";
  const acked = deployment === "Node broker" ? "fsync" : "SQLite commit, fsync";
  row(`produce ${valueBytes} B values${label}, acks=all (${acked}); ${settingsLabel(settings)}`, `${fmt(rate)} records/s, ${mbps.toFixed(0)} MB/s`, target);
  return rate;
}

async function consumeRun(el: Edgelog, topic: string, recordCount: number, label = "", target = "≥ 2,000,000 records/s"): Promise<void> {
  const consumer = el.consumer({ topic, from: "earliest", creditBytes: 16 * 1024 * 1024 });
  let received = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachBatch: (batch) => {
          received += batch.records.length;
          if (received >= recordCount) resolve();
        },
      })
      .catch(reject);
  });
  const seconds = (performance.now() - t0) / 1000;
  await consumer.close();
  row(`consume from offset 0${label} (${fmt(recordCount)} records of 100 B)`, `${fmt(received / seconds)} records/s`, target);
}

/** Members in the group rows: each its own client (socket), as four processes or tabs would be. */
const GROUP_MEMBER_COUNT = 4;
/** Partitions of the group rows' topic: 3 per member. */
const GROUP_PARTITION_COUNT = 12;
/** The takeover row's session timeout: the shortest that keeps a few heartbeats per session on a busy machine (examples/groups.ts uses it too). */
const TAKEOVER_SESSION_TIMEOUT_MS = 3000;

/** Fills `partitionCount` partitions evenly (sends of 1,000 records, each to one partition, 4 in flight). */
async function prefill(el: Edgelog, topic: string, partitionCount: number, recordCount: number): Promise<void> {
  const producer = el.producer({ acks: "all", lingerMs: produceSettings.lingerMs });
  const value = new Uint8Array(100).fill(97);
  const pending: Promise<unknown>[] = [];
  for (let sent = 0, i = 0; sent < recordCount; sent += 1000, i++) {
    const partition = i % partitionCount;
    pending.push(producer.send(topic, Array.from({ length: Math.min(1000, recordCount - sent) }, () => ({ value, partition }))));
    if (pending.length >= produceSettings.sendsInFlight) await pending.shift();
  }
  await Promise.all(pending);
  await producer.close();
}

/**
 * Group consume throughput: GROUP_MEMBER_COUNT members of one group, each with its own client, started
 * together on a prefilled GROUP_PARTITION_COUNT-partition topic, read it from the start with
 * run({ eachBatch }) and autoCommit on (its defaults: every 5 s, before a partition moves, at close).
 * Records/s from the first record any member gets to the last; the joins' rebalance (the first member is
 * given every partition and hands 3/4 of them on, committing them first) is inside that time. They cannot
 * join paused and be resumed together: a partition assigned while paused is still subscribed with its full
 * credit (4 MiB), so up to 48 MiB would be pushed before the clock starts. After close() every
 * partition's committed offset must be its end, and nothing may have been read twice (else the row fails).
 */
async function groupConsumeRun(url: string, topic: string, recordCount: number, target: string): Promise<void> {
  const { Progress } = await import("../test/support/progress.ts");
  const progress = new Progress(60_000);
  const groupId = `${topic}-readers`;
  const clients = Array.from({ length: GROUP_MEMBER_COUNT }, () => new Edgelog({ url }));
  const members = clients.map((el) => el.consumer({ groupId, topics: [topic], from: "earliest" }));
  let received = 0;
  let firstAtMs = 0;
  let lastAtMs = 0;
  let failure: Error | null = null;
  try {
    const running = members.map((m) =>
      m
        .run({
          eachBatch: (batch) => {
            const now = performance.now();
            if (received === 0) firstAtMs = now;
            received += batch.records.length;
            lastAtMs = now;
            if (received >= recordCount) progress.poke();
          },
        })
        .catch((err: Error) => {
          failure = err;
          progress.poke();
        }),
    );
    await progress.until(() => failure !== null || received >= recordCount, () => `${fmt(recordCount)} records (got ${fmt(received)})`, 600_000);
    if (failure) throw failure;
    await Promise.all(members.map((m) => m.close()));
    await Promise.all(running);
    const committed = (await clients[0]!.admin.fetchOffsets(groupId)).reduce((sum, o) => sum + o.offset, 0);
    if (received !== recordCount || committed !== recordCount) throw new Error(`group consume: received ${received}, committed ${committed} of ${recordCount}`);
  } finally {
    await Promise.all(members.map((m) => m.close()));
    await Promise.all(clients.map((el) => el.close()));
  }
  const seconds = (lastAtMs - firstAtMs) / 1000;
  row(
    `group consume, ${GROUP_MEMBER_COUNT} members (one client each) of one group on ${GROUP_PARTITION_COUNT} partitions from their joins, run({ eachBatch }), autoCommit on (every 5 s and at close) (${fmt(recordCount)} records of 100 B)`,
    `${fmt(received / seconds)} records/s`,
    target,
  );
}

/**
 * Takeover: GROUP_MEMBER_COUNT members, one of them in a child process, share a GROUP_PARTITION_COUNT-partition
 * topic that a producer here keeps writing to (a record per partition every 10 ms). Once the group is
 * stable the child is SIGKILLed (its socket dies with no leave); the time is from the kill to the moment the
 * last of its partitions has had records handed to another member's handler. The kill comes as soon as the group is
 * settled, which follows the victim's own heartbeat, so the coordinator waits nearly the whole session
 * timeout: close to the slowest case. Repeated `rounds` times with a new victim; the row shows the median
 * and the worst, each with when the new assignment reached the survivors (onAssigned).
 */
async function takeoverRun(url: string, topic: string, rounds: number): Promise<void> {
  const { Progress } = await import("../test/support/progress.ts");
  const progress = new Progress(60_000);
  const groupId = `${topic}-takeover`;
  const sessionTimeoutMs = TAKEOVER_SESSION_TIMEOUT_MS;
  const clients = Array.from({ length: GROUP_MEMBER_COUNT - 1 }, () => new Edgelog({ url }));
  const held = new Set<number>();
  let killedAtMs = 0;
  let victimPartitions = new Set<number>();
  /** Victim partitions assigned to / read by a survivor since the kill, with when. */
  const assignedAt = new Map<number, number>();
  const readAt = new Map<number, number>();
  let failure: Error | null = null;
  const survivors = clients.map((el) =>
    el.consumer({
      groupId,
      topics: [topic],
      from: "latest",
      sessionTimeoutMs,
      onAssigned: (ps) => {
        for (const { partition } of ps) {
          held.add(partition);
          if (killedAtMs > 0 && victimPartitions.has(partition) && !assignedAt.has(partition)) assignedAt.set(partition, performance.now());
        }
        progress.poke();
      },
      onRevoked: (ps) => {
        for (const { partition } of ps) held.delete(partition);
        progress.poke();
      },
    }),
  );
  for (const m of survivors) {
    m.run({
      eachBatch: (batch) => {
        if (killedAtMs > 0 && victimPartitions.has(batch.partition) && !readAt.has(batch.partition)) {
          readAt.set(batch.partition, performance.now());
          progress.poke();
        }
      },
    }).catch((err: Error) => {
      failure = err;
      progress.poke();
    });
  }
  const producer = new Edgelog({ url });
  const writer = producer.producer({ acks: "all", lingerMs: 0 });
  const writing = setInterval(() => {
    void writer.send(topic, Array.from({ length: GROUP_PARTITION_COUNT }, (_, partition) => ({ partition, value: "x" }))).catch(() => {});
  }, 10);
  const takeovers: { readMs: number; assignedMs: number }[] = [];
  let missed = "";
  let victim: ReturnType<typeof spawn> | null = null;
  try {
    for (let round = 0; round < rounds; round++) {
      killedAtMs = 0;
      assignedAt.clear();
      readAt.clear();
      victim = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--group-member", url, groupId, topic, String(sessionTimeoutMs)], { stdio: ["ignore", "pipe", "inherit"] });
      const victimHeld = new Set<number>();
      let victimLines = "";
      const child = victim;
      child.stdout!.on("data", (c: Buffer) => {
        victimLines += c.toString();
        for (let nl = victimLines.indexOf("\n"); nl >= 0; nl = victimLines.indexOf("\n")) {
          const event = JSON.parse(victimLines.slice(0, nl)) as { assigned?: number[]; revoked?: number[] };
          victimLines = victimLines.slice(nl + 1);
          for (const p of event.assigned ?? []) victimHeld.add(p);
          for (const p of event.revoked ?? []) victimHeld.delete(p);
          progress.poke();
        }
      });
      const exited = new Promise<void>((resolve) => child.once("exit", () => (progress.poke(), resolve())));
      const perMember = GROUP_PARTITION_COUNT / GROUP_MEMBER_COUNT;
      await progress.until(
        () => failure !== null || child.exitCode !== null || (victimHeld.size === perMember && held.size === GROUP_PARTITION_COUNT - perMember),
        () => `a stable group (victim holds ${victimHeld.size}, the others ${held.size})`,
      );
      if (failure) throw failure;
      if (child.exitCode !== null) throw new Error(`the victim member exited with ${child.exitCode}`);
      victimPartitions = new Set(victimHeld);
      killedAtMs = performance.now();
      child.kill("SIGKILL");
      await exited;
      try {
        await progress.until(
          () => failure !== null || [...victimPartitions].every((p) => readAt.has(p)),
          () => `the others to read the victim's partitions (assigned ${assignedAt.size}, read ${readAt.size} of ${victimPartitions.size})`,
          sessionTimeoutMs + 30_000,
        );
      } catch (err) {
        // A takeover that never comes is this row's finding, not a reason to lose the rows after it.
        missed = `kill ${round + 1}: ${(err as Error).message}`;
        break;
      }
      if (failure) throw failure;
      takeovers.push({ readMs: Math.max(...readAt.values()) - killedAtMs, assignedMs: Math.max(...assignedAt.values()) - killedAtMs });
    }
  } finally {
    if (victim && victim.exitCode === null) victim.kill("SIGKILL");
    clearInterval(writing);
    await writer.close().catch(() => {});
    await producer.close();
    await Promise.all(survivors.map((m) => m.close()));
    await Promise.all(clients.map((el) => el.close()));
  }
  takeovers.sort((a, b) => a.readMs - b.readMs);
  const show = (t: { readMs: number; assignedMs: number }) => `${fmt(t.readMs)} ms (assigned at ${fmt(t.assignedMs)} ms)`;
  const measured =
    takeovers.length === 0 ? "" : takeovers.length === 1 ? show(takeovers[0]!) : `median ${show(takeovers[Math.floor((takeovers.length - 1) / 2)]!)}, worst ${show(takeovers.at(-1)!)}`;
  const killCount = takeovers.length + (missed ? 1 : 0);
  row(
    `takeover: a member SIGKILLed (socket dropped, no leave) until all its ${GROUP_PARTITION_COUNT / GROUP_MEMBER_COUNT} partitions are read again by the other ${GROUP_MEMBER_COUNT - 1}; session timeout ${fmt(sessionTimeoutMs)} ms, ${killCount} kill${killCount > 1 ? "s" : ""}`,
    [measured, missed && `FAILED ${missed}`].filter(Boolean).join("; "),
    `≤ session timeout + 1 s (${fmt(sessionTimeoutMs + 1000)} ms)`,
  );
}

/** The takeover row's victim (`--group-member URL GROUP TOPIC SESSION_MS`): a member that reports its partitions as JSON lines and reads until killed. */
async function groupMemberMain(url: string, groupId: string, topic: string, sessionTimeoutMs: number): Promise<void> {
  const el = new Edgelog({ url });
  const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const member = el.consumer({
    groupId,
    topics: [topic],
    from: "latest",
    sessionTimeoutMs,
    onAssigned: (ps) => say({ assigned: ps.map((p) => p.partition) }),
    onRevoked: (ps) => say({ revoked: ps.map((p) => p.partition) }),
  });
  await member.run({ eachBatch: () => {} });
}

/** Good consumers of the hostile row: one client (socket) and one partition each. */
const HOSTILE_GOOD_CONSUMERS = 4;
const HOSTILE_NON_READERS = 200;
const HOSTILE_GARBAGE_SENDERS = 50;
/**
 * A garbage sender opens its next socket this long after the broker closed the last one, ms: 50 sockets
 * and 3,200 malformed frames a second in all. The cost of garbage is CPU in proportion to its rate (~18 µs
 * a frame to fail decoding and answer here): at 100 ms the good consumers kept 0.45 of their rate.
 */
const HOSTILE_GARBAGE_PAUSE_MS = 1000;

/**
 * Waits until a process uses under a third of a core (CPU time from /proc/PID/stat) and the whole machine
 * is at least 70 % idle (/proc/stat), up to 10 s. The machine too: the rows before this one leave work
 * behind (a broker shutting down, the page cache writing back 2 GB), and an "alone" figure taken during it
 * came out a third of one taken a minute later, which made the ratio say nothing.
 */
async function cpuSettled(pid: number): Promise<void> {
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in ticks of 10 ms
  };
  const machine = () => {
    const t = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { idle: t[3]! + t[4]!, total: t.reduce((a, b) => a + b, 0) };
  };
  for (let i = 0; i < 20; i++) {
    const before = cpuMs();
    const m0 = machine();
    await sleep(500);
    const m1 = machine();
    const idle = (m1.idle - m0.idle) / Math.max(1, m1.total - m0.total);
    if (cpuMs() - before < 500 / 3 && idle >= 0.7) return;
  }
}

/**
 * Issue 12, what bad clients cost good ones: HOSTILE_GOOD_CONSUMERS SDK consumers (one client and one
 * partition each, credit 16 MiB as in the consume row) read a prefilled topic from offset 0, alone and then
 * among 200 clients that subscribed with all the credit there is, stopped reading (their queues full:
 * kernel buffers plus the broker's bound) and pipeline fetches, and 50 that send garbage frames in a loop
 * (each socket closed at malformedFramesMax, a new one HOSTILE_GARBAGE_PAUSE_MS later), then alone again.
 * The bad clients run in a child process (hostileClientsMain).
 * Each figure is the best of 3 reads (the same data, in the page cache); the row shows the better alone
 * figure, the one among them, their ratio and the broker's peak RSS (VmHWM).
 */
async function hostileRun(el: Edgelog, url: string, brokerPid: number, recordCount: number): Promise<void> {
  const topic = "bench-hostile";
  await el.admin.createTopic(topic, { partitions: HOSTILE_GOOD_CONSUMERS });
  await prefill(el, topic, HOSTILE_GOOD_CONSUMERS, recordCount);
  // 16 MiB in batches of 256 KiB for the non-readers: far more than their sockets and the bound hold.
  await el.admin.createTopic(`${topic}-bulk`, { partitions: 1 });
  const bulk = el.producer({ acks: "all", lingerMs: 0 });
  const big = new Uint8Array(64 * 1024 - 100).fill(98);
  for (let i = 0; i < 64; i++) await bulk.send(`${topic}-bulk`, Array.from({ length: 4 }, () => ({ value: big, partition: 0 })));
  await bulk.close();

  /** Records/s of the good consumers together, from their start to the last record. */
  const readAll = async (): Promise<number> => {
    const clients = Array.from({ length: HOSTILE_GOOD_CONSUMERS }, () => new Edgelog({ url }));
    let received = 0;
    const t0 = performance.now();
    try {
      await Promise.all(
        clients.map(
          (c, partition) =>
            new Promise<void>((resolve, reject) => {
              const consumer = c.consumer({ topic, partitions: [partition], from: "earliest", creditBytes: 16 * 1024 * 1024 });
              let mine = 0;
              consumer
                .run({
                  eachBatch: (batch) => {
                    mine += batch.records.length;
                    received += batch.records.length;
                    if (mine >= recordCount / HOSTILE_GOOD_CONSUMERS) void consumer.close().then(resolve, reject);
                  },
                })
                .catch(reject);
            }),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    return received / ((performance.now() - t0) / 1000);
  };
  const best = async () => Math.max(await readAll(), await readAll(), await readAll());

  // Warm-up: the rate climbs over the first ~7 reads here (JIT, V8 growing its young generation in both
  // processes), and a base taken before that made any later figure look good.
  for (let i = 0; i < 8; i++) await readAll();
  await cpuSettled(brokerPid);
  const alone = await best();
  const hwmBefore = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${brokerPid}/status`, "utf8"));
  // The bad clients run in a process of their own, as they would on other machines: what the row measures
  // is what they cost the broker, not this process (which runs the good consumers).
  const bad = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--hostile-clients", url, `${topic}-bulk`], { stdio: ["ignore", "pipe", "inherit"] });
  let badOut = "";
  const badLine = (pred: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = badOut.split("\n").find(pred);
        if (line !== undefined) resolve(line);
      };
      bad.stdout!.on("data", (c: Buffer) => ((badOut += c.toString()), check()));
      bad.once("exit", (code) => reject(new Error(`hostile clients exited ${code}: ${badOut}`)));
      check();
    });
  let among: number;
  let rssAmongKiB = 0;
  let garbageRounds = 0;
  try {
    await badLine((l) => l === "ready");
    // Measured once the non-readers' queues are full (the broker idle but for the garbage): what they
    // cost from then on, not the one-off pushing of ~1 GB into their sockets.
    await cpuSettled(brokerPid);
    rssAmongKiB = rssKiB(brokerPid);
    among = await best();
    const done = badLine((l) => l.startsWith("{"));
    bad.kill("SIGTERM");
    garbageRounds = (JSON.parse(await done) as { garbageRounds: number }).garbageRounds;
  } finally {
    if (bad.exitCode === null) bad.kill("SIGKILL");
  }
  // Alone again: the machine's other load drifts (2 cores), so the better of the two alone figures is the base.
  await cpuSettled(brokerPid);
  const aloneAfter = await best();
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${brokerPid}/status`, "utf8"));
  row(
    `good consumers (${HOSTILE_GOOD_CONSUMERS}, one partition and socket each, from offset 0), alone → among ${HOSTILE_NON_READERS} non-readers and ${HOSTILE_GARBAGE_SENDERS} garbage senders (${fmt(garbageRounds)} garbage sockets closed) (${fmt(recordCount)} records of 100 B)`,
    `${fmt(Math.max(alone, aloneAfter))} → ${fmt(among)} records/s (${(among / Math.max(alone, aloneAfter)).toFixed(2)}; alone before ${fmt(alone)}, after ${fmt(aloneAfter)}); broker peak RSS ${hwmBefore ? (Number(hwmBefore[1]) / 1024).toFixed(0) : "?"} MiB before the bad clients, ${hwm ? (Number(hwm[1]) / 1024).toFixed(0) : "?"} MiB after (RSS ${(rssAmongKiB / 1024).toFixed(0)} MiB with their queues full)`,
    "ratio ≥ 0.8",
  );
}

/**
 * The hostile row's bad clients (`--hostile-clients URL BULK_TOPIC`): HOSTILE_NON_READERS non-readers on
 * BULK_TOPIC and HOSTILE_GARBAGE_SENDERS garbage loops; prints "ready" once the non-readers have stopped
 * reading, and on SIGTERM stops the loops and prints {"garbageRounds": N}.
 */
async function hostileClientsMain(url: string, bulkTopic: string): Promise<void> {
  const { openSocket, openSockets, sendGarbage, startNonReader } = await import("../test/support/hostile-clients.ts");
  const { mulberry32 } = await import("../test/support/rng.ts");
  const random = mulberry32(12);
  let garbageRounds = 0;
  let stop = false;
  const stopped = new Promise<void>((resolve) => process.once("SIGTERM", () => ((stop = true), resolve())));
  const nonReaders = await openSockets(url, HOSTILE_NON_READERS);
  await Promise.all(nonReaders.map((ws) => startNonReader(ws, bulkTopic, 0, 250, 64 * 1024)));
  const garbageLoops = Array.from({ length: HOSTILE_GARBAGE_SENDERS }, async () => {
    // Bounded: stops at SIGTERM, or after 1,000 sockets each.
    for (let i = 0; i < 1000 && !stop; i++) {
      const ws = await openSocket(url);
      await sendGarbage(ws, 200, random);
      garbageRounds++;
      if (!stop) await Promise.race([sleep(HOSTILE_GARBAGE_PAUSE_MS), stopped]);
    }
  });
  process.stdout.write("ready\n");
  await stopped;
  await Promise.all(garbageLoops);
  for (const ws of nonReaders) ws.terminate();
  process.stdout.write(`${JSON.stringify({ garbageRounds })}\n`);
  process.exit(0);
}

async function latencyRun(el: Edgelog, topic: string, ratePerS: number, seconds: number): Promise<void> {
  const producer = el.producer({ acks: "all", lingerMs: 0 });
  // Start exactly at the current end so no record sent below is missed, however long subscribing takes.
  const end = await el.admin.listOffsets(topic, 0, "latest");
  const consumer = el.consumer({ topic, from: end.offset });
  const latencies: number[] = [];
  const total = ratePerS * seconds;
  const done = new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachRecord: (r) => {
          const sentAt = new DataView(r.value!.buffer, r.value!.byteOffset, 8).getFloat64(0);
          latencies.push(performance.now() - sentAt);
          if (latencies.length >= total) resolve();
        },
      })
      .catch(reject);
  });
  await atFixedRate(ratePerS, total, () => {
    const value = new Uint8Array(100);
    new DataView(value.buffer).setFloat64(0, performance.now());
    void producer.send(topic, { value });
  });
  await done;
  await producer.close();
  await consumer.close();
  row(`end-to-end latency at ${fmt(ratePerS)} records/s, acks=all`, p50p99(latencies), "p99 ≤ 5 ms");
}

function p50p99(latencies: number[]): string {
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return `p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms`;
}

/**
 * The floor under the latency row: the round trip of a request that touches no disk (ListTopics) at the
 * same rate, through the same sockets and event loops. What it shows at p99 is this machine's scheduling
 * jitter, which no log design removes.
 */
async function floorRun(url: string, ratePerS: number, seconds: number): Promise<void> {
  const { RawClient } = await import("../test/support/raw-client.ts");
  const client = await RawClient.connect(url);
  const total = ratePerS * seconds;
  const latencies: number[] = [];
  const answered = new Promise<void>((resolve) => {
    void atFixedRate(ratePerS, total, () => {
      const at = performance.now();
      void client.request({ listTopicsRequest: {} }).then(() => {
        latencies.push(performance.now() - at);
        if (latencies.length === total) resolve();
      });
    });
  });
  await answered;
  await client.close();
  row(`round trip of a no-op request at ${fmt(ratePerS)}/s (floor)`, p50p99(latencies), "(for reference)");
}

/**
 * What idle sockets cost the runtime: `socketCount` sockets opened one after another on one object (each
 * waits for its answer before the next opens), then left alone. Measured on the workerd process itself:
 * VmRSS (/proc/PID/status) before the first and 1 s after the last, and, in the full run, again after 12 s
 * idle, when workerd has evicted the object (hibernation; see the edge test). RSS is what the process holds,
 * so memory freed by the object but kept by V8 or the allocator for reuse still counts.
 */
async function socketMemoryRun(what: string, runtimePid: number, socketCount: number, open: () => Promise<{ close(): Promise<void> }>): Promise<void> {
  await (await open()).close(); // the object exists and its code has run once before the baseline
  await sleep(500);
  const beforeKiB = rssKiB(runtimePid);
  const sockets: { close(): Promise<void> }[] = [];
  const growth = (kib: number) => `${((kib - beforeKiB) / socketCount).toFixed(0)} KiB per socket (+${((kib - beforeKiB) / 1024).toFixed(0)} MiB)`;
  try {
    for (let i = 0; i < socketCount; i++) sockets.push(await open());
    await sleep(1000);
    const how = `workerd VmRSS growth over ${fmt(socketCount)} sockets`;
    row(`idle-socket memory, ${what}: ${how}, object awake`, growth(rssKiB(runtimePid)), "(for reference)");
    if (!quick) {
      await sleep(12_000);
      row(`idle-socket memory, ${what}: same, after 12 s idle (past the 10 s eviction)`, growth(rssKiB(runtimePid)), "(for reference)");
    }
  } finally {
    await Promise.all(sockets.map((c) => c.close()));
  }
}

/**
 * The control for the rows above: the same measure on a Durable Object that only accepts hibernatable
 * sockets and echoes, with no edgelog code, in its own workerd. What the two rows share is the local
 * runtime's cost of a connection; the difference is edgelog's.
 */
async function bareSocketsRun(socketCount: number): Promise<void> {
  const { Miniflare } = await import("miniflare");
  const { default: WebSocket } = await import("ws");
  const { compatibilityDate } = await import("../test/edge/edge-deployment.ts");
  const before = new Set(childPids("workerd"));
  const script = `import { DurableObject } from "cloudflare:workers";
    export class Bare extends DurableObject {
      async fetch() {
        const { 0: client, 1: server } = new WebSocketPair();
        this.ctx.acceptWebSocket(server);
        return new Response(null, { status: 101, webSocket: client });
      }
      webSocketMessage(ws, message) { ws.send(message); }
    }
    export default { fetch: (request, env) => env.BARE.get(env.BARE.idFromName("bare")).fetch(request) };`;
  const mf = new Miniflare({ modules: true, script, compatibilityDate, durableObjects: { BARE: { className: "Bare", useSQLite: true } }, host: "127.0.0.1", port: 0, handleRuntimeStdio: () => {} });
  try {
    const url = `ws://127.0.0.1:${(await mf.ready).port}/`;
    const [runtimePid, ...others] = childPids("workerd").filter((pid) => !before.has(pid));
    if (runtimePid === undefined || others.length > 0) throw new Error("cannot tell which process is the control's workerd");
    await socketMemoryRun("control: bare hibernatable echo object", runtimePid, socketCount, async () => {
      const ws = new WebSocket(url);
      await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
      ws.send("hello");
      await new Promise((resolve) => ws.once("message", resolve));
      // Dropped, not closed: closing 1,000 of these cleanly took ~10 s here, and the rows are taken by then.
      return { close: async () => ws.terminate() };
    });
  } finally {
    await mf.dispose();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Sockets held open for the idle-socket memory rows (~4 s per 1,000: they open one after another). */
const IDLE_SOCKET_COUNT = quick ? 250 : 1000;

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

async function nodeRuns(): Promise<void> {
  deployment = "Node broker";
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-"));
  const broker = await startBroker(dataDir);
  const el = new Edgelog({ url: broker.url });
  try {
    const small = quick ? 200_000 : 2_000_000;
    if (!groupsOnly) {
      await el.admin.createTopic("bench-100", { partitions: 1 });
      await el.admin.createTopic("bench-1k", { partitions: 1 });
      // Latency first: after the bulk phases the kernel is still writing back hundreds of MB of dirty pages,
      // and every fdatasync waits behind that, which is not the steady state at 5,000 records/s.
      await latencyInFreshProcess(broker.url);
      await produceRun(el, "bench-100", 100, small);
      await produceRun(el, "bench-1k", 1024, quick ? 50_000 : 300_000);
      await consumeRun(el, "bench-100", small);
    }
    await el.admin.createTopic("bench-group", { partitions: GROUP_PARTITION_COUNT });
    await prefill(el, "bench-group", GROUP_PARTITION_COUNT, small);
    await groupConsumeRun(broker.url, "bench-group", small, "≥ 1,000,000 records/s (Redis Streams' XREADGROUP: ~270,000 here)");
    await el.admin.createTopic("bench-takeover", { partitions: GROUP_PARTITION_COUNT });
    await takeoverRun(broker.url, "bench-takeover", quick ? 1 : 3);
    if (process.argv.includes("--sweep")) {
      // What the settings do at 1 KiB: the rows above use the first one.
      for (const [recordsPerSend, sendsInFlight, lingerMs] of [[1000, 4, 2], [1000, 16, 2], [100, 64, 2], [10_000, 4, 2], [10_000, 64, 2], [1000, 4, 0]] as const) {
        await el.admin.createTopic(`bench-sweep-${recordsPerSend}-${sendsInFlight}-${lingerMs}`, { partitions: 1 });
        await produceRun(el, `bench-sweep-${recordsPerSend}-${sendsInFlight}-${lingerMs}`, 1024, quick ? 50_000 : 200_000, " (sweep)", "(for reference)", { recordsPerSend, sendsInFlight, lingerMs });
      }
    }

  } finally {
    await el.close();
    await broker.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The hostile row alone (`-- --hostile`), on a broker of its own. */
async function hostileRuns(): Promise<void> {
  deployment = "Node broker";
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-"));
  const broker = await startBroker(dataDir);
  const el = new Edgelog({ url: broker.url });
  try {
    await hostileRun(el, broker.url, broker.pid, quick ? 200_000 : 2_000_000);
  } finally {
    await el.close();
    await broker.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function edgeRuns(): Promise<void> {
  deployment = "edge (local workerd)";
  const { startEdge } = await import("../test/edge/edge-deployment.ts");
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-edge-"));
  // workerd's own output (its warnings) would interleave with the table: kept for errors only.
  const runtimeLines: string[] = [];
  const edge = await startEdge({ persistDir: dataDir, onRuntimeOutput: (line) => runtimeLines.push(line) });
  const el = new Edgelog({ url: edge.url });
  try {
    const recordCount = quick ? 200_000 : 2_000_000;
    if (!groupsOnly) {
      await el.admin.createTopic("edge-1", { partitions: 1 });
      await el.admin.createTopic("edge-4", { partitions: 4 });
      await produceRun(el, "edge-1", 100, recordCount, " into one partition object", "≥ 200,000 records/s into one partition object");
      await produceRun(el, "edge-4", 100, recordCount, " into a 4-partition topic", "(for reference)");
      await consumeRun(el, "edge-1", recordCount, ", one partition object", "(for reference)");
      await consumeRun(el, "edge-4", recordCount, ", 4-partition topic", "(for reference)");
    }
    await el.admin.createTopic("edge-group", { partitions: GROUP_PARTITION_COUNT });
    await prefill(el, "edge-group", GROUP_PARTITION_COUNT, recordCount);
    await groupConsumeRun(edge.url, "edge-group", recordCount, "(for reference)");
    await el.admin.createTopic("edge-takeover", { partitions: GROUP_PARTITION_COUNT });
    await takeoverRun(edge.url, "edge-takeover", quick ? 1 : 3);
  } catch (err) {
    console.error(runtimeLines.slice(-20).join("\n"));
    throw err;
  } finally {
    await el.close();
    await edge.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Subscribers on one partition object, in a workerd of their own: one that has just run the runs above
 * would have freed memory at hand, and sockets placed in it would not show as growth.
 */
async function idleSubscribersRun(socketCount: number): Promise<void> {
  const { startEdge } = await import("../test/edge/edge-deployment.ts");
  const { RawClient } = await import("../test/support/raw-client.ts");
  const before = new Set(childPids("workerd"));
  const runtimeLines: string[] = [];
  const edge = await startEdge({ onRuntimeOutput: (line) => runtimeLines.push(line) });
  try {
    const [runtimePid, ...others] = childPids("workerd").filter((pid) => !before.has(pid));
    if (runtimePid === undefined || others.length > 0) throw new Error("cannot tell which process is the edge's workerd");
    const topic = "edge-idle";
    const admin = await RawClient.connect(edge.url);
    await admin.request({ createTopicRequest: { topic, partitions: 1 } });
    await admin.close();
    const partitionUrl = edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    await socketMemoryRun("edgelog subscribers on one partition object", runtimePid, socketCount, async () => {
      const c = await RawClient.connect(partitionUrl);
      // The topic stays empty: each subscription waits for appends that never come.
      const sub = await c.request({ subscribeRequest: { topic, partition: 0, offset: 0, creditBytes: 64 * 1024 } });
      if (sub.error) throw new Error(`subscribe: ${sub.error.message}`);
      return c;
    });
  } catch (err) {
    console.error(runtimeLines.slice(-20).join("\n"));
    throw err;
  } finally {
    await edge.stop();
  }
}

/**
 * The fan-out rows (bench/fanout.ts): subscribers on one partition, 100 records/s produced one at a time.
 * Node: 1,000 and 10,000 subscribers (10,000 at 10 records/s: one client process cannot read 1M pushes/s
 * on this machine); edge: 1,000 on one partition object.
 */
async function fanoutRuns(): Promise<void> {
  const { fanoutRun, describeFanout } = await import("./fanout.ts");
  const seconds = quick ? 3 : 5;
  // FANOUT_ONLY=node or =edge: one deployment's rows (while working on it).
  const only = process.env.FANOUT_ONLY;
  if (only !== "edge") await fanoutNodeRuns(seconds);
  if (only !== "node") await fanoutEdgeRun(seconds);
}

/**
 * The Node rows. Measured here (2 cores shared with other work, load 2–15 during the runs; ranges over 5
 * runs before and 6 after, 500,000 deliveries per row, none missing in any run):
 *
 * | | 1,000 subscribers, 100 records/s | 10,000 subscribers, 10 records/s |
 * |---|---|---|
 * | before (a push per batch) | 4.2–8.2 µs CPU per delivery, 259k–486k pushes, p50 22–96 ms, p99 82–385 ms | 5.1–8.9 µs, 250k–500k pushes, p50 109–1,039 ms, p99 210–2,029 ms |
 * | after (fan-out rounds, be4219b) | 2.1–7.5 µs, 92k–458k pushes, p50 18–138 ms, p99 81–659 ms | 3.0–7.3 µs, 140k–350k pushes, p50 213–987 ms, p99 489–2,275 ms |
 * | a 50–100 ms linger (experiment, not in the code) | 1.9–2.2 µs, 51k–96k pushes, p50 48–110 ms, p99 147–1,075 ms | 2.5–6.2 µs, 100k–310k pushes |
 *
 * Deliveries 71k–100k/s of the 100k/s asked (below it when the subscribers' process falls behind, on a
 * loaded machine); 12–19 KiB of broker RSS per idle subscriber before and after (one run 24: RSS noise).
 * The broker pays ~8–12 µs per push whatever it carries (bench/fanout.ts says what of; the rows print it),
 * so a figure is that over the records per push: the low ends are runs where the machine was busy and
 * rounds carried several records, the high ends quiet runs where each record went alone. The target,
 * ≤ 1 µs, needs ~10 records per socket write: a linger of ~100 ms at 100 records/s, ~1 s at 10 records/s;
 * it is not met.
 *
 * Subscribers that ask a wait (rows "asking minBytes …", 2026-12-07, load 1.7-7, 2-4 runs, 500,000
 * deliveries per row, none missing): 1,000 at 100 records/s with 2 KiB / 250 ms 1.26-1.72 µs per delivery,
 * 39k pushes, p50 71-74 ms, p99 192-247 ms; 4 KiB / 500 ms 0.96-1.30 µs, 19k-20k pushes, p50 131-157 ms,
 * p99 255-471 ms; 8 KiB / 1 s 0.80-0.98 µs, 11k pushes, p50 260-276 ms, p99 976-1,088 ms; 10,000 at 10
 * records/s with 4 KiB / 500 ms 1.64-1.74 µs, 70k-80k pushes (released by time: ~5 records per push), p50
 * 436-514 ms. The 0/0 rows of the same runs: 1,000: 6.1-8.4 µs (3.8 at load 6), p50 12-27 ms; 10,000:
 * 7.5-8.9 µs; 1 subscriber: 0.60-0.82 ms per appended record. The producing
 * side's ~0.7 µs per delivery (FANOUT_WAIT above) stays, so a wait buys ~5-8x, not the ~25x fewer pushes.
 */
/**
 * The wait the "asking" rows' subscribers ask (SubscribeRequest min_bytes / max_wait_ms, src/core/fanout-wait.ts).
 * CPU per delivery counts all of the broker's CPU, the producing side's too: the one-subscriber row shows
 * ~0.60-0.82 ms per appended record here (a produce request, its append and fdatasync, the ack, the
 * broker's timers), i.e. ~0.7 µs per delivery at 1,000 subscribers whatever the fan-out does. On top, a
 * push costs ~9 µs whatever it carries (bare uWS sends of 185 B to 8 KB to 1,000 sockets: 6-7 µs each
 * here), so per delivery ≈ 0.7 + 9 / records per push: ≤ 1 µs needs ~30+ records per push, i.e. 4-8 KiB
 * of 100 B records. 4 KiB / 500 ms (released by bytes every ~250 ms at 100 records/s, by time at 10/s) is
 * the rows' default, the 10,000-subscriber row's too; 2 KiB / 250 ms and 8 KiB / 1 s beside it show the trade.
 */
const FANOUT_WAIT = { minBytes: 4096, maxWaitMs: 500 };
const FANOUT_NODE_CASES = [
  [1, 100],
  [1000, 100],
  [1000, 100, 2048, 250],
  [1000, 100, FANOUT_WAIT.minBytes, FANOUT_WAIT.maxWaitMs],
  [1000, 100, 8192, 1000],
  [10_000, 10],
  [10_000, 10, FANOUT_WAIT.minBytes, FANOUT_WAIT.maxWaitMs],
];
/** What the default table runs (`-- --fanout` runs every case above): each count with no wait, 1,000 with the wait. */
const FANOUT_NODE_DEFAULT_CASES = [
  [1000, 100],
  [1000, 100, FANOUT_WAIT.minBytes, FANOUT_WAIT.maxWaitMs],
  [10_000, 10],
];
const waitText = (minBytes: number, maxWaitMs: number) => (minBytes > 0 && maxWaitMs > 0 ? ` asking minBytes ${fmt(minBytes)}, maxWaitMs ${maxWaitMs}` : "");

async function fanoutNodeRuns(seconds: number): Promise<void> {
  const { fanoutRun, describeFanout } = await import("./fanout.ts");
  deployment = "Node broker";
  // The engine's share alone (bench/fanout-core.ts: sessions on a transport that counts, no sockets, no
  // kernel), in a process of its own: what the rows below add on top is uWS's send and the kernel's.
  for (const [subscriberCount, recordCount] of [[1000, quick ? 200 : 1000], [10_000, quick ? 50 : 200]] as const) {
    const child = spawn(process.execPath, ["--import", "tsx", `${root}bench/fanout-core.ts`, String(subscriberCount), String(recordCount)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new Error(`fanout-core exited ${code}`);
    row(`fan-out, engine only (in-process, a transport that counts): ${fmt(subscriberCount)} subscribers, ${fmt(recordCount)} records appended one at a time`, out.trim().replace(/^.*?: /, ""), "≤ 1 µs per delivery");
  }
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-"));
  const broker = await startBroker(dataDir);
  const el = new Edgelog({ url: broker.url });
  try {
    const producer = el.producer({ lingerMs: 0 });
    // [subscribers, records/s, minBytes, maxWaitMs]: each count with no wait (0/0, the default) and with
    // subscribers that ask Kafka's fetch.min.bytes / fetch.max.wait.ms (src/core/fanout-wait.ts).
    const cases = process.env.FANOUT_NODE_CASES ? (JSON.parse(process.env.FANOUT_NODE_CASES) as number[][]) : fanoutOnly ? FANOUT_NODE_CASES : FANOUT_NODE_DEFAULT_CASES;
    for (const [subscriberCount = 0, ratePerS = 0, minBytes = 0, maxWaitMs = 0] of cases) {
      const topic = `bench-fanout-${subscriberCount}-${minBytes}-${maxWaitMs}`;
      await el.admin.createTopic(topic, { partitions: 1 });
      const r = await fanoutRun({
        subscriberUrl: broker.url,
        topic,
        subscriberCount,
        ratePerS,
        seconds,
        runtimePid: broker.pid,
        produce: (value) => producer.send(topic, { value, partition: 0 }),
        endOffset: async () => (await el.admin.listOffsets(topic, 0, "latest")).offset,
        minBytes,
        maxWaitMs,
      });
      row(`fan-out: ${fmt(subscriberCount)} subscribers on one partition${waitText(minBytes, maxWaitMs)}, ${ratePerS} records/s of 100 B produced one at a time, ${seconds} s`, describeFanout(r), "every delivery; ≤ 1 µs CPU per delivery");
    }
    await producer.close();
  } finally {
    await el.close();
    await broker.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The edge's fan-out rows: 1,000 subscribers of one partition, on the partition object itself and spread
 * over relay objects (src/edge/relay-do.ts; FANOUT_EDGE_RELAYS, default "0,4": relays per case). Local
 * workerd runs every object on one thread, so relays add no CPU here: what they show locally is their
 * cost (each append once more per relay), not the gain a deployment gets from objects on other machines.
 */
async function fanoutEdgeRun(seconds: number): Promise<void> {
  const { fanoutRun, describeFanout } = await import("./fanout.ts");
  deployment = "edge (local workerd)";
  const { startEdge } = await import("../test/edge/edge-deployment.ts");
  const relayCases = (process.env.FANOUT_EDGE_RELAYS ?? "0,4").split(",").map(Number);
  const topicOf = (relays: number) => `edge-fanout-r${relays}`;
  const before = new Set(childPids("workerd"));
  const runtimeLines: string[] = [];
  const edge = await startEdge({
    onRuntimeOutput: (line) => runtimeLines.push(line),
    bindings: { EDGELOG_RELAYS: JSON.stringify(Object.fromEntries(relayCases.filter((n) => n > 0).map((n) => [topicOf(n), n]))) },
  });
  const edgeEl = new Edgelog({ url: edge.url });
  try {
    const [runtimePid, ...others] = childPids("workerd").filter((pid) => !before.has(pid));
    if (runtimePid === undefined || others.length > 0) throw new Error("cannot tell which process is the edge's workerd");
    const subscriberCount = Number(process.env.FANOUT_EDGE_SUBSCRIBERS ?? 1000);
    // Each relay case with no wait, then the partition object alone with subscribers asking FANOUT_WAIT
    // (with `-- --fanout` only; FANOUT_EDGE_WAIT=0 leaves it out there too).
    const cases: [number, { minBytes: number; maxWaitMs: number } | null][] = relayCases.map((r) => [r, null]);
    if (fanoutOnly && process.env.FANOUT_EDGE_WAIT !== "0") cases.push([0, FANOUT_WAIT]);
    for (const [relays, wait] of cases) {
      const topic = topicOf(relays) + (wait ? "-wait" : "");
      await edgeEl.admin.createTopic(topic, { partitions: 1 });
      const producer = edgeEl.producer({ lingerMs: 0 });
      const r = await fanoutRun({
        subscriberUrl: edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`),
        topic,
        subscriberCount,
        ratePerS: 100,
        seconds,
        runtimePid,
        produce: (value) => producer.send(topic, { value, partition: 0 }),
        endOffset: async () => (await edgeEl.admin.listOffsets(topic, 0, "latest")).offset,
        minBytes: wait?.minBytes,
        maxWaitMs: wait?.maxWaitMs,
      });
      await producer.close();
      let relayNote = "";
      if (relays > 0) {
        // What reached each relay from the partition: every append once (batches), in fewer pushes.
        const ns = await edge.mf.getDurableObjectNamespace("RELAY");
        const stats = await Promise.all(Array.from({ length: relays }, (_, i) => (ns.get(ns.idFromName(`${topic}/0/${i}`)) as unknown as { stats(): Promise<{ pushes: number; batches: number; repeatedBatches: number }> }).stats()));
        relayNote = `; relays received ${stats.map((s) => `${fmt(s.batches)} batches in ${fmt(s.pushes)} pushes`).join(", ")}, ${stats.reduce((n, s) => n + s.repeatedBatches, 0)} repeated`;
      }
      const where = (relays > 0 ? `spread over ${relays} relay objects of one partition` : "on one partition object") + waitText(wait?.minBytes ?? 0, wait?.maxWaitMs ?? 0);
      row(`fan-out: ${fmt(subscriberCount)} subscribers ${where}, 100 records/s of 100 B produced one at a time, ${seconds} s`, describeFanout(r) + relayNote, "every delivery; p99 ≤ 100 ms");
    }
  } catch (err) {
    console.error(runtimeLines.slice(-20).join("\n"));
    throw err;
  } finally {
    await edgeEl.close();
    await edge.stop();
  }
}

/** The replication rows (bench/replication.ts), in a workerd of their own with fault injection on. */
async function replicationRows(): Promise<void> {
  const { replicationRuns } = await import("./replication.ts");
  deployment = "edge (local workerd)";
  const settings = produceSettingsFor(1024);
  for (const r of await replicationRuns({ quick, settings, settingsLabel: settingsLabel(settings) })) row(r.measure, r.result, r.target);
}

/**
 * The latency rows run in a new client process: this one has just pushed millions of records through its
 * heap, and its old-generation collections would show up in the p99 as if the broker had paused.
 */
async function latencyInFreshProcess(url: string): Promise<void> {
  const args = ["--import", "tsx", fileURLToPath(import.meta.url), "--latency", url, ...(quick ? ["--quick"] : [])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`latency run exited with ${code}`);
  for (const r of JSON.parse(out) as Row[]) rows.push(r);
}

async function latencyMain(url: string): Promise<void> {
  const el = new Edgelog({ url });
  try {
    await el.admin.createTopic("bench-latency", { partitions: 1 }).catch(() => {});
    // Warm up first (module loading, JIT of the SDK's paths), then measure; the warm-up's rows are dropped.
    await latencyRun(el, "bench-latency", 5000, 2);
    await floorRun(url, 5000, 2);
    rows.length = 0;
    await latencyRun(el, "bench-latency", 5000, quick ? 2 : 10);
    await floorRun(url, 5000, quick ? 2 : 10);
  } finally {
    await el.close();
  }
  process.stdout.write(JSON.stringify(rows));
}

async function main(): Promise<void> {
  const latencyAt = process.argv.indexOf("--latency");
  if (latencyAt >= 0) return latencyMain(process.argv[latencyAt + 1]!);
  const hostileAt = process.argv.indexOf("--hostile-clients");
  if (hostileAt >= 0) return hostileClientsMain(process.argv[hostileAt + 1]!, process.argv[hostileAt + 2]!);
  const memberAt = process.argv.indexOf("--group-member");
  if (memberAt >= 0) {
    const [url, groupId, topic, sessionMs] = process.argv.slice(memberAt + 1);
    return groupMemberMain(url!, groupId!, topic!, Number(sessionMs));
  }
  if (hostileOnly) await hostileRuns();
  else if (fanoutOnly) await fanoutRuns();
  else if (replicationOnly) await replicationRows();
  else {
    await nodeRuns();
    // On a broker of its own, so that its peak RSS is the row's (~30 s).
    if (!groupsOnly) await hostileRuns();
    await edgeRuns();
  }
  if (!groupsOnly && !hostileOnly && !fanoutOnly && !replicationOnly) {
    await idleSubscribersRun(IDLE_SOCKET_COUNT);
    await bareSocketsRun(IDLE_SOCKET_COUNT);
    // Issue 13's fan-out rows, their main cases (~1.5 min; `-- --fanout` runs them all, the other waits too).
    await fanoutRuns();
  }
  const columns = (r: Row) => [r.deployment, r.measure, r.result, r.target];
  const header = { deployment: "deployment", measure: "measure", result: "result", target: "target" };
  const w = [0, 1, 2, 3].map((i) => Math.max(...[header, ...rows].map((r) => columns(r)[i]!.length)));
  const line = (r: Row) => `| ${columns(r).map((c, i) => c.padEnd(w[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${w.map((n) => "-".repeat(n + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
