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
import { ConnectionError, InvalidRequestError, UnknownTopicError } from "./errors.ts";

export interface TopicConfig {
  /** -1 = keep forever. */
  retentionMs: number;
  /** -1 = no size bound. */
  retentionBytes: number;
  segmentBytes: number;
  segmentMs: number;
  /** Replicated topics (the edge): replicas per partition, their regions, and the ISR settings. */
  replicas?: number;
  regions?: string[];
  minInsyncReplicas?: number;
  replicaLagMaxMs?: number;
}

/** One replica of a replicated partition: its region, endpoint (reads), and how far behind the leader it is. */
export interface ReplicaInfo {
  region: string;
  endpoint: string;
  leader: boolean;
  inSync: boolean;
  logEndOffset: number;
  /** Records behind the leader's log end; -1 = unknown (the leader has not heard from it). */
  lag: number;
}

export interface PartitionInfo {
  partition: number;
  /** Where requests for this partition go ("" = the bootstrap connection). */
  leaderEndpoint: string;
  logStartOffset: number;
  highWatermark: number;
  sizeBytes: number;
  /** Replicated partitions: the leader's epoch and region, and every replica. */
  leaderEpoch?: number;
  leaderRegion?: string;
  replicas?: ReplicaInfo[];
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
  /** Edge only: replicas per partition, one per region in `regions` (location hints; the first leads). Default 1. */
  replicas?: number;
  regions?: string[];
  /** acks 'all' needs this many in-sync replicas (else an EdgelogError with code NOT_ENOUGH_REPLICAS, retried until deliveryTimeoutMs). Default 1. */
  minInsyncReplicas?: number;
  /** A follower this far behind leaves the ISR. Default 10,000 ms. */
  replicaLagMaxMs?: number;
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
  const config: TopicConfig = {
    retentionMs: c?.retentionMs ?? 0,
    retentionBytes: c?.retentionBytes ?? 0,
    segmentBytes: c?.segmentBytes ?? 0,
    segmentMs: c?.segmentMs ?? 0,
  };
  if ((c?.replicas ?? 0) > 1) Object.assign(config, { replicas: c!.replicas, regions: [...(c!.regions ?? [])], minInsyncReplicas: c!.minInsyncReplicas, replicaLagMaxMs: c!.replicaLagMaxMs });
  return {
    name: t.name ?? "",
    partitionCount: t.partitionCount ?? 0,
    config,
    partitions: (t.partitions ?? []).map(partitionFromWire),
  };
}

