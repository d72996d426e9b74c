// Replicated partitions at the edge (issue 14 Part 2), in workerd: a topic with 3 replicas in 3 regions,
// the SDK producing with acks 'all' and reading, the controller electing a new leader when the leader is
// cut off, the old leader coming back as a follower, an operator moving leadership, minInsyncReplicas.
// Faults are injected through the replicas' test-only RPC (EDGELOG_FAULTS=1, src/edge/faults.ts), and so is
// retention on one replica alone (enforceRetentionWith): a follower cut off for longer than the leader's
// retention resets its log to the leader's log start and rejoins the ISR.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import type { PartitionInfo } from "../../client/admin.ts";
import { decodeRecords } from "../../src/protocol/record-batch.ts";
import { replicaStub, startEdge, untilReplicasInSync, type EdgeDeployment } from "./edge-deployment.ts";

interface ReplicaRpc {
  injectFault(f: { unreachable?: boolean; hang?: boolean; roundTripMs?: Record<string, number>; crashAfterWrites?: number }): Promise<void>;
  enforceRetentionWith(overrides: { retentionMs?: number; retentionBytes?: number }): Promise<{ ok: true; value: number } | { ok: false; message: string }>;
  dumpLog(): Promise<{ ok: true; value: { records: Uint8Array; logStart: number; logEnd: number; highWatermark: number; role: { leader: string; epoch: number; isr: string[] } | null; sockets: number } } | { ok: false; message: string }>;
}

const regions = ["wnam", "weur", "apac"];

