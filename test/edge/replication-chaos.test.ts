// Replication under faults, in workerd (issue 14's randomized test): rounds of a 3-replica topic (one
// replica per region, minInsyncReplicas 2), two idempotent producers with acks 'all' and a consumer
// reading from the start, while the harness cuts replicas off and crashes them at random, the leader
// too. After each round every fault is healed, the ISR settles, every replica's whole log is read, and the
// history checker (test/support/replication-history.ts) reports violations by kind: every acknowledged
// record on every in-sync replica once and in order, no consumed record lost, no two leaders in an epoch,
// in-sync replicas identical. EDGELOG_CHAOS_ROUNDS sets the rounds (default 50); EDGELOG_SEED replays one.
// A second suite runs rounds with each region's replicas in a workerd process of their own (startEdgeRegions),
// where replicas run truly at once and call each other across processes; its faults cut replicas off but
// do not crash them (a replica crashed in another process stays unreachable through miniflare's proxy:
// README). EDGELOG_CHAOS_REGION_ROUNDS sets its rounds (default 30).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { batchSpans, decodeBatch } from "../../src/protocol/record-batch.ts";
import { checkHistory, formatReport, type ReplicationHistory, type Violation } from "../support/replication-history.ts";
import { intBetween, mulberry32, runSeed } from "../support/rng.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { injectFault, replicaStub, startEdge, startEdgeRegions, startReplicas, type Faults, type ReplicaHost } from "./edge-deployment.ts";

const ROUNDS = Number(process.env.EDGELOG_CHAOS_ROUNDS ?? 50);
const REGION_ROUNDS = Number(process.env.EDGELOG_CHAOS_REGION_ROUNDS ?? 30);
/** Rounds run this many at a time (each on its own topic): workerd is one thread, the waits overlap. */
const PARALLEL = 10;
const RECORDS_PER_PRODUCER = 12;
const regions = ["wnam", "weur", "apac"];

interface ReplicaRpc {
  dumpLog(): Promise<{ ok: true; value: { records: Uint8Array; highWatermark: number; role: { leader: string; epoch: number; isr: string[] } | null; led: number[] } } | { ok: false; message: string }>;
}

const text = (b: Uint8Array | null) => (b === null ? "" : new TextDecoder().decode(b));

/** Where a suite's rounds run. */
interface ChaosDeployment {
  url: string;
  host: ReplicaHost;
  /** Before a round's topic is created. */
  beforeCreate(topic: string): Promise<void>;
  stop(): Promise<void>;
}

async function oneProcess(): Promise<ChaosDeployment> {
  const edge = await startEdge({ bindings: { EDGELOG_FAULTS: "1" } });
  return { url: edge.url, host: edge, beforeCreate: async () => {}, stop: () => edge.stop() };
}

