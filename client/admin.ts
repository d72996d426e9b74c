/**
 * Topic and consumer-group administration and metadata: thin request/answer wrappers, with the wire's
 * protobuf objects turned into plain SDK objects (config values in ms and bytes). Topic requests go to the
 * bootstrap connection; a group's requests go to its coordinator, whose endpoint metadata names ("" = the
 * bootstrap socket on the Node broker, a path such as /v1/ws/g/G at the edge), as a partition's go to its
 * leader.
 */
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from "../src/protocol/compact-frames.ts";
import type { pb } from "../src/protocol/frames.ts";
import type { Connection } from "./connection.ts";
import { InvalidRequestError, UnknownTopicError } from "./errors.ts";
import { partitionKey, partitionsFromWire, partitionsToWire } from "./topic-partitions.ts";

export interface TopicConfig {
  /** -1 = keep forever. */
  retentionMs: number;
  /** -1 = no size bound. */
  retentionBytes: number;
  segmentBytes: number;
  segmentMs: number;
}

export interface PartitionInfo {
  partition: number;
  /** Where requests for this partition go ("" = the bootstrap connection). */
  leaderEndpoint: string;
  logStartOffset: number;
  highWatermark: number;
  sizeBytes: number;
}

export interface TopicDescription {
  name: string;
  partitionCount: number;
  config: TopicConfig;
  partitions: PartitionInfo[];
}

export interface CreateTopicOptions {
  /** Default 1. */
  partitions?: number;
  /** Default: the broker's (keep forever unless configured). -1 = forever. */
  retentionMs?: number;
  /** Default: the broker's. -1 = no bound. */
  retentionBytes?: number;
  /** Default: the broker's (256 MiB). */
  segmentBytes?: number;
  /** Default: the broker's (7 days, bounded by retentionMs). */
  segmentMs?: number;
}

/** 'earliest' = log start offset, 'latest' = high watermark, { timestampMs } = first offset at or after it (-1 if none). */
export type OffsetSpec = "earliest" | "latest" | { timestampMs: number };

export interface OffsetAnswer {
  offset: number;
  highWatermark: number;
  logStartOffset: number;
}

/** "dead" = there is no such group. */
export type GroupState = "empty" | "stable" | "reconciling" | "dead";

export interface GroupPartitionRef {
  topic: string;
  partition: number;
}

export interface GroupMemberDescription {
  memberId: string;
  /** Static membership's instance id; null for a dynamic member. */
  groupInstanceId: string | null;
  memberEpoch: number;
  /** "stable" | "revoking" | "assigning" | "left" (a static member away within its session timeout). */
  state: string;
  subscribedTopics: string[];
  /** Partitions the member owns now. */
  assigned: GroupPartitionRef[];
  /** Partitions the member still owns but must give up (after committing them). */
  revoking: GroupPartitionRef[];
  /** Partitions the member will get once their previous owner has given them up. */
  pending: GroupPartitionRef[];
}

/**
 * One row of kafka-consumer-groups --describe: a partition the group has committed an offset for or a
 * member owns. Lag = high watermark − committed offset (Kafka's), null where either is unknown.
 */
export interface GroupPartitionLag {
  topic: string;
  partition: number;
  /** The next offset the group will consume; null = nothing committed. */
  committedOffset: number | null;
  /** null when the topic or partition no longer exists. */
  highWatermark: number | null;
  lag: number | null;
  /** The member that owns the partition (assigned or revoking); absent when none does. */
  memberId?: string;
}

export interface GroupDescription {
  groupId: string;
  state: GroupState;
  groupEpoch: number;
  assignor: string;
  members: GroupMemberDescription[];
  /** Sorted by topic, then partition. */
  partitions: GroupPartitionLag[];
}

export interface CommittedOffset {
  topic: string;
  partition: number;
  /** The next offset to consume (Kafka's convention: last processed + 1). */
  offset: number;
  metadata: string;
  committedAtMs: number;
}

/**
 * Where resetOffsets puts a group: 'earliest' = log start, 'latest' = high watermark, a number = that offset
 * (clamped into [log start, high watermark], as kafka-consumer-groups --to-offset does), { timestampMs } =
 * the first offset at or after it (the high watermark when no record is that recent).
 */
export type OffsetResetSpec = "earliest" | "latest" | number | { timestampMs: number };

export interface ResetOffsetsOptions {
  topic: string;
  to: OffsetResetSpec;
  /** Default: every partition of the topic. */
  partitions?: number[];
}