describe("replicated partitions at the edge", () => {
  let edge: EdgeDeployment;
  let el: Edgelog;
  let replica: (topic: string, partition: number, region: string) => Promise<ReplicaRpc>;

  beforeAll(async () => {
    edge = await startEdge({ bindings: { EDGELOG_FAULTS: "1" } });
    el = new Edgelog({ url: edge.url });
    replica = (topic, partition, region) => replicaStub<ReplicaRpc>(edge, topic, region, partition);
  });
  afterAll(async () => {
    await el?.close();
    await edge?.stop();
  });

  async function dump(topic: string, region: string) {
    const r = await (await replica(topic, 0, region)).dumpLog();
    if (!r.ok) throw new Error(r.message);
    return { ...r.value, values: decodeRecords(r.value.records).map((x) => `${x.offset}:${new TextDecoder().decode(x.value!)}`) };
  }

  async function describe0(topic: string): Promise<PartitionInfo> {
    return (await el.admin.describeTopic(topic)).partitions[0]!;
  }

  /** Until every replica of partition 0 is in sync with no lag (untilReplicasInSync); fails naming the last description. */
  async function untilAllInSync(topic: string): Promise<void> {
    const p = await untilReplicasInSync(el, topic);
    expect(p.replicas!.map((r) => [r.region, r.inSync, r.lag]), `${topic}: every replica in sync`).toEqual(p.replicas!.map((r) => [r.region, true, 0]));
  }

  it("creates each replica in its region, names the leader, epoch, ISR and lag", async () => {
    const t = await el.admin.createTopic("rep-a", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2 });
    expect(t.config).toMatchObject({ replicas: 3, regions, minInsyncReplicas: 2 });
    const producer = el.producer();
    for (let i = 0; i < 20; i++) await producer.send("rep-a", [{ value: `v${i}` }]);
    const p = await describe0("rep-a");
    expect(p).toMatchObject({ leaderEpoch: 0, leaderRegion: "wnam", highWatermark: 20 });
    expect(p.replicas!.map((r) => [r.region, r.leader, r.inSync])).toEqual([
      ["wnam", true, true],
      ["weur", false, true],
      ["apac", false, true],
    ]);
    expect(p.replicas!.every((r) => r.lag === 0 && r.logEndOffset === 20)).toBe(true);
    const logs = await Promise.all(regions.map((r) => dump("rep-a", r)));
    for (const l of logs) expect(l.values).toEqual(logs[0]!.values);
    expect(logs[0]!.values).toHaveLength(20);
    await producer.close();
  });

  it("fails over when the leader is cut off, loses nothing acknowledged, and the old leader rejoins as a follower", async () => {
    await el.admin.createTopic("rep-b", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 1000 });
    const producer = el.producer();
    const acked: string[] = [];
    for (let i = 0; i < 10; i++) {
      await producer.send("rep-b", [{ value: `a${i}` }]);
      acked.push(`a${i}`);
    }
    await (await replica("rep-b", 0, "wnam")).injectFault({ unreachable: true });
    for (let i = 0; i < 10; i++) {
      await producer.send("rep-b", [{ value: `b${i}` }]);
      acked.push(`b${i}`);
    }
    const after = await describe0("rep-b");
    expect(after.leaderEpoch).toBe(1);
    expect(after.leaderRegion).not.toBe("wnam");
    expect(after.replicas!.find((r) => r.region === "wnam")!.inSync).toBe(false);

    await (await replica("rep-b", 0, "wnam")).injectFault({});
    for (let i = 0; i < 5; i++) {
      await producer.send("rep-b", [{ value: `c${i}` }]);
      acked.push(`c${i}`);
    }
    // The new leader probes the old one, which truncates anything it alone had and catches up.
    await untilAllInSync("rep-b");
    const p = await describe0("rep-b");
    expect(p.replicas!.every((r) => r.inSync)).toBe(true);
    const logs = await Promise.all(regions.map((r) => dump("rep-b", r)));
    for (const l of logs) expect(l.values).toEqual(acked.map((v, i) => `${i}:${v}`));
    const consumer = el.consumer({ topic: "rep-b", from: "earliest" });
    const seen: string[] = [];
    for await (const m of consumer) {
      seen.push(new TextDecoder().decode(m.value!));
      if (seen.length === acked.length) break;
    }
    await consumer.close();
    expect(seen).toEqual(acked);
    await producer.close();
  });

  it("fails over when the leader hangs (calls into its region never answer), and the old leader rejoins once released", async () => {
    await el.admin.createTopic("rep-h", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 1000 });
    const producer = el.producer();
    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      await producer.send("rep-h", [{ value: `a${i}` }]);
      acked.push(`a${i}`);
    }
    await (await replica("rep-h", 0, "wnam")).injectFault({ hang: true });
    for (let i = 0; i < 5; i++) {
      await producer.send("rep-h", [{ value: `b${i}` }]);
      acked.push(`b${i}`);
    }
    // Ask a follower, not the hung leader (whose RPCs would wait): the new epoch reached it.
    const weur = await dump("rep-h", "weur");
    expect(weur.role!.epoch).toBeGreaterThan(0);
    expect(weur.role!.leader).not.toBe("wnam");
    await (await replica("rep-h", 0, "wnam")).injectFault({});
    await untilAllInSync("rep-h");
    const logs = await Promise.all(regions.map((r) => dump("rep-h", r)));
    for (const l of logs) expect(l.values).toEqual(acked.map((v, i) => `${i}:${v}`));
    await producer.close();
  });

  it("moves leadership on an operator's request without losing a record", async () => {
    await el.admin.createTopic("rep-c", { partitions: 1, replicas: 3, regions });
    const producer = el.producer();
    for (let i = 0; i < 10; i++) await producer.send("rep-c", [{ value: `x${i}` }]);
    const moved = await el.admin.electLeader("rep-c", 0, "apac");
    expect(moved).toMatchObject({ leaderRegion: "apac", leaderEpoch: 1 });
    for (let i = 10; i < 20; i++) await producer.send("rep-c", [{ value: `x${i}` }]);
    const logs = await Promise.all(regions.map((r) => dump("rep-c", r)));
    expect(logs.find((l) => l.role?.leader === "apac")).toBeDefined();
    const leader = await dump("rep-c", "apac");
    expect(leader.values).toEqual(Array.from({ length: 20 }, (_, i) => `${i}:x${i}`));
    await producer.close();
  });

  it("reads from a follower (preferRegion) up to the high watermark, and from the nearest replica", async () => {
    await el.admin.createTopic("rep-e", { partitions: 1, replicas: 3, regions });
    const producer = el.producer();
    for (let i = 0; i < 20; i++) await producer.send("rep-e", [{ value: `f${i}` }]);
    await producer.close();
    const read = async (preferRegion: string, whileOpen: () => Promise<void>) => {
      const consumer = el.consumer({ topic: "rep-e", from: "earliest", preferRegion });
      const seen: string[] = [];
      for await (const m of consumer) {
        seen.push(new TextDecoder().decode(m.value!));
        if (seen.length === 20) break;
      }
      await whileOpen();
      await consumer.close();
      return seen;
    };
    const all = Array.from({ length: 20 }, (_, i) => `f${i}`);
    // The reader's socket is on the follower in weur (nothing else connects there).
    expect((await dump("rep-e", "weur")).sockets).toBe(0);
    expect(await read("weur", async () => expect((await dump("rep-e", "weur")).sockets).toBe(1))).toEqual(all);
    // 'nearest': the Worker picks by request.cf (locally miniflare's placeholder position), else the leader.
    expect(await read("nearest", async () => {})).toEqual(all);
  });

  it("HTTP produce goes to the leader, and to the new one when the leader is cut off", async () => {
    await el.admin.createTopic("rep-f", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 500 });
    const post = async (value: string) => {
      const res = await fetch(`${edge.httpUrl}/v1/topics/rep-f/records`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ records: [{ value }] }) });
      return { status: res.status, body: (await res.json()) as { offsets?: { offset: number }[] } };
    };
    expect(await post("h0")).toMatchObject({ status: 200, body: { offsets: [{ offset: 0 }] } });
    await (await replica("rep-f", 0, "wnam")).injectFault({ unreachable: true });
    expect(await post("h1")).toMatchObject({ status: 200, body: { offsets: [{ offset: 1 }] } });
    const p = await describe0("rep-f");
    expect(p.leaderRegion).not.toBe("wnam");
    expect((await dump("rep-f", p.leaderRegion!)).values).toEqual(['0:"h0"', '1:"h1"']);
    await (await replica("rep-f", 0, "wnam")).injectFault({});
  });

  it("HTTP produce to a leader that hangs: a producer's retry goes to the new leader, a plain POST is answered NOT_LEADER", async () => {
    await el.admin.createTopic("rep-i", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 500 });
    const post = async (value: string, producer?: { id: number; sequence: number }) => {
      const res = await fetch(`${edge.httpUrl}/v1/topics/rep-i/records`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ records: [{ value }], producer }) });
      return { status: res.status, body: (await res.json()) as { offsets?: { offset: number }[]; error?: { name: string } } };
    };
    expect(await post("i0", { id: 7001, sequence: 0 })).toMatchObject({ status: 200, body: { offsets: [{ offset: 0 }] } });
    // Calls into wnam never answer now: without the Worker's bound this POST would wait as long as the hang.
    await (await replica("rep-i", 0, "wnam")).injectFault({ hang: true });
    expect(await post("i1", { id: 7001, sequence: 1 })).toMatchObject({ status: 200, body: { offsets: [{ offset: 1 }] } });
    const second = (await dump("rep-i", "weur")).role!.leader;
    expect(second).not.toBe("wnam");
    // The new leader hangs too (wnam is still out of the ISR): a POST without a producer id is not sent again.
    await (await replica("rep-i", 0, second)).injectFault({ hang: true });
    expect(await post("i2")).toMatchObject({ status: 503, body: { error: { name: "NOT_LEADER" } } });
    for (const r of ["wnam", second]) await (await replica("rep-i", 0, r)).injectFault({});
  });

  it("a request for a partition the replicated topic does not have leaves its routing alone", async () => {
    await el.admin.createTopic("rep-g", { partitions: 1, replicas: 3, regions });
    // The Worker remembers unreplicated topics; asking for partition 9 (no upgrade, so refused) must not
    // make it take this topic for one: the producer's socket below still goes to the leader replica.
    for (const path of ["/v1/ws/p/rep-g/9", "/v1/ws/p/rep-g/9/near"]) expect((await fetch(`${edge.httpUrl}${path}`)).status).toBe(426);
    const producer = el.producer();
    const [meta] = await producer.send("rep-g", [{ value: "routed" }]);
    expect(meta!.offset).toBe(0);
    expect((await dump("rep-g", "wnam")).values).toEqual(['0:routed']);
    await producer.close();
  });

  it("a follower cut off for longer than the leader's retention resets to the leader's log start, holds the same records and rejoins the ISR", async () => {
    // Small segments, so the leader's retention has whole segments to delete; no retention of the topic's own.
    await el.admin.createTopic("rep-r", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 500, segmentBytes: 1024 });
    const producer = el.producer();
    const value = (i: number) => `r${i}`.padEnd(200, ".");
    for (let i = 0; i < 5; i++) await producer.send("rep-r", [{ value: value(i) }]);
    await (await replica("rep-r", 0, "apac")).injectFault({ unreachable: true });
    // acks 'all': the first sends wait until apac leaves the ISR (replicaLagMaxMs), then go on with two.
    for (let i = 5; i < 45; i++) await producer.send("rep-r", [{ value: value(i) }]);
    const cut = await describe0("rep-r");
    expect(cut.leaderRegion).toBe("wnam");
    expect(cut.replicas!.find((r) => r.region === "apac")!.inSync).toBe(false);
    const deleted = await (await replica("rep-r", 0, "wnam")).enforceRetentionWith({ retentionBytes: 1 });
    if (!deleted.ok) throw new Error(deleted.message);
    const leaderStart = deleted.value;
    const behind = await dump("rep-r", "apac");
    expect(behind.logEnd).toBeLessThanOrEqual(5);
    expect(leaderStart).toBeGreaterThan(behind.logEnd); // what apac lacks is gone from the leader

    await (await replica("rep-r", 0, "apac")).injectFault({});
    for (let i = 45; i < 48; i++) await producer.send("rep-r", [{ value: value(i) }]);
    await untilAllInSync("rep-r");
    const p = await describe0("rep-r");
    expect(p.replicas!.map((r) => [r.region, r.inSync, r.logEndOffset])).toEqual([
      ["wnam", true, 48],
      ["weur", true, 48],
      ["apac", true, 48],
    ]);
    const [leader, follower] = await Promise.all([dump("rep-r", "wnam"), dump("rep-r", "apac")]);
    expect(leader.logStart).toBe(leaderStart);
    expect(follower.logStart).toBe(leaderStart);
    expect(follower.values).toEqual(leader.values);
    expect(follower.values).toEqual(Array.from({ length: 48 - leaderStart }, (_, k) => `${leaderStart + k}:${value(leaderStart + k)}`));
    // A reader on the follower starts at its new log start ('earliest'), as on the leader after retention.
    const consumer = el.consumer({ topic: "rep-r", from: "earliest", preferRegion: "apac" });
    const seen: string[] = [];
    for await (const m of consumer) {
      seen.push(`${m.offset}:${new TextDecoder().decode(m.value!)}`);
      if (seen.length === 48 - leaderStart) break;
    }
    await consumer.close();
    expect(seen).toEqual(follower.values);
    await producer.close();
  });

  it("refuses acks 'all' with NOT_ENOUGH_REPLICAS when fewer than minInsyncReplicas are in sync", async () => {
    await el.admin.createTopic("rep-d", { partitions: 1, replicas: 3, regions, minInsyncReplicas: 3, replicaLagMaxMs: 300 });
    const producer = el.producer({ deliveryTimeoutMs: 1500 });
    await producer.send("rep-d", [{ value: "ok" }]);
    await (await replica("rep-d", 0, "apac")).injectFault({ unreachable: true });
    await expect(producer.send("rep-d", [{ value: "refused" }])).rejects.toMatchObject({ code: "NOT_ENOUGH_REPLICAS" });
    await producer.close();
  });
  it("a topic deleted and re-created with replicas is reached at its leader at once, though the Worker remembered it unreplicated", async () => {
    // The Worker keeps "unreplicated" routes for 5 s: the first topic's sockets put it there.
    await el.admin.createTopic("rep-again", { partitions: 1 });
    const first = el.producer({ lingerMs: 0 });
    await first.send("rep-again", [{ value: "before" }]);
    await first.close();
    await el.admin.deleteTopic("rep-again");
    await el.admin.createTopic("rep-again", { partitions: 1, replicas: 2, regions: ["weur", "apac"] });
    const producer = el.producer({ lingerMs: 0, deliveryTimeoutMs: 2_000 });
    const [meta] = await producer.send("rep-again", [{ value: "after" }]);
    await producer.close();
    expect(meta!.offset).toBe(0);
    const consumer = el.consumer({ topic: "rep-again", from: "earliest" });
    for await (const m of consumer) {
      expect([m.offset, new TextDecoder().decode(m.value!)]).toEqual([0, "after"]);
      break;
    }
    await consumer.close();
    expect((await dump("rep-again", "weur")).values).toEqual(["0:after"]);
  });
});