export function partitionFromWire(p: pb.IPartitionMetadata): PartitionInfo {
  const info: PartitionInfo = {
    partition: p.partition ?? 0,
    leaderEndpoint: p.leaderEndpoint ?? "",
    logStartOffset: p.logStartOffset ?? 0,
    highWatermark: p.highWatermark ?? 0,
    sizeBytes: p.sizeBytes ?? 0,
  };
  if (p.replicas?.length) {
    info.leaderEpoch = p.leaderEpoch ?? 0;
    info.leaderRegion = p.leaderRegion ?? "";
    info.replicas = p.replicas.map((r) => ({ region: r.region ?? "", endpoint: r.endpoint ?? "", leader: r.leader ?? false, inSync: r.inSync ?? false, logEndOffset: r.logEndOffset ?? 0, lag: r.lag ?? 0 }));
  }
  return info;
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

/**
 * The group calls that take more than one request (describeGroup, fetchOffsets, resetOffsets): group-admin.ts,
 * loaded on demand with the rest of the group code (extras.ts; dist/edgelog-extras.js in the browser).
 * group-consumer.ts sets the loader, so that a bundle without groups (the subscribe-only entry) does not
 * carry that chunk.
 */
export type GroupCalls = typeof import("./group-admin.ts");

/** A group as group-admin.ts reaches it through an Admin. */
export interface GroupAccess {
  groupId: string;
  coordinator(): Promise<Connection>;
  connectionFor(endpoint: string): Connection;
  fetchMetadata(topics: string[]): Promise<TopicDescription[]>;
}

let loadGroupCalls: ((stop: (err: unknown) => boolean) => Promise<GroupCalls | null>) | null = null;

export function setGroupCallsLoader(load: (stop: (err: unknown) => boolean) => Promise<GroupCalls | null>): void {
  loadGroupCalls = load;
}

/** The group code, or a retriable ConnectionError when it cannot be loaded now. */
async function groupCalls(): Promise<GroupCalls> {
  let failure: unknown = null;
  const calls = await loadGroupCalls?.((err) => ((failure = err), true));
  if (calls) return calls;
  if (!loadGroupCalls) throw new InvalidRequestError("the consumer-group code is not part of this bundle");
  throw new ConnectionError(`cannot load the consumer-group code: ${(failure as Error)?.message}`, { cause: failure });
}

export class Admin {
  readonly #conn: Connection;
  readonly #connectionFor: (endpoint: string) => Connection;
  constructor(
    conn: Connection,
    /** Resolves a leader endpoint to its connection ("" = bootstrap). */
    connectionFor: (endpoint: string) => Connection = () => conn,
  ) {
    this.#conn = conn;
    this.#connectionFor = connectionFor;}

  async createTopic(name: string, options: CreateTopicOptions = {}): Promise<TopicDescription> {
    // On the wire 0 means "the broker's default": a 0 asked for would become 7 days or 256 MiB unseen.
    // A fraction or NaN would be cut or read as 0 on the way; only retention takes -1 (no bound).
    for (const [k, v] of Object.entries(options)) {
      if (typeof v == "number" && !(Number.isSafeInteger(v) && (v > 0 || (v == -1 && k.startsWith("retention"))))) throw new InvalidRequestError(`${k} must be an integer >= 1 (retention: or -1), got ${v}`);
    }
    const frame = await this.#conn.request({
      createTopicRequest: {
        topic: name,
        partitions: options.partitions ?? 1,
        config: {
          retentionMs: options.retentionMs ?? 0,
          retentionBytes: options.retentionBytes ?? 0,
          segmentBytes: options.segmentBytes ?? 0,
          segmentMs: options.segmentMs ?? 0,
          replicas: options.replicas ?? 0,
          regions: options.regions ?? [],
          minInsyncReplicas: options.minInsyncReplicas ?? 0,
          replicaLagMaxMs: options.replicaLagMaxMs ?? 0,
        },
      },
    });
    return topicFromWire(frame.createTopicResponse!.topic!);
  }

  /** Edge, replicated topics: moves a partition's leadership to its in-sync replica in `region`. */
  async electLeader(topic: string, partition: number, region: string): Promise<PartitionInfo> {
    const frame = await this.#conn.request({ electLeaderRequest: { topic, partition, region } });
    return partitionFromWire(frame.electLeaderResponse!.partition!);
  }

  async deleteTopic(name: string): Promise<void> {
    await this.#conn.request({ deleteTopicRequest: { topic: name } });
  }

  async listTopics(): Promise<string[]> {
    const frame = await this.#conn.request({ listTopicsRequest: {} });
    return [...(frame.listTopicsResponse?.topics ?? [])];
  }

  async describeTopic(name: string): Promise<TopicDescription> {
    const frame = await this.#conn.request({ describeTopicRequest: { topic: name } });
    return topicFromWire(frame.describeTopicResponse!.topic!);
  }

  /** Metadata of the named topics (all topics when none are named). Unknown names reject with UnknownTopicError. */
  fetchMetadata(topics?: string[]): Promise<TopicDescription[]> {
    return fetchMetadata(this.#conn, topics ?? []);
  }

  // ---- Consumer groups ----

  /** Every consumer group's id, sorted. */
  async listGroups(): Promise<string[]> {
    const frame = await this.#conn.request({ listGroupsRequest: {} });
    return [...(frame.listGroupsResponse?.groups ?? [])];
  }

  /**
   * The group's state, members and, per partition it committed or owns, committed offset, high watermark
   * and lag. A group that does not exist is described with state "dead" and nothing else (as KafkaJS does).
   */
  async describeGroup(groupId: string): Promise<GroupDescription> {
    return (await groupCalls()).describeGroup(this.#group(groupId));
  }

  /** The group's committed offsets, of `partitions` (default: all it has); a partition with none is left out. */
  async fetchOffsets(groupId: string, partitions: readonly GroupPartitionRef[] = []): Promise<CommittedOffset[]> {
    return (await groupCalls()).fetchOffsets(this.#group(groupId), partitions);
  }

  /**
   * Sets the group's committed offsets for a topic's partitions; returns the offsets set. Refused with
   * GroupNotEmptyError while the group has members (stop them first: a running member's position would
   * disagree with the reset). A group that does not exist yet is created with these offsets.
   */
  async resetOffsets(groupId: string, options: ResetOffsetsOptions): Promise<(GroupPartitionRef & { offset: number })[]> {
    return (await groupCalls()).resetOffsets(this.#group(groupId), options);
  }

  /** Deletes a group and its committed offsets; refused with GroupNotEmptyError while it has members. */
  async deleteGroup(groupId: string): Promise<void> {
    const coordinator = await this.#coordinator(groupId);
    await coordinator.request({ deleteGroupRequest: { groupId } });
  }

  /** What the group calls of group-admin.ts use. */
  #group(groupId: string): GroupAccess {
    return { groupId, coordinator: () => this.#coordinator(groupId), connectionFor: this.#connectionFor, fetchMetadata: (topics) => this.fetchMetadata(topics) };
  }

  /** The connection to the group's coordinator, as metadata names it. */
  async #coordinator(groupId: string): Promise<Connection> {
    if (typeof groupId !== "string" || groupId === "") throw new InvalidRequestError("a group id must be a non-empty string");
    return this.#connectionFor(await coordinatorEndpoint(this.#conn, groupId));
  }

  /** Resolves an offset spec for one partition, asking the partition's leader. */
  async listOffsets(topic: string, partition: number, spec: OffsetSpec): Promise<OffsetAnswer> {
    const [meta] = await this.fetchMetadata([topic]);
    const p = meta?.partitions.find((x) => x.partition === partition);
    // Asked of the bootstrap endpoint instead, a partition the topic lacks was NOT_LEADER at the edge (retriable:
    // a caller that retries would wait for ever) but UNKNOWN_PARTITION on the Node broker. Same answer everywhere.
    if (!p) throw new UnknownTopicError(`topic "${topic}" has no partition ${partition} (it has ${meta?.partitionCount ?? 0})`, { code: "UNKNOWN_PARTITION" });
    return listOffsets(this.#connectionFor(p.leaderEndpoint), topic, partition, spec);
  }
}
