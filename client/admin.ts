/**
 * Topic administration and metadata: thin request/answer wrappers over the bootstrap connection, with the
 * wire's snake-case-free protobuf objects turned into plain SDK objects (config values in ms and bytes).
 */
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, type pb } from "../src/protocol/frames.ts";
import type { Connection } from "./connection.ts";
import { InvalidRequestError, UnknownTopicError } from "./errors.ts";

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
