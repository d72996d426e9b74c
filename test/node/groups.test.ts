// Consumer groups on the Node broker, over the wire with a raw client: members join and split a topic
// with revoke-before-assign, commits are fenced by member epoch, a GroupChanged push reaches the socket of
// a member whose group moved, and committed offsets survive a broker restart (the group's file).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame, pb } from "../../src/protocol/frames.ts";
import { asList, owned } from "../support/partition-keys.ts";
import { RawClient } from "../support/raw-client.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("consumer groups on the Node broker (raw protocol)", () => {
  it("two members split a topic, commits are fenced by epoch, offsets survive a restart", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-groups-"));
    dirs.push(dataDir);
    let server = await startBroker({ port: 0, dataDir, log: () => {} });
    const a = await RawClient.connect(server.url);
    const b = await RawClient.connect(server.url);
    try {
      expect((await a.request({ createTopicRequest: { topic: "t", partitions: 4 } })).error).toBeNull();
      const meta = await a.request({ metadataRequest: { groups: ["g"] } });
      expect(meta.metadataResponse!.groups).toEqual([expect.objectContaining({ groupId: "g", endpoint: "" })]);

      const hb = (c: RawClient, req: pb.IGroupHeartbeatRequest) => c.request({ groupHeartbeatRequest: { groupId: "g", ...req } });
      const joinA = (await hb(a, { memberEpoch: 0, subscribedTopics: { values: ["t"] } })).groupHeartbeatResponse!;
      expect(owned(joinA.assignment)).toEqual(["t-0", "t-1", "t-2", "t-3"]);
      const joinB = (await hb(b, { memberEpoch: 0, subscribedTopics: { values: ["t"] } })).groupHeartbeatResponse!;
      // B gets nothing until A gives up what moves; A's socket hears that the group moved.
      expect(owned(joinB.assignment)).toEqual([]);
      await a.waitFor((f: DecodedFrame) => f.correlationId === 0 && !!f.groupChanged);
      const a2 = (await hb(a, { memberId: joinA.memberId, memberEpoch: joinA.memberEpoch, owned: asList(owned(joinA.assignment)) })).groupHeartbeatResponse!;
      const keptByA = owned(a2.assignment);
      expect(keptByA).toHaveLength(2);
      // A commits for a partition it still holds, then acknowledges the revocation.
      const commit = await a.request({ offsetCommitRequest: { groupId: "g", memberId: joinA.memberId, memberEpoch: a2.memberEpoch, offsets: [{ topic: "t", partition: Number(keptByA[0]!.split("-")[1]), offset: 42 }] } });
      expect(commit.error).toBeNull();
      const a3 = (await hb(a, { memberId: joinA.memberId, memberEpoch: a2.memberEpoch, owned: asList(keptByA) })).groupHeartbeatResponse!;
      const b2 = (await hb(b, { memberId: joinB.memberId, memberEpoch: joinB.memberEpoch, owned: { topics: [] } })).groupHeartbeatResponse!;
      expect([...owned(a3.assignment), ...owned(b2.assignment)].sort()).toEqual(["t-0", "t-1", "t-2", "t-3"]);
      expect(owned(b2.assignment).filter((p) => keptByA.includes(p))).toEqual([]);
      // A stale epoch is fenced.
      const stale = await a.request({ offsetCommitRequest: { groupId: "g", memberId: joinA.memberId, memberEpoch: a3.memberEpoch! - 5, offsets: [{ topic: "t", partition: 0, offset: 1 }] } });
      expect(stale.error!.code).toBe(ErrorCode.FENCED);
      // Unknown members are told so.
      expect((await hb(a, { memberId: "nobody", memberEpoch: 3 })).error!.code).toBe(ErrorCode.UNKNOWN_MEMBER);
      expect((await a.request({ listGroupsRequest: {} })).listGroupsResponse!.groups).toEqual(["g"]);
    } finally {
      await a.close();
      await b.close();
      await server.close();
    }
    server = await startBroker({ port: 0, dataDir, log: () => {} });
    const c = await RawClient.connect(server.url);
    try {
      const fetched = await c.request({ offsetFetchRequest: { groupId: "g" } });
      expect(fetched.offsetFetchResponse!.offsets!.map((o) => o.offset)).toEqual([42]);
      const d = (await c.request({ describeGroupRequest: { groupId: "g" } })).describeGroupResponse!;
      expect(d.members).toHaveLength(2); // alive until their session timeout, counted from the restart
      expect((await c.request({ deleteGroupRequest: { groupId: "g" } })).error!.code).toBe(ErrorCode.GROUP_NOT_EMPTY);
      expect((await c.request({ describeGroupRequest: { groupId: "nope" } })).describeGroupResponse!.state).toBe("dead");
    } finally {
      await c.close();
      await server.close();
    }
  });
});
