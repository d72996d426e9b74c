// `edgelog groups …` as a user runs it: a broker child process (`edgelog serve`) and CLI child processes, with
// group members speaking the raw protocol from the test. Proves that describe's table shows committed offset,
// log end and LAG per partition before and after commits, that reset-offsets lands where asked (earliest,
// latest, an offset, a timestamp) and describe shows it, that reset and delete are refused with one stderr
// line while a member is in the group, and that every error is one stderr line with a non-zero exit.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { RawMember } from "../conformance/admin-groups-suite.ts";
import { cliPath, repoRoot, startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";

/** Bound on every CLI run: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 20_000;

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

afterEach(async () => {
  // A failed test must leave no process and no member behind (a member would refuse the next reset).
  for (const proc of running) proc.kill("SIGKILL");
  running.clear();
  for (const m of members.splice(0)) await m.close();
});

afterAll(async () => {
  await el?.close();
  await broker?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Runs `edgelog ARGS --url URL` (no --url when `env` carries $EDGELOG_URL) to its exit. */
function runCli(args: string[], opts: { url?: string | null; env?: Record<string, string>; input?: string } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env?.EDGELOG_URL) delete env.EDGELOG_URL;
  const url = opts.url === undefined ? broker.url : opts.url;
  const proc = spawn(process.execPath, [cliPath, ...args, ...(url === null ? [] : ["--url", url])], { cwd: repoRoot, env, stdio: ["pipe", "pipe", "pipe"] });
  running.add(proc);
  let stdout = "";
  let stderr = "";
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  proc.stdin!.on("error", () => {});
  proc.stdin!.end(opts.input ?? "");
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    proc.once("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(proc);
      resolve({ code, signal, stdout, stderr });
    });
  });
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

describe("edgelog groups", () => {
  it("list and describe: CURRENT-OFFSET, LOG-END-OFFSET and LAG per partition, before and after commits", async () => {
    await ok(["topics", "create", "clicks", "--partitions", "3"]);
    await ok(["produce", "clicks", "--partition", "0"], Array.from({ length: 10 }, (_, i) => `a${i}\n`).join(""));
    await ok(["produce", "clicks", "--partition", "1"], Array.from({ length: 5 }, (_, i) => `b${i}\n`).join(""));
    const m = await joinGroup("dashboards", ["clicks"]);

    expect(lines(await ok(["groups", "list"]))).toContain("dashboards");
    const before = await describeGroup("dashboards");
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
    await ok(["produce", "clicks", "--partition", "2"], "c0\nc1\nc2\n");
    expect((await describeGroup("dashboards")).rows[2]).toEqual(["clicks", "2", "0", "3", "3", m.memberId]);

    const asMembers = await describeGroup("dashboards", ["--members"]);
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
    expect(lines(await ok(["groups", "list"]))).toContain("billing");
    expect(await offsetsAndLag()).toEqual([["0", "0", "10", "10"], ["1", "0", "4", "4"]]);

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
    expect(lines(await ok(["groups", "list"]))).toContain("auditors");
    expect((await describeGroup("auditors")).rows.find((r) => r[1] === "0")!.slice(2, 3)).toEqual(["1"]);

    await leave(m);
    expect(await reset("auditors", ["--topic", "audit", "--to", "earliest"])).toEqual([["0", "0"], ["1", "0"]]);
    expect(await ok(["groups", "delete", "auditors"])).toBe("deleted group auditors\n");
    expect(lines(await ok(["groups", "list"]))).not.toContain("auditors");
    expectOneLineError(await runCli(["groups", "describe", "auditors"]), /group "auditors" does not exist/);
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
      // A value that starts with a dash: parseArgs' three-line explanation comes out as one line.
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
    expectOneLineError(badTo, /--to must be earliest, latest or an offset, got "yesterday"/);
    expectOneLineError(dashValue, /'--to-timestamp' argument is ambiguous/);
    expectOneLineError(badTimestamp, /--to-timestamp must be an integer >= 0, got "-1"/);
    expectOneLineError(unknownTopic, /unknown topic "no-such-topic"/);
    expectOneLineError(badPartition, /partition 4/);
    expectOneLineError(badSub, /unknown groups command "frobnicate"/);
    expectOneLineError(noSub, /unknown groups command ""/);
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
    expect(lines(await viaEnv(["groups", "list"]))).toContain("env-group");
    expect(await viaEnv(["groups", "describe", "env-group"])).toMatch(/^group env-group\s+state empty/);
    expect(await viaEnv(["groups", "delete", "env-group"])).toBe("deleted group env-group\n");
  });
});
