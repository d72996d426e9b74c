// The admin SDK's consumer-group calls against a deployment (test/node/admin-groups.test.ts: the Node
// broker; the edge once its GroupDO serves groups): describe's lag is high watermark − committed before and
// after commits, resets land where asked, and resets and deletes are refused while a member is in the group.
// Members are raw protocol clients on the coordinator endpoint that metadata names, so the SDK's group
// consumer is not under test here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog, GroupNotEmptyError, InvalidRequestError, UnknownTopicError, type GroupPartitionLag } from "../../client/node.ts";
import type { pb } from "../../src/protocol/frames.ts";
import { RawClient } from "../support/raw-client.ts";

export interface AdminGroupsDeployment {
  /** Bootstrap WebSocket URL. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface AdminGroupsSpec {
  name: string;
  start(): Promise<AdminGroupsDeployment>;
}

/** A group member speaking the raw protocol to the group's coordinator; it never heartbeats after joining. */
export class RawMember {
  private constructor(
    private readonly conn: RawClient,
    readonly groupId: string,
    readonly memberId: string,
    readonly memberEpoch: number,
    readonly assignment: { topic: string; partition: number }[],
  ) {}

  static async join(url: string, groupId: string, topics: string[]): Promise<RawMember> {
    const bootstrap = await RawClient.connect(url);
    let conn = bootstrap;
    try {
      const meta = await bootstrap.request({ metadataRequest: { groups: [groupId] } });
      const endpoint = meta.metadataResponse?.groups?.find((g) => g.groupId === groupId)?.endpoint ?? "";
      if (endpoint) conn = await RawClient.connect(new URL(endpoint, url).toString());
    } finally {
      if (conn !== bootstrap) await bootstrap.close();
    }
    const r = await conn.request({ groupHeartbeatRequest: { groupId, memberEpoch: 0, subscribedTopics: { values: topics } } });
    if (r.error) throw new Error(`join failed: ${r.error.code} ${r.error.message}`);
    const hb = r.groupHeartbeatResponse!;
    const assignment = (hb.assignment ?? []).flatMap((t) => (t.partitions ?? []).map((partition) => ({ topic: t.topic ?? "", partition })));
    return new RawMember(conn, groupId, hb.memberId ?? "", hb.memberEpoch ?? 0, assignment);
  }

  async commit(topic: string, offsets: Record<number, number>): Promise<void> {
    const list: pb.IPartitionOffset[] = Object.entries(offsets).map(([partition, offset]) => ({ topic, partition: Number(partition), offset }));
    const r = await this.conn.request({ offsetCommitRequest: { groupId: this.groupId, memberId: this.memberId, memberEpoch: this.memberEpoch, offsets: list } });
    if (r.error) throw new Error(`commit failed: ${r.error.code} ${r.error.message}`);
    expect(r.offsetCommitResponse?.ignored ?? []).toEqual([]);
  }

  /** Leaves the group (member epoch -1) and closes the socket. */
  async leave(): Promise<void> {
    const r = await this.conn.request({ groupHeartbeatRequest: { groupId: this.groupId, memberId: this.memberId, memberEpoch: -1 } });
    if (r.error) throw new Error(`leave failed: ${r.error.code} ${r.error.message}`);
    await this.conn.close();
  }

