/**
 * The group family: consumer-group membership (KIP-848-style heartbeat), offset commits and fetches,
 * describing and deleting groups. Served by the Node broker for every group and at the edge by each
 * group's Durable Object for its own; the rules are in group-coordinator.ts, the persistence and ordering
 * in group-manager.ts. This file only translates frames.
 *
 * A socket whose member joined a group gets a GroupChanged push (correlation id 0) whenever the group's
 * epoch moves, so the member heartbeats at once: a takeover waits one round trip, not a heartbeat interval.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { Frame, pb } from "../protocol/frames.ts";
import { groupByTopic, type GroupDescription, type HeartbeatRequest, type OffsetRecord, type TopicPartition } from "./group-coordinator.ts";
import type { GroupManager } from "./group-manager.ts";
import type { Family, FamilySession, SessionPort } from "./session.ts";

export function groupFamily(groups: GroupManager): Family {
  return { name: "group", attach: (port) => new GroupSession(groups, port) };
}

// Decoded sub-messages are class instances whose scalar fields always hold a value (defaults live on the
// prototype), hence the casts from the generated optional-property types.
class GroupSession implements FamilySession {
  /** Groups a member on this socket belongs to → how to stop hearing their epoch. */
  private readonly watching = new Map<string, () => void>();
  private closed = false;

  readonly handlers = {
    groupHeartbeatRequest: (r: pb.IGroupHeartbeatRequest) => this.heartbeat(r as pb.GroupHeartbeatRequest),
    offsetCommitRequest: (r: pb.IOffsetCommitRequest) => this.commit(r as pb.OffsetCommitRequest),
    offsetFetchRequest: (r: pb.IOffsetFetchRequest) => this.fetch(r as pb.OffsetFetchRequest),
    describeGroupRequest: (r: pb.IDescribeGroupRequest) => this.describe(r as pb.DescribeGroupRequest),
    deleteGroupRequest: (r: pb.IDeleteGroupRequest) => this.deleteGroup(r as pb.DeleteGroupRequest),
  };

  constructor(
    private readonly groups: GroupManager,
    private readonly port: SessionPort,
  ) {}

  close(): void {
    this.closed = true;
    for (const stop of this.watching.values()) stop();
    this.watching.clear();
  }

  private async heartbeat(r: pb.GroupHeartbeatRequest): Promise<Frame> {
    const req: HeartbeatRequest = {
      groupId: r.groupId,
      memberEpoch: r.memberEpoch,
      memberId: r.memberId || undefined,
      groupInstanceId: r.groupInstanceId || null,
      subscribedTopics: r.subscribedTopics ? [...(r.subscribedTopics.values ?? [])] : undefined,
      ownedPartitions: r.owned ? flatten(r.owned.topics ?? []) : undefined,
      sessionTimeoutMs: r.sessionTimeoutMs || undefined,
      rebalanceTimeoutMs: r.rebalanceTimeoutMs || undefined,
      assignor: r.assignor || undefined,
    };
    const answer = await this.groups.heartbeat(req);
    if (!this.closed) {
      if (answer.memberEpoch > 0 && !this.watching.has(r.groupId)) {
        this.watching.set(r.groupId, this.groups.watch(r.groupId, (groupEpoch) => this.port.send({ correlationId: 0, groupChanged: { groupId: r.groupId, groupEpoch } })));
      } else if (answer.memberEpoch < 0) {
        this.watching.get(r.groupId)?.();
        this.watching.delete(r.groupId);
      }
    }
    return {
      groupHeartbeatResponse: {
        memberId: answer.memberId,
        memberEpoch: answer.memberEpoch,
        heartbeatIntervalMs: answer.heartbeatIntervalMs,
        assignment: groupByTopic(answer.assignment),
      },
    };
  }

  private async commit(r: pb.OffsetCommitRequest): Promise<Frame> {
    const offsets = (r.offsets ?? []).map((o) => {
      if (!Number.isSafeInteger(o.offset) || (o.offset as number) < 0) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `offset of ${o.topic}-${o.partition} must be >= 0, got ${o.offset}`);
      return { topic: o.topic ?? "", partition: o.partition ?? 0, offset: o.offset as number, metadata: o.metadata || undefined };
    });
    const result = await this.groups.commit(r.groupId, r.memberId, r.memberEpoch, offsets);
    return { offsetCommitResponse: { ignored: result.ignored.map((i) => ({ topic: i.topic, partition: i.partition, offset: -1, metadata: i.reason })) } };
  }

  private async fetch(r: pb.OffsetFetchRequest): Promise<Frame> {
    const offsets = await this.groups.committed(r.groupId, flatten(r.partitions ?? []));
    return { offsetFetchResponse: { offsets: offsets.map(wireOffset) } };
  }

  private async describe(r: pb.DescribeGroupRequest): Promise<Frame> {
    const d = await this.groups.describe(r.groupId);
    return { describeGroupResponse: d ? wireDescription(d) : { groupId: r.groupId, state: "dead" } };
  }

  private async deleteGroup(r: pb.DeleteGroupRequest): Promise<Frame> {
    await this.groups.deleteGroup(r.groupId);
    return { deleteGroupResponse: {} };
  }
}

function flatten(list: readonly pb.ITopicPartitions[]): TopicPartition[] {
  return list.flatMap((t) => (t.partitions ?? []).map((partition) => ({ topic: t.topic ?? "", partition })));
}

function wireOffset(o: OffsetRecord): pb.IPartitionOffset {
  return { topic: o.topic, partition: o.partition, offset: o.offset, metadata: o.metadata, committedAtMs: o.committedAtMs };
}

function wireDescription(d: GroupDescription): pb.IDescribeGroupResponse {
  return {
    groupId: d.groupId,
    state: d.state,
    groupEpoch: d.groupEpoch,
    assignor: d.assignor,
    members: d.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId ?? "",
      memberEpoch: m.memberEpoch,
      state: m.state,
      subscribedTopics: m.subscribedTopics,
      assigned: groupByTopic(m.assigned),
      revoking: groupByTopic(m.revoking),
      pending: groupByTopic(m.pending),
    })),
    offsets: d.offsets.map(wireOffset),
  };
}
