// `edgelog groups …` as a user runs it: a broker child process (`edgelog serve`) and CLI child processes, with
// group members speaking the raw protocol from the test. Proves that describe's table shows committed offset,
// log end and LAG per partition before and after commits, that reset-offsets lands where asked (earliest,
// latest, an offset, a timestamp) and describe shows it, that reset and delete are refused with one stderr
// line while a member is in the group, and that every error is one stderr line with a non-zero exit. And
// `consume --group`: two processes split a topic, each printing only its partitions' records, and what each
// printed is committed (exactly: --max stops half-way through a batch; by Ctrl-C at the latest), so a
// later member goes on where they stopped. Waits are on the processes' output and on protocol frames seen
// through a WebSocket tap, never on sleeps. Every case has its own topics and groups on the one broker, so the
// cases run concurrently: each CLI start costs about a second of CPU (tsx compiling), and they overlap, at
// most four CLI runs at a time.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { RawMember } from "../conformance/admin-groups-suite.ts";
import { cliPath, repoRoot, startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { CliSlots } from "../support/cli-slots.ts";
import { Progress } from "../support/progress.ts";
import { startWsTap, type WsTap } from "../support/ws-tap.ts";

/** Bound on every CLI run: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 20_000;
/**
 * Bound on each case, over vitest's 30 s: the cases run concurrently, so a case's time includes waiting for
 * CLI slots and sharing the CPU with the others. A bound on a hang, not a measurement.
 */
const CASE_TIMEOUT_MS = 90_000;
/** CLI runs to exit at once (the long-running members a case starts itself are not counted). */
const slots = new CliSlots(4);

interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let broker: BrokerProcess;
let dataDir: string;
let el: Edgelog;
const members: RawMember[] = [];
const running = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "edgelog-cli-groups-"));
  broker = await startBrokerProcess(dataDir);
  el = new Edgelog({ url: broker.url, reconnect: false });
});

afterAll(async () => {
  // A failed test must leave no process and no member behind. Its cases run concurrently, each on its own
  // topics and groups, so this runs once they all ended (an afterEach would kill the processes of the others).
  for (const proc of running) proc.kill("SIGKILL");
  running.clear();
  for (const m of members.splice(0)) await m.close();
  await el?.close();
  await broker?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Started {
  proc: ChildProcess;
  /** Complete lines printed so far. */
  lines(): string[];
  /** Resolves at exit (the process is killed after RUN_TIMEOUT_MS). */
  done: Promise<CliResult>;
}

/** Starts `edgelog ARGS --url URL` (no --url when `env` carries $EDGELOG_URL); `progress` is poked on its output and exit. */
function startCli(args: string[], opts: { url?: string | null; env?: Record<string, string>; input?: string; progress?: Progress } = {}): Started {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env?.EDGELOG_URL) delete env.EDGELOG_URL;
  const url = opts.url === undefined ? broker.url : opts.url;
  const proc = spawn(process.execPath, [cliPath, ...args, ...(url === null ? [] : ["--url", url])], { cwd: repoRoot, env, stdio: ["pipe", "pipe", "pipe"] });
  running.add(proc);
  let stdout = "";
  let stderr = "";
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    opts.progress?.poke();
  });
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  proc.stdin!.on("error", () => {});
  proc.stdin!.end(opts.input ?? "");
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  const done = new Promise<CliResult>((resolve) => {
    proc.once("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(proc);
      resolve({ code, signal, stdout, stderr });
      opts.progress?.poke();
    });
  });
  return { proc, lines: () => lines(stdout.slice(0, stdout.lastIndexOf("\n") + 1)), done };
}

/** Runs `edgelog ARGS --url URL` (no --url when `env` carries $EDGELOG_URL) to its exit, in one of the file's slots. */
function runCli(args: string[], opts: { url?: string | null; env?: Record<string, string>; input?: string } = {}): Promise<CliResult> {
  return slots.run(() => startCli(args, opts).done);
}

