/**
 * `npm run bench`: the Node broker measured as users meet it. The broker runs as its own process
 * (`edgelog serve`, fsync on every acknowledged append); one SDK producer and one SDK consumer run in this
 * process, on the same 2-core machine. Prints one table. Targets (issue 2) are in the last column.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Edgelog } from "../client/node.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const quick = process.argv.includes("--quick");

interface Row {
  measure: string;
  result: string;
  target: string;
}
const rows: Row[] = [];

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

async function produceRun(el: Edgelog, topic: string, valueBytes: number, recordCount: number): Promise<void> {
  const producer = el.producer({ acks: "all", lingerMs: 2 });
  const value = new Uint8Array(valueBytes).fill(97);
  const chunk = Array.from({ length: 10_000 }, () => ({ value }));
  // Warm up (JIT, connection, metadata) outside the measurement.
  await producer.send(topic, chunk.slice(0, 1000));
  const pending: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let sent = 0; sent < recordCount; sent += chunk.length) {
    pending.push(producer.send(topic, chunk));
    if (pending.length >= 64) await pending.shift();
  }
  await Promise.all(pending);
  const seconds = (performance.now() - t0) / 1000;
  await producer.close();
  const rate = recordCount / seconds;
  const mbps = (rate * valueBytes) / 1e6;
  const target = valueBytes === 100 ? "≥ 1,000,000 records/s" : "≥ 250 MB/s";
  rows.push({ measure: `produce ${valueBytes} B values, acks=all (fsync)`, result: `${fmt(rate)} records/s, ${mbps.toFixed(0)} MB/s`, target });
}

async function consumeRun(el: Edgelog, topic: string, recordCount: number): Promise<void> {
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
  rows.push({ measure: `consume from offset 0 (${fmt(recordCount)} records of 100 B)`, result: `${fmt(received / seconds)} records/s`, target: "≥ 2,000,000 records/s" });
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
  // A fixed schedule: every millisecond, send the records due by now (5 per ms at 5,000/s).
  const t0 = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * ratePerS));
      for (; sent < due; sent++) {
        const value = new Uint8Array(100);
        new DataView(value.buffer).setFloat64(0, performance.now());
        void producer.send(topic, { value });
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await done;
  await producer.close();
  await consumer.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  rows.push({ measure: `end-to-end latency at ${fmt(ratePerS)} records/s, acks=all`, result: `p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms`, target: "p99 ≤ 5 ms" });
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
  const t0 = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * ratePerS));
      for (; sent < due; sent++) {
        const at = performance.now();
        void client.request({ listTopicsRequest: {} }).then(() => {
          latencies.push(performance.now() - at);
          if (latencies.length === total) resolve();
        });
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  await client.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  rows.push({ measure: `round trip of a no-op request at ${fmt(ratePerS)}/s (floor)`, result: `p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms`, target: "(for reference)" });
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-"));
  const broker = await startBroker(dataDir);
  const el = new Edgelog({ url: broker.url });
  try {
    const small = quick ? 200_000 : 2_000_000;
    await el.admin.createTopic("bench-100", { partitions: 1 });
    await el.admin.createTopic("bench-1k", { partitions: 1 });
    await el.admin.createTopic("bench-latency", { partitions: 1 });
    await produceRun(el, "bench-100", 100, small);
    await produceRun(el, "bench-1k", 1024, quick ? 50_000 : 300_000);
    await consumeRun(el, "bench-100", small);
    await latencyRun(el, "bench-latency", 5000, quick ? 2 : 10);
    await floorRun(broker.url, 5000, quick ? 2 : 10);
  } finally {
    await el.close();
    await broker.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const w = [Math.max(...rows.map((r) => r.measure.length)), Math.max(...rows.map((r) => r.result.length)), Math.max(...rows.map((r) => r.target.length))];
  const line = (a: string, b: string, c: string) => `| ${a.padEnd(w[0]!)} | ${b.padEnd(w[1]!)} | ${c.padEnd(w[2]!)} |`;
  console.log(line("measure (Node broker, local)", "result", "target"));
  console.log(`|${"-".repeat(w[0]! + 2)}|${"-".repeat(w[1]! + 2)}|${"-".repeat(w[2]! + 2)}|`);
  for (const r of rows) console.log(line(r.measure, r.result, r.target));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