async function processPerRegion(): Promise<ChaosDeployment> {
  const dir = await mkdtemp(join(tmpdir(), "edgelog-chaos-regions-"));
  const deployment = await startEdgeRegions({ regions, persistDir: dir, bindings: { EDGELOG_FAULTS: "1" }, onRuntimeOutput: () => {} });
  return {
    url: deployment.edge.url,
    host: deployment,
    beforeCreate: (topic) => startReplicas(deployment, topic, 1),
    stop: async () => {
      await deployment.edge.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

chaosSuite("replication under random faults (history checker)", ROUNDS, oneProcess, true);
chaosSuite("replication under random faults, a workerd process per region (history checker)", REGION_ROUNDS, processPerRegion, false);

/** One suite of randomized rounds against a deployment; `crashes`: crash replicas too, not only cut them off. */
function chaosSuite(title: string, rounds: number, deploy: () => Promise<ChaosDeployment>, crashes: boolean): void {
  describe(title, () => {
    let edge: ChaosDeployment;
    const seed = runSeed();

    beforeAll(async () => {
      edge = await deploy();
    }, 60_000);
    afterAll(async () => {
      await edge?.stop();
    });

    const inject = (topic: string, region: string, f: Faults) => injectFault(edge.host, topic, region, f);

    async function round(n: number): Promise<{ violations: Violation[]; acked: number; faults: number; epochs: number }> {
      const random = mulberry32(seed + n * 7919);
      const topic = `chaos-${n}`;
      const el = new Edgelog({ url: edge.url });
      const history: ReplicationHistory = { acked: [], consumed: [], replicas: [], leaderWrites: [] };
      let faults = 0;
      try {
        await edge.beforeCreate(topic);
        await el.admin.createTopic(topic, { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 250 });
        // Cross-region round trips of 2-15 ms per replica pair (the windows a fault can fall into).
        const roundTripMs = Object.fromEntries(regions.map((r) => [r, intBetween(random, 2, 15)]));
        for (const r of regions) await inject(topic, r, { roundTripMs });
        const consumer = el.consumer({ topic, from: "earliest" });
        let stopConsumer = false;
        const consuming = (async () => {
          for await (const m of consumer) {
            history.consumed.push({ consumer: "c", partition: 0, offset: m.offset, id: text(m.value) });
            if (stopConsumer) break;
          }
        })();
        // A consumer that fails ends its reads; the checker judges what it saw (and the settle wait reports it).
        consuming.catch((err: unknown) => console.log(`round ${n}: consumer stopped: ${String(err)}`));
        let producing = 2;
        const produce = async (k: number) => {
          const producer = el.producer({ deliveryTimeoutMs: 8000, lingerMs: 0 });
          try {
            for (let seq = 0; seq < RECORDS_PER_PRODUCER; seq++) {
              const id = `p${k}:${seq}`;
              try {
                const [meta] = await producer.send(topic, [{ value: id }]);
                history.acked.push({ id, partition: 0, offset: meta!.offset });
              } catch {
                // Not acknowledged (the delivery timeout passed in a fault): it may or may not be stored.
              }
            }
          } finally {
            await producer.close().catch(() => {});
            producing--;
          }
        };
        const producers = [produce(0), produce(1)];
        // Faults while the producers run: one replica cut off at a time (any, the leader too), crashes anywhere.
        let isolated: string | null = null;
        while (producing > 0) {
          await new Promise((r) => setTimeout(r, intBetween(random, 40, 200)));
          // Without crashes, the first fault of a round cuts the first leader off, so that leadership moves
          // between processes in most rounds (random targets alone moved it in ~1 round of 10).
          const pick = regions[intBetween(random, 0, 2)]!;
          const target = !crashes && faults === 0 ? regions[0]! : pick;
          const roll = random();
          if (isolated !== null && roll < 0.5) {
            await inject(topic, isolated, { roundTripMs });
            isolated = null;
          } else if (isolated === null && roll < 0.6) {
            // Cut off: calls fail at once, or (half the time) never answer until healed, then arrive late.
            await inject(topic, target, random() < 0.5 ? { unreachable: true, roundTripMs } : { hang: true, roundTripMs });
            isolated = target;
            faults++;
          } else if (crashes && roll < 0.8 && target !== isolated) {
            await inject(topic, target, { crashAfterWrites: intBetween(random, 1, 3), roundTripMs });
            faults++;
          }
        }
        await Promise.all(producers);
        for (const r of regions) await inject(topic, r, {});
        // Settle: every replica back in the ISR with nothing to catch up, and the consumer at the high watermark.
        let settled = false;
        for (let i = 0; i < 200 && !settled; i++) {
          const p = (await el.admin.describeTopic(topic)).partitions[0]!;
          const consumedTo = history.consumed.length > 0 ? history.consumed.at(-1)!.offset + 1 : 0;
          settled = p.replicas!.every((r) => r.inSync && r.lag === 0) && consumedTo >= p.highWatermark;
          if (!settled) await new Promise((r) => setTimeout(r, 50));
        }
        stopConsumer = true;
        await consumer.close();
        await consuming.catch(() => {});
        const epochs = new Set<number>();
        for (const region of regions) {
          const dump = () => replicaStub<ReplicaRpc>(edge.host, topic, region).then((r) => r.dumpLog()).catch(() => null);
          let d = await dump();
          for (let i = 0; !d && i < 20; i++) d = await dump();
          if (!d) throw new Error(`replica ${region} of ${topic} does not answer`);
          if (!d.ok) throw new Error(d.message);
          const records: { offset: number; id: string; leaderEpoch: number }[] = [];
          const writes: ReplicationHistory["leaderWrites"] = [];
          for (const span of batchSpans(d.value.records)) {
            for (const rec of decodeBatch(d.value.records, span.start)) records.push({ offset: rec.offset, id: text(rec.value), leaderEpoch: span.header.partitionLeaderEpoch });
            epochs.add(span.header.partitionLeaderEpoch);
            if (d.value.led.includes(span.header.partitionLeaderEpoch)) {
              writes.push({ replica: region, partition: 0, leaderEpoch: span.header.partitionLeaderEpoch, offset: span.header.baseOffset });
            }
          }
          history.replicas.push({ replica: region, partition: 0, inSync: d.value.role?.isr.includes(region) ?? false, highWatermark: d.value.highWatermark, records });
          // An epoch this replica led with no batch left in its log still counts as its leadership.
          for (const e of d.value.led) if (!records.some((r) => r.leaderEpoch === e)) writes.push({ replica: region, partition: 0, leaderEpoch: e, offset: -1 });
          // A replica leads its epochs one after another: the order it accepted writes in is epoch, then offset.
          history.leaderWrites.push(...writes.sort((a, b) => a.leaderEpoch - b.leaderEpoch || a.offset - b.offset));
        }
        const report = checkHistory(history);
        if (report.violations.length > 0) console.log(`round ${n} (seed ${seed}):\n${formatReport(report)}`);
        return { violations: report.violations, acked: history.acked.length, faults, epochs: epochs.size };
      } finally {
        await el.close().catch(() => {});
      }
    }

    it(`${rounds} rounds of a 3-replica topic with replicas cut off${crashes ? " and crashed" : ""} at random: zero violations`, { timeout: 900_000 }, async () => {
      const results: Awaited<ReturnType<typeof round>>[] = [];
      for (let start = 0; start < rounds; start += PARALLEL) {
        const wave = Array.from({ length: Math.min(PARALLEL, rounds - start) }, (_, i) => round(start + i));
        results.push(...(await Promise.all(wave)));
      }
      const violations = results.flatMap((r) => r.violations);
      const acked = results.reduce((n, r) => n + r.acked, 0);
      const faults = results.reduce((n, r) => n + r.faults, 0);
      const failovers = results.reduce((n, r) => n + r.epochs - 1, 0);
      console.log(`replication chaos: ${rounds} rounds (seed ${seed}), ${acked} records acknowledged, ${faults} faults, ${failovers} leader epochs past the first, ${violations.length} violations`);
      expect(violations, `seed ${seed}`).toEqual([]);
      // The harness exercised what it claims to: faults happened and leadership moved.
      expect(faults).toBeGreaterThan(rounds);
      expect(failovers).toBeGreaterThan(0);
      expect(acked).toBeGreaterThan(rounds * RECORDS_PER_PRODUCER);
    });
  });
}
