/**
 * The broker's state machine, platform-free: the topic registry and the partition logs it owns.
 * A deployment supplies BrokerStorage (where topic metadata and partition stores live) and a clock;
 * sessions (src/core/session.ts) turn frames into calls on this class.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { limits as defaultLimits, type Limits } from "../protocol/limits.ts";
import type { pb } from "../protocol/frames.ts";
import type { Clock } from "./clock.ts";
import type { LogStore } from "./log-store.ts";
import { PartitionLog, type ReplicaPersistence } from "./partition-log.ts";
import { adminFamily, type TopicAdmin } from "./admin-family.ts";
import { partitionFamily } from "./partition-family.ts";
import type { Family, SessionHost } from "./session.ts";
import { REPLICA_LAG_MAX_MS_DEFAULT, resolveReplication, type ReplicationConfig } from "./replication.ts";

export interface TopicConfig {
  /** -1 = forever. */
  retentionMs: number;
  /** -1 = unbounded. */
  retentionBytes: number;
  segmentBytes: number;
  segmentMs: number;
  /**
   * Replication (the edge deployment): present only on a topic with more than one replica; see
   * replicationOf for the values of the others. src/core/replication.ts.
   */
  replicas?: number;
  regions?: string[];
  minInsyncReplicas?: number;
  replicaLagMaxMs?: number;
}

/** A topic's replication settings, defaults filled in (one replica, no region, for an unreplicated topic). */
export function replicationOf(config: TopicConfig): ReplicationConfig {
  const replicas = Math.max(1, config.replicas ?? 1);
  return { replicas, regions: config.regions ?? [], minInsyncReplicas: replicas > 1 ? (config.minInsyncReplicas ?? 1) : 1, replicaLagMaxMs: config.replicaLagMaxMs ?? REPLICA_LAG_MAX_MS_DEFAULT };
}

export interface TopicRecord {
  name: string;
  partitionCount: number;
  config: TopicConfig;
  createdMs: number;
}

export interface BrokerStorage {
  loadTopics(): Promise<TopicRecord[]>;
  /** Persist a new topic's metadata durably before it is used. */
  saveTopic(topic: TopicRecord): Promise<void>;
  /** Remove the topic's metadata and data (stores are already closed). */
  removeTopic(name: string): Promise<void>;
  openPartition(topic: TopicRecord, partition: number): Promise<LogStore>;
  /** Release what start() took (locks); called after every partition is closed. */
  close?(): Promise<void>;
}

export interface BrokerOptions {
  storage: BrokerStorage;
  clock: Clock;
  brokerId?: string;
  limits?: Partial<Limits>;
  log?: (line: string) => void;
}

export interface Topic {
  record: TopicRecord;
  partitions: PartitionLog[];
}

const topicNamePattern = /^[a-zA-Z0-9._-]+$/;

export function defaultTopicConfig(l: Limits): TopicConfig {
  return { retentionMs: 7 * 24 * 3600 * 1000, retentionBytes: -1, segmentBytes: l.segmentBytesDefault, segmentMs: l.segmentMsDefault };
}

export class Broker {
  readonly limits: Limits;
  readonly brokerId: string;
  readonly clock: Clock;
  private readonly storage: BrokerStorage;
  private readonly log: (line: string) => void;
  private readonly topics = new Map<string, Topic>();
  /** Names being created or deleted: a second request for the same name must not interleave. */
  private readonly busy = new Set<string>();
  private closing = false;

  constructor(opts: BrokerOptions) {
    this.storage = opts.storage;
    this.clock = opts.clock;
    this.brokerId = opts.brokerId ?? "edgelog-0";
    this.limits = { ...defaultLimits, ...opts.limits };
    this.log = opts.log ?? (() => {});
  }

  async start(): Promise<void> {
    for (const record of await this.storage.loadTopics()) {
      this.topics.set(record.name, await this.open(record));
    }
  }

  /**
   * The broker as sessions see it: every topic, every partition, on this one socket ("" endpoints), plus
   * what the host adds (the group family, and the group list for the admin family).
   */
  sessionHost(extra: { families?: readonly Family[]; listGroups?: () => Promise<string[]> } = {}): SessionHost {
    const admin = adminFamily({ ...this.topicAdmin(), listGroups: extra.listGroups });
    return { limits: this.limits, brokerId: this.brokerId, families: [admin, partitionFamily(this), ...(extra.families ?? [])] };
  }