export function topicFromWire(t: pb.ITopicMetadata): TopicDescription {
  const c = t.config;
  return {
    name: t.name ?? "",
    partitionCount: t.partitionCount ?? 0,
    config: {
      retentionMs: c?.retentionMs ?? 0,
      retentionBytes: c?.retentionBytes ?? 0,
      segmentBytes: c?.segmentBytes ?? 0,
      segmentMs: c?.segmentMs ?? 0,
    },
    partitions: (t.partitions ?? []).map((p) => ({
      partition: p.partition ?? 0,
      leaderEndpoint: p.leaderEndpoint ?? "",
      logStartOffset: p.logStartOffset ?? 0,
      highWatermark: p.highWatermark ?? 0,
      sizeBytes: p.sizeBytes ?? 0,
    })),
  };
}

export async function fetchMetadata(conn: Connection, topics: string[] = []): Promise<TopicDescription[]> {
  const frame = await conn.request({ metadataRequest: { topics } });
  return (frame.metadataResponse?.topics ?? []).map(topicFromWire);
}

/** The endpoint of the group's coordinator, as metadata names it ("" = the bootstrap socket). */
export async function coordinatorEndpoint(conn: Connection, groupId: string): Promise<string> {
  const frame = await conn.request({ metadataRequest: { groups: [groupId] } });
  return (frame.metadataResponse?.groups ?? []).find((g) => g.groupId === groupId)?.endpoint ?? "";
}

export async function listOffsets(conn: Connection, topic: string, partition: number, spec: OffsetSpec): Promise<OffsetAnswer> {
  let timestamp: number;
  if (spec === "earliest") timestamp = EARLIEST_TIMESTAMP;
  else if (spec === "latest") timestamp = LATEST_TIMESTAMP;
  else if (spec && typeof spec === "object" && Number.isSafeInteger(spec.timestampMs) && spec.timestampMs >= 0) timestamp = spec.timestampMs;
  else throw new InvalidRequestError(`offset spec must be 'earliest', 'latest' or { timestampMs >= 0 }, got ${JSON.stringify(spec)}`);
  const frame = await conn.request({ listOffsetsRequest: { topic, partition, timestamp } });
  const r = frame.listOffsetsResponse as pb.ListOffsetsResponse;
  return { offset: r.offset, highWatermark: r.highWatermark, logStartOffset: r.logStartOffset };
}

export class Admin {
  /** @param connectionFor resolves a leader endpoint to its connection ("" = bootstrap). */
  constructor(
    private readonly conn: Connection,
    private readonly connectionFor: (endpoint: string) => Connection = () => conn,
  ) {}

  async createTopic(name: string, options: CreateTopicOptions = {}): Promise<TopicDescription> {
    const frame = await this.conn.request({
      createTopicRequest: {
        topic: name,
        partitions: options.partitions ?? 1,
        config: {
          retentionMs: options.retentionMs ?? 0,
          retentionBytes: options.retentionBytes ?? 0,
          segmentBytes: options.segmentBytes ?? 0,
          segmentMs: options.segmentMs ?? 0,
        },
      },
    });
    return topicFromWire(frame.createTopicResponse!.topic!);
  }

  async deleteTopic(name: string): Promise<void> {
    await this.conn.request({ deleteTopicRequest: { topic: name } });
  }

  async listTopics(): Promise<string[]> {
    const frame = await this.conn.request({ listTopicsRequest: {} });
    return [...(frame.listTopicsResponse?.topics ?? [])];
  }

  async describeTopic(name: string): Promise<TopicDescription> {
    const frame = await this.conn.request({ describeTopicRequest: { topic: name } });
    return topicFromWire(frame.describeTopicResponse!.topic!);
  }

  /** Metadata of the named topics (all topics when none are named). Unknown names reject with UnknownTopicError. */
  fetchMetadata(topics?: string[]): Promise<TopicDescription[]> {
    return fetchMetadata(this.conn, topics ?? []);
  }

  // ---- Consumer groups ----

  /** Every consumer group's id, sorted. */
  async listGroups(): Promise<string[]> {
    const frame = await this.conn.request({ listGroupsRequest: {} });
    return [...(frame.listGroupsResponse?.groups ?? [])];
  }

  /**
   * The group's state, members and, per partition it committed or owns, committed offset, high watermark
   * and lag. A group that does not exist is described with state "dead" and nothing else (as KafkaJS does).
   */
  async describeGroup(groupId: string): Promise<GroupDescription> {
    const coordinator = await this.coordinator(groupId);
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
    const watermarks = await this.highWatermarks([...new Set([...rows.values()].map((r) => r.topic))]);
    for (const r of rows.values()) {
      r.highWatermark = watermarks.get(r.topic)?.get(r.partition) ?? null;
      r.lag = r.highWatermark === null || r.committedOffset === null ? null : r.highWatermark - r.committedOffset;
    }
    const partitions = [...rows.values()].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
    return { groupId: d.groupId || groupId, state: (d.state || "dead") as GroupState, groupEpoch: d.groupEpoch ?? 0, assignor: d.assignor ?? "", members, partitions };
  }

