// `edgelog topics create --replicas`, `topics describe` and `topics elect-leader` as an operator runs them:
// `node bin/edgelog.js` child processes against the edge deployment in workerd (replicas cut off through the
// test-only fault RPC, EDGELOG_FAULTS=1) and against a Node broker process, which refuses replication. The
// cases at the edge have a topic each and run concurrently (each CLI start costs about a second of CPU), at most
// four CLI runs at a time, except the ISR case, which runs alone.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { cliPath, repoRoot, startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { CliSlots } from "../support/cli-slots.ts";
import { replicaStub, startEdge, type EdgeDeployment } from "./edge-deployment.ts";

/** Bound on every CLI run: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 20_000;
/**
 * Per test: each runs several CLI processes (tsx compiles the CLI at each start, ~1-2 s on a busy machine),
 * concurrently with the other cases' (so also waiting for CLI slots).
 */
const TEST_TIMEOUT_MS = 90_000;
/** Bound on waiting for the ISR to change (it shrinks replica.lag.max.ms after a follower stops answering). */
const ISR_WAIT_MS = 15_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface ReplicaRpc {
  injectFault(f: { unreachable?: boolean }): Promise<void>;
}

let edge: EdgeDeployment;
let broker: BrokerProcess;
let dataDir: string;
let el: Edgelog;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "edgelog-cli-replication-"));
  [edge, broker] = await Promise.all([startEdge({ bindings: { EDGELOG_FAULTS: "1" } }), startBrokerProcess(dataDir)]);
  el = new Edgelog({ url: edge.url });
});
afterAll(async () => {
  await el?.close();
  await Promise.all([edge?.stop(), broker?.kill()]);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** CLI runs at once. */
const slots = new CliSlots(4);

/** Runs `edgelog ARGS --url URL` to its exit, in one of the file's slots. */
function runCli(args: string[], opts: { input?: string; url?: string } = {}): Promise<CliResult> {
  return slots.run(() => runCliNow(args, opts));
}

function runCliNow(args: string[], opts: { input?: string; url?: string }): Promise<CliResult> {
  const env = { ...process.env };
  delete env.EDGELOG_URL;
  const proc = spawn(process.execPath, [cliPath, ...args, "--url", opts.url ?? edge.url], { cwd: repoRoot, env, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  proc.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  proc.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  proc.stdin.on("error", () => {});
  proc.stdin.end(opts.input ?? "");
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve) =>
    proc.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

async function ok(args: string[], opts: { input?: string; url?: string } = {}): Promise<string> {
  const r = await runCli(args, opts);
  expect(r.stderr, `edgelog ${args.join(" ")}`).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

/** One stderr line naming the problem, nothing on stdout, the exit code of a usage error (2) or of a refusal (1). */
function expectOneLineError(r: CliResult, code: 1 | 2, pattern: RegExp): void {
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
  expect(r.stderr).toMatch(/^edgelog: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.code).toBe(code);
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

const values = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
const input = (vs: string[]) => vs.map((v) => `${v}\n`).join("");

const replica = (topic: string, region: string) => replicaStub<ReplicaRpc>(edge, topic, region);

/** Polls the SDK's describeTopic (cheaper than a CLI process) until partition 0 satisfies `pred`. */
async function untilPartition(topic: string, pred: (p: Awaited<ReturnType<typeof el.admin.describeTopic>>["partitions"][number]) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + ISR_WAIT_MS;
  for (;;) {
    if (pred((await el.admin.describeTopic(topic)).partitions[0]!)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify((await el.admin.describeTopic(topic)).partitions[0])}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("edgelog topics with replicas at the edge", { timeout: TEST_TIMEOUT_MS }, () => {
  // Alone: with a 300 ms lag bound, other cases' work on the one workerd could also push weur out of the ISR.
  it("describe shows a replica that was cut off out of the ISR, and back in once it has caught up", async () => {
    await ok(["topics", "create", "cli-rep-isr", "--replicas", "3", "--regions", "wnam,weur,apac", "--replica-lag-max-ms", "300"]);
    await ok(["produce", "cli-rep-isr"], { input: input(values("a", 0, 5)) });
    await (await replica("cli-rep-isr", "apac")).injectFault({ unreachable: true });
    // Acknowledged once the leader has dropped apac from the ISR (acks 'all' waits for every ISR member).
    await ok(["produce", "cli-rep-isr"], { input: input(values("b", 0, 5)) });
    await untilPartition("cli-rep-isr", (p) => p.replicas!.find((r) => r.region === "apac")!.inSync === false, "apac out of the ISR");

    const cut = lines(await ok(["topics", "describe", "cli-rep-isr"]));
    expect(cut[1]).toMatch(/ {2}high-watermark 10 .* {2}leader wnam {2}epoch 0 {2}replicas wnam,weur,apac {2}isr wnam,weur$/);
    expect(cut[2]).toMatch(/^ {4}replica wnam +leader +in-sync +log-end 10 {2}lag 0$/);
    expect(cut[3]).toMatch(/^ {4}replica weur +follower +in-sync +log-end 10 {2}lag 0$/);
    // The leader knows apac's log end from before the cut (then its lag), or not at all ("-").
    const apac = /^ {4}replica apac +follower +out-of-sync +log-end (-|\d+) +lag (-|\d+)$/.exec(cut[4]!);
    expect(apac, cut[4]).not.toBeNull();
    if (apac![2] !== "-") expect(Number(apac![1]) + Number(apac![2])).toBe(10);
    if (apac![2] !== "-") expect(Number(apac![2])).toBeGreaterThan(0);

    await (await replica("cli-rep-isr", "apac")).injectFault({});
    await ok(["produce", "cli-rep-isr"], { input: input(values("c", 0, 5)) });
    await untilPartition("cli-rep-isr", (p) => p.replicas!.every((r) => r.inSync && r.lag === 0), "apac back in the ISR");
    const healed = lines(await ok(["topics", "describe", "cli-rep-isr"]));
    expect(healed[1]).toMatch(/ {2}isr wnam,weur,apac$/);
    expect(healed.slice(2).map((l) => l.replace(/ +/g, " ").trim())).toEqual([
      "replica wnam leader in-sync log-end 15 lag 0",
      "replica weur follower in-sync log-end 15 lag 0",
      "replica apac follower in-sync log-end 15 lag 0",
    ]);
  });

  it.concurrent("create --replicas 3 --regions; describe shows leader, epoch, replicas, ISR and each replica's log end and lag, as describeTopic does", async () => {
    const created = await ok(["topics", "create", "cli-rep", "--replicas", "3", "--regions", "wnam,weur,apac", "--min-insync-replicas", "2", "--replica-lag-max-ms", "5000"]);
    expect(created).toBe("created topic cli-rep\n");
    const sent = values("v", 0, 20);
    expect(await ok(["produce", "cli-rep"], { input: input(sent) })).toBe("");

    const described = lines(await ok(["topics", "describe", "cli-rep"]));
    expect(described[0]).toMatch(/^topic cli-rep {2}partitions 1 {2}retention\.ms -?\d+ {2}retention\.bytes -?\d+ {2}segment\.bytes \d+ {2}replicas 3 {2}regions wnam,weur,apac {2}min\.insync\.replicas 2 {2}replica\.lag\.max\.ms 5000$/);
    expect(described.slice(1)).toEqual([
      expect.stringMatching(/^ {2}partition 0 {2}log-start 0 {2}high-watermark 20 {2}bytes \d+ {2}leader wnam {2}epoch 0 {2}replicas wnam,weur,apac {2}isr wnam,weur,apac$/),
      expect.stringMatching(/^ {4}replica wnam {2}leader {4}in-sync {2}log-end 20 {2}lag 0$/),
      expect.stringMatching(/^ {4}replica weur {2}follower {2}in-sync {2}log-end 20 {2}lag 0$/),
      expect.stringMatching(/^ {4}replica apac {2}follower {2}in-sync {2}log-end 20 {2}lag 0$/),
    ]);
    // The SDK's describeTopic says the same.
    const p = (await el.admin.describeTopic("cli-rep")).partitions[0]!;
    expect(p).toMatchObject({ leaderRegion: "wnam", leaderEpoch: 0, highWatermark: 20 });
    expect(p.replicas!.map((r) => [r.region, r.leader, r.inSync, r.logEndOffset, r.lag])).toEqual([
      ["wnam", true, true, 20, 0],
      ["weur", false, true, 20, 0],
      ["apac", false, true, 20, 0],
    ]);

    expect(lines(await ok(["consume", "cli-rep", "--from", "earliest", "--max", "20"]))).toEqual(sent);
  });

  it.concurrent("elect-leader moves leadership; describe shows the new leader and epoch; no record is lost", async () => {
    await ok(["topics", "create", "cli-rep-move", "--replicas", "3", "--regions", "wnam,weur,apac", "--min-insync-replicas", "2"]);
    await ok(["produce", "cli-rep-move"], { input: input(values("x", 0, 10)) });

    const moved = await ok(["topics", "elect-leader", "cli-rep-move", "--partition", "0", "--region", "apac"]);
    expect(moved).toMatch(/^topic cli-rep-move {2}partition 0 {2}leader apac {2}epoch 1 {2}replicas wnam,weur,apac {2}isr [a-z,]+\n$/);
    // Asking again for the leader it has is no change.
    expect(await ok(["topics", "elect-leader", "cli-rep-move", "--partition", "0", "--region", "apac"])).toMatch(/ {2}leader apac {2}epoch 1 /);

    await ok(["produce", "cli-rep-move"], { input: input(values("x", 10, 20)) });
    await untilPartition("cli-rep-move", (p) => p.replicas!.every((r) => r.inSync && r.lag === 0), "every replica in sync");
    const described = lines(await ok(["topics", "describe", "cli-rep-move"]));
    expect(described[1]).toMatch(/ {2}high-watermark 20 .* {2}leader apac {2}epoch 1 {2}replicas wnam,weur,apac {2}isr wnam,weur,apac$/);
    expect(described.slice(2).map((l) => l.replace(/ +/g, " ").trim())).toEqual([
      "replica wnam follower in-sync log-end 20 lag 0",
      "replica weur follower in-sync log-end 20 lag 0",
      "replica apac leader in-sync log-end 20 lag 0",
    ]);
    expect(lines(await ok(["consume", "cli-rep-move", "--from", "earliest", "--max", "20"]))).toEqual(values("x", 0, 20));
  });

  it.concurrent("an unreplicated topic at the edge describes as before, and refuses elect-leader", async () => {
    await ok(["topics", "create", "cli-plain", "--partitions", "2"]);
    const described = lines(await ok(["topics", "describe", "cli-plain"]));
    expect(described[0]).toMatch(/^topic cli-plain {2}partitions 2 {2}retention\.ms -?\d+ {2}retention\.bytes -?\d+ {2}segment\.bytes \d+$/);
    expect(described.slice(1)).toEqual([
      expect.stringMatching(/^ {2}partition 0 {2}log-start 0 {2}high-watermark 0 {2}bytes \d+$/),
      expect.stringMatching(/^ {2}partition 1 {2}log-start 0 {2}high-watermark 0 {2}bytes \d+$/),
    ]);
    expectOneLineError(await runCli(["topics", "elect-leader", "cli-plain", "--partition", "0", "--region", "wnam"]), 1, /InvalidRequestError: .*one replica per partition/);
  });

  it.concurrent("bad replication arguments: one stderr line each, the broker's words for what only it checks", async () => {
    await ok(["topics", "create", "cli-rep-err", "--replicas", "2", "--regions", "weur,eeur"]);
    const [badRegion, tooFewRegions, emptyRegion, badMinIsr, noRegion, noPartition, notAReplica, unknownTopic] = await Promise.all([
      runCli(["topics", "create", "cli-bad", "--replicas", "3", "--regions", "wnam,mars,apac"]),
      runCli(["topics", "create", "cli-bad", "--replicas", "3", "--regions", "wnam,weur"]),
      runCli(["topics", "create", "cli-bad", "--replicas", "3", "--regions", "wnam,,apac"]),
      runCli(["topics", "create", "cli-bad", "--replicas", "2", "--regions", "wnam,weur", "--min-insync-replicas", "3"]),
      runCli(["topics", "elect-leader", "cli-rep-err", "--partition", "0"]),
      runCli(["topics", "elect-leader", "cli-rep-err", "--region", "weur"]),
      runCli(["topics", "elect-leader", "cli-rep-err", "--partition", "0", "--region", "apac"]),
      runCli(["topics", "elect-leader", "cli-no-such", "--partition", "0", "--region", "apac"]),
    ]);
    expectOneLineError(badRegion, 1, /InvalidRequestError: unknown region "mars": use wnam, enam/);
    expectOneLineError(tooFewRegions, 1, /InvalidRequestError: a topic with 3 replicas needs 3 regions/);
    expectOneLineError(emptyRegion, 2, /--regions must be region names separated by commas/);
    expectOneLineError(badMinIsr, 1, /minInsyncReplicas must be 1\.\.2, got 3/);
    expectOneLineError(noRegion, 2, /missing --region R/);
    expectOneLineError(noPartition, 2, /elect-leader needs --partition P/);
    expectOneLineError(notAReplica, 1, /no replica in "apac" \(regions: weur,eeur\)/);
    expectOneLineError(unknownTopic, 1, /unknown topic "cli-no-such"/);
    expect(lines(await ok(["topics", "list"]))).not.toContain("cli-bad");
  });
});

describe("edgelog topics with replicas on the Node broker", { timeout: TEST_TIMEOUT_MS }, () => {
  it("refuses --replicas 3 and elect-leader: a single node, said in one line", async () => {
    const url = broker.url;
    const refused = await runCli(["topics", "create", "node-rep", "--replicas", "3", "--regions", "wnam,weur,apac"], { url });
    expectOneLineError(refused, 1, /InvalidRequestError: this broker is a single node and keeps 1 replica per partition/);
    expect(lines(await ok(["topics", "list"], { url }))).not.toContain("node-rep");

    await ok(["topics", "create", "node-plain"], { url });
    expectOneLineError(await runCli(["topics", "elect-leader", "node-plain", "--partition", "0", "--region", "wnam"], { url }), 1, /UNSUPPORTED: this broker is a single node/);
  });
});
