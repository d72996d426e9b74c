// A follower cut off for longer than the leader's retention catches up again (Kafka's truncateFullyAndStartAt):
// the core Replicator and followerReceive over memory stores, wired by a port that can cut a replica off. The
// leader deletes what the follower lacks; healed, the follower resets its log to the leader's log start, takes
// the same batches from there, and rejoins the ISR. A reset from a fenced leader is refused like any request.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { PartitionLog } from "../../src/core/partition-log.ts";
import { alterIsr, followerReceive, Replicator, type EpochEntry, type ReplicaRole, type ReplicateRequest } from "../../src/core/replication.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";

const day = 24 * 3600 * 1000;
const replicas = ["a", "b", "c"];

function replicaLog(clock: ManualClock) {
  const saved: { epochs: EpochEntry[]; highWatermark: number } = { epochs: [], highWatermark: 0 };
  const log = new PartitionLog({
    topic: "t",
    partition: 0,
    store: new MemoryStore({ segmentBytes: 1024, now: clock.now }),
    clock: clock.now,
    retention: { retentionMs: -1, retentionBytes: -1, segmentMs: 7 * day, segmentBytes: 1024 },
    recordBytesMax: 1024,
    batchBytesMax: 64 * 1024,
    replica: { epochs: [], highWatermark: 0, saveEpochs: (e) => (saved.epochs = [...e]), saveHighWatermark: (o) => (saved.highWatermark = o) },
  });
  return { log, saved };
}

/** Waits (in 1 ms steps, at most ~5 s) until `cond` holds. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 5_000; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Leader "a" in epoch 0 with followers "b" and "c"; `cut` replicas do not answer; the controller is in memory. */
function cluster() {
  const clock = new ManualClock(1_000_000);
  const logs = Object.fromEntries(replicas.map((r) => [r, replicaLog(clock)])) as Record<string, ReturnType<typeof replicaLog>>;
  let controller: ReplicaRole = { leader: "a", epoch: 0, isr: [...replicas] };
  const roles: Record<string, ReplicaRole> = Object.fromEntries(replicas.map((r) => [r, { ...controller, isr: [...controller.isr] }]));
  const cut = new Set<string>();
  const requests: ReplicateRequest[] = [];
  /** followerReceive one request at a time per replica, as the edge host does. */
  const queues: Record<string, Promise<unknown>> = {};
  const leader = logs.a!.log;
  leader.leaderEpoch = 0;
  const replicator = new Replicator(
    leader,
    roles.a!,
    "a",
    replicas,
    { minInsyncReplicas: 2, replicaLagMaxMs: 1000 },
    {
      replicate: (to, req) => {
        if (cut.has(to)) return Promise.reject(new Error(`${to} is cut off`));
        requests.push(req);
        const run = (queues[to] ?? Promise.resolve()).then(async () => {
          await new Promise((r) => setImmediate(r)); // a call's I/O: lets timers run between requests
          const { answer, adopt } = await followerReceive(logs[to]!.log, roles[to]!, to, req);
          if (adopt) roles[to] = adopt;
          return answer;
        });
        queues[to] = run.catch(() => {});
        return run;
      },
      alterIsr: async (isr, epoch) => (controller = alterIsr(controller, "a", epoch, isr, replicas)),
      steppedDown: () => {},
      isrChanged: () => {},
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 2))),
    },
    clock.now,
  );
  leader.ackGate = replicator;
  let n = 0;
  const produce = async (count: number) => {
    for (let i = 0; i < count; i++) await leader.append(encodeBatch([{ value: `v${n++}`.padEnd(100, ".") }], { nowMs: clock.nowMs })).durable;
  };
  return { clock, logs, leader, replicator, cut, requests, produce, controllerIsr: () => controller.isr };
}

async function readAll(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let offset = log.logStartOffset;
  while (offset < log.durableEndOffset) {
    const r = await log.readForReplica(offset, 1 << 20);
    for (const rec of decodeRecords(r.records)) out.push(`${rec.offset}:${new TextDecoder().decode(rec.value!)}`);
    offset = r.nextOffset;
  }
  return out;
}