  /** Every topic's partition count (what group coordinators assign from; a topic missing here is deleted). */
  partitionCounts(): Map<string, number> {
    return new Map([...this.topics].map(([name, t]) => [name, t.partitions.length]));
  }

  /** The admin requests' view of the broker (sessions and the HTTP metadata route). */
  topicAdmin(): TopicAdmin {
    return {
      metadata: (names) => {
        this.checkOpen();
        return (names.length ? names : this.topicNames()).map((n) => topicMetadata(this.topic(n)));
      },
      listTopics: () => {
        this.checkOpen();
        return this.topicNames();
      },
      createTopic: async (name, count, config) => topicMetadata(await this.createTopic(name, count, config)),
      deleteTopic: (name) => this.deleteTopic(name),
    };
  }

  topicNames(): string[] {
    return [...this.topics.keys()].sort();
  }

  topic(name: string): Topic {
    // close() forgets every topic at once: while it runs (and after), a request for one must learn that the
    // broker is going away (SHUTTING_DOWN, retriable), not that the topic does not exist (UNKNOWN_TOPIC, final).
    this.checkOpen();
    const t = this.topics.get(name);
    if (!t) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${name}"`);
    return t;
  }

  partition(topic: string, partition: number): PartitionLog {
    const t = this.topic(topic);
    const p = t.partitions[partition];
    if (!p) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `topic "${topic}" has no partition ${partition} (it has ${t.partitions.length})`);
    return p;
  }

  async createTopic(name: string, partitionCount: number, config: Partial<TopicConfig> = {}): Promise<Topic> {
    this.checkOpen();
    const record = newTopicRecord(name, partitionCount, config, this.limits, this.clock());
    if (this.topics.has(name) || this.busy.has(name)) throw new ProtocolError(ErrorCode.TOPIC_EXISTS, `topic "${name}" already exists`);
    this.busy.add(name);
    try {
      await this.storage.saveTopic(record);
      const topic = await this.open(record);
      this.topics.set(name, topic);
      this.log(`created topic ${name} with ${partitionCount} partition(s)`);
      return topic;
    } finally {
      this.busy.delete(name);
    }
  }

  async deleteTopic(name: string): Promise<void> {
    this.checkOpen();
    const topic = this.topic(name);
    this.topics.delete(name);
    this.busy.add(name);
    try {
      // Closing wakes every reader so sessions end their subscriptions with UNKNOWN_TOPIC.
      await Promise.all(topic.partitions.map((p) => p.close().catch(() => {})));
      await this.storage.removeTopic(name);
      this.log(`deleted topic ${name}`);
    } finally {
      this.busy.delete(name);
    }
  }

  /** One pass of retention over every partition. Returns how many partitions moved their log start. */
  async enforceRetention(): Promise<number> {
    let moved = 0;
    for (const t of [...this.topics.values()]) {
      for (const p of t.partitions) {
        const before = p.logStartOffset;
        try {
          if ((await p.enforceRetention()) !== before) moved++;
        } catch (err) {
          this.log(`retention failed on ${t.record.name}-${p.partition}: ${(err as Error).message}`);
        }
      }
    }
    return moved;
  }

  async close(): Promise<void> {
    this.closing = true;
    const all = [...this.topics.values()].flatMap((t) => t.partitions);
    this.topics.clear();
    await Promise.all(all.map((p) => p.close()));
    await this.storage.close?.();
  }

  private async open(record: TopicRecord): Promise<Topic> {
    const partitions: PartitionLog[] = [];
    for (let i = 0; i < record.partitionCount; i++) {
      partitions.push(openPartitionLog(record, i, await this.storage.openPartition(record, i), this.clock, this.limits));
    }
    return { record, partitions };
  }

  /** Throws SHUTTING_DOWN once close() has begun. */
  checkOpen(): void {
    if (this.closing) throw new ProtocolError(ErrorCode.SHUTTING_DOWN, "broker is shutting down");
  }
}

/** A partition log over its store, bounded by the deployment's limits (the Node broker and each edge partition object). */
export function openPartitionLog(record: TopicRecord, partition: number, store: LogStore, clock: Clock, l: Limits, replica?: ReplicaPersistence): PartitionLog {
  return new PartitionLog({
    replica,
    topic: record.name,
    partition,
    store,
    clock,
    retention: record.config,
    recordBytesMax: l.recordBytesMax,
    batchBytesMax: l.batchBytesMax,
    tailCacheBytesMax: l.tailCacheBytesMax,
    producersPerPartitionMax: l.producersPerPartitionMax,
    producerStateScanBytesMax: l.producerStateScanBytesMax,
  });
}

