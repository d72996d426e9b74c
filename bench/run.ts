/**
 * `npm run bench`: both deployments measured as users meet them, one after the other on the same 2-core
 * machine, with one SDK producer and one SDK consumer in this process. Prints one table; targets (issues 2
 * and 3) are in the last column. `npm run bench -- --quick` runs each case on a tenth of the records;
 * `-- --sweep` adds produce rows for other send sizes and in-flight counts (see produceSettings).
 * - Node broker: its own process (`edgelog serve`, fsync on every acknowledged append).
 * - Edge: the Worker in local workerd (miniflare, as the edge tests start it) with SQLite storage on disk;
 *   partition objects acknowledge once their write is committed.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Edgelog } from "../client/node.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const quick = process.argv.includes("--quick");

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

async function startBroker(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
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
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}

/**
 * How the produce rows drive the SDK: what a user with good settings does. An application hands the
 * producer a modest slice of records per send() and keeps a few sends outstanding; the producer batches
 * them (lingerMs, batchBytes) and pipelines up to maxInFlight batches per partition. The earlier bench sent
 * 10,000 records per call with 64 calls outstanding: 640 MB of 1 KiB records asked of a 32 MiB producer
 * buffer, which measured the buffer's back-pressure and the client's garbage collector (189 MB/s here where
 * an outside harness with the settings below reached 465 MB/s). `--sweep` prints other combinations.
 */
const produceSettings = { recordsPerSend: 1000, sendsInFlight: 4, lingerMs: 2 } as const;
type ProduceSettings = { recordsPerSend: number; sendsInFlight: number; lingerMs: number };
const settingsLabel = (s: ProduceSettings) => `sends of ${fmt(s.recordsPerSend)} records, ${s.sendsInFlight} in flight, lingerMs ${s.lingerMs}`;

async function produceRun(el: Edgelog, topic: string, valueBytes: number, recordCount: number, label = "", target?: string, settings: ProduceSettings = produceSettings): Promise<number> {
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

/** A fixed schedule: every millisecond, make the calls due by now (5 per ms at 5,000/s), `total` in all. */
function atFixedRate(ratePerS: number, total: number, send: () => void): Promise<void> {
  const t0 = performance.now();
  let sent = 0;
  return new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * ratePerS));
      for (; sent < due; sent++) send();
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
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

/** Resident memory of a process, KiB (Linux). */
function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]);
}

/** The PIDs of this process's children running `command` (Linux: their parent PID in /proc/PID/stat). */
function childPids(command: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ")".
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid && comm === command) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
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
    await el.admin.createTopic("bench-100", { partitions: 1 });
    await el.admin.createTopic("bench-1k", { partitions: 1 });
    // Latency first: after the bulk phases the kernel is still writing back hundreds of MB of dirty pages,
    // and every fdatasync waits behind that, which is not the steady state at 5,000 records/s.
    await latencyInFreshProcess(broker.url);
    await produceRun(el, "bench-100", 100, small);
    await produceRun(el, "bench-1k", 1024, quick ? 50_000 : 300_000);
    await consumeRun(el, "bench-100", small);
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
    await el.admin.createTopic("edge-1", { partitions: 1 });
    await el.admin.createTopic("edge-4", { partitions: 4 });
    await produceRun(el, "edge-1", 100, recordCount, " into one partition object", "≥ 200,000 records/s into one partition object");
    await produceRun(el, "edge-4", 100, recordCount, " into a 4-partition topic", "(for reference)");
    await consumeRun(el, "edge-1", recordCount, ", one partition object", "(for reference)");
    await consumeRun(el, "edge-4", recordCount, ", 4-partition topic", "(for reference)");
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
  await nodeRuns();
  await edgeRuns();
  await idleSubscribersRun(IDLE_SOCKET_COUNT);
  await bareSocketsRun(IDLE_SOCKET_COUNT);
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
