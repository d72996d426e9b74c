// The console tools on paths a user takes and no other test walks: Ctrl-C on a tailing consume (every line it
// wrote arrives whole, in order, exit 130), output through a reader slower than the CLI, `serve` on a port held
// by a previous run's connections (--port-wait-ms), $EDGELOG_URL for every command, --segment-bytes seen on
// disk, and SIGTERM of a broker with produces in flight. Child processes throughout; waits are on their output
// and on protocol events (a WebSocket tap, a TCP relay), never on sleeps.
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Edgelog, EdgelogError } from "../../client/node.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { uws } from "../../src/node/uws.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { cliPath, repoRoot, startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { Progress } from "../support/progress.ts";
import { RawClient } from "../support/raw-client.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { startWsTap } from "../support/ws-tap.ts";

/** Bound on every child process: a hang fails the test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 20_000;
const utf8 = new TextDecoder();

interface Run {
  proc: ChildProcess;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Poked on every chunk of output and at exit. */
  progress: Progress;
  /** Resolves when the process has exited and its output ended (killed after RUN_TIMEOUT_MS). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const running = new Set<ChildProcess>();
const killRunning = () => {
  for (const proc of running) proc.kill("SIGKILL");
  running.clear();
};
afterEach(({ task }) => {
  // A failed test must not leave tails or brokers behind. Concurrent cases are cleaned up after their suite,
  // since here one case would kill the processes of the others.
  if (!task.concurrent) killRunning();
});

const tempDir = tempDirs("edgelog-cli-paths-");

/** Runs a command with its output collected; `readStdout: false` leaves stdout unread until the test says. */
function run(command: string, args: string[], opts: { env?: NodeJS.ProcessEnv; readStdout?: boolean } = {}): Run {
  const proc = spawn(command, args, { cwd: repoRoot, env: opts.env ?? cliEnv(), stdio: ["pipe", "pipe", "pipe"] });
  running.add(proc);
  let out = "";
  let err = "";
  const progress = new Progress();
  if (opts.readStdout !== false) {
    proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
      out += c;
      progress.poke();
    });
  }
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => {
    err += c;
    progress.poke();
  });
  proc.stdin!.on("error", () => {});
  const timer = setTimeout(() => proc.kill("SIGKILL"), RUN_TIMEOUT_MS);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    proc.once("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(proc);
      progress.poke();
      resolve({ code, signal, stdout: out, stderr: err });
    });
  });
  return { proc, stdout: () => out, stderr: () => err, progress, done };
}

