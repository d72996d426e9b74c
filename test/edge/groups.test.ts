// Consumer groups at the edge (workerd via miniflare), over the wire with a raw client as on Node
// (test/node/groups.test.ts): metadata routes a group to its GroupDO; members split a topic with
// revoke-before-assign, commits are fenced, GroupChanged pushes reach members, offsets and the group list
// survive deletes of members and restarts of workerd, the object's alarm expires a silent member, and a
// member's socket that slept through the object's eviction still hears the group move.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame, pb } from "../../src/protocol/frames.ts";
import { Progress } from "../support/progress.ts";
import { asList, owned } from "../support/partition-keys.ts";
import { RawClient } from "../support/raw-client.ts";
import { collectRuntimeOutput, startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const isGroupChanged = (groupId: string, aboveEpoch = 0) => (f: DecodedFrame) => f.correlationId === 0 && f.groupChanged?.groupId === groupId && (f.groupChanged.groupEpoch ?? 0) > aboveEpoch;

/** The group's endpoint as metadata gives it, resolved against the bootstrap URL (what the SDK does). */
async function groupUrl(bootstrap: RawClient, edge: EdgeDeployment, groupId: string): Promise<string> {
  const meta = await bootstrap.request({ metadataRequest: { groups: [groupId] } });
  const [entry] = meta.metadataResponse!.groups!;
  expect(entry!.groupId).toBe(groupId);
  return new URL(entry!.endpoint!, edge.url).toString();
}

/** A member driven by hand: it holds exactly what it was last told (a revoked partition is released at once). */
class Member {
  memberId = "";
  epoch = 0;
  held: string[] = [];
  /** When the last heartbeat left (its member was last seen no earlier). */
  lastSentMs = 0;

  constructor(
    readonly client: RawClient,
    readonly groupId: string,
    readonly topics: string[],
    readonly join: Partial<pb.IGroupHeartbeatRequest> = {},
  ) {}

  async beat(extra: Partial<pb.IGroupHeartbeatRequest> = {}): Promise<DecodedFrame> {
    const joining = this.epoch === 0;
    this.lastSentMs = Date.now();
    const f = await this.client.request({
      groupHeartbeatRequest: {
        groupId: this.groupId,
        memberId: this.memberId,
        memberEpoch: this.epoch,
        ...(joining ? { subscribedTopics: { values: this.topics }, ...this.join } : { owned: asList(this.held) }),
        ...extra,
      },
    });
    if (f.groupHeartbeatResponse) {
      this.memberId = f.groupHeartbeatResponse.memberId!;
      this.epoch = f.groupHeartbeatResponse.memberEpoch!;
      this.held = owned(f.groupHeartbeatResponse.assignment);
    }
    return f;
  }

  async ok(extra: Partial<pb.IGroupHeartbeatRequest> = {}): Promise<pb.IGroupHeartbeatResponse> {
    const f = await this.beat(extra);
    expect(f.error).toBeNull();
    return f.groupHeartbeatResponse!;
  }
}

describe("consumer groups at the edge (raw protocol, workerd)", () => {
  let edge: EdgeDeployment;
  let admin: RawClient;
  const { lines: runtimeLines, progress: runtimeOutput, onLine } = collectRuntimeOutput();

  beforeAll(async () => {
    edge = await startEdge({ onRuntimeOutput: onLine });
    admin = await RawClient.connect(edge.url);
  });
  afterAll(async () => {
    await admin?.close();
    await edge?.stop();
  });

  it("routes a group to its own object; members split a topic revoke-before-assign; commits are fenced; delete waits for the members", async () => {
    expect((await admin.request({ createTopicRequest: { topic: "t", partitions: 4 } })).error).toBeNull();
    const url = await groupUrl(admin, edge, "g");
    expect(new URL(url).pathname).toBe("/v1/ws/g/g");
    const a = new Member(await RawClient.connect(url), "g", ["t"]);
    const b = new Member(await RawClient.connect(url), "g", ["t"]);
    try {
      // The first join names a topic the group never saw: the object looked it up for this request.
      expect(owned((await a.ok()).assignment)).toEqual(["t-0", "t-1", "t-2", "t-3"]);
      const epochWithA = a.epoch;
      // B gets nothing until A gives up what moves; A's socket hears that the group moved.
      expect(owned((await b.ok()).assignment)).toEqual([]);
      await a.client.waitFor(isGroupChanged("g", epochWithA));
      const before = a.held;
      await a.ok({ owned: asList(before) }); // told to give up two, keeps the old epoch meanwhile
      const keptByA = a.held;
      expect(keptByA).toHaveLength(2);
      // A commits for a partition it still holds, then acknowledges the revocation.
      const kept = Number(keptByA[0]!.split("-")[1]);
      expect((await a.client.request({ offsetCommitRequest: { groupId: "g", memberId: a.memberId, memberEpoch: a.epoch, offsets: [{ topic: "t", partition: kept, offset: 42, metadata: "m" }] } })).error).toBeNull();
      await a.ok();
      await b.ok({ owned: { topics: [] } });
      expect([...a.held, ...b.held].sort()).toEqual(["t-0", "t-1", "t-2", "t-3"]);
      expect(b.held.filter((p) => keptByA.includes(p))).toEqual([]);
      // A stale epoch is fenced; unknown members are told so.
      const stale = await a.client.request({ offsetCommitRequest: { groupId: "g", memberId: a.memberId, memberEpoch: a.epoch - 5, offsets: [{ topic: "t", partition: 0, offset: 1 }] } });
      expect(stale.error!.code).toBe(ErrorCode.FENCED);
      expect((await a.client.request({ groupHeartbeatRequest: { groupId: "g", memberId: "nobody", memberEpoch: 3 } })).error!.code).toBe(ErrorCode.UNKNOWN_MEMBER);

      const fetched = await b.client.request({ offsetFetchRequest: { groupId: "g" } });
      expect(fetched.offsetFetchResponse!.offsets!.map((o) => [o.topic, o.partition, o.offset, o.metadata])).toEqual([["t", kept, 42, "m"]]);
      const d = (await b.client.request({ describeGroupRequest: { groupId: "g" } })).describeGroupResponse!;
      expect(d.state).toBe("stable");
      expect(d.members!.map((m) => m.memberId).sort()).toEqual([a.memberId, b.memberId].sort());
      expect((await admin.request({ listGroupsRequest: {} })).listGroupsResponse!.groups).toContain("g");

      expect((await b.client.request({ deleteGroupRequest: { groupId: "g" } })).error!.code).toBe(ErrorCode.GROUP_NOT_EMPTY);
      expect((await a.beat({ memberEpoch: -1 })).error).toBeNull();
      expect((await b.beat({ memberEpoch: -1 })).error).toBeNull();
      expect((await b.client.request({ deleteGroupRequest: { groupId: "g" } })).error).toBeNull();
      expect((await b.client.request({ describeGroupRequest: { groupId: "g" } })).describeGroupResponse!.state).toBe("dead");
      expect((await b.client.request({ offsetFetchRequest: { groupId: "g" } })).offsetFetchResponse!.offsets).toEqual([]);
      expect((await admin.request({ listGroupsRequest: {} })).listGroupsResponse!.groups).not.toContain("g");
    } finally {
      await a.client.close();
      await b.client.close();
    }
  });

  it("serves its own group only: other groups are NOT_COORDINATOR, admin requests NOT_LEADER; the bootstrap socket sends group requests away", async () => {
    const c = await RawClient.connect(await groupUrl(admin, edge, "mine"));
    try {
      expect((await c.request({ describeGroupRequest: { groupId: "other" } })).error!.code).toBe(ErrorCode.NOT_COORDINATOR);
      expect((await c.request({ groupHeartbeatRequest: { groupId: "other", memberEpoch: 0, subscribedTopics: { values: ["t"] } } })).error!.code).toBe(ErrorCode.NOT_COORDINATOR);
      expect((await c.request({ listTopicsRequest: {} })).error!.code).toBe(ErrorCode.NOT_LEADER);
      expect((await c.request({ helloRequest: { protocolVersion: 1 } })).helloResponse!.brokerId).toBe("edge/group/mine");
      expect((await c.request({ describeGroupRequest: { groupId: "mine" } })).describeGroupResponse!.state).toBe("dead");
    } finally {
      await c.close();
    }
    expect((await admin.request({ describeGroupRequest: { groupId: "mine" } })).error!.code).toBe(ErrorCode.NOT_COORDINATOR);
    // A group only described was never stored, so it is not listed.
    expect((await admin.request({ listGroupsRequest: {} })).listGroupsResponse!.groups).not.toContain("mine");
    // A path with an id no group can have is refused before any object is made.
    const bad = new WebSocket(edge.url.replace(/\/v1\/ws$/, "/v1/ws/g/bad%2Fid"));
    expect(await new Promise<number>((resolve) => bad.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0)))).toBe(400);
  });

  it("keeps offsets of a topic nobody subscribes to any more, and an admin reset of a topic the group never had", async () => {
    await admin.request({ createTopicRequest: { topic: "old", partitions: 2 } });
    await admin.request({ createTopicRequest: { topic: "new", partitions: 2 } });
    const url = await groupUrl(admin, edge, "moving");
    const a = new Member(await RawClient.connect(url), "moving", ["old"]);
    try {
      await a.ok();
      expect((await a.client.request({ offsetCommitRequest: { groupId: "moving", memberId: a.memberId, memberEpoch: a.epoch, offsets: [{ topic: "old", partition: 1, offset: 7 }] } })).error).toBeNull();
      expect((await a.beat({ memberEpoch: -1 })).error).toBeNull();
      // An admin reset (no member id) of a topic the group has no record of.
      expect((await a.client.request({ offsetCommitRequest: { groupId: "moving", offsets: [{ topic: "new", partition: 0, offset: 3 }] } })).error).toBeNull();
      const b = new Member(a.client, "moving", ["new"]);
      expect(owned((await b.ok()).assignment)).toEqual(["new-0", "new-1"]);
      const offsets = (await a.client.request({ offsetFetchRequest: { groupId: "moving" } })).offsetFetchResponse!.offsets!;
      expect(offsets.map((o) => `${o.topic}-${o.partition}@${o.offset}`)).toEqual(["new-0@3", "old-1@7"]);
      // A deleted topic's offsets go (Kafka's rule), at the group's next operation.
      await admin.request({ deleteTopicRequest: { topic: "old" } });
      await b.ok();
      const after = (await a.client.request({ offsetFetchRequest: { groupId: "moving" } })).offsetFetchResponse!.offsets!;
      expect(after.map((o) => `${o.topic}-${o.partition}@${o.offset}`)).toEqual(["new-0@3"]);
    } finally {
      await a.client.close();
    }
  });

  it("the object's alarm expires a silent member: the survivor hears the group move and takes its partitions", async () => {
    await admin.request({ createTopicRequest: { topic: "e", partitions: 4 } });
    const url = await groupUrl(admin, edge, "expiry");
    const a = new Member(await RawClient.connect(url), "expiry", ["e"], { sessionTimeoutMs: 5_000 });
    const b = new Member(await RawClient.connect(url), "expiry", ["e"], { sessionTimeoutMs: 1_000 });
    await a.ok();
    await b.ok();
    // A heartbeats on its own timer, as a live member does; B stops after it got its share.
    let beating = true;
    const keepAlive = (async () => {
      while (beating) {
        await a.ok();
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    try {
      const progress = new Progress();
      const timer = setInterval(() => progress.poke(), 50);
      try {
        // B's partitions follow once A's next heartbeat acknowledged giving them up; the coordinator pushes
        // GroupChanged when it does, so B heartbeats again on each push it had not seen before its last beat.
        for (let i = 0; i < 10 && b.held.length < 2; i++) {
          const seen = new Set(b.client.frames.filter(isGroupChanged("expiry")));
          await b.ok({ owned: asList(b.held) });
          if (b.held.length < 2) await b.client.waitFor((f) => isGroupChanged("expiry")(f) && !seen.has(f), 5_000);
        }
        expect(b.held).toHaveLength(2);
        const epoch = b.epoch;
        // Nothing from B any more: no leave, no close. The alarm set for its deadline removes it.
        const changed = await a.client.waitFor(isGroupChanged("expiry", epoch), 10_000);
        const removedAfterMs = Date.now() - b.lastSentMs;
        expect(changed.groupChanged!.groupEpoch).toBeGreaterThan(epoch);
        // Never before its session timeout, which counts from its last heartbeat (received after it was sent).
        expect(removedAfterMs).toBeGreaterThanOrEqual(1_000);
        await progress.until(() => a.held.length === 4, "A takes every partition");
        console.log(`edge group expiry: silent member removed ${removedAfterMs} ms after its last heartbeat (session timeout 1000 ms)`);
      } finally {
        clearInterval(timer);
      }
      const d = (await a.client.request({ describeGroupRequest: { groupId: "expiry" } })).describeGroupResponse!;
      expect(d.members!.map((m) => m.memberId)).toEqual([a.memberId]);
      await runtimeOutput.until(() => runtimeLines.some((l) => l.includes(`group expiry: member ${b.memberId} removed (session timeout)`)), "the removal line on workerd's stdout", 5_000);
      expect((await b.beat()).error!.code).toBe(ErrorCode.UNKNOWN_MEMBER);
    } finally {
      beating = false;
      await keepAlive.catch(() => {});
      await a.client.close();
      await b.client.close();
    }
  });
});

describe("groups across a workerd restart", () => {
  it("a new workerd process on the same directory keeps committed offsets, members and the group list", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-edge-groups-"));
    dirs.push(dir);
    let edge = await startEdge({ persistDir: dir });
    let admin = await RawClient.connect(edge.url);
    let memberId = "";
    try {
      await admin.request({ createTopicRequest: { topic: "r", partitions: 3 } });
      const a = new Member(await RawClient.connect(await groupUrl(admin, edge, "kept")), "kept", ["r"]);
      await a.ok();
      memberId = a.memberId;
      const commit = await a.client.request({ offsetCommitRequest: { groupId: "kept", memberId: a.memberId, memberEpoch: a.epoch, offsets: [0, 1, 2].map((p) => ({ topic: "r", partition: p, offset: 100 + p })) } });
      expect(commit.error).toBeNull();
      await a.client.close();
    } finally {
      await admin.close();
      await edge.stop();
    }
    edge = await startEdge({ persistDir: dir });
    admin = await RawClient.connect(edge.url);
    try {
      expect((await admin.request({ listGroupsRequest: {} })).listGroupsResponse!.groups).toEqual(["kept"]);
      const c = await RawClient.connect(await groupUrl(admin, edge, "kept"));
      const fetched = await c.request({ offsetFetchRequest: { groupId: "kept" } });
      expect(fetched.offsetFetchResponse!.offsets!.map((o) => o.offset)).toEqual([100, 101, 102]);
      const d = (await c.request({ describeGroupRequest: { groupId: "kept" } })).describeGroupResponse!;
      expect(d.members!.map((m) => m.memberId)).toEqual([memberId]);
      await c.close();
    } finally {
      await admin.close();
      await edge.stop();
    }
  });
});

describe("groups and hibernation", () => {
  // workerd evicts an object that has been idle for 10 s while keeping its hibernatable sockets; the next
  // event (here: the alarm set for a silent member's deadline) builds a new instance. The proof of the
  // eviction is the object's own wake line on workerd's stdout (see the partition hibernation test).
  it("a member's socket idle through the object's eviction hears the group move when the alarm that woke it expires a silent member", async () => {
    const { lines: runtimeLines, progress: runtimeOutput, onLine } = collectRuntimeOutput();
    const edge = await startEdge({ onRuntimeOutput: onLine });
    const wakeLines = () => runtimeLines.filter((l) => l.includes("edgelog: group sleepy woke with"));
    const admin = await RawClient.connect(edge.url);
    let a: Member | undefined;
    let b: Member | undefined;
    try {
      await admin.request({ createTopicRequest: { topic: "h", partitions: 2 } });
      const url = await groupUrl(admin, edge, "sleepy");
      a = new Member(await RawClient.connect(url), "sleepy", ["h"], { sessionTimeoutMs: 60_000 });
      b = new Member(await RawClient.connect(url), "sleepy", ["h"], { sessionTimeoutMs: 14_000 });
      await a.ok();
      await b.ok();
      await a.client.waitFor(isGroupChanged("sleepy", a.epoch));
      await a.ok({ owned: asList(a.held) });
      await a.ok();
      await b.ok({ owned: { topics: [] } });
      expect([a.held.length, b.held.length]).toEqual([1, 1]);
      const epoch = b.epoch;
      // B dies (its socket closes, it never leaves); A stays connected and silent. Nothing reaches the
      // object until B's deadline, 14 s on: the object is evicted at 10 s and the alarm wakes it.
      await b.client.close();
      const changed = await a.client.waitFor(isGroupChanged("sleepy", epoch), 30_000);
      expect(changed.groupChanged!.groupEpoch).toBeGreaterThan(epoch);
      await runtimeOutput.until(() => wakeLines().length > 0, "the group's wake line on workerd's stdout", 5_000);
      expect(wakeLines()).toEqual(["edgelog: group sleepy woke with 1 hibernated sockets"]);
      expect(runtimeLines.some((l) => l.includes(`group sleepy: member ${b!.memberId} removed (session timeout)`))).toBe(true);
      // The member's next heartbeat after the push takes B's partition; the core's own watch takes over.
      await a.ok();
      expect(a.held).toEqual(["h-0", "h-1"]);
    } finally {
      await a?.client.close();
      await b?.client.close();
      await admin.close();
      await edge.stop();
    }
  }, 60_000);
});
