// A replicated topic with each region's replicas in a workerd process of its own (startEdgeRegions: the
// replication bench's topology, where each region has a thread of its own as it has machines of its own
// when deployed). Calls between replicas cross processes (miniflare's dev registry: PARTITION_<REGION>
// bindings, src/edge/env.ts regionPartitions), and a replica reached from another process knows only its
// id, so it answers with the name it kept when it first started by name (objectName, keepName).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { decodeRecords } from "../../src/protocol/record-batch.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replicaStub, startEdgeRegions, startReplicas, untilReplicasInSync, type EdgeRegions } from "./edge-deployment.ts";

interface ReplicaRpc {
  injectFault(f: { unreachable?: boolean }): Promise<void>;
  dumpLog(): Promise<{ ok: true; value: { records: Uint8Array; logEnd: number; highWatermark: number; role: { leader: string; epoch: number } | null } } | { ok: false; message: string }>;
}

const regions = ["wnam", "weur", "apac"];

describe("replicas in a workerd process per region", () => {
  let dir: string;
  let deployment: EdgeRegions;
  let el: Edgelog;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "edgelog-regions-"));
    deployment = await startEdgeRegions({ regions, persistDir: dir, bindings: { EDGELOG_FAULTS: "1" }, onRuntimeOutput: (l) => process.env.SHOW_RT && console.log("RT", l) });
    el = new Edgelog({ url: deployment.edge.url });
  }, 60_000);
  afterAll(async () => {
    await el?.close();
    await deployment?.edge.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A replica through its own process's namespace. */
  const replica = (topic: string, region: string) => replicaStub<ReplicaRpc>(deployment, topic, region);

  async function dump(topic: string, region: string) {
    const r = await (await replica(topic, region)).dumpLog();
    if (!r.ok) throw new Error(r.message);
    return { ...r.value, values: decodeRecords(r.value.records).map((x) => new TextDecoder().decode(x.value!)) };
  }

  it("stores every acknowledged record on every region's process and serves it below the high watermark", async () => {
    const topic = "regions-a";
    await startReplicas(deployment, topic, 1);
    await el.admin.createTopic(topic, { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2 });
    const producer = el.producer({ acks: "all", lingerMs: 0 });
    const values = Array.from({ length: 40 }, (_, i) => `r${i}`);
    for (let i = 0; i < values.length; i += 10) await producer.send(topic, values.slice(i, i + 10).map((value) => ({ value })));
    await producer.close();

    for (const region of regions) {
      const d = await dump(topic, region);
      expect(d.values, `${region}'s log`).toEqual(values);
      expect(d.role?.leader).toBe("wnam");
    }
    const p = (await el.admin.describeTopic(topic)).partitions[0]!;
    expect(p.leaderRegion).toBe("wnam");
    expect(p.replicas!.map((r) => [r.region, r.inSync])).toEqual(regions.map((r) => [r, true]));

    const consumer = el.consumer({ topic, from: "earliest" });
    const seen: string[] = [];
    for await (const m of consumer) {
      seen.push(new TextDecoder().decode(m.value!));
      if (seen.length === values.length) break;
    }
    expect(seen).toEqual(values);
  }, 60_000);

  it("a region's process restarts: its replica, started again by a call from another process (by id alone), knows its name and catches up", async () => {
    const topic = "regions-c";
    await startReplicas(deployment, topic, 1);
    await el.admin.createTopic(topic, { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2, replicaLagMaxMs: 500 });
    const producer = el.producer({ acks: "all", lingerMs: 0 });
    await producer.send(topic, [{ value: "one" }]);
    await deployment.restart("weur");
    await producer.send(topic, [{ value: "two" }]);
    await producer.close();
    // Only the leader calls weur from here on, through wnam's process, by id: until weur is back in sync.
    const p = await untilReplicasInSync(el, topic);
    expect(p.replicas!.map((r) => [r.region, r.inSync, r.lag])).toEqual(regions.map((r) => [r, true, 0]));
    expect((await dump(topic, "weur")).values).toEqual(["one", "two"]);
  }, 60_000);

  it("elects a leader in another process when the leader is cut off, and the producer carries on there", async () => {
    const topic = "regions-b";
    await startReplicas(deployment, topic, 1);
    await el.admin.createTopic(topic, { partitions: 1, replicas: 3, regions, minInsyncReplicas: 2 });
    const producer = el.producer({ acks: "all", lingerMs: 0 });
    await producer.send(topic, [{ value: "before" }]);
    await (await replica(topic, "wnam")).injectFault({ unreachable: true });
    // The producer's socket to the leader closes with the fault; its next send reconnects through the
    // Worker (in wnam's process), which asks the controller and reaches the new leader in its own process.
    await producer.send(topic, [{ value: "after" }]);
    await producer.close();
    const p = (await el.admin.describeTopic(topic)).partitions[0]!;
    expect(["weur", "apac"]).toContain(p.leaderRegion);
    expect(p.leaderEpoch).toBeGreaterThan(0);
    const d = await dump(topic, p.leaderRegion!);
    expect(d.values).toEqual(["before", "after"]);
    expect(d.role?.leader).toBe(p.leaderRegion);
  }, 60_000);
});
