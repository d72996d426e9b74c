/**
 * The consumer-group admin calls that take more than one request (Admin.describeGroup, fetchOffsets,
 * resetOffsets): loaded on demand with the rest of the group code (extras.ts; dist/edgelog-extras.js).
 */
import { listOffsets, type GroupAccess, type CommittedOffset, type GroupDescription, type GroupMemberDescription, type GroupPartitionLag, type GroupPartitionRef, type GroupState, type ResetOffsetsOptions, type TopicDescription } from "./admin.ts";
import { InvalidRequestError, UnknownTopicError } from "./errors.ts";
import { partitionKey, partitionsFromWire, partitionsToWire } from "./topic-partitions.ts";
import type { pb } from "../src/protocol/frames.ts";

/**
 * The group's state, members and, per partition it committed or owns, committed offset, high watermark
 * and lag. A group that does not exist is described with state "dead" and nothing else (as KafkaJS does).
 */
export async function describeGroup(group: GroupAccess): Promise<GroupDescription> {
  const groupId = group.groupId;
  const coordinator = await group.coordinator();
  const frame = await coordinator.request({ describeGroupRequest: { groupId } });
  const d = frame.describeGroupResponse as pb.DescribeGroupResponse;
  const members = (d.members ?? []).map((m): GroupMemberDescription => ({
    memberId: m.memberId ?? "",
    groupInstanceId: m.groupInstanceId || null,
    memberEpoch: m.memberEpoch ?? 0,
    state: m.state ?? "",
    subscribedTopics: [...(m.subscribedTopics ?? [])],
    assigned: partitionsFromWire(m.assigned),
    revoking: partitionsFromWire(m.revoking),
    pending: partitionsFromWire(m.pending),
  }));
  const rows = new Map<string, GroupPartitionLag>();
  const row = (topic: string, partition: number): GroupPartitionLag => {
    const key = partitionKey(topic, partition);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { topic, partition, committedOffset: null, highWatermark: null, lag: null }));
    return r;
  };
  for (const o of d.offsets ?? []) row(o.topic ?? "", o.partition ?? 0).committedOffset = o.offset as number;
  for (const m of members) for (const p of [...m.assigned, ...m.revoking]) row(p.topic, p.partition).memberId = m.memberId;
  const watermarks = await highWatermarks(group, [...new Set([...rows.values()].map((r) => r.topic))]);
  for (const r of rows.values()) {
    r.highWatermark = watermarks.get(r.topic)?.get(r.partition) ?? null;
    r.lag = r.highWatermark === null || r.committedOffset === null ? null : r.highWatermark - r.committedOffset;
  }
  const partitions = [...rows.values()].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  return { groupId: d.groupId || groupId, state: (d.state || "dead") as GroupState, groupEpoch: d.groupEpoch ?? 0, assignor: d.assignor ?? "", members, partitions };
}

/** The group's committed offsets, of `partitions` (default: all it has); a partition with none is left out. */
export async function fetchOffsets(group: GroupAccess, partitions: readonly GroupPartitionRef[]): Promise<CommittedOffset[]> {
  const groupId = group.groupId;
  const coordinator = await group.coordinator();
  const frame = await coordinator.request({ offsetFetchRequest: { groupId, partitions: partitionsToWire(partitions) } });
  return (frame.offsetFetchResponse?.offsets ?? [])
    .filter((o) => (o.offset as number) >= 0)
    .map((o) => ({ topic: o.topic ?? "", partition: o.partition ?? 0, offset: o.offset as number, metadata: o.metadata ?? "", committedAtMs: (o.committedAtMs as number) ?? 0 }));
}

/**
 * Sets the group's committed offsets for a topic's partitions; returns the offsets set. Refused with
 * GroupNotEmptyError while the group has members (stop them first: a running member's position would
 * disagree with the reset). A group that does not exist yet is created with these offsets.
 */
export async function resetOffsets(group: GroupAccess, options: ResetOffsetsOptions): Promise<(GroupPartitionRef & { offset: number })[]> {
  const { topic, to } = options;
  if (typeof to === "number" && (!Number.isSafeInteger(to) || to < 0)) throw new InvalidRequestError(`reset offset must be an integer >= 0, got ${to}`);
  if (typeof to !== "number" && to !== "earliest" && to !== "latest" && !(to && typeof to === "object")) {
    throw new InvalidRequestError(`reset target must be 'earliest', 'latest', an offset or { timestampMs }, got ${JSON.stringify(to)}`);
  }
  const [meta] = await group.fetchMetadata([topic]);
  const known = meta!.partitions;
  const chosen = options.partitions ?? known.map((p) => p.partition);
  const offsets = await Promise.all(
    chosen.map(async (partition) => {
      const p = known.find((x) => x.partition === partition);
      if (!p) throw new UnknownTopicError(`topic "${topic}" has no partition ${partition} (it has ${meta!.partitionCount})`, { code: "UNKNOWN_PARTITION" });
      const conn = group.connectionFor(p.leaderEndpoint);
      let offset: number;
      if (typeof to === "number") {
        const range = await listOffsets(conn, topic, partition, "latest");
        offset = Math.min(Math.max(to, range.logStartOffset), range.highWatermark);
      } else {
        const answer = await listOffsets(conn, topic, partition, to);
        offset = answer.offset < 0 ? answer.highWatermark : answer.offset;
      }
      return { topic, partition, offset };
    }),
  );
  const coordinator = await group.coordinator();
  // An empty member id makes the commit an admin reset: the coordinator refuses it (GROUP_NOT_EMPTY) while
  // the group has members, checked in the same step that stores the offsets.
  await coordinator.request({ offsetCommitRequest: { groupId: group.groupId, memberId: "", memberEpoch: 0, offsets } });
  return offsets;
}

/**
 * High watermarks of the named topics' partitions. A topic that no longer exists is left out (its
 * committed offsets stay in the group until the coordinator drops them), so one deleted topic does not
 * fail the whole description.
 */
async function highWatermarks(group: GroupAccess, topics: string[]): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (topics.length === 0) return out;
  let metas: TopicDescription[];
  try {
    metas = await group.fetchMetadata(topics);
  } catch (err) {
    if (!(err instanceof UnknownTopicError)) throw err;
    const each = await Promise.allSettled(topics.map((t) => group.fetchMetadata([t])));
    metas = [];
    for (const r of each) {
      if (r.status === "fulfilled") metas.push(...r.value);
      else if (!(r.reason instanceof UnknownTopicError)) throw r.reason;
    }
  }
  for (const t of metas) out.set(t.name, new Map(t.partitions.map((p) => [p.partition, p.highWatermark])));
  return out;
}
