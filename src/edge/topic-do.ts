/**
 * One topic: a Durable Object named after it that keeps its record (partition count, config, creation
 * time) and answers what clients bootstrap from. Creating configures every partition object before the
 * record is stored, so a topic is visible only once all its partitions can take appends; deleting
 * removes the record first, so nothing new finds the topic while its partitions are destroyed.
 * Mutations come from the cluster object, one at a time per name.
 */
import { DurableObject } from "cloudflare:workers";
import type { PartitionStats, TopicRecord } from "../core/broker.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { partitionStub, type Env } from "./env.ts";
import { answer, call, type RpcResult } from "./rpc.ts";
import { Quotas } from "../core/quota.ts";
import { edgeSessionLimits } from "./edge-limits.ts";

const TOPIC_KEY = "topic";

/** A topic and the state of its partitions: what metadata is made of (core topicMetadata). */
export interface TopicState {
  record: TopicRecord;
  partitions: PartitionStats[];
}

export class TopicDO extends DurableObject<Env> {
  /** HTTP produce quotas of the principals writing this topic (the edge's quotas are per object). */
  private quotas: Quotas | null = null;

  /** Charges an HTTP produce of `bytes` to `principal`, or answers THROTTLED with its retryAfterMs. */
  async chargeProduce(principal: string, bytes: number): Promise<RpcResult<null>> {
    return answer(() => {
      this.quotas ??= new Quotas(edgeSessionLimits(this.env), Date.now);
      this.quotas.produceHttp(principal, bytes);
      return null;
    });
  }
  private get record(): TopicRecord | null {
    return this.ctx.storage.kv.get<TopicRecord>(TOPIC_KEY) ?? null;
  }

  /** The topic's record, or null when there is no such topic. */
  async getRecord(): Promise<TopicRecord | null> {
    return this.record;
  }

  async create(record: TopicRecord): Promise<RpcResult<TopicState>> {
    return answer(async () => {
      if (record.name !== this.ctx.id.name) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `topic object "${this.ctx.id.name}" cannot hold "${record.name}"`);
      if (this.record) throw new ProtocolError(ErrorCode.TOPIC_EXISTS, `topic "${record.name}" already exists`);
      const partitions = await Promise.all(range(record.partitionCount).map((p) => call(partitionStub(this.env, record.name, p).configure(record))));
      this.ctx.storage.kv.put(TOPIC_KEY, record);
      return { record, partitions };
    });
  }

  async delete(): Promise<RpcResult<null>> {
    return answer(async () => {
      const record = this.requireRecord();
      this.ctx.storage.kv.delete(TOPIC_KEY);
      await Promise.all(range(record.partitionCount).map((p) => call(partitionStub(this.env, record.name, p).destroy())));
      return null;
    });
  }

  async describe(): Promise<RpcResult<TopicState>> {
    return answer(async () => {
      const record = this.requireRecord();
      const partitions = await Promise.all(range(record.partitionCount).map((p) => call(partitionStub(this.env, record.name, p).describe())));
      return { record, partitions };
    });
  }

  private requireRecord(): TopicRecord {
    const record = this.record;
    if (!record) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${this.ctx.id.name}"`);
    return record;
  }
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
