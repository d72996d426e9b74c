/**
 * The replication rows (issue 14, `npm run bench -- --replication`): what 3 replicas cost a producer, and
 * how long writes stop when the leader goes. Each region's replicas run in a workerd process of their own
 * (miniflare, SQLite on disk, fault injection on: EDGELOG_FAULTS=1; test/edge/edge-deployment.ts
 * startEdgeRegions), so each region has a thread of its own, as it has machines of its own when deployed,
 * and calls between replicas cross processes as DO RPC; REPLICATION_ONE_PROCESS=1 runs every object in one
 * workerd (one thread) instead. The regions are modelled by an injected wait of ROUND_TRIP_MS before every call
 * a replica makes to another (src/edge/faults.ts roundTripMs, set on every replica for every peer); the
 * calls of the Worker and the controller (TopicDO) are not delayed, so an election here costs local calls
 * only (see the README's "Replication: what round trips cost" for what real regions add).
 *
 * - produce: 1 KiB records with the bench's produce settings (bench/run.ts produceSettings), acks 'all',
 *   into a 1-replica topic (one partition object) and a 3-replica one (wnam leads, weur and apac follow,
 *   minInsyncReplicas 2): records/s, MB/s, the latency of each send() (call to promise resolved), and
 *   workerd's CPU over the run (/proc: share of a core, ms per MB produced, and the kernel's part of it:
 *   mostly SQLite's writes; with a process per region, each region's). A third row, 3 replicas with
 *   acks 'leader', is the control: no acknowledgement waits for a follower. Throughput here is the
 *   producer's window (bytes in flight) over the send latency: with 3 replicas the latency holds round
 *   trips. So 1 and 3 replicas again with a window sized for the round trip (8 sends in flight, batchBytes
 *   1.8 MB: the SDK's 5 batches per partition hold 9 MB), where this machine's CPU bounds the 3 replicas.
 * - latency: 200 sends/s of one 1 KiB record (lingerMs 0), the same topics: send latency p50/p99.
 * - failover: a producer sending 200 records/s (one per send, lingerMs 0, acks 'all') to a fresh
 *   3-replica topic; the leader crashes (crashAfterWrites: 1: it aborts after its next write, before
 *   answering; the runtime restarts the same replica, which leads on in the same epoch) or is cut off
 *   (unreachable: the controller elects weur or apac when the SDK's reconnect cannot reach it). Measured:
 *   from the moment the fault is in place (injectFault answered) to the acknowledgement of the first send()
 *   made after it, over several trials: median and max. SDK defaults apply (reconnect after 50-100 ms,
 *   retryBackoffMs 100), so they are part of the figure.
 *
 * What bounds the 3-replica acks 'all' row (README, "Replication: what round trips cost", with the figures):
 * the producer's window (4 sends of 1 MB) over a send's latency (the 40 ms round trip plus the leader's
 * and a follower's writes and the answers, 61-78 ms), where the 1-replica row is bound by one object's CPU.
 * With a bigger window (more sends in flight, bigger batches, more partitions) it is this 2-core machine's
 * CPU: three workerd processes, the producer and the kernel. The CPU per MB is printed per region (leader
 * first): a follower costs about what one replica alone does; the leader about twice that, for shipping
 * each request to two followers (and, locally, miniflare's proxy object in between) and the high
 * watermark's commits. Engine only shows the design's bound with storage free.
 *
 * Knobs for diagnosis (not for the table): REPLICATION_ROUND_TRIP_MS (default 40), REPLICATION_SENDS_IN_FLIGHT,
 * REPLICATION_PARTITIONS, REPLICATION_RECORDS, REPLICATION_ONE_PROCESS=1,
 * REPLICATION_ONLY=produce|latency|failover.
 */
import { childPids, cpuMs as processCpuMs } from "./proc.ts";
import type { Faults } from "../test/edge/edge-deployment.ts";
import { atFixedRate } from "./rate.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Edgelog } from "../client/node.ts";
import { REPLICATE_BYTES_MAX, Replicator, type LeaderLog, type ReplicateAnswer, type ReplicateRequest, type ReplicationPort } from "../src/core/replication.ts";

export interface ReplicationRow {
  measure: string;
  result: string;
  target: string;
}

