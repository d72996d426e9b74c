// The console tools as a new user runs them: a broker child process (`edgelog serve`) and `node bin/edgelog.js`
// child processes fed through stdin pipes. Proves the acceptance: seq 1 100000 round-trips in order,
// keyed records keep per-key order across 4 partitions, topic admin works, and every error is one stderr line
// with a non-zero exit, in bounded time (an unreachable broker included); consume without --max prints every
// record as soon as it is delivered (tailing from latest, also on an empty topic, and from earliest). Every case
// has its own topics on the one broker, so the cases run concurrently: each CLI start costs about a second of
// CPU (tsx compiling), and they overlap, at most four CLI runs at a time.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionForKey } from "../../client/partitioner.ts";
import { cliPath, repoRoot, startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { CliSlots } from "../support/cli-slots.ts";
import { Progress } from "../support/progress.ts";
import { startWsTap } from "../support/ws-tap.ts";

/** Bound on every CLI run: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 20_000;
/**
 * Bound on each case, over vitest's 30 s: the cases run concurrently, so a case's time includes waiting for
 * CLI slots and sharing the CPU with the others. A bound on a hang, not a measurement.
 */
const CASE_TIMEOUT_MS = 90_000;
/** CLI runs to exit at once (the tails and the consumer a case starts itself are not counted). */
const slots = new CliSlots(4);

interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

let broker: BrokerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "edgelog-cli-"));
  broker = await startBrokerProcess(dataDir);
});

/**
 * Tails (consume without --max) still running: a failed test must not leave them behind. The cases run
 * concurrently, so this runs once they all ended (an afterEach would kill the tails of the others).
 */
const tails = new Set<ChildProcess>();
afterAll(() => {
  for (const proc of tails) proc.kill("SIGKILL");
  tails.clear();
});

