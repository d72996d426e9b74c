// `edgelog groups …` and `edgelog consume --group` against the edge deployment (the Worker in workerd through
// miniflare): the CLI finds each group's coordinator (its GroupDO) through metadata, as the SDK does. Proves
// describe's lag, reset-offsets, delete, and two `consume --group` processes splitting a topic with what each
// printed committed at Ctrl-C. Waits are on the processes' output, never on sleeps.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { cliPath, repoRoot } from "../support/broker-process.ts";
import { Progress } from "../support/progress.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

/** Bound on every CLI run: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 30_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

let edge: EdgeDeployment;
let persistDir: string;
let el: Edgelog;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  persistDir = await mkdtemp(join(tmpdir(), "edgelog-cli-groups-edge-"));
  edge = await startEdge({ persistDir });
  el = new Edgelog({ url: edge.url, reconnect: false });
});
afterEach(() => {
  for (const proc of running) proc.kill("SIGKILL");
  running.clear();
});
afterAll(async () => {
  await el?.close();
  await edge?.stop();
  if (persistDir) await rm(persistDir, { recursive: true, force: true });
});

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

function startCli(args: string[], progress?: Progress) {
  const env = { ...process.env };
  delete env.EDGELOG_URL;
  const proc = spawn(process.execPath, [cliPath, ...args, "--url", edge.url], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(proc);
  let stdout = "";
  let stderr = "";
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    progress?.poke();
  });
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  const done = new Promise<CliResult>((resolve) =>
    proc.once("close", (code) => {
      clearTimeout(timer);
      running.delete(proc);
      resolve({ code, stdout, stderr });
    }),
  );
  return { proc, lines: () => lines(stdout.slice(0, stdout.lastIndexOf("\n") + 1)), done };
}

async function ok(args: string[]): Promise<string> {
  const r = await startCli(args).done;
  expect(r.stderr, `edgelog ${args.join(" ")}`).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

/** `groups describe G`'s rows without the header: [topic, partition, current, log end, lag, member]. */
async function rowsOf(group: string): Promise<string[][]> {
  const [, header, ...rows] = lines(await ok(["groups", "describe", group]));
  expect(header!.split(/\s+/)).toEqual(["TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "MEMBER-ID"]);
  return rows.map((r) => r.trim().split(/\s+/));
}

const produceSpread = (topic: string, prefix: string, count: number, partitions: number) =>
  el.producer().send(topic, Array.from({ length: count }, (_, i) => ({ value: `${prefix}-${i}`, partition: i % partitions })));

describe("edgelog groups and consume --group at the edge", () => {
  it("consume --group --max commits exactly what it printed; describe shows the lag; reset-offsets and delete", async () => {
    await el.admin.createTopic("edge-lag", { partitions: 2 });
    await produceSpread("edge-lag", "r", 40, 2);
    expect(lines(await ok(["consume", "edge-lag", "--group", "edge-g", "--from", "earliest", "--max", "25"]))).toHaveLength(25);
    expect(lines(await ok(["groups", "list"]))).toContain("edge-g");
    const rows = await rowsOf("edge-g");
    expect(rows.map((r) => [r[0], r[1], r[3], r[5]])).toEqual([["edge-lag", "0", "20", "-"], ["edge-lag", "1", "20", "-"]]);
    const current = rows.map((r) => (r[2] === "-" ? 0 : Number(r[2])));
    expect(current[0]! + current[1]!).toBe(25);
    expect(rows.map((r) => (r[4] === "-" ? 20 : Number(r[4])))).toEqual(current.map((c) => 20 - c));

    expect(lines(await ok(["groups", "reset-offsets", "edge-g", "--topic", "edge-lag", "--to", "earliest"])).slice(1)).toEqual([
      expect.stringMatching(/^edge-lag\s+0\s+0$/),
      expect.stringMatching(/^edge-lag\s+1\s+0$/),
    ]);
    expect((await rowsOf("edge-g")).map((r) => r.slice(2, 5))).toEqual([["0", "20", "20"], ["0", "20", "20"]]);
    expect(await ok(["groups", "delete", "edge-g"])).toBe("deleted group edge-g\n");
    expect(lines(await ok(["groups", "list"]))).not.toContain("edge-g");
  });

  it("two consume --group processes split a topic; Ctrl-C commits what each printed", async () => {
    await el.admin.createTopic("edge-split", { partitions: 4 });
    await produceSpread("edge-split", "old", 200, 4);
    const progress = new Progress(25_000);
    const a = startCli(["consume", "edge-split", "--group", "edge-splitters", "--from", "earliest"], progress);
    await progress.until(() => a.lines().length >= 200, () => `A's 200 records (it printed ${a.lines().length})`);
    const b = startCli(["consume", "edge-split", "--group", "edge-splitters", "--from", "earliest"], progress);
    // Rounds of one new record per partition, each waited for until printed (by A, or by B once it holds
    // partitions), until B prints some: then B holds partitions that A gave up.
    let round = 0;
    let produced = 200;
    while (b.lines().length === 0) {
      expect(round, "rounds before B printed anything").toBeLessThan(100);
      await produceSpread("edge-split", `new${round++}`, 4, 4);
      produced += 4;
      await progress.until(() => a.lines().length + b.lines().length >= produced, () => `${produced} records (A ${a.lines().length}, B ${b.lines().length})`);
    }
    a.proc.kill("SIGINT");
    b.proc.kill("SIGINT");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const r of [ra, rb]) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(130);
    }
    // Every record printed once, by one of them; B printed nothing A had printed.
    const all = [...lines(ra.stdout), ...lines(rb.stdout)];
    expect(new Set(all).size).toBe(all.length);
    expect(lines(rb.stdout).every((l) => !l.startsWith("old-"))).toBe(true);
    // What they printed is what the group committed: no lag.
    const total = produced;
    const rows = await rowsOf("edge-splitters");
    expect(rows.map((r) => r[4])).toEqual(["0", "0", "0", "0"]);
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(total);
    expect(all).toHaveLength(total);
  });
});