export interface ReplicationProduceSettings {
  recordsPerSend: number;
  sendsInFlight: number;
  lingerMs: number;
  /** The producer's batchBytes; default the SDK's (1 MiB). */
  batchBytes?: number;
}

const REGIONS = ["wnam", "weur", "apac"];
/** The injected round trip between every pair of regions, ms (a wait before each call to a peer). */
const ROUND_TRIP_MS = Number(process.env.REPLICATION_ROUND_TRIP_MS ?? 40);
const VALUE_BYTES = 1024;
/** The latency and failover rows' steady producer: one record per send. */
const STEADY_SENDS_PER_S = 200;
/** A failover trial gives up waiting for the first acknowledgement after the fault after this long. */
const FAILOVER_WAIT_MS_MAX = 30_000;

interface Edge {
  el: Edgelog;
  /** Sets a replica's test-only faults (test/edge/edge-deployment.ts injectFault). */
  inject(topic: string, region: string, f: Faults, partition?: number): Promise<void>;
  /** Before a 3-replica topic is created: start its replicas by name where they run (startReplicas). */
  startReplicas(topic: string, partitions: number): Promise<void>;
}

/** REPLICATION_ONE_PROCESS=1: every replica in one workerd (one thread), as before each region had its own. */
const ONE_PROCESS = process.env.REPLICATION_ONE_PROCESS === "1";
const PARTITIONS = Number(process.env.REPLICATION_PARTITIONS ?? 1);