afterAll(async () => {
  await broker?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function spawnCli(args: string[], url = broker.url): ChildProcess {
  const env = { ...process.env };
  delete env.EDGELOG_URL;
  return spawn(process.execPath, [cliPath, ...args, "--url", url], { cwd: repoRoot, env, stdio: ["pipe", "pipe", "pipe"] });
}

/** Resolves when the process exits (killed after RUN_TIMEOUT_MS), with everything it printed. */
function finished(proc: ChildProcess): Promise<CliResult> {
  const started = Date.now();
  let stdout = "";
  let stderr = "";
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  // The child may exit before reading all of its stdin (an error); that is not the test's failure.
  proc.stdin!.on("error", () => {});
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    proc.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

/** Runs `edgelog ARGS --url URL` to its exit, in one of the file's slots. */
function runCli(args: string[], options: { input?: string; url?: string } = {}): Promise<CliResult> {
  return slots.run(() => {
    const proc = spawnCli(args, options.url);
    const result = finished(proc);
    proc.stdin!.end(options.input ?? "");
    return result;
  });
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

/** What every failure must look like: one line on stderr, nothing on stdout, a non-zero exit, no hang. */
function expectOneLineError(r: CliResult, pattern: RegExp): void {
  expect(r.signal, `killed after ${r.elapsedMs} ms; stderr: ${r.stderr}`).toBeNull();
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(/^edgelog: /);
  expect(r.stderr).toMatch(pattern);
}

async function ok(args: string[], input?: string, url?: string): Promise<string> {
  const r = await runCli(args, { input, url });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

/** A `consume` without --max, which never ends by itself: its complete stdout lines as they arrive. */
function startTail(topic: string, from: string, url?: string) {
  const proc = spawnCli(["consume", topic, "--from", from], url);
  tails.add(proc);
  const progress = new Progress();
  let stdout = "";
  let exited = false;
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    progress.poke();
  });
  const result = finished(proc);
  void result.then(() => {
    exited = true;
    progress.poke();
  });
  const complete = () => lines(stdout.slice(0, stdout.lastIndexOf("\n") + 1));
  return {
    lines: complete,
    get running() {
      return !exited;
    },
    /** Resolves once `count` lines are out; fails if the process ends first (or after Progress's deadline). */
    async waitLines(count: number, what: string): Promise<void> {
      // Under RUN_TIMEOUT_MS, so a missing line fails here, with the count, and not as a killed process.
      await progress.until(() => exited || complete().length >= count, `${what} (${count} lines) on the tail's stdout`, 15_000).catch((err: Error) => {
        throw new Error(`${err.message}; it printed ${complete().length} lines`);
      });
      if (exited) throw new Error(`the tail exited before printing ${what}: ${JSON.stringify(await result)}`);
    },
    async kill(): Promise<CliResult> {
      tails.delete(proc);
      proc.kill("SIGTERM");
      return result;
    },
  };
}

/**
 * Tails `topic` from latest through a tap that shows when the tail's subscription is in place, then
 * produces one record and N records, each time waiting for the lines on the tail's stdout.
 */
async function tailFromLatest(topic: string, existingCount: number): Promise<void> {
  await ok(["topics", "create", topic]);
  if (existingCount > 0) await ok(["produce", topic], Array.from({ length: existingCount }, (_, i) => `old-${i}\n`).join(""));
  const tap = await startWsTap(broker.url);
  try {
    const tail = startTail(topic, "latest", tap.url);
    await tap.progress.until(() => tap.fromBroker.some((f) => f.subscribeResponse), "the tail's subscription");
    // The subscription starts at the high watermark it was made at: every record produced from now on is the tail's.
    expect(tap.fromBroker.find((f) => f.subscribeResponse)!.subscribeResponse!.highWatermark).toBe(existingCount);
    await ok(["produce", topic], "one\n");
    await tail.waitLines(1, "the one record");
    expect(tail.lines()).toEqual(["one"]);
    const more = Array.from({ length: 1000 }, (_, i) => `more-${i}`);
    await ok(["produce", topic], more.map((v) => `${v}\n`).join(""));
    await tail.waitLines(1 + more.length, "the records produced after it");
    expect(tail.lines()).toEqual(["one", ...more]);
    expect(tail.running).toBe(true);
    expect((await tail.kill()).stderr).toBe("");
  } finally {
    await tap.close();
  }
}

/** A port with nothing listening on it (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.concurrent("edgelog console tools", { timeout: CASE_TIMEOUT_MS }, () => {
  it("seq 1 100000 | edgelog produce demo, then consume --from earliest --max 100000 prints 1..100000", async () => {
    expect(await ok(["topics", "create", "demo"])).toBe("created topic demo\n");
    const seq = Array.from({ length: 100_000 }, (_, i) => `${i + 1}\n`).join("");
    expect(await ok(["produce", "demo"], seq)).toBe(""); // silent on success
    const [all, tail] = await Promise.all([
      ok(["consume", "demo", "--from", "earliest", "--max", "100000"]),
      ok(["consume", "demo", "--from", "99990", "--max", "10"]),
    ]);
    expect(all === seq).toBe(true); // exactly 1..100000, one per line, in order (no 100000-line diff on failure)
    expect(all.length).toBe(seq.length);
    expect(tail).toBe(Array.from({ length: 10 }, (_, i) => `${99_991 + i}\n`).join(""));
  });

  it("keyed lines into 4 partitions: every record once, per-key order kept, --partition reads one partition", async () => {
    expect(await ok(["topics", "create", "demo4", "--partitions", "4"])).toBe("created topic demo4\n");
    const keyCount = 20;
    const perKey = 1000;
    const input: string[] = [];
    for (let seq = 0; seq < perKey; seq++) for (let k = 0; k < keyCount; k++) input.push(`key-${k}:${seq}\n`);
    expect(await ok(["produce", "demo4", "--key-separator", ":"], input.join(""))).toBe("");

    const describe = await ok(["topics", "describe", "demo4"]);
    const watermarks = [...describe.matchAll(/partition (\d+)\s+log-start 0\s+high-watermark (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(watermarks.map(([p]) => p)).toEqual([0, 1, 2, 3]);
    expect(watermarks.reduce((sum, [, hw]) => sum + hw!, 0)).toBe(keyCount * perKey);

    const partitionOf = (key: string) => partitionForKey(new TextEncoder().encode(key), 4);
    const [all, ...perPartition] = await Promise.all([
      ok(["consume", "demo4", "--from", "earliest", "--max", String(keyCount * perKey), "--print-key"]),
      ...watermarks.map(([p, hw]) => ok(["consume", "demo4", "--from", "earliest", "--max", String(hw), "--partition", String(p), "--print-key"])),
    ]);
    const seen = new Map<string, number[]>();
    for (const line of lines(all)) {
      const [key, value] = line.split("\t");
      const list = seen.get(key!) ?? [];
      list.push(Number(value));
      seen.set(key!, list);
    }
    expect(seen.size).toBe(keyCount);
    const inOrder = Array.from({ length: perKey }, (_, i) => i);
    for (const [key, values] of seen) expect(values, key).toEqual(inOrder);

    perPartition.forEach((out, p) => {
      const got = lines(out);
      expect(got).toHaveLength(watermarks[p]![1]!);
      for (const line of got) expect(partitionOf(line.split("\t")[0]!), line).toBe(p);
    });
    // The partitions together hold every record of the topic.
    expect(perPartition.flatMap(lines).sort()).toEqual(lines(all).sort());
  });

  it("topics list, describe and delete; produce --partition", async () => {
    await Promise.all([ok(["topics", "create", "admin-a", "--partitions", "2", "--retention-ms", "60000"]), ok(["topics", "create", "admin-b"])]);
    // --url as a user would type it: host and port, ws:// or http://, with the path or without.
    const listed = await Promise.all([
      ok(["topics", "list"]),
      ok(["topics", "list"], undefined, `ws://127.0.0.1:${broker.port}`),
      ok(["topics", "list"], undefined, `http://127.0.0.1:${broker.port}/`),
    ]);
    for (const out of listed) expect(lines(out)).toEqual(expect.arrayContaining(["admin-a", "admin-b"]));

    await ok(["produce", "admin-a", "--partition", "1"], "x\ny\n");
    const [describeOut, partitionOne] = await Promise.all([
      ok(["topics", "describe", "admin-a"]),
      ok(["consume", "admin-a", "--from", "earliest", "--max", "2", "--partition", "1"]),
    ]);
    expect(partitionOne).toBe("x\ny\n");
    const described = lines(describeOut);
    expect(described[0]).toMatch(/^topic admin-a\s+partitions 2\s+retention\.ms 60000\b/);
    expect(described.slice(1)).toEqual([
      expect.stringMatching(/^\s+partition 0\s+log-start 0\s+high-watermark 0\s+bytes \d+$/),
      expect.stringMatching(/^\s+partition 1\s+log-start 0\s+high-watermark 2\s+bytes [1-9]\d*$/),
    ]);

    expect(await ok(["topics", "delete", "admin-a"])).toBe("deleted topic admin-a\n");
    const [listedAfter, describeDeleted, createExisting] = await Promise.all([
      ok(["topics", "list"]),
      runCli(["topics", "describe", "admin-a"]),
      runCli(["topics", "create", "admin-b"]),
    ]);
    const after = lines(listedAfter);
    expect(after).not.toContain("admin-a");
    expect(after).toContain("admin-b");
    expectOneLineError(describeDeleted, /admin-a/);
    expectOneLineError(createExisting, /admin-b|exists/i);
  });

  it("consume --min-bytes / --max-wait-ms reach the broker: records already there are printed, a wait over 30 s is one error line (the SDK refuses it before it subscribes)", async () => {
    expect(await ok(["topics", "create", "waits"])).toBe("created topic waits\n");
    expect(await ok(["produce", "waits"], "1\n2\n3\n")).toBe("");
    // Behind the head, a subscription that waits gets what is there at once (src/core/fanout-wait.ts).
    expect(await ok(["consume", "waits", "--from", "earliest", "--max", "3", "--min-bytes", "100000", "--max-wait-ms", "30000"])).toBe("1\n2\n3\n");
    const [tooLong, badBytes] = await Promise.all([
      runCli(["consume", "waits", "--from", "earliest", "--min-bytes", "1", "--max-wait-ms", "30001"]),
      runCli(["consume", "waits", "--min-bytes", "lots"]),
    ]);
    expectOneLineError(tooLong, /maxWaitMs must be an integer in \[0, 30000\], got 30001/);
    expectOneLineError(badBytes, /--min-bytes must be an integer >= 0/);
  });

  it("errors are one stderr line with a non-zero exit, unreachable broker included, in bounded time", async () => {
    // Its own topic (1 partition), not another case's: the cases run concurrently.
    const [deadPort] = await Promise.all([closedPort(), ok(["topics", "create", "errs"])]);
    const deadUrl = `ws://127.0.0.1:${deadPort}/v1/ws`;
    const [produceUnknown, consumeUnknown, badMax, badPartition, unknownOption, unknownCommand, missingTopic, noSeparator, ...unreachable] =
      await Promise.all([
        runCli(["produce", "no-such-topic"], { input: "1\n2\n" }),
        runCli(["consume", "no-such-topic", "--from", "earliest"]),
        runCli(["consume", "errs", "--max", "abc"]),
        runCli(["consume", "errs", "--partition", "9", "--from", "earliest"]),
        runCli(["consume", "errs", "--bogus"]),
        runCli(["frobnicate"]),
        runCli(["produce"]),
        runCli(["produce", "errs", "--key-separator", ":"], { input: "no separator here\n" }),
        runCli(["topics", "list"], { url: deadUrl }),
        runCli(["produce", "errs"], { url: deadUrl, input: "1\n" }),
        runCli(["consume", "errs", "--from", "earliest"], { url: deadUrl }),
      ]);
    expectOneLineError(produceUnknown, /unknown topic "no-such-topic"/);
    expectOneLineError(consumeUnknown, /unknown topic "no-such-topic"/);
    expectOneLineError(badMax, /--max must be an integer/);
    expect(badMax.code).toBe(2);
    expectOneLineError(badPartition, /partition 9/);
    expectOneLineError(unknownOption, /^edgelog: unknown option --bogus \(see edgelog --help\)\n$/);
    expectOneLineError(unknownCommand, /unknown command "frobnicate"/);
    expect(unknownCommand.code).toBe(2);
    expectOneLineError(missingTopic, /missing TOPIC/);
    expectOneLineError(noSeparator, /no key separator/);
    for (const r of unreachable) {
      // It gives up by itself (a CLI that kept retrying would run past this test's timeout); how fast is
      // not asserted here: under load a bound in seconds fails for the wrong reason.
      expectOneLineError(r, /ConnectionError|ECONNREFUSED|no answer/);
    }
  });

  it("consume --from OFFSET on a topic of several partitions needs --partition (an offset is per partition)", async () => {
    await ok(["topics", "create", "offsets-many", "--partitions", "2"]);
    await ok(["produce", "offsets-many", "--partition", "1"], "a\nb\nc\n");
    const refused = await runCli(["consume", "offsets-many", "--from", "1", "--max", "1"]);
    expectOneLineError(refused, /--from 1 is an offset in one partition: name it with --partition P \(offsets-many has 2\)/);
    expect(refused.code).toBe(2);
    expect(await ok(["consume", "offsets-many", "--from", "1", "--partition", "1", "--max", "2"])).toBe("b\nc\n");
  });

  it("produce: a line without the key separator stops the input there, names the line (exit 1); the lines before it are stored; a record too large is named by its line", async () => {
    await ok(["topics", "create", "bad-lines"]);
    const bad = await runCli(["produce", "bad-lines", "--key-separator", ":"], { input: "a:1\nb:2\nno separator\nc:3\n" });
    expectOneLineError(bad, /line 3 has no key separator ":" \(the lines before it were sent, none after\): no separator/);
    expect(bad.code).toBe(1);
    expect(await ok(["consume", "bad-lines", "--from", "earliest", "--max", "2", "--print-key"])).toBe("a\t1\nb\t2\n");
    const large = await runCli(["produce", "bad-lines"], { input: `small\n${"x".repeat(1024 * 1024 + 10)}\n` });
    expectOneLineError(large, /RecordTooLargeError: line 2 has \d+ bytes encoded/);
  });

  it("a negative or malformed number to an option is a usage error naming the option and what it takes (exit 2), before any connection", async () => {
    const deadUrl = `ws://127.0.0.1:${await closedPort()}/v1/ws`;
    const cases: [string[], RegExp][] = [
      // parseArgs alone refused `--from -5` as 'ambiguous', suggesting '--from=-XYZ'.
      [["--from", "-5"], /--from must be earliest, latest or an offset \(an integer >= 0\), got "-5"/],
      [["--from=-5"], /--from must be earliest, latest or an offset \(an integer >= 0\), got "-5"/],
      [["--from", "1e3"], /--from must be earliest, latest or an offset \(an integer >= 0\), got "1e3"/],
      [["--max", "-1"], /--max must be an integer >= 1, got "-1"/],
      [["--partition", "0x1"], /--partition must be an integer >= 0, got "0x1"/],
      [["--max-wait-ms", "-5"], /--max-wait-ms must be an integer >= 0, got "-5"/],
      [["--group", "g", "--from", "-5"], /with --group, --from must be earliest or latest.*got "-5"/],
      [["--from", "--max", "3"], /--from needs a value: --from VALUE \(--from=VALUE for one that starts with "-"\)/],
      [["--from"], /--from needs a value/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(["consume", "errs-args", ...args], { url: deadUrl })));
    results.forEach((r, i) => {
      expectOneLineError(r, cases[i]![1]);
      expect([cases[i]![0], r.code]).toEqual([cases[i]![0], 2]);
    });
    // Retention takes -1 (no bound); 0 would reach the broker as "its default" (7 days), so it is refused.
    const retention: [string[], RegExp][] = [
      [["--retention-ms", "0"], /--retention-ms must be -1 \(no bound\) or >= 1, got "0"/],
      [["--retention-bytes", "0"], /--retention-bytes must be -1 \(no bound\) or >= 1, got "0"/],
      [["--retention-bytes", "-2"], /--retention-bytes must be an integer >= -1, got "-2"/],
      [["--segment-bytes", "-1"], /--segment-bytes must be an integer >= 1024, got "-1"/],
    ];
    const refused = await Promise.all(retention.map(([args]) => runCli(["topics", "create", "errs-retention", ...args], { url: deadUrl })));
    refused.forEach((r, i) => {
      expectOneLineError(r, retention[i]![1]);
      expect([retention[i]![0], r.code]).toEqual([retention[i]![0], 2]);
    });
    // A port past 65535 wrapped around to another one (99999 listened on 34463).
    for (const port of ["99999", "65536", "-1"]) {
      const r = await runCli(["serve", "--port", port]);
      expectOneLineError(r, new RegExp(`--port must be a port, 0-65535, got "${port}"`));
      expect([port, r.code]).toEqual([port, 2]);
    }
  });

  it("topics create --retention-ms -1 --retention-bytes -1: no bound, as described", async () => {
    await ok(["topics", "create", "keep-all", "--retention-ms", "-1", "--retention-bytes", "-1"]);
    expect((await ok(["topics", "describe", "keep-all"])).split("\n")[0]).toMatch(/^topic keep-all\s+partitions 1\s+retention\.ms -1\s+retention\.bytes -1\b/);
  });

  it("consume --from latest --max 3 receives only records produced after it started", async () => {
    await ok(["topics", "create", "live"]);
    await ok(["produce", "live"], "old-1\nold-2\nold-3\n");
    // Through a tap that shows when the consumer's subscription is in place: every record produced from then
    // on is after its start, so the test produces once, after that event, instead of feeding a guess.
    const tap = await startWsTap(broker.url);
    try {
      const consumer = finished(spawnCli(["consume", "live", "--from", "latest", "--max", "3"], tap.url));
      await tap.progress.until(() => tap.fromBroker.some((f) => f.subscribeResponse), "the consumer's subscription");
      expect(tap.fromBroker.find((f) => f.subscribeResponse)!.subscribeResponse!.highWatermark).toBe(3);
      // Four records: the consumer stops at its third.
      expect(await ok(["produce", "live"], "new-1\nnew-2\nnew-3\nnew-4\n")).toBe("");
      const got = await consumer;
      expect(got.stderr).toBe("");
      expect(got.code).toBe(0);
      expect(lines(got.stdout)).toEqual(["new-1", "new-2", "new-3"]);
    } finally {
      await tap.close();
    }
  });

  it("consume without --max from latest prints each record as it is delivered, without ending", async () => {
    await tailFromLatest("tail-latest", 3);
  });

  it("consume without --max from latest, started before the topic has any record, prints each record", async () => {
    await tailFromLatest("tail-empty", 0);
  });

  it("consume without --max from earliest reaches the high watermark, then prints new records as they come", async () => {
    // Enough output that a size threshold (the old 64 KiB) would hold back the last lines.
    const before = Array.from({ length: 20_000 }, (_, i) => `early-${i}`);
    await ok(["topics", "create", "tail-earliest"]);
    await ok(["produce", "tail-earliest"], before.map((v) => `${v}\n`).join(""));
    const tail = startTail("tail-earliest", "earliest");
    await tail.waitLines(before.length, "every record up to the high watermark");
    expect(tail.lines().join("\n") === before.join("\n")).toBe(true);
    await ok(["produce", "tail-earliest"], "late-1\nlate-2\n");
    await tail.waitLines(before.length + 2, "the two later records");
    expect(tail.lines().slice(before.length)).toEqual(["late-1", "late-2"]);
    expect(tail.running).toBe(true);
    expect((await tail.kill()).stderr).toBe("");
  });

  it("consume | head -1 exits 0 with nothing on stderr once the pipe is closed", async () => {
    // ~400 KB of output, past any pipe buffer, so the consumer is still writing when head exits.
    const values = Array.from({ length: 2000 }, (_, i) => `${i}-${"x".repeat(200)}`);
    await ok(["topics", "create", "tail-pipe"]);
    await ok(["produce", "tail-pipe"], values.map((v) => `${v}\n`).join(""));
    const script = `"$0" "$1" consume tail-pipe --from earliest --url "$2" | head -1; echo "consume exit \${PIPESTATUS[0]}" >&2`;
    const got = await slots.run(() => {
      const proc = spawn("bash", ["-c", script, process.execPath, cliPath, broker.url], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
      const r = finished(proc);
      proc.stdin!.end();
      return r;
    });
    expect(got.stdout).toBe(`${values[0]}\n`);
    expect(got.stderr).toBe("consume exit 0\n");
  });
});