async function ok(args: string[], input?: string): Promise<string> {
  const r = await runCli(args, { input });
  expect(r.stderr, `edgelog ${args.join(" ")}`).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

/** What every failure must look like: one line on stderr, nothing on stdout, a non-zero exit, no hang. */
function expectOneLineError(r: CliResult, pattern: RegExp): void {
  expect(r.signal, `killed; stderr: ${r.stderr}`).toBeNull();
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  expect(lines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr).toMatch(/^edgelog: /);
  expect(r.stderr).toMatch(pattern);
}

/** A table's rows as cells, header first; every row has the header's column count. */
function cells(table: string[]): string[][] {
  const rows = table.map((l) => l.trim().split(/\s+/));
  for (const r of rows) expect(r, table.join("\n")).toHaveLength(rows[0]!.length);
  return rows;
}

/** `groups describe G`: its summary line and its table's rows (header checked, then left out). */
async function describeGroup(group: string, extra: string[] = []) {
  const [summary, ...table] = lines(await ok(["groups", "describe", group, ...extra]));
  const [header, ...rows] = cells(table);
  expect(header).toEqual(extra.includes("--members") ? ["MEMBER-ID", "INSTANCE-ID", "EPOCH", "STATE", "ASSIGNED", "REVOKING", "PENDING"] : ["TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "MEMBER-ID"]);
  return { summary: summary!, rows };
}

/** `groups reset-offsets G ARGS`: its rows [partition, new offset]. */
async function reset(group: string, args: string[]): Promise<string[][]> {
  const [header, ...rows] = cells(lines(await ok(["groups", "reset-offsets", group, ...args])));
  expect(header).toEqual(["TOPIC", "PARTITION", "NEW-OFFSET"]);
  return rows.map(([, partition, offset]) => [partition!, offset!]);
}

async function joinGroup(group: string, topics: string[]): Promise<RawMember> {
  const m = await RawMember.join(broker.url, group, topics);
  members.push(m);
  return m;
}

async function leave(m: RawMember): Promise<void> {
  members.splice(members.indexOf(m), 1);
  await m.leave();
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.concurrent("edgelog groups, and consume --group", { timeout: CASE_TIMEOUT_MS }, () => {
  it("list and describe: CURRENT-OFFSET, LOG-END-OFFSET and LAG per partition, before and after commits", async () => {
    await ok(["topics", "create", "clicks", "--partitions", "3"]);
    await Promise.all([
      ok(["produce", "clicks", "--partition", "0"], Array.from({ length: 10 }, (_, i) => `a${i}\n`).join("")),
      ok(["produce", "clicks", "--partition", "1"], Array.from({ length: 5 }, (_, i) => `b${i}\n`).join("")),
    ]);
    const m = await joinGroup("dashboards", ["clicks"]);

    const [listed, before] = await Promise.all([ok(["groups", "list"]), describeGroup("dashboards")]);
    expect(lines(listed)).toContain("dashboards");
    expect(before.summary).toMatch(/^group dashboards\s+state stable\s+epoch [1-9]\d*\s+assignor \S+\s+members 1$/);
    // Nothing committed yet: "-" for the offset and the lag, as kafka-consumer-groups prints.
    expect(before.rows).toEqual([
      ["clicks", "0", "-", "10", "-", m.memberId],
      ["clicks", "1", "-", "5", "-", m.memberId],
      ["clicks", "2", "-", "0", "-", m.memberId],
    ]);

    await m.commit("clicks", { 0: 4, 1: 5, 2: 0 });
    expect((await describeGroup("dashboards")).rows).toEqual([
      ["clicks", "0", "4", "10", "6", m.memberId],
      ["clicks", "1", "5", "5", "0", m.memberId],
      ["clicks", "2", "0", "0", "0", m.memberId],
    ]);
    const [afterProduce, asMembers] = await Promise.all([
      ok(["produce", "clicks", "--partition", "2"], "c0\nc1\nc2\n").then(() => describeGroup("dashboards")),
      describeGroup("dashboards", ["--members"]),
    ]);
    expect(afterProduce.rows[2]).toEqual(["clicks", "2", "0", "3", "3", m.memberId]);
    expect(asMembers.rows).toEqual([[m.memberId, "-", String(m.memberEpoch), "stable", "clicks-0,clicks-1,clicks-2", "-", "-"]]);

    await leave(m);
    const after = await describeGroup("dashboards");
    expect(after.summary).toMatch(/state empty\s+epoch \d+\s+assignor \S+\s+members 0$/);
    expect(after.rows.map((r) => r.slice(1))).toEqual([
      ["0", "4", "10", "6", "-"],
      ["1", "5", "5", "0", "-"],
      ["2", "0", "3", "3", "-"],
    ]);
  });

  it("reset-offsets --to earliest | latest | OFFSET, --to-timestamp MS, --partition P; describe shows each", async () => {
    await ok(["topics", "create", "orders", "--partitions", "2"]);
    const records = [
      ...Array.from({ length: 10 }, (_, i) => ({ value: `p0-${i}`, partition: 0, timestampMs: 1_000 + i })),
      ...Array.from({ length: 4 }, (_, i) => ({ value: `p1-${i}`, partition: 1, timestampMs: 2_000 + i })),
    ];
    await el.producer().send("orders", records);
    const offsetsAndLag = async () => (await describeGroup("billing")).rows.map(([, partition, current, end, lag]) => [partition, current, end, lag]);

    // The group does not exist yet: its first reset creates it.
    expect(await reset("billing", ["--topic", "orders", "--to", "earliest"])).toEqual([["0", "0"], ["1", "0"]]);
    const [listed, afterEarliest] = await Promise.all([ok(["groups", "list"]), offsetsAndLag()]);
    expect(lines(listed)).toContain("billing");
    expect(afterEarliest).toEqual([["0", "0", "10", "10"], ["1", "0", "4", "4"]]);

    expect(await reset("billing", ["--topic", "orders", "--to", "latest"])).toEqual([["0", "10"], ["1", "4"]]);
    expect(await offsetsAndLag()).toEqual([["0", "10", "10", "0"], ["1", "4", "4", "0"]]);

    // Past partition 1's end: clamped to it, as kafka-consumer-groups --to-offset does.
    expect(await reset("billing", ["--topic", "orders", "--to", "7"])).toEqual([["0", "7"], ["1", "4"]]);
    expect(await offsetsAndLag()).toEqual([["0", "7", "10", "3"], ["1", "4", "4", "0"]]);

    expect(await reset("billing", ["--topic", "orders", "--to-timestamp", "1003"])).toEqual([["0", "3"], ["1", "0"]]);
    expect(await offsetsAndLag()).toEqual([["0", "3", "10", "7"], ["1", "0", "4", "4"]]);

    expect(await reset("billing", ["--topic", "orders", "--to", "latest", "--partition", "1"])).toEqual([["1", "4"]]);
    expect(await offsetsAndLag()).toEqual([["0", "3", "10", "7"], ["1", "4", "4", "0"]]);
  });

  it("reset-offsets and delete are refused, one stderr line, while a member is in the group; allowed once it left", async () => {
    await ok(["topics", "create", "audit", "--partitions", "2"]);
    await ok(["produce", "audit"], "x\ny\nz\n");
    const m = await joinGroup("auditors", ["audit"]);
    await m.commit("audit", { 0: 1 });

    const [resetRefused, deleteRefused] = await Promise.all([
      runCli(["groups", "reset-offsets", "auditors", "--topic", "audit", "--to", "earliest"]),
      runCli(["groups", "delete", "auditors"]),
    ]);
    expectOneLineError(resetRefused, /GROUP_NOT_EMPTY|GroupNotEmptyError/);
    expectOneLineError(resetRefused, /1 members?/);
    expectOneLineError(deleteRefused, /GroupNotEmptyError/);
    // Nothing changed.
    const [listed, described] = await Promise.all([ok(["groups", "list"]), describeGroup("auditors")]);
    expect(lines(listed)).toContain("auditors");
    expect(described.rows.find((r) => r[1] === "0")!.slice(2, 3)).toEqual(["1"]);

    await leave(m);
    expect(await reset("auditors", ["--topic", "audit", "--to", "earliest"])).toEqual([["0", "0"], ["1", "0"]]);
    expect(await ok(["groups", "delete", "auditors"])).toBe("deleted group auditors\n");
    const [listedAfter, describedAfter] = await Promise.all([ok(["groups", "list"]), runCli(["groups", "describe", "auditors"])]);
    expect(lines(listedAfter)).not.toContain("auditors");
    expectOneLineError(describedAfter, /group "auditors" does not exist/);
  });

  it("errors are one stderr line with a non-zero exit, an unreachable broker included", async () => {
    await ok(["topics", "create", "errs"]);
    const deadUrl = `ws://127.0.0.1:${await closedPort()}/v1/ws`;
    const [noGroup, deleteUnknown, noTopic, bothTargets, noTarget, badTo, dashValue, badTimestamp, unknownTopic, badPartition, badSub, noSub, ...unreachable] = await Promise.all([
      runCli(["groups", "describe"]),
      runCli(["groups", "delete", "never-was"]),
      runCli(["groups", "reset-offsets", "g", "--to", "earliest"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to", "earliest", "--to-timestamp", "5"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to", "yesterday"]),
      // A negative number after a space is the option's value (parseArgs alone calls it ambiguous).
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to-timestamp", "-1"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to-timestamp=-1"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "no-such-topic", "--to", "earliest"]),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to", "earliest", "--partition", "4"]),
      runCli(["groups", "frobnicate"]),
      runCli(["groups"]),
      runCli(["groups", "list"], { url: deadUrl }),
      runCli(["groups", "describe", "g"], { url: deadUrl }),
      runCli(["groups", "reset-offsets", "g", "--topic", "errs", "--to", "earliest"], { url: deadUrl }),
      runCli(["groups", "delete", "g"], { url: deadUrl }),
    ]);
    expectOneLineError(noGroup, /missing GROUP/);
    expect(noGroup.code).toBe(2);
    expectOneLineError(deleteUnknown, /never-was/);
    expectOneLineError(noTopic, /needs --topic/);
    expect(noTopic.code).toBe(2);
    expectOneLineError(bothTargets, /one of --to .* and --to-timestamp/);
    expectOneLineError(noTarget, /one of --to .* and --to-timestamp/);
    expectOneLineError(badTo, /--to must be earliest, latest or an offset \(an integer >= 0\), got "yesterday"/);
    expectOneLineError(dashValue, /--to-timestamp must be an integer >= 0, got "-1"/);
    expectOneLineError(badTimestamp, /--to-timestamp must be an integer >= 0, got "-1"/);
    expectOneLineError(unknownTopic, /unknown topic "no-such-topic"/);
    expectOneLineError(badPartition, /partition 4/);
    expectOneLineError(badSub, /unknown groups command "frobnicate"/);
    expectOneLineError(noSub, /groups needs a command: list, describe, reset-offsets or delete/);
    for (const r of unreachable) expectOneLineError(r, /ConnectionError|ECONNREFUSED|no answer/);
    // A refused group command created nothing.
    expect(lines(await ok(["groups", "list"]))).not.toContain("g");
  });

  it("every groups command takes the broker from $EDGELOG_URL", async () => {
    await ok(["topics", "create", "env-topic"]);
    const env = { EDGELOG_URL: broker.url };
    const viaEnv = async (args: string[]) => {
      const r = await runCli(args, { url: null, env });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      return r.stdout;
    };
    expect(await viaEnv(["groups", "reset-offsets", "env-group", "--topic", "env-topic", "--to", "latest"])).toMatch(/^TOPIC\s+PARTITION\s+NEW-OFFSET\n/);
    const [listed, described] = await Promise.all([viaEnv(["groups", "list"]), viaEnv(["groups", "describe", "env-group"])]);
    expect(lines(listed)).toContain("env-group");
    expect(described).toMatch(/^group env-group\s+state empty/);
    expect(await viaEnv(["groups", "delete", "env-group"])).toBe("deleted group env-group\n");
  });

  // edgelog consume --group, in the same suite so that its cases overlap the ones above.
  const taps: WsTap[] = [];
  afterAll(async () => {
    for (const t of taps.splice(0)) await t.close();
  });
  const tap = async () => {
    const t = await startWsTap(broker.url);
    taps.push(t);
    return t;
  };
  /** `count` records valued `${prefix}-${i}` into partition i % partitions. */
  const produceSpread = (topic: string, prefix: string, count: number, partitions: number) =>
    el.producer().send(topic, Array.from({ length: count }, (_, i) => ({ value: `${prefix}-${i}`, partition: i % partitions })));
  const partitionOf = (line: string, partitions: number) => Number(line.split("-")[1]) % partitions;
  /** The partitions the member behind `t` was given in its latest heartbeat answer. */
  const assignedThrough = (t: WsTap) => {
    const answers = t.fromBroker.filter((f) => f.groupHeartbeatResponse);
    return (answers.at(-1)?.groupHeartbeatResponse?.assignment ?? []).flatMap((a) => a.partitions ?? []).sort();
  };
  const subscriptionsThrough = (t: WsTap) => t.fromBroker.filter((f) => f.subscribeResponse && !f.error).length;

  it("two processes in one group split a topic; each prints only its partitions; Ctrl-C commits what each printed", async () => {
    await ok(["topics", "create", "split", "--partitions", "4"]);
    await produceSpread("split", "old", 400, 4);
    const progress = new Progress(15_000);
    const tapA = await tap();
    const a = startCli(["consume", "split", "--group", "splitters", "--from", "earliest"], { url: tapA.url, progress });
    // Alone in the group, A owns every partition and prints every record.
    await progress.until(() => a.lines().length >= 400, () => `A's 400 records (it printed ${a.lines().length})`);
    expect(assignedThrough(tapA)).toEqual([0, 1, 2, 3]);

    const tapB = await tap();
    const b = startCli(["consume", "split", "--group", "splitters", "--from", "earliest"], { url: tapB.url, progress });
    // B is in once the coordinator gave it partitions (A gave them up first) and it subscribed to each.
    await tapB.progress.until(() => assignedThrough(tapB).length > 0 && subscriptionsThrough(tapB) >= assignedThrough(tapB).length, "B's partitions, subscribed");
    const ofB = assignedThrough(tapB);
    expect(ofB).toHaveLength(2);
    // A committed what it printed of them before giving them up, so B starts after it: nothing old.
    expect(b.lines()).toEqual([]);

    await produceSpread("split", "new", 400, 4);
    await progress.until(
      () => a.lines().length + b.lines().length >= 800,
      () => `the 400 new records across A (${a.lines().length - 400}) and B (${b.lines().length})`,
    );
    const newOfA = a.lines().slice(400);
    expect(newOfA.every((l) => l.startsWith("new-") && !ofB.includes(partitionOf(l, 4)))).toBe(true);
    expect(b.lines().every((l) => l.startsWith("new-") && ofB.includes(partitionOf(l, 4)))).toBe(true);
    expect(newOfA).toHaveLength(200);
    expect(b.lines()).toHaveLength(200);
    expect([...newOfA, ...b.lines()].sort()).toEqual(Array.from({ length: 400 }, (_, i) => `new-${i}`).sort());

    a.proc.kill("SIGINT");
    b.proc.kill("SIGINT");
    for (const r of await Promise.all([a.done, b.done])) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(130);
    }
    // Both left, and every printed record is committed: no lag, nothing for a next member to print twice.
    const d = await describeGroup("splitters");
    expect(d.summary).toMatch(/state empty .*members 0$/);
    expect(d.rows).toEqual([0, 1, 2, 3].map((p) => ["split", String(p), "200", "200", "0", "-"]));
  });

  it("--max N prints N records and commits exactly those, half a batch included; the next run prints the rest", async () => {
    await ok(["topics", "create", "halves", "--partitions", "4"]);
    await produceSpread("halves", "r", 400, 4);
    const first = await runCli(["consume", "halves", "--group", "halvers", "--from", "earliest", "--max", "150"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(lines(first.stdout)).toHaveLength(150);
    const committed = (await describeGroup("halvers")).rows.map((r) => (r[2] === "-" ? 0 : Number(r[2])));
    expect(committed.reduce((sum, n) => sum + n, 0)).toBe(150);

    // --from only places partitions with no committed offset: the rest go on from the commits.
    const second = await runCli(["consume", "halves", "--group", "halvers", "--from", "earliest", "--max", "250"]);
    expect(second.stderr).toBe("");
    expect(lines(second.stdout)).toHaveLength(250);
    expect([...lines(first.stdout), ...lines(second.stdout)].sort()).toEqual(Array.from({ length: 400 }, (_, i) => `r-${i}`).sort());
    expect((await describeGroup("halvers")).rows.map((r) => r[4])).toEqual(["0", "0", "0", "0"]);
  });

  it("a partition the member printed nothing from is committed where it started: what is produced there while the group is down is read next time", async () => {
    await ok(["topics", "create", "quiet", "--partitions", "2"]);
    const t = await tap();
    const progress = new Progress(15_000);
    const c = startCli(["consume", "quiet", "--group", "quieters"], { url: t.url, progress });
    await t.progress.until(() => subscriptionsThrough(t) >= 2, "the member's two subscriptions");
    await el.producer().send("quiet", [0, 1, 2].map((i) => ({ value: `p1-${i}`, partition: 1 })));
    await progress.until(() => c.lines().length >= 3, () => `3 records (printed ${c.lines().length})`);
    c.proc.kill("SIGINT");
    expect((await c.done).code).toBe(130);
    // Partition 0 printed nothing and is committed at 0 (it kept no offset: the next member started it at
    // a new "latest" and skipped the records below).
    expect((await describeGroup("quieters")).rows).toEqual([
      ["quiet", "0", "0", "0", "0", "-"],
      ["quiet", "1", "3", "3", "0", "-"],
    ]);
    await el.producer().send("quiet", [0, 1, 2].map((i) => ({ value: `p0-${i}`, partition: 0 })));
    const next = await runCli(["consume", "quiet", "--group", "quieters", "--max", "3"]);
    expect(lines(next.stdout)).toEqual(["p0-0", "p0-1", "p0-2"]);
  });

  it("a member whose reader goes away (| head) or whose terminal closes (SIGHUP) commits what it printed and leaves the group", async () => {
    await ok(["topics", "create", "piped"]);
    await produceSpread("piped", "early", 3, 1);
    const progress = new Progress(15_000);
    const piped = startCli(["consume", "piped", "--group", "pipers", "--from", "earliest"], { progress });
    await progress.until(() => piped.lines().length >= 3, () => `3 records (printed ${piped.lines().length})`);
    // The reader closes its end, as `head -3` does: the next write fails with EPIPE.
    piped.proc.stdout!.destroy();
    await produceSpread("piped", "late", 3, 1);
    const r = await piped.done;
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // It left (no member holds the partition for a session timeout) and committed the 3 it printed.
    expect((await describeGroup("pipers")).summary).toMatch(/members 0$/);
    expect((await describeGroup("pipers")).rows).toEqual([["piped", "0", "3", "6", "3", "-"]]);

    const t = await tap();
    const hup = startCli(["consume", "piped", "--group", "pipers"], { url: t.url, progress });
    await t.progress.until(() => subscriptionsThrough(t) >= 1, "the member's subscription");
    await progress.until(() => hup.lines().length >= 3, () => `the 3 late records (printed ${hup.lines().length})`);
    hup.proc.kill("SIGHUP");
    expect((await hup.done).code).toBe(129);
    expect((await describeGroup("pipers")).rows).toEqual([["piped", "0", "6", "6", "0", "-"]]);
  });

  it("--from latest (the default) for a new group prints only what is produced after it joined", async () => {
    await ok(["topics", "create", "fresh"]);
    await produceSpread("fresh", "before", 5, 1);
    const t = await tap();
    const progress = new Progress(15_000);
    const c = startCli(["consume", "fresh", "--group", "latecomers"], { url: t.url, progress });
    await t.progress.until(() => subscriptionsThrough(t) >= 1, "the member's subscription");
    await produceSpread("fresh", "after", 3, 1);
    await progress.until(() => c.lines().length >= 3, () => `3 records (printed ${c.lines().length})`);
    c.proc.kill("SIGTERM");
    const r = await c.done;
    expect(r.code).toBe(143);
    expect(lines(r.stdout)).toEqual(["after-0", "after-1", "after-2"]);
    expect((await describeGroup("latecomers")).rows).toEqual([["fresh", "0", "8", "8", "0", "-"]]);
  });

  it("--group-instance-id: the member stays reserved after exit (reset refused) and its next run goes on from its commit", async () => {
    await ok(["topics", "create", "static"]);
    await produceSpread("static", "s", 30, 1);
    const args = ["consume", "static", "--group", "statics", "--group-instance-id", "shell-1", "--from", "earliest", "--max", "10"];
    expect(await ok(args)).toBe(Array.from({ length: 10 }, (_, i) => `s-${i}\n`).join(""));
    // A static member that exits keeps its place for its session timeout, so a restart shuffles nobody.
    const members = await describeGroup("statics", ["--members"]);
    expect(members.rows).toEqual([[expect.any(String), "shell-1", expect.any(String), "left", "static-0", "-", "-"]]);
    expectOneLineError(await runCli(["groups", "reset-offsets", "statics", "--topic", "static", "--to", "earliest"]), /GroupNotEmptyError/);
    expect(await ok(args)).toBe(Array.from({ length: 10 }, (_, i) => `s-${i + 10}\n`).join(""));
  });

  it("usage errors: --partition or an offset --from with --group, --group-instance-id alone, an unknown topic", async () => {
    const [withPartition, withOffset, instanceAlone, emptyGroup, unknownTopic] = await Promise.all([
      runCli(["consume", "split", "--group", "g", "--partition", "0"]),
      runCli(["consume", "split", "--group", "g", "--from", "5"]),
      runCli(["consume", "split", "--group-instance-id", "x"]),
      runCli(["consume", "split", "--group", ""]),
      runCli(["consume", "no-such-topic", "--group", "g"]),
    ]);
    expectOneLineError(withPartition, /--partition cannot be used with --group/);
    expectOneLineError(withOffset, /with --group, --from must be earliest or latest/);
    expectOneLineError(instanceAlone, /--group-instance-id needs --group/);
    expectOneLineError(emptyGroup, /--group must not be empty/);
    expectOneLineError(unknownTopic, /unknown topic "no-such-topic"/);
    expect(withPartition.code).toBe(2);
  });

  it("consume --group with --max-wait-ms over the broker's 30 s is refused before it joins: no group is left behind", async () => {
    await ok(["topics", "create", "patient"]);
    expectOneLineError(await runCli(["consume", "patient", "--group", "too-patient", "--max-wait-ms", "99999"]), /99999.*30000|30000.*99999/);
    expect(lines(await ok(["groups", "list"]))).not.toContain("too-patient");
  });
});