export async function replicationRuns(opts: { quick: boolean; settings: ReplicationProduceSettings; settingsLabel: string }): Promise<ReplicationRow[]> {
  const { injectFault, startEdge, startEdgeRegions, startReplicas } = await import("../test/edge/edge-deployment.ts");
  const rows: ReplicationRow[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-bench-replication-"));
  // workerd's own output (the crashes' abort lines, its warnings) would interleave with the table: kept for errors only.
  const runtimeLines: string[] = [];
  const before = new Set(childPids("workerd"));
  const onRuntimeOutput = (line: string) => void runtimeLines.push(line);
  const bindings = { EDGELOG_FAULTS: "1" };
  const regions = ONE_PROCESS ? null : await startEdgeRegions({ regions: REGIONS, persistDir: dataDir, bindings, onRuntimeOutput });
  const deployment = regions?.edge ?? (await startEdge({ persistDir: dataDir, bindings, onRuntimeOutput }));
  const el = new Edgelog({ url: deployment.url });
  const edge: Edge = {
    el,
    inject: (topic, region, f, partition) => injectFault(regions ?? deployment, topic, region, f, partition),
    startReplicas: (topic, partitions) => (regions ? startReplicas(regions, topic, partitions) : Promise.resolve()),
  };
  try {
    // Ascending: the processes in the order they started, which is REGIONS' order.
    const runtimePids = childPids("workerd").filter((pid) => !before.has(pid)).sort((a, b) => a - b);
    if (runtimePids.length !== (regions ? REGIONS.length : 1)) throw new Error("cannot tell which processes are the edge's workerd");
    const cpuMs = (systemOnly = false) => runtimePids.reduce((sum, pid) => sum + processCpuMs(pid, systemOnly), 0);
    const recordCount = Number(process.env.REPLICATION_RECORDS ?? (opts.quick ? 20_000 : 100_000));
    // REPLICATION_SENDS_IN_FLIGHT: the producer's window for the produce rows (diagnosis: is it the bound?).
    const settings = { ...opts.settings, sendsInFlight: Number(process.env.REPLICATION_SENDS_IN_FLIGHT ?? opts.settings.sendsInFlight) };
    const settingsLabel = settings.sendsInFlight === opts.settings.sendsInFlight ? opts.settingsLabel : `${opts.settingsLabel.replace(/\d+ in flight/, `${settings.sendsInFlight} in flight`)}`;
    const where = (replicas: number) =>
      replicas === 1
        ? "1 replica (one partition object)"
        : `3 replicas (wnam leads; weur, apac follow; ${regions ? "a workerd process per region" : "one workerd process"}; ${ROUND_TRIP_MS} ms injected round trip between every pair)`;
    // REPLICATION_ONLY=produce, latency or failover: one kind of row (while working on it).
    const only = process.env.REPLICATION_ONLY;
    // acks 'leader' on 3 replicas is a control: the same topic, no acknowledgement waits for a follower.
    // The followers fall behind during the run and catch up after it, so its CPU figure leaves most of
    // their writes out.
    // Then the same with a window sized for the round trip (the bench's settings keep 4 MB in flight, which
    // a 40 ms round trip bounds: README): 8 sends in flight and batches of 1.8 MB (the edge takes 1.9), so
    // the SDK keeps its 5 batches per partition, 9 MB, in flight.
    const windowed: ReplicationProduceSettings = { ...settings, sendsInFlight: 8, batchBytes: 1_800_000 };
    const windowedLabel = `sends of ${fmt(windowed.recordsPerSend)} records, ${windowed.sendsInFlight} in flight, lingerMs ${windowed.lingerMs}, batchBytes 1.8 MB (a window for the round trip)`;
    // The control goes last: its followers catch up after it, and would take CPU from a row after it.
    const cases = [
      { replicas: 1, acks: "all", s: settings, label: settingsLabel },
      { replicas: 3, acks: "all", s: settings, label: settingsLabel },
      { replicas: 1, acks: "all", s: windowed, label: windowedLabel },
      { replicas: 3, acks: "all", s: windowed, label: windowedLabel },
      { replicas: 3, acks: "leader", s: settings, label: settingsLabel },
    ] as const;
    /** The 1-replica rate with each settings, the ratios' base. */
    const baseRates = new Map<string, number>();
    for (const [i, c] of (only && only !== "produce" ? [] : cases).entries()) {
      const topic = `rep-bench-produce-${i}-${c.replicas}-${c.acks}`;
      await createTopic(edge, topic, c.replicas, PARTITIONS);
      const cpu0 = cpuMs();
      const kernel0 = cpuMs(true);
      const each0 = runtimePids.map((pid) => processCpuMs(pid));
      const r = await throughputRun(el, topic, recordCount, c.s, c.acks);
      const cpuMsUsed = cpuMs() - cpu0;
      const eachMsPerMB = runtimePids.map((pid, i) => ((processCpuMs(pid) - each0[i]!) / ((recordCount * VALUE_BYTES) / 1e6)).toFixed(1));
      const cpuShare = cpuMsUsed / r.elapsedMs;
      const mb = (recordCount * VALUE_BYTES) / 1e6;
      const cpuMsPerMB = cpuMsUsed / mb;
      const kernelMsPerMB = (cpuMs(true) - kernel0) / mb;
      if (c.replicas === 1) baseRates.set(c.label, r.rate);
      const baseRate = baseRates.get(c.label);
      const ratio = c.replicas === 3 && baseRate !== undefined ? `; ${(r.rate / baseRate).toFixed(2)} of 1 replica` : "";
      rows.push({
        measure: `replication: produce 1 KiB values, acks=${c.acks}, ${where(c.replicas)}; ${c.label} (${fmt(recordCount)} records)`,
        result: `${fmt(r.rate)} records/s, ${r.mbps.toFixed(0)} MB/s; send latency p50 ${r.p50Ms.toFixed(0)} ms, p99 ${r.p99Ms.toFixed(0)} ms; workerd ${(cpuShare * 100).toFixed(0)} % of a core, ${cpuMsPerMB.toFixed(1)} ms CPU per MB (${kernelMsPerMB.toFixed(1)} in the kernel${runtimePids.length > 1 ? `; ${REGIONS.join(" / ")}: ${eachMsPerMB.join(" / ")}` : ""})${ratio}`,
        target: c.replicas === 1 ? "(the base)" : c.acks === "all" ? "≥ 0.5 of 1 replica's records/s" : "(control: no wait for followers)",
      });
    }
    const seconds = opts.quick ? 2 : 5;
    const latencyCases = [
      { replicas: 1, acks: "all" },
      { replicas: 3, acks: "all" },
      { replicas: 3, acks: "leader" },
    ] as const;
    for (const c of only && only !== "latency" ? [] : latencyCases) {
      const topic = `rep-bench-latency-${c.replicas}-${c.acks}`;
      await createTopic(edge, topic, c.replicas);
      const r = await steadyLatencyRun(el, topic, seconds, c.acks);
      rows.push({
        measure: `replication: send latency at ${STEADY_SENDS_PER_S} sends/s of one 1 KiB record (lingerMs 0), acks=${c.acks}, ${where(c.replicas)}, ${seconds} s`,
        result: `p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`,
        target: c.replicas === 1 ? "(the base)" : c.acks === "all" ? `1 replica's + one round trip (${ROUND_TRIP_MS} ms) + a follower's write` : "1 replica's",
      });
    }
    if (!only || only === "produce") {
      for (const roundTripMs of [ROUND_TRIP_MS, 150]) {
        const r = await engineOnlyRun(roundTripMs, settings.sendsInFlight, opts.quick ? 20_000 : 100_000);
        rows.push({
          measure: `replication, engine only (core Replicator in this process; storage, copies and calls free; ${roundTripMs} ms round trip to each of 2 followers): acks=all, ${settings.sendsInFlight} sends of 1,000 × 1 KiB in flight`,
          result: `${r.mbps.toFixed(0)} MB/s, send latency p50 ${r.p50Ms.toFixed(0)} ms (${(r.p50Ms / roundTripMs).toFixed(1)} round trips); per follower ${fmt(r.dataRequests)} requests with records (${(r.bytesPerRequest / 1e6).toFixed(2)} MB each, cap ${(REPLICATE_BYTES_MAX / 1e6).toFixed(2)}) and ${fmt(r.watermarkOnlyRequests)} with only a high watermark`,
          target: "(the design's bound: bytes in flight / latency)",
        });
      }
    }
    const trials = opts.quick ? 2 : 5;
    for (const kind of only && only !== "failover" ? [] : (["crash", "unreachable"] as const)) {
      const times: number[] = [];
      const leaders = new Set<string>();
      for (let t = 0; t < trials; t++) {
        const r = await failoverTrial(edge, `rep-bench-failover-${kind}-${t}`, kind);
        times.push(r.ms);
        leaders.add(`${r.leader}@${r.epoch}`);
      }
      times.sort((a, b) => a - b);
      const what =
        kind === "crash"
          ? "the leader crashes (crashAfterWrites: 1, aborts after its next write; the runtime restarts the same replica, which leads on)"
          : "the leader is cut off (unreachable: true; the controller elects another in-sync replica)";
      rows.push({
        measure: `replication: failover, ${what}, producer at ${STEADY_SENDS_PER_S} sends/s of one record, acks=all, ${ROUND_TRIP_MS} ms round trips; fault in place → first later send acknowledged, ${trials} trials`,
        result: `median ${fmt(times[Math.floor((times.length - 1) / 2)]!)} ms, max ${fmt(times.at(-1)!)} ms (all: ${times.map(fmt).join(", ")}); leader@epoch after: ${[...leaders].join(", ")}`,
        target: `≤ 2 s + the round trips on the path (a probe and a batch: ${fmt(2000 + 2 * ROUND_TRIP_MS)} ms)`,
      });
    }
  } catch (err) {
    console.error(runtimeLines.slice(-20).join("\n"));
    throw err;
  } finally {
    await el.close();
    await deployment.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/** A 1-partition topic: one partition object, or 3 replicas with ROUND_TRIP_MS between every pair. */
async function createTopic(edge: Edge, topic: string, replicas: number, partitions = 1): Promise<void> {
  if (replicas === 1) {
    await edge.el.admin.createTopic(topic, { partitions });
    return;
  }
  await edge.startReplicas(topic, partitions);
  await edge.el.admin.createTopic(topic, { partitions, replicas: 3, regions: REGIONS, minInsyncReplicas: 2 });
  for (let p = 0; p < partitions; p++) for (const region of REGIONS) await edge.inject(topic, region, { roundTripMs: peerTrips(region) }, p);
}


async function throughputRun(el: Edgelog, topic: string, recordCount: number, s: ReplicationProduceSettings, acks: "all" | "leader"): Promise<{ rate: number; mbps: number; p50Ms: number; p99Ms: number; elapsedMs: number }> {
  // maxInFlight (5 batches per partition), bufferBytesMax (32 MiB) and, unless set, batchBytes (1 MiB) stay at their defaults, as in bench/run.ts.
  const producer = el.producer({ acks, lingerMs: s.lingerMs, ...(s.batchBytes === undefined ? {} : { batchBytes: s.batchBytes }) });
  const value = new Uint8Array(VALUE_BYTES).fill(97);
  const chunk = Array.from({ length: s.recordsPerSend }, () => ({ value }));
  // Warm up (JIT, connection, metadata, the followers' first probes) outside the measurement.
  for (let i = 0; i < 10; i++) await producer.send(topic, chunk);
  const latencies: number[] = [];
  const pending: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let sent = 0; sent < recordCount; sent += chunk.length) {
    const at = performance.now();
    pending.push(producer.send(topic, chunk).then(() => latencies.push(performance.now() - at)));
    if (pending.length >= s.sendsInFlight) await pending.shift();
  }
  await Promise.all(pending);
  const elapsedMs = performance.now() - t0;
  await producer.close();
  const rate = recordCount / (elapsedMs / 1000);
  return { rate, mbps: (rate * VALUE_BYTES) / 1e6, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), elapsedMs };
}

async function steadyLatencyRun(el: Edgelog, topic: string, seconds: number, acks: "all" | "leader"): Promise<{ p50Ms: number; p99Ms: number }> {
  const producer = el.producer({ acks, lingerMs: 0 });
  const value = new Uint8Array(VALUE_BYTES).fill(98);
  const run = async (total: number) => {
    const latencies: number[] = [];
    const sends: Promise<unknown>[] = [];
    await atFixedRate(STEADY_SENDS_PER_S, total, () => {
      const at = performance.now();
      sends.push(producer.send(topic, { value }).then(() => latencies.push(performance.now() - at)));
    });
    await Promise.all(sends);
    return latencies;
  };
  await run(STEADY_SENDS_PER_S); // warm-up second, dropped
  const latencies = await run(STEADY_SENDS_PER_S * seconds);
  await producer.close();
  return { p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99) };
}