/**
 * Validates a create-topic request (name, partition count, config) and resolves the config's defaults:
 * the record a deployment persists. Throws INVALID_REQUEST.
 */
export function newTopicRecord(name: string, partitionCount: number, config: Partial<TopicConfig>, l: Limits, nowMs: number): TopicRecord {
  validateTopicName(name, l.topicNameLengthMax);
  if (!Number.isInteger(partitionCount) || partitionCount < 1 || partitionCount > l.partitionCountMax) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `partitions must be 1..${l.partitionCountMax}, got ${partitionCount}`);
  }
  return { name, partitionCount, config: resolveConfig(config, l), createdMs: nowMs };
}

/** What metadata says about one partition; a PartitionLog is one, and so is an edge partition object's answer. */
export interface PartitionStats {
  readonly partition: number;
  readonly logStartOffset: number;
  readonly highWatermark: number;
  readonly sizeBytes: number;
  /** A replicated partition (the edge): its leader, epoch and replicas as the leader sees them. */
  readonly replication?: PartitionReplicationStats;
}

export interface PartitionReplicationStats {
  leader: string;
  leaderEpoch: number;
  replicas: { region: string; leader: boolean; inSync: boolean; logEndOffset: number; lag: number }[];
}

/** A topic as the protocol describes it; `endpoint` names where its partitions are served ("" = here). */
export function topicMetadata(
  t: { record: TopicRecord; partitions: readonly PartitionStats[] },
  endpoint: (partition: number) => string = () => "",
  replicaEndpoint: (partition: number, region: string) => string = () => "",
): pb.ITopicMetadata {
  return {
    name: t.record.name,
    partitionCount: t.record.partitionCount,
    config: { ...t.record.config },
    partitions: t.partitions.map((p) => partitionMetadata(p, endpoint(p.partition), (region) => replicaEndpoint(p.partition, region))),
  };
}

/** One partition as the protocol describes it; a replicated one with its leader, epoch and replicas. */
export function partitionMetadata(p: PartitionStats, endpoint: string, replicaEndpoint: (region: string) => string = () => ""): pb.IPartitionMetadata {
  const m: pb.IPartitionMetadata = {
    partition: p.partition,
    leaderEndpoint: endpoint,
    logStartOffset: p.logStartOffset,
    highWatermark: p.highWatermark,
    sizeBytes: p.sizeBytes,
  };
  const r = p.replication;
  if (r) {
    m.leaderEpoch = r.leaderEpoch;
    m.leaderRegion = r.leader;
    m.replicas = r.replicas.map((x) => ({ region: x.region, endpoint: replicaEndpoint(x.region), leader: x.leader, inSync: x.inSync, logEndOffset: x.logEndOffset, lag: x.lag }));
  }
  return m;
}

/** Whether `name` may name a topic: 1..lengthMax of [a-zA-Z0-9._-], not "." or "..". */
export function isValidTopicName(name: string, lengthMax: number): boolean {
  return typeof name === "string" && name.length > 0 && name.length <= lengthMax && topicNamePattern.test(name) && name !== "." && name !== "..";
}

export function validateTopicName(name: string, lengthMax: number): void {
  if (!isValidTopicName(name, lengthMax)) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `invalid topic name "${String(name).slice(0, 64)}": use 1-${lengthMax} of [a-zA-Z0-9._-]`);
  }
}

function resolveConfig(c: Partial<TopicConfig>, l: Limits): TopicConfig {
  const d = defaultTopicConfig(l);
  // 0 (the protobuf default) means "broker default".
  const pick = (v: number | undefined, def: number) => (v === undefined || v === 0 ? def : v);
  const config: TopicConfig = {
    retentionMs: pick(c.retentionMs, d.retentionMs),
    retentionBytes: pick(c.retentionBytes, d.retentionBytes),
    segmentBytes: pick(c.segmentBytes, d.segmentBytes),
    segmentMs: pick(c.segmentMs, d.segmentMs),
  };
  for (const [k, v] of Object.entries(config) as [string, number][]) {
    if (!Number.isSafeInteger(v) || v < -1 || (v === -1 && (k === "segmentBytes" || k === "segmentMs"))) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `invalid ${k}: ${v}`);
    }
  }
  if (config.segmentBytes < 1024) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `segmentBytes must be >= 1024`);
  const r = resolveReplication(c, l.replicasMax);
  // Only a replicated topic carries the fields: records (and metadata) of the others stay as they were.
  if (r.replicas > 1) Object.assign(config, r);
  return config;
}
