/**
 * The fan-out rows (issue 13): one partition, many subscribers, records produced one at a time at a fixed
 * rate. Subscribers are light clients (bare `ws` sockets in a process of their own, subscribe + credit, no
 * SDK) so the client side does not bound the figure: each counts the records it receives (from each push's
 * next offset) and grants credit back; one in `sampleEvery` also decodes the records and stamps receipt
 * against the send time each record carries (wall clock, performance.timeOrigin + now, same host).
 * The runtime (the broker, or workerd) runs in a process of its own, whose CPU (/proc/PID/stat, user +
 * system) over the run divided by the deliveries is "CPU per delivery"; its RSS growth over the idle
 * subscriptions, divided by their count, is "memory per idle subscriber".
 *
 * What CPU per delivery is made of on the Node broker (measured here: 2 shared cores, loopback, perf): the
 * broker pays ~8–12 µs per push, i.e. per WebSocket message, one send syscall per subscriber, whatever the
 * push carries; about two thirds of it is the kernel's TCP work, and on loopback half of that is the
 * receiving side (tcp_v4_rcv, waking the subscriber's process) charged to the sender. So the figure is
 * that cost divided by the records a push carries: it falls when records come faster than a fan-out round
 * takes (a round sends each subscriber every batch appended since: core partition-family.ts) and rises to
 * the whole per-push cost when each record goes alone: a row shows both (CPU per delivery and per push).
 * uWS's app.publish (one native call writes a message to every socket of a topic) does not change this:
 * against a plain loop of ws.send to 1,000 sockets on bare uWS it measured 0.46 vs 0.34 µs of user CPU
 * per delivery and the same ~4.5 µs of system; the loop was never the cost, the writes are.
 */
import { spawn } from "node:child_process";
import { cpuMs, rssKiB } from "./proc.ts";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export interface FanoutCase {
  /** ws:// URL the subscribers connect to (the broker's /v1/ws, or a partition object's /v1/ws/p/T/P). */
  subscriberUrl: string;
  topic: string;
  subscriberCount: number;
  ratePerS: number;
  seconds: number;
  /** The runtime process whose CPU and memory are measured. */
  runtimePid: number;
  /** Appends one record whose value is `value` (one produce request). */
  produce(value: Uint8Array): Promise<unknown>;
  /** The partition's end offset now. */
  endOffset(): Promise<number>;
  /** What each subscriber asks in its SubscribeRequest (Kafka's fetch.min.bytes / fetch.max.wait.ms); default 0/0. */
  minBytes?: number;
  maxWaitMs?: number;
}

export interface FanoutResult {
  asked: number;
  delivered: number;
  missing: number;
  /** WebSocket messages (pushes) received: a push carries one batch or more, so ≤ delivered. */
  pushes: number;
  deliveriesPerS: number;
  askedPerS: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerDelivery: number;
  /** The same CPU per push (per WebSocket message): what a socket write costs, whatever it carries. */
  cpuUsPerPush: number;
  /** Of which system (kernel) time: on loopback the receivers' TCP work is charged to the sender too. */
  systemUsPerDelivery: number;
  /** CPU of the subscribers' process per delivery (is the client side the bound?). */
  clientUsPerDelivery: number;
  idleKiBPerSubscriber: number;
}

/** How long subscribers wait for the last records after the last append before counting them missing. */
const GRACE_MS = 15_000;
const SAMPLE_EVERY = 10;