/**
 * One failover trial on a fresh topic: 1 s of steady sends, the fault, then sends on until the first send
 * made after the fault is acknowledged (sends keep their order per partition, so it is the first after the
 * fault to be), and 300 ms more. The fault is healed afterwards (an unreachable replica stays cut off
 * otherwise, and its topic is not used again).
 */
async function failoverTrial(edge: Edge, topic: string, kind: "crash" | "unreachable"): Promise<{ ms: number; leader: string; epoch: number }> {
  await createTopic(edge, topic, 3);
  const producer = edge.el.producer({ acks: "all", lingerMs: 0 });
  const value = new Uint8Array(VALUE_BYTES).fill(99);
  let faultAt = Infinity;
  let firstAckAfterFault = Infinity;
  let failures = 0;
  let stop = false;
  const sends: Promise<unknown>[] = [];
  const t0 = performance.now();
  let sent = 0;
  const sending = new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.floor(((performance.now() - t0) / 1000) * STEADY_SENDS_PER_S);
      for (; sent < due; sent++) {
        const at = performance.now();
        sends.push(
          producer.send(topic, { value }).then(
            () => {
              const now = performance.now();
              if (at >= faultAt && now < firstAckAfterFault) firstAckAfterFault = now;
            },
            () => void failures++,
          ),
        );
      }
      if (stop) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  try {
    await sleep(1000);
    await edge.inject(topic, "wnam", kind === "crash" ? { crashAfterWrites: 1, roundTripMs: peerTrips("wnam") } : { unreachable: true, roundTripMs: peerTrips("wnam") });
    faultAt = performance.now();
    while (firstAckAfterFault === Infinity && performance.now() - faultAt < FAILOVER_WAIT_MS_MAX) await sleep(5);
    await sleep(300);
  } finally {
    stop = true;
    await sending;
    await Promise.all(sends);
    await producer.close();
  }
  if (firstAckAfterFault === Infinity) throw new Error(`failover (${kind}) on ${topic}: no send made after the fault was acknowledged within ${FAILOVER_WAIT_MS_MAX} ms (${failures} sends failed)`);
  if (failures > 0) throw new Error(`failover (${kind}) on ${topic}: ${failures} sends failed`);
  const p = (await edge.el.admin.describeTopic(topic)).partitions[0]!;
  if (kind === "unreachable") await edge.inject(topic, "wnam", { roundTripMs: peerTrips("wnam") });
  return { ms: firstAckAfterFault - faultAt, leader: p.leaderRegion ?? "?", epoch: p.leaderEpoch ?? -1 };
}