describe("a follower behind the leader's retention", () => {
  it("resets its log to the leader's log start, takes the same batches from there and rejoins the ISR", async () => {
    const c = cluster();
    await c.produce(5);
    await until(() => c.logs.c!.log.logEndOffset === 5 && c.logs.b!.log.logEndOffset === 5, "both followers at 5");

    c.cut.add("c");
    c.clock.advance(2_000); // past replicaLagMaxMs: the next answer from b drops c from the ISR
    await c.produce(40);
    await until(() => !c.controllerIsr().includes("c") && c.leader.highWatermark === 45, "c out of the ISR, the high watermark at 45");
    c.leader.retention = { ...c.leader.retention, retentionBytes: 1 };
    const start = await c.leader.enforceRetention();
    expect(start).toBeGreaterThan(5); // what c lacks (5..start) is gone from the leader
    await expect(c.leader.readForReplica(5, 1 << 20)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });

    c.cut.delete("c");
    await until(() => c.logs.c!.log.logEndOffset === 45 && c.controllerIsr().includes("c"), "c caught up and back in the ISR");
    const follower = c.logs.c!;
    expect(follower.log.logStartOffset).toBe(start);
    expect(await readAll(follower.log)).toEqual(await readAll(c.leader));
    expect((await readAll(follower.log))[0]).toBe(`${start}:v${start}`.padEnd(100 + String(start).length + 1, "."));
    // Its epochs are the leader's from its new start on, and saved; its high watermark at least the new start.
    expect(follower.log.epochs!.entries).toEqual([{ epoch: 0, startOffset: start }]);
    expect(follower.saved.epochs).toEqual([{ epoch: 0, startOffset: start }]);
    expect(follower.saved.highWatermark).toBeGreaterThanOrEqual(start);
    const resets = c.requests.filter((r) => r.resetTo !== undefined);
    expect(resets.map((r) => [r.resetTo, r.from])).toEqual([[start, start]]);
    // Readers of the follower below the new start: OFFSET_OUT_OF_RANGE, as after retention.
    await until(() => follower.log.highWatermark === 45, "the follower's high watermark at 45");
    await expect(follower.log.read(0, 1 << 20)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });
    expect(decodeRecords((await follower.log.read(start, 1 << 20)).records)[0]!.offset).toBe(start);

    // And it follows as any in-sync replica: acks 'all' waits for it again.
    await c.produce(3);
    await until(() => follower.log.logEndOffset === 48 && c.leader.highWatermark === 48, "c at 48");
    expect(c.replicator.view.replicaStates(48).find((r) => r.replica === "c")).toMatchObject({ inSync: true, lag: 0 });
    c.replicator.stop();
  });

  it("an empty new replica of a leader whose retention ran starts at the leader's log start", async () => {
    const clock = new ManualClock(1_000_000);
    const leader = replicaLog(clock).log;
    leader.leaderEpoch = 2;
    for (let i = 0; i < 30; i++) await leader.append(encodeBatch([{ value: `w${i}`.padEnd(100, ".") }], { nowMs: clock.nowMs })).durable;
    leader.advanceReplicatedEnd(30);
    leader.retention = { ...leader.retention, retentionBytes: 1 };
    const start = await leader.enforceRetention();
    expect(start).toBeGreaterThan(0);
    const follower = replicaLog(clock).log;
    const role: ReplicaRole = { leader: "a", epoch: 2, isr: ["a"] };
    const replicator = new Replicator(leader, role, "a", ["a", "b"], { minInsyncReplicas: 1, replicaLagMaxMs: 1000 }, {
      replicate: async (_to, req) => {
        await new Promise((r) => setImmediate(r));
        return (await followerReceive(follower, role, "b", req)).answer;
      },
      alterIsr: async (isr) => ({ ...role, isr }),
      steppedDown: () => {},
      isrChanged: () => {},
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 2))),
    }, clock.now);
    await until(() => follower.logEndOffset === 30, "the new replica at 30");
    expect(follower.logStartOffset).toBe(start);
    expect(await readAll(follower)).toEqual(await readAll(leader));
    expect(follower.epochs!.entries).toEqual([{ epoch: 2, startOffset: start }]);
    replicator.stop();
  });

  it("resets a follower whose log parts from the leader's below its own log start (its own retention ran)", async () => {
    const clock = new ManualClock(1_000_000);
    const leader = replicaLog(clock).log;
    for (let i = 0; i < 20; i++) {
      leader.leaderEpoch = i < 10 ? 0 : 3;
      await leader.append(encodeBatch([{ value: `y${i}` }], { nowMs: clock.nowMs })).durable;
    }
    leader.advanceReplicatedEnd(20);
    // The follower led epoch 2 from offset 8 (a leader that lost its place) and has deleted up to 12 since:
    // its log parts from the leader's at 8, below its own start, so truncating there is impossible.
    const sent: ReplicateRequest[] = [];
    const role: ReplicaRole = { leader: "a", epoch: 3, isr: ["a"] };
    const replicator = new Replicator(leader, role, "a", ["a", "b"], { minInsyncReplicas: 1, replicaLagMaxMs: 1000 }, {
      replicate: async (_to, req) => {
        sent.push(req);
        await new Promise((r) => setImmediate(r));
        if (req.probe) return { ok: false, reason: "mismatch", logEnd: 15, logStart: 12, epochs: [{ epoch: 0, startOffset: 0 }, { epoch: 2, startOffset: 8 }] };
        return { ok: true, logEnd: req.from + decodeRecords(req.records).length };
      },
      alterIsr: async (isr) => ({ ...role, isr }),
      steppedDown: () => {},
      isrChanged: () => {},
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 2))),
    }, clock.now);
    await until(() => sent.some((r) => !r.probe), "a request after the probe");
    const first = sent.find((r) => !r.probe)!;
    expect([first.resetTo, first.truncateTo, first.from, decodeRecords(first.records)[0]!.offset]).toEqual([8, undefined, 8, 8]);
    replicator.stop();
  });

  it("refuses a reset from a leader of an older epoch, and leaves its log alone", async () => {
    const clock = new ManualClock(1_000_000);
    const follower = replicaLog(clock).log;
    follower.leaderEpoch = 0; // fill it as a leader would, then make it follow
    for (let i = 0; i < 3; i++) await follower.append(encodeBatch([{ value: `x${i}` }], { nowMs: clock.nowMs })).durable;
    follower.leaderEpoch = -1;
    const role: ReplicaRole = { leader: "b", epoch: 5, isr: ["b", "c"] };
    const stale: ReplicateRequest = { leader: "a", epoch: 4, from: 100, records: new Uint8Array(0), highWatermark: 0, resetTo: 100 };
    expect((await followerReceive(follower, role, "c", stale)).answer).toEqual({ ok: false, reason: "fenced", epoch: 5, leader: "b" });
    // The same epoch from another leader is fenced too.
    expect((await followerReceive(follower, role, "c", { ...stale, leader: "a", epoch: 5 })).answer).toMatchObject({ reason: "fenced" });
    expect([follower.logStartOffset, follower.logEndOffset]).toEqual([0, 3]);
    expect(follower.epochs!.entries).toEqual([{ epoch: 0, startOffset: 0 }]);
    // The current leader's reset is taken.
    const { answer } = await followerReceive(follower, role, "c", { ...stale, leader: "b", epoch: 5 });
    expect(answer).toEqual({ ok: true, logEnd: 100 });
    expect([follower.logStartOffset, follower.logEndOffset, follower.highWatermark]).toEqual([100, 100, 100]);
    expect(follower.epochs!.entries).toEqual([]);
  });

  it("a log that is not replicated refuses resetTo", async () => {
    const log = new PartitionLog({
      topic: "t",
      partition: 0,
      store: new MemoryStore(),
      clock: () => 0,
      retention: { retentionMs: -1, retentionBytes: -1, segmentMs: day },
      recordBytesMax: 1024,
      batchBytesMax: 64 * 1024,
    });
    await expect(log.resetTo(10)).rejects.toBeInstanceOf(ProtocolError);
    expect(log.logStartOffset).toBe(0);
  });
});