/** The environment of a CLI run: without $EDGELOG_URL unless a test sets it. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!("EDGELOG_URL" in extra)) delete env.EDGELOG_URL;
  return env;
}

function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string; readStdout?: boolean } = {}): Run {
  const r = run(process.execPath, [cliPath, ...args], opts);
  if (opts.input !== undefined) r.proc.stdin!.end(opts.input);
  return r;
}

/** A CLI run that must succeed: its stdout. */
async function ok(args: string[], input = "", env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await cli(args, { input, env }).done;
  expect(r.stderr, `edgelog ${args.join(" ")}`).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

/** A port nothing listens on (bound, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("consume, stopped or read slowly", () => {
  let broker: BrokerProcess;
  beforeAll(async () => {
    broker = await startBrokerProcess(await tempDir());
  });
  afterAll(async () => {
    await broker?.kill();
  });

  it("Ctrl-C on a tail read by a slower reader: every line it wrote arrives whole and in order, exit 130", async () => {
    // 1,000-byte lines in batches of ~1 MB: one write is far larger than a pipe holds (64 KiB), so when the
    // signal comes Node still holds most of it, and a pipe boundary falls inside a line.
    const values = Array.from({ length: 3000 }, (_, i) => `${i}-`.padEnd(999, "x"));
    await ok(["topics", "create", "sigint", "--url", broker.url]);
    const client = new Edgelog({ url: broker.url });
    await client.producer({ lingerMs: 0 }).send("sigint", values.map((value) => ({ value })));
    await client.close();

    const tail = cli(["consume", "sigint", "--from", "earliest", "--url", broker.url], { readStdout: false });
    const stdout = tail.proc.stdout!;
    // Read one chunk, so the tail is known to be writing, then stop reading: the pipe fills up behind it.
    const first = await new Promise<Buffer>((resolve) => stdout.once("data", resolve));
    stdout.pause();
    tail.proc.kill("SIGINT");
    const chunks: Buffer[] = [first];
    stdout.on("data", (c: Buffer) => chunks.push(c));
    stdout.resume();
    const r = await tail.done;
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.endsWith("\n")).toBe(true); // no line cut in two
    const got = lines(text);
    expect(got.length).toBeGreaterThan(first.length / 1000); // more than the reader had taken at the signal
    expect(got.every((line, i) => line === values[i])).toBe(true); // a prefix, in order, no gap
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 130, signal: null, stderr: "" });
  });

  it("Ctrl-C on a tail that has caught up: exit 130, stdout exactly the records, stderr empty", async () => {
    await ok(["topics", "create", "sigint-idle", "--url", broker.url]);
    const values = Array.from({ length: 500 }, (_, i) => `idle-${i}`);
    await ok(["produce", "sigint-idle", "--url", broker.url], values.map((v) => `${v}\n`).join(""));
    const tail = cli(["consume", "sigint-idle", "--from", "earliest", "--url", broker.url]);
    await tail.progress.until(() => lines(tail.stdout()).length >= values.length, () => `${values.length} lines (got ${lines(tail.stdout()).length})`);
    tail.proc.kill("SIGINT");
    const r = await tail.done;
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 130, signal: null, stderr: "" });
    expect(r.stdout).toBe(values.map((v) => `${v}\n`).join(""));
  });

  it("consume --max through a reader slower than it: the process exits only once every line is out", async () => {
    // The tail goes through a tap (to see its subscription) behind a TCP relay (to see it hang up). Its reader
    // waits on a FIFO until the tail has closed its socket, i.e. is exiting; by then the pipe (64 KiB) is full
    // and Node holds the last ~15 lines, which process.exit() used to drop.
    await ok(["topics", "create", "slow-reader", "--url", broker.url]);
    const tap = await startWsTap(broker.url);
    const relay = await hangupRelay(Number(new URL(tap.url).port));
    const dir = await tempDir();
    const fifo = join(dir, "go");
    await new Promise<void>((resolve, reject) => spawn("mkfifo", [fifo]).once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo: ${code}`)))));
    const count = 80;
    const script = `{ "$0" "$1" consume slow-reader --from latest --max ${count} --url "$2"; echo "consume exited $?" >&2; } | { read -r _ < "$3"; cat; }`;
    const pipeline = run("bash", ["-c", script, process.execPath, cliPath, relay.url, fifo], { env: cliEnv() });
    try {
      await tap.progress.until(() => tap.fromBroker.some((f) => f.subscribeResponse), "the tail's subscription");
      const client = new Edgelog({ url: broker.url });
      const producer = client.producer({ lingerMs: 0 });
      const values = Array.from({ length: count }, (_, i) => `${i}-`.padEnd(999, "y"));
      // One record per push: each write is small, so Node queues it (write() says yes) once the pipe is full.
      for (const value of values) await producer.send("slow-reader", { value });
      await client.close();
      await relay.progress.until(() => relay.closed > 0 || /consume exited/.test(pipeline.stderr()), "the tail hanging up");
      const go = spawn("bash", ["-c", 'echo go > "$0"', fifo]);
      await new Promise((resolve) => go.once("exit", resolve));
      const r = await pipeline.done;
      expect(r.stderr).toBe("consume exited 0\n");
      expect(lines(r.stdout)).toEqual(values);
    } finally {
      await relay.close();
      await tap.close();
    }
  });
});

/** A TCP relay that counts the connections its clients have closed (a tail hanging up as it exits). */
async function hangupRelay(targetPort: number): Promise<{ url: string; closed: number; progress: Progress; close(): Promise<void> }> {
  const progress = new Progress();
  const sockets = new Set<Socket>();
  const state = { closed: 0 };
  const server: Server = createServer((down) => {
    const up = connect(targetPort, "127.0.0.1");
    sockets.add(down).add(up);
    down.pipe(up).pipe(down);
    down.on("close", () => {
      state.closed++;
      up.destroy();
      progress.poke();
    });
    down.on("error", () => down.destroy());
    up.on("error", () => down.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/ws`,
    get closed() {
      return state.closed;
    },
    progress,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("edgelog serve on a port a previous run still holds", () => {
  it("connections of a closed broker in TIME_WAIT: --port-wait-ms 0 fails at once, a short wait says so and then fails; one stderr line each", async () => {
    // A broker that closes its clients' connections leaves them in TIME_WAIT on its port for up to 60 s.
    const previous = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {} });
    const port = previous.port;
    const client = await RawClient.connect(previous.url);
    const hungUp = new Promise((resolve) => client.ws.once("close", resolve));
    await previous.close();
    await hungUp;

    const dataDir = await tempDir();
    const [noWait, shortWait] = await Promise.all([
      cli(["serve", "--port", String(port), "--data-dir", dataDir, "--port-wait-ms", "0"]).done,
      cli(["serve", "--port", String(port), "--data-dir", await tempDir(), "--port-wait-ms", "700"]).done,
    ]);
    for (const r of [noWait, shortWait]) {
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^edgelog: cannot listen on 127\.0\.0\.1:\d+ yet: .*TIME_WAIT.*--port-wait-ms$/)]);
      expect(r.stdout).not.toMatch(/listening on/);
    }
    expect(noWait.stdout).not.toMatch(/waiting/);
    expect(shortWait.stdout).toMatch(new RegExp(`port ${port} is held by TIME_WAIT connections of a previous run; waiting up to 700 ms`));
  });

  it("a port held only by connections that are not listening: serve waits, binds once they are gone, and serves", async () => {
    // A uWS listener (no SO_REUSEADDR, like the broker's) with one connection it accepted, then the listener
    // closed: the connection holds the port as TIME_WAIT would, and the test decides when it goes (a reset).
    const app = uws.App().any("/*", (res) => void res.end("x"));
    const token = await new Promise<unknown>((resolve) => app.listen("127.0.0.1", 0, resolve));
    expect(token).toBeTruthy();
    const port = uws.us_socket_local_port(token as never);
    const holder = connect(port, "127.0.0.1");
    const answered = new Promise((resolve) => holder.once("data", resolve));
    holder.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    await answered; // accepted: an established connection on the port
    uws.us_listen_socket_close(token as never);

    const serve = cli(["serve", "--port", String(port), "--data-dir", await tempDir(), "--port-wait-ms", "15000"]);
    await serve.progress.until(() => /waiting up to 15000 ms/.test(serve.stdout()), () => `serve saying it waits (stdout: ${serve.stdout()}, stderr: ${serve.stderr()})`);
    holder.resetAndDestroy();
    await serve.progress.until(() => /listening on ws:\/\//.test(serve.stdout()), () => `serve listening (stdout: ${serve.stdout()}, stderr: ${serve.stderr()})`);
    const health = await fetch(`http://127.0.0.1:${port}/v1/health`);
    expect(health.status).toBe(200);
    serve.proc.kill("SIGTERM");
    const r = await serve.done;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("a port another process listens on is refused at once, whatever --port-wait-ms says", async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const port = (other.address() as AddressInfo).port;
      const r = await cli(["serve", "--port", String(port), "--data-dir", await tempDir(), "--port-wait-ms", "60000"]).done;
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([`edgelog: cannot listen on 127.0.0.1:${port}: the port is in use by another process`]);
      expect(r.stdout).not.toMatch(/waiting/);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it("a port another broker listens on is refused too (uSockets binds with SO_REUSEPORT: the two would share the clients)", async () => {
    // On a port of its own choosing: uSockets sets SO_REUSEPORT only when the port is not 0.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
    const port = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    const other = await startBroker({ port, dataDir: await tempDir(), log: () => {} });
    try {
      const r = await cli(["serve", "--port", String(port), "--data-dir", await tempDir()]).done;
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([`edgelog: cannot listen on 127.0.0.1:${port}: the port is in use by another process`]);
    } finally {
      await other.close();
    }
  });
});

// The broker's address and topic configuration (two cases on one broker, each on its own topic) and SIGTERM
// (a broker of its own) run concurrently: each CLI start costs about a second of CPU, and the SIGTERM case,
// the longest here, overlaps them.
describe.concurrent("the broker's address and topic configuration from the command line; SIGTERM of a broker with produces in flight", { timeout: 90_000 }, () => {
  let broker: BrokerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await tempDir();
    broker = await startBrokerProcess(dataDir);
  });
  afterAll(async () => {
    killRunning();
    await broker?.kill();
  });

  it("every command takes the broker from $EDGELOG_URL, and --url wins over it", async () => {
    const env = cliEnv({ EDGELOG_URL: broker.url });
    expect(await ok(["topics", "create", "from-env"], "", env)).toBe("created topic from-env\n");
    // Runs that do not depend on each other go together.
    const [listed, produced] = await Promise.all([ok(["topics", "list"], "", env), ok(["produce", "from-env"], "a\nb\n", env)]);
    expect(lines(listed)).toContain("from-env");
    expect(produced).toBe("");
    const [described, consumed] = await Promise.all([ok(["topics", "describe", "from-env"], "", env), ok(["consume", "from-env", "--from", "earliest", "--max", "2"], "", env)]);
    expect(described).toMatch(/partition 0\s+log-start 0\s+high-watermark 2\b/);
    expect(consumed).toBe("a\nb\n");
    expect(await ok(["topics", "delete", "from-env"], "", env)).toBe("deleted topic from-env\n");

    const deadUrl = `ws://127.0.0.1:${await freePort()}`;
    const dead = cliEnv({ EDGELOG_URL: deadUrl });
    // Without --url the variable is what it dials: the error names it (not the default localhost:8080).
    const [listedByUrl, refused] = await Promise.all([ok(["topics", "list", "--url", broker.url], "", dead), cli(["topics", "list"], { env: dead, input: "" }).done]);
    expect(lines(listedByUrl)).not.toContain("from-env");
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([expect.stringContaining(new URL(deadUrl).host)]);
  });

  it("topics create --segment-bytes: segments roll at that size on disk", async () => {
    const segmentBytes = 1024;
    expect(await ok(["topics", "create", "small-segments", "--segment-bytes", String(segmentBytes), "--url", broker.url])).toBe("created topic small-segments\n");
    // One line per batch: each line goes out once the previous one is acknowledged (seen through a tap).
    const tap = await startWsTap(broker.url);
    const count = 30;
    const produce = cli(["produce", "small-segments", "--url", tap.url]);
    try {
      const acked = () => tap.fromBroker.filter((f) => f.produceResponse).length;
      for (let i = 0; i < count; i++) {
        produce.proc.stdin!.write(`${String(i).padStart(3, "0")}-${"z".repeat(96)}\n`);
        await tap.progress.until(() => acked() === i + 1, () => `acknowledgement ${i + 1} (have ${acked()})`);
      }
      produce.proc.stdin!.end();
      expect((await produce.done).code).toBe(0);
    } finally {
      await tap.close();
    }
    const described = await ok(["topics", "describe", "small-segments", "--url", broker.url]);
    expect(described).toMatch(/segment\.bytes 1024\b/);
    const [, hw, totalBytes] = /high-watermark (\d+)\s+bytes (\d+)/.exec(described)!.map(Number);
    expect(hw).toBe(count);
    // Equal lines make equal batches: a segment takes as many whole batches as fit in 1024 bytes, then rolls.
    const batchBytes = totalBytes! / count;
    expect(Number.isInteger(batchBytes)).toBe(true);
    const perSegment = Math.floor(segmentBytes / batchBytes);
    const dir = join(dataDir, "small-segments", "0");
    const logs = (await readdir(dir)).filter((f) => f.endsWith(".log")).sort();
    const sizes = await Promise.all(logs.map(async (f) => (await stat(join(dir, f))).size));
    expect(logs.length).toBe(Math.ceil(count / perSegment));
    expect(sizes.slice(0, -1)).toEqual(sizes.slice(0, -1).map(() => perSegment * batchBytes));
    expect(sizes.at(-1)).toBeLessThanOrEqual(perSegment * batchBytes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(totalBytes);
    // Named by base offset, as Kafka names them.
    expect(logs.map((f) => Number(f.slice(0, -4)))).toEqual(logs.map((_, i) => i * perSegment));
  });

  it("every acknowledged record is stored once at its offset, the others fail with a retriable error, the broker exits 0", async () => {
    const dataDir = await tempDir();
    const broker = await startBrokerProcess(dataDir);
    running.add(broker.proc);
    const client = new Edgelog({ url: broker.url, reconnect: { initialDelayMs: 10, maxDelayMs: 50 } });
    await client.admin.createTopic("term", { partitions: 2 });
    const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000, retryBackoffMs: 20 });
    const acked = new Map<number, { value: string; offset: number }[]>([[0, []], [1, []]]);
    const failures: unknown[] = [];
    const progress = new Progress();
    let ackCount = 0;
    let outstanding = 0;
    let stopped = false;
    const sent: Promise<void>[] = [];
    // Up to 256 send() calls in flight until the broker is gone.
    const pump = (async () => {
      for (let i = 0; !stopped; i++) {
        if (outstanding >= 256) {
          await progress.until(() => outstanding < 256 || stopped, "room among the sends in flight");
          continue;
        }
        const value = `v${i}`;
        outstanding++;
        sent.push(
          producer.send("term", { key: `k${i % 13}`, value }).then(
            ([r]) => {
              acked.get(r!.partition)!.push({ value, offset: r!.offset });
              ackCount++;
            },
            (err: unknown) => void failures.push(err),
          ).finally(() => {
            outstanding--;
            progress.poke();
          }),
        );
      }
    })();
    await progress.until(() => ackCount >= 2000, () => `2000 acknowledgements before the signal (have ${ackCount})`);
    expect(await broker.kill("SIGTERM")).toBe(0);
    running.delete(broker.proc);
    stopped = true;
    progress.poke();
    await pump;
    await Promise.all(sent);
    await client.close();
    expect(failures.length).toBeGreaterThan(0); // the signal came with sends in flight
    for (const err of failures) {
      expect(err).toBeInstanceOf(EdgelogError);
      expect(err).toMatchObject({ retriable: true });
    }

    // A fresh broker on the same directory has every acknowledged record, once, where its answer said.
    const restarted = await startBrokerProcess(dataDir);
    running.add(restarted.proc);
    const reader = new Edgelog({ url: restarted.url });
    try {
      const described = await reader.admin.describeTopic("term");
      const stored = described.partitions.reduce((n, p) => n + p.highWatermark, 0);
      expect(stored).toBeGreaterThanOrEqual(ackCount);
      const consumer = reader.consumer({ topic: "term", from: "earliest" });
      const it = consumer[Symbol.asyncIterator]();
      const observed: Observed[] = [];
      for (let n = 0; n < stored; n++) {
        const next = await it.next();
        if (next.done) throw new Error(`the consumer ended after ${n} of ${stored} stored records`);
        observed.push({ partition: next.value.partition, offset: next.value.offset, value: utf8.decode(next.value.value!) });
      }
      await consumer.close();
      const acknowledged = new Map([...acked].map(([p, list]) => [p, [...list].sort((a, b) => a.offset - b.offset).map((a) => a.value)]));
      const report = checkHistory(acknowledged, observed);
      expect({ lost: report.lost, duplicated: report.duplicated, reordered: report.reordered }).toEqual({ lost: [], duplicated: [], reordered: [] });
      const at = new Map(observed.map((o) => [`${o.partition}/${o.value}`, o.offset]));
      const misplaced = [...acked].flatMap(([p, list]) => list.filter((a) => at.get(`${p}/${a.value}`) !== a.offset).map((a) => `${p}/${a.value}@${a.offset}`));
      expect(misplaced).toEqual([]);
    } finally {
      await reader.close();
      expect(await restarted.kill("SIGTERM")).toBe(0);
    }
  });
});