/**
 * The core Replicator alone: a leader log in memory whose writes are free, two followers that answer after
 * `roundTripMs` and store nothing, and a producer that keeps `sendsInFlight` appends of 1,000 × 1 KiB
 * waiting for the high watermark (acks 'all'). What is left is the design: the requests, one in flight
 * per follower, against the round trip.
 */
async function engineOnlyRun(roundTripMs: number, sendsInFlight: number, recordCount: number): Promise<{ mbps: number; p50Ms: number; dataRequests: number; watermarkOnlyRequests: number; bytesPerRequest: number }> {
  const recordsPerSend = 1000;
  let durableEnd = 0;
  let highWatermark = 0;
  const listeners = new Set<() => void>();
  const log: LeaderLog = {
    get durableEndOffset() {
      return durableEnd;
    },
    get highWatermark() {
      return highWatermark;
    },
    logStartOffset: 0,
    epochs: null,
    readForReplica: async (offset, maxBytes) => {
      const count = Math.min(durableEnd - offset, Math.floor(maxBytes / VALUE_BYTES));
      return { records: new Uint8Array(count * VALUE_BYTES), nextOffset: offset + count };
    },
    advanceReplicatedEnd: (offset) => void (highWatermark = Math.max(highWatermark, offset)),
    onAppend: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
  const followerEnds = new Map<string, number>();
  let dataRequests = 0;
  let watermarkOnlyRequests = 0;
  let bytes = 0;
  const port: ReplicationPort = {
    replicate: async (to: string, req: ReplicateRequest): Promise<ReplicateAnswer> => {
      await sleep(roundTripMs);
      if (req.probe) return { ok: false, reason: "mismatch", logEnd: followerEnds.get(to) ?? 0, logStart: 0, epochs: [] };
      if (req.records.byteLength > 0) {
        dataRequests++;
        bytes += req.records.byteLength;
      } else watermarkOnlyRequests++;
      const end = req.from + req.records.byteLength / VALUE_BYTES;
      followerEnds.set(to, end);
      return { ok: true, logEnd: end };
    },
    alterIsr: () => Promise.reject(new Error("the ISR does not change here")),
    steppedDown: () => {},
    isrChanged: () => {},
    sleep,
  };
  const replicator = new Replicator(log, { leader: "wnam", epoch: 0, isr: REGIONS }, "wnam", REGIONS, { minInsyncReplicas: 2, replicaLagMaxMs: 10_000 }, port, Date.now);
  try {
    await sleep(3 * roundTripMs); // the followers' probes
    dataRequests = watermarkOnlyRequests = bytes = 0;
    const latencies: number[] = [];
    const pending: Promise<unknown>[] = [];
    const t0 = performance.now();
    for (let sent = 0; sent < recordCount; sent += recordsPerSend) {
      const at = performance.now();
      durableEnd += recordsPerSend;
      for (const listener of listeners) listener();
      pending.push(replicator.replicated(durableEnd - 1).then(() => latencies.push(performance.now() - at)));
      if (pending.length >= sendsInFlight) await pending.shift();
    }
    await Promise.all(pending);
    const seconds = (performance.now() - t0) / 1000;
    const followers = REGIONS.length - 1;
    return {
      mbps: (recordCount * VALUE_BYTES) / 1e6 / seconds,
      p50Ms: quantile(latencies, 0.5),
      dataRequests: dataRequests / followers,
      watermarkOnlyRequests: watermarkOnlyRequests / followers,
      bytesPerRequest: bytes / Math.max(1, dataRequests),
    };
  } finally {
    replicator.stop();
  }
}

const peerTrips = (region: string): Record<string, number> => Object.fromEntries(REGIONS.filter((r) => r !== region).map((r) => [r, ROUND_TRIP_MS]));

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