export async function fanoutRun(c: FanoutCase): Promise<FanoutResult> {
  const start = await c.endOffset();
  const total = c.ratePerS * c.seconds;
  const rssBeforeKiB = rssKiB(c.runtimePid);
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--fanout-clients", JSON.stringify({ url: c.subscriberUrl, topic: c.topic, count: c.subscriberCount, start, total, sampleEvery: SAMPLE_EVERY, graceMs: GRACE_MS, minBytes: c.minBytes ?? 0, maxWaitMs: c.maxWaitMs ?? 0 })], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const line = (pred: (l: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const l = out.split("\n").slice(0, -1).find(pred); // whole lines only: a long one comes in chunks
        if (l !== undefined) resolve(l);
      };
      child.stdout!.on("data", check);
      child.once("exit", (code) => reject(new Error(`fan-out clients exited ${code}: ${out.slice(-500)}`)));
      check();
    });
  try {
    await line((l) => l === "ready");
    await sleep(1000);
    const idleKiBPerSubscriber = (rssKiB(c.runtimePid) - rssBeforeKiB) / c.subscriberCount;
    const cpu0 = cpuMs(c.runtimePid);
    const sys0 = cpuMs(c.runtimePid, true);
    const client0 = cpuMs(child.pid!);
    const t0 = performance.now();
    const sends: Promise<unknown>[] = [];
    await atFixedRate(c.ratePerS, total, () => {
      const value = new Uint8Array(100);
      new DataView(value.buffer).setFloat64(0, performance.timeOrigin + performance.now());
      sends.push(c.produce(value));
    });
    await Promise.all(sends);
    const r = JSON.parse(await line((l) => l.startsWith("{"))) as { delivered: number; pushes: number; lastReceiptMs: number; latencies: number[]; clientCpuMs: number };
    const cpu1 = cpuMs(c.runtimePid);
    const sys1 = cpuMs(c.runtimePid, true);
    const client1 = r.clientCpuMs;
    const asked = total * c.subscriberCount;
    const elapsedS = (r.lastReceiptMs - (performance.timeOrigin + t0)) / 1000;
    r.latencies.sort((a, b) => a - b);
    const q = (p: number) => r.latencies[Math.min(r.latencies.length - 1, Math.floor(p * r.latencies.length))] ?? NaN;
    return {
      asked,
      delivered: r.delivered,
      missing: asked - r.delivered,
      pushes: r.pushes,
      deliveriesPerS: r.delivered / elapsedS,
      askedPerS: c.ratePerS * c.subscriberCount,
      p50Ms: q(0.5),
      p99Ms: q(0.99),
      cpuUsPerDelivery: ((cpu1 - cpu0) * 1000) / Math.max(1, r.delivered),
      cpuUsPerPush: ((cpu1 - cpu0) * 1000) / Math.max(1, r.pushes),
      systemUsPerDelivery: ((sys1 - sys0) * 1000) / Math.max(1, r.delivered),
      clientUsPerDelivery: ((client1 - client0) * 1000) / Math.max(1, r.delivered),
      idleKiBPerSubscriber,
    };
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

export function describeFanout(r: FanoutResult): string {
  return `${fmt(r.deliveriesPerS)} deliveries/s of ${fmt(r.askedPerS)} asked (${fmt(r.delivered)} of ${fmt(r.asked)} in ${fmt(r.pushes)} pushes, ${fmt(r.missing)} missing ${GRACE_MS / 1000} s after the last append); p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms; ${r.cpuUsPerDelivery.toFixed(2)} µs CPU per delivery (${r.systemUsPerDelivery.toFixed(2)} of it system; ${r.cpuUsPerPush.toFixed(1)} per push; subscribers' process ${r.clientUsPerDelivery.toFixed(2)}); ${r.idleKiBPerSubscriber.toFixed(1)} KiB per idle subscriber`;
}

interface ClientArgs {
  url: string;
  topic: string;
  count: number;
  start: number;
  total: number;
  sampleEvery: number;
  graceMs: number;
  minBytes: number;
  maxWaitMs: number;
}

/** The subscribers' process: prints "ready" once all are subscribed, then one JSON line when done. */
async function clientsMain(args: ClientArgs): Promise<void> {
  const { default: WebSocket } = await import("ws");
  const { decodeFrame, encodeFrame } = await import("../src/protocol/frames.ts");
  const { decodeBatch, batchSizeAt } = await import("../src/protocol/record-batch.ts");
  const creditBytes = 1024 * 1024;
  const end = args.start + args.total;
  let delivered = 0;
  let pushes = 0;
  let doneCount = 0;
  let lastReceiptMs = 0;
  const latencies: number[] = [];
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const open = (i: number) =>
    new Promise<void>((resolve, reject) => {
      // No permessage-deflate: the edge's objects decline it (socket-sessions.ts), but local workerd's
      // entry worker would take the offer itself and deflate every push per socket; uWS does not use it.
      const ws = new WebSocket(args.url, { perMessageDeflate: false });
      const sampled = i % args.sampleEvery === 0;
      let next = args.start;
      let spent = 0;
      ws.binaryType = "nodebuffer";
      ws.once("error", reject);
      ws.once("open", () => ws.send(encodeFrame({ correlationId: 1, subscribeRequest: { topic: args.topic, partition: 0, offset: args.start, creditBytes, minBytes: args.minBytes, maxWaitMs: args.maxWaitMs } })));
      ws.on("message", (data: Buffer) => {
        const f = decodeFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        if (f.subscribeResponse) return resolve();
        if (f.error) return reject(new Error(f.error.message ?? "error"));
        const p = f.push;
        if (!p) return;
        const now = performance.timeOrigin + performance.now();
        const records = p.records!;
        pushes++;
        if (sampled) {
          for (let pos = 0; pos < records.byteLength; pos += batchSizeAt(records, pos)) {
            for (const r of decodeBatch(records, pos)) latencies.push(now - new DataView(r.value!.buffer, r.value!.byteOffset, 8).getFloat64(0));
          }
        }
        const nextOffset = Number(p.nextOffset);
        delivered += nextOffset - next;
        next = nextOffset;
        lastReceiptMs = now;
        spent += records.byteLength;
        if (spent >= creditBytes / 2) {
          ws.send(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: p.subscriptionId, creditBytes: spent } }));
          spent = 0;
        }
        if (next >= end && ++doneCount === args.count) finish();
      });
    });
  for (let i = 0; i < args.count; i += 100) await Promise.all(Array.from({ length: Math.min(100, args.count - i) }, (_, k) => open(i + k)));
  process.stdout.write("ready\n");
  // Done when every subscriber has every record, or graceMs after the expected end of the run.
  await Promise.race([finished, (async () => {
    // The producer starts ~1 s after "ready" and sends for total/rate seconds; then the grace runs.
    await sleep(1000 + 60_000);
  })(), waitQuiet(() => lastReceiptMs, args.graceMs)]);
  // Exit once written: a pipe takes a long line asynchronously.
  process.stdout.write(`${JSON.stringify({ delivered, pushes, lastReceiptMs, latencies, clientCpuMs: cpuMs(process.pid) })}\n`, () => process.exit(0));
}

/** Resolves once receipts have started and none came for quietMs. */
async function waitQuiet(last: () => number, quietMs: number): Promise<void> {
  for (;;) {
    await sleep(500);
    const l = last();
    if (l > 0 && performance.timeOrigin + performance.now() - l > quietMs) return;
  }
}

function atFixedRate(ratePerS: number, total: number, send: () => void): Promise<void> {
  const t0 = performance.now();
  let sent = 0;
  return new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * ratePerS) + 1);
      for (; sent < due; sent++) send();
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const at = process.argv.indexOf("--fanout-clients");
if (at >= 0) {
  clientsMain(JSON.parse(process.argv[at + 1]!) as ClientArgs).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