  close(): Promise<void> {
    return this.conn.close();
  }
}

const rowsOf = (partitions: GroupPartitionLag[]) => partitions.map((p) => [p.partition, p.committedOffset, p.highWatermark, p.lag]);

export function adminGroupsSuite(spec: AdminGroupsSpec): void {
  describe(spec.name, () => {
    let deployment: AdminGroupsDeployment;
    let el: Edgelog;
    let seq = 0;
    const fresh = (prefix: string) => `${prefix}-${++seq}`;
    const members: RawMember[] = [];
    const join = async (groupId: string, topics: string[]) => {
      const m = await RawMember.join(deployment.url, groupId, topics);
      members.push(m);
      return m;
    };
    /** `counts[p]` records into partition p, with timestamps `baseMs[p] + i` when given. */
    const produce = async (topic: string, counts: number[], baseMs: number[] = []) => {
      const records = counts.flatMap((count, partition) =>
        Array.from({ length: count }, (_, i) => ({ value: `${partition}-${i}`, partition, timestampMs: baseMs[partition] === undefined ? undefined : baseMs[partition]! + i })),
      );
      if (records.length > 0) await el.producer().send(topic, records);
    };

    beforeAll(async () => {
      deployment = await spec.start();
      el = new Edgelog({ url: deployment.url, reconnect: false });
    });
    afterAll(async () => {
      for (const m of members) await m.close();
      await el?.close();
      await deployment?.stop();
    });

    it("describeGroup: lag is high watermark − committed, before and after commits; listGroups, fetchOffsets", async () => {
      const topic = fresh("lag");
      const group = fresh("g-lag");
      await el.admin.createTopic(topic, { partitions: 3 });
      await produce(topic, [10, 5, 0]);
      const m = await join(group, [topic]);
      expect(m.assignment.map((p) => p.partition).sort()).toEqual([0, 1, 2]);

      const before = await el.admin.describeGroup(group);
      expect(before).toMatchObject({ groupId: group, state: "stable", assignor: expect.any(String) });
      expect(before.groupEpoch).toBeGreaterThan(0);
      expect(before.members).toEqual([
        expect.objectContaining({ memberId: m.memberId, groupInstanceId: null, memberEpoch: m.memberEpoch, state: "stable", subscribedTopics: [topic], revoking: [], pending: [] }),
      ]);
      expect(before.members[0]!.assigned).toEqual([0, 1, 2].map((partition) => ({ topic, partition })));
      // Nothing committed: no current offset and no lag, but the owner and the log end are shown.
      expect(before.partitions).toEqual([0, 1, 2].map((partition) => ({ topic, partition, committedOffset: null, highWatermark: [10, 5, 0][partition], lag: null, memberId: m.memberId })));

      await m.commit(topic, { 0: 4, 1: 5 });
      expect(rowsOf((await el.admin.describeGroup(group)).partitions)).toEqual([
        [0, 4, 10, 6],
        [1, 5, 5, 0],
        [2, null, 0, null],
      ]);
      // The log grows; the lag follows the high watermark.
      await produce(topic, [0, 3, 2]);
      expect(rowsOf((await el.admin.describeGroup(group)).partitions)).toEqual([
        [0, 4, 10, 6],
        [1, 5, 8, 3],
        [2, null, 2, null],
      ]);

      expect(await el.admin.listGroups()).toContain(group);
      expect((await el.admin.fetchOffsets(group)).map((o) => [o.topic, o.partition, o.offset])).toEqual([
        [topic, 0, 4],
        [topic, 1, 5],
      ]);
      const one = await el.admin.fetchOffsets(group, [{ topic, partition: 1 }, { topic, partition: 2 }]);
      expect(one).toEqual([{ topic, partition: 1, offset: 5, metadata: "", committedAtMs: expect.any(Number) }]);

      // Once the member leaves, the committed offsets stay and nobody owns the partitions.
      await m.leave();
      const after = await el.admin.describeGroup(group);
      expect(after.state).toBe("empty");
      expect(after.members).toEqual([]);
      expect(after.partitions.map((p) => [p.partition, p.committedOffset, p.lag, p.memberId])).toEqual([
        [0, 4, 6, undefined],
        [1, 5, 3, undefined],
      ]);
    });

    it("resetOffsets and deleteGroup are refused with GroupNotEmptyError while a member is in the group, then allowed", async () => {
      const topic = fresh("refuse");
      const group = fresh("g-refuse");
      await el.admin.createTopic(topic, { partitions: 2 });
      await produce(topic, [6, 6]);
      const m = await join(group, [topic]);
      await m.commit(topic, { 0: 2, 1: 3 });

      const reset = await el.admin.resetOffsets(group, { topic, to: "earliest" }).catch((err: unknown) => err);
      expect(reset).toBeInstanceOf(GroupNotEmptyError);
      expect(reset).toMatchObject({ code: "GROUP_NOT_EMPTY", retriable: false });
      const del = await el.admin.deleteGroup(group).catch((err: unknown) => err);
      expect(del).toBeInstanceOf(GroupNotEmptyError);
      // Neither changed anything.
      expect((await el.admin.fetchOffsets(group)).map((o) => o.offset)).toEqual([2, 3]);
      expect(await el.admin.listGroups()).toContain(group);

      await m.leave();
      expect(await el.admin.resetOffsets(group, { topic, to: "earliest" })).toEqual([
        { topic, partition: 0, offset: 0 },
        { topic, partition: 1, offset: 0 },
      ]);
      expect((await el.admin.fetchOffsets(group)).map((o) => o.offset)).toEqual([0, 0]);
      await el.admin.deleteGroup(group);
      expect(await el.admin.listGroups()).not.toContain(group);
      expect(await el.admin.describeGroup(group)).toEqual({ groupId: group, state: "dead", groupEpoch: 0, assignor: "", members: [], partitions: [] });
      expect(await el.admin.fetchOffsets(group)).toEqual([]);
    });

    it("resetOffsets to earliest, latest, an offset (clamped to the log) and a timestamp; describe shows each", async () => {
      const topic = fresh("reset");
      const group = fresh("g-reset");
      await el.admin.createTopic(topic, { partitions: 2 });
      await produce(topic, [10, 4], [1_000, 2_000]);
      const lagAfter = async (to: Parameters<Edgelog["admin"]["resetOffsets"]>[1]["to"], partitions?: number[]) => {
        const set = await el.admin.resetOffsets(group, { topic, to, partitions });
        const d = await el.admin.describeGroup(group);
        expect(d.state).toBe("empty");
        return { set: set.map((o) => [o.partition, o.offset]), rows: rowsOf(d.partitions) };
      };
      // A group that did not exist is created by its first reset.
      expect(await lagAfter("earliest")).toEqual({ set: [[0, 0], [1, 0]], rows: [[0, 0, 10, 10], [1, 0, 4, 4]] });
      expect(await el.admin.listGroups()).toContain(group);
      expect(await lagAfter("latest")).toEqual({ set: [[0, 10], [1, 4]], rows: [[0, 10, 10, 0], [1, 4, 4, 0]] });
      // 6 is inside partition 0's log and past partition 1's end (4): kafka-consumer-groups clamps, so do we.
      expect(await lagAfter(6)).toEqual({ set: [[0, 6], [1, 4]], rows: [[0, 6, 10, 4], [1, 4, 4, 0]] });
      // The first record at or after 1005 ms: offset 5 of partition 0, offset 0 of partition 1 (2000 ms on).
      expect(await lagAfter({ timestampMs: 1_005 })).toEqual({ set: [[0, 5], [1, 0]], rows: [[0, 5, 10, 5], [1, 0, 4, 4]] });
      // No record that recent: the log end, as Kafka's --to-datetime does.
      expect(await lagAfter({ timestampMs: 5_000 })).toEqual({ set: [[0, 10], [1, 4]], rows: [[0, 10, 10, 0], [1, 4, 4, 0]] });
      // One partition only; the other keeps its offset.
      expect(await lagAfter("earliest", [1])).toEqual({ set: [[1, 0]], rows: [[0, 10, 10, 0], [1, 0, 4, 4]] });
    });

    it("describeGroup still answers when a topic the group committed to was deleted", async () => {
      const kept = fresh("kept");
      const gone = fresh("gone");
      const group = fresh("g-gone");
      await el.admin.createTopic(kept, { partitions: 1 });
      await el.admin.createTopic(gone, { partitions: 1 });
      await produce(kept, [3]);
      await produce(gone, [3]);
      await el.admin.resetOffsets(group, { topic: kept, to: 1 });
      await el.admin.resetOffsets(group, { topic: gone, to: 2 });
      await el.admin.deleteTopic(gone);
      const d = await el.admin.describeGroup(group);
      expect(d.partitions.find((p) => p.topic === kept)).toMatchObject({ committedOffset: 1, highWatermark: 3, lag: 2 });
      // Whether the coordinator still keeps the deleted topic's offset is its business; if it does, no log end.
      for (const p of d.partitions.filter((p) => p.topic === gone)) expect(p).toMatchObject({ highWatermark: null, lag: null });
    });

    it("typed errors: unknown topic and partition, bad reset target, deleting a group that does not exist", async () => {
      const topic = fresh("errors");
      await el.admin.createTopic(topic, { partitions: 1 });
      await expect(el.admin.resetOffsets("g-errors", { topic: fresh("missing"), to: "earliest" })).rejects.toBeInstanceOf(UnknownTopicError);
      await expect(el.admin.resetOffsets("g-errors", { topic, to: "earliest", partitions: [3] })).rejects.toMatchObject({ code: "UNKNOWN_PARTITION" });
      await expect(el.admin.resetOffsets("g-errors", { topic, to: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(el.admin.resetOffsets("g-errors", { topic, to: { timestampMs: -5 } })).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(el.admin.deleteGroup(fresh("never"))).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(el.admin.describeGroup("")).rejects.toBeInstanceOf(InvalidRequestError);
      expect(await el.admin.listGroups()).not.toContain("g-errors");
    });
  });
}