  /** The group's committed offsets, of `partitions` (default: all it has); a partition with none is left out. */
  async fetchOffsets(groupId: string, partitions: readonly GroupPartitionRef[] = []): Promise<CommittedOffset[]> {
    const coordinator = await this.coordinator(groupId);
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
  async resetOffsets(groupId: string, options: ResetOffsetsOptions): Promise<(GroupPartitionRef & { offset: number })[]> {
    const { topic, to } = options;
    if (typeof to === "number" && (!Number.isSafeInteger(to) || to < 0)) throw new InvalidRequestError(`reset offset must be an integer >= 0, got ${to}`);
    if (typeof to !== "number" && to !== "earliest" && to !== "latest" && !(to && typeof to === "object")) {
      throw new InvalidRequestError(`reset target must be 'earliest', 'latest', an offset or { timestampMs }, got ${JSON.stringify(to)}`);
    }
    const [meta] = await this.fetchMetadata([topic]);
    const known = meta!.partitions;
    const chosen = options.partitions ?? known.map((p) => p.partition);
    const offsets = await Promise.all(
      chosen.map(async (partition) => {
        const p = known.find((x) => x.partition === partition);
        if (!p) throw new UnknownTopicError(`topic "${topic}" has no partition ${partition} (it has ${meta!.partitionCount})`, { code: "UNKNOWN_PARTITION" });
        const conn = this.connectionFor(p.leaderEndpoint);
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
    const coordinator = await this.coordinator(groupId);
    // An empty member id makes the commit an admin reset: the coordinator refuses it (GROUP_NOT_EMPTY) while
    // the group has members, checked in the same step that stores the offsets.
    await coordinator.request({ offsetCommitRequest: { groupId, memberId: "", memberEpoch: 0, offsets } });
    return offsets;
  }

  /** Deletes a group and its committed offsets; refused with GroupNotEmptyError while it has members. */
  async deleteGroup(groupId: string): Promise<void> {
    const coordinator = await this.coordinator(groupId);
    await coordinator.request({ deleteGroupRequest: { groupId } });
  }

  /** The connection to the group's coordinator, as metadata names it. */
  private async coordinator(groupId: string): Promise<Connection> {
    if (typeof groupId !== "string" || groupId === "") throw new InvalidRequestError("a group id must be a non-empty string");
    return this.connectionFor(await coordinatorEndpoint(this.conn, groupId));
  }

  /**
   * High watermarks of the named topics' partitions. A topic that no longer exists is left out (its
   * committed offsets stay in the group until the coordinator drops them), so one deleted topic does not
   * fail the whole description.
   */
  private async highWatermarks(topics: string[]): Promise<Map<string, Map<number, number>>> {
    const out = new Map<string, Map<number, number>>();
    if (topics.length === 0) return out;
    let metas: TopicDescription[];
    try {
      metas = await this.fetchMetadata(topics);
    } catch (err) {
      if (!(err instanceof UnknownTopicError)) throw err;
      const each = await Promise.allSettled(topics.map((t) => this.fetchMetadata([t])));
      metas = [];
      for (const r of each) {
        if (r.status === "fulfilled") metas.push(...r.value);
        else if (!(r.reason instanceof UnknownTopicError)) throw r.reason;
      }
    }
    for (const t of metas) out.set(t.name, new Map(t.partitions.map((p) => [p.partition, p.highWatermark])));
    return out;
  }

  /** Resolves an offset spec for one partition, asking the partition's leader. */
  async listOffsets(topic: string, partition: number, spec: OffsetSpec): Promise<OffsetAnswer> {
    const [meta] = await this.fetchMetadata([topic]);
    const p = meta?.partitions.find((x) => x.partition === partition);
    // Asked of the bootstrap endpoint instead, a partition the topic lacks was NOT_LEADER at the edge (retriable:
    // a caller that retries would wait for ever) but UNKNOWN_PARTITION on the Node broker. Same answer everywhere.
    if (!p) throw new UnknownTopicError(`topic "${topic}" has no partition ${partition} (it has ${meta?.partitionCount ?? 0})`, { code: "UNKNOWN_PARTITION" });
    return listOffsets(this.connectionFor(p.leaderEndpoint), topic, partition, spec);
  }
}
