/**
 * One topic: a Durable Object named after it that keeps its record (partition count, config, creation
 * time) and answers what clients bootstrap from. Creating configures every partition object before the
 * record is stored, so a topic is visible only once all its partitions can take appends; deleting
 * removes the record first, so nothing new finds the topic while its partitions are destroyed.
 * Mutations come from the cluster object, one at a time per name.
 *
 * For a replicated topic it is also the controller (src/core/replication.ts): it keeps each partition's
 * leader, leader epoch and ISR in its storage, elects a new leader from the ISR when the leader cannot be
 * reached (found out when describing the partition or routing a client to it), takes the leaders' ISR
 * changes, and moves leadership on an operator's request. One change at a time per partition.
 */
import { DurableObject } from "cloudflare:workers";
import { replicationOf, type PartitionStats, type TopicRecord } from "../core/broker.ts";
import { alterIsr, electLeader, initialLeadership, type PartitionLeadership, type ReplicaRole } from "../core/replication.ts";
import { KeyedQueue } from "../core/keyed-queue.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { partitionStub, replicaStub, type Env } from "./env.ts";
import { FAILOVER_CALL_TIMEOUT_MS, withTimeout, type ReplicaReport } from "./replica.ts";
import { answer, call, type RpcResult } from "./rpc.ts";
import { Quotas } from "../core/quota.ts";
import { edgeSessionLimits } from "./edge-limits.ts";

const TOPIC_KEY = "topic";
const leadKey = (partition: number) => `lead:${partition}`;
/** How long a planned leader move waits for the new leader to catch up before it moves anyway. */
const HANDOVER_WAIT_MS = 2_000;

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
      const replication = replicationOf(record.config);
      if (replication.replicas === 1) {
        const partitions = await Promise.all(range(record.partitionCount).map((p) => call(partitionStub(this.env, record.name, p).configure(record))));
        this.ctx.storage.kv.put(TOPIC_KEY, record);
        return { record, partitions };
      }
      // Every replica of every partition, each in its region, knows the first leadership before the topic exists.
      const lead = initialLeadership(replication);
      const stats = await Promise.all(
        range(record.partitionCount).map(async (p) => {
          const all = await Promise.all(replication.regions.map((region) => call(replicaStub(this.env, record.name, p, region).configure(record, lead))));
          this.ctx.storage.kv.put(leadKey(p), lead);
          return all[0]!;
        }),
      );
      this.ctx.storage.kv.put(TOPIC_KEY, record);
      return { record, partitions: stats.map((st) => ({ ...st, replication: { leader: lead.leader, leaderEpoch: lead.epoch, replicas: replication.regions.map((r) => ({ region: r, leader: r === lead.leader, inSync: true, logEndOffset: 0, lag: 0 })) } })) };
    });
  }

  async delete(): Promise<RpcResult<null>> {
    return answer(async () => {
      const record = this.requireRecord();
      this.ctx.storage.kv.delete(TOPIC_KEY);
      const { replicas, regions } = replicationOf(record.config);
      await Promise.all(
        range(record.partitionCount).map(async (p) => {
          if (replicas === 1) return call(partitionStub(this.env, record.name, p).destroy());
          this.ctx.storage.kv.delete(leadKey(p));
          // A replica that cannot be reached now keeps its log until the name is used again (configure wipes it).
          await Promise.all(regions.map((r) => call(replicaStub(this.env, record.name, p, r).destroy()).catch(() => null)));
          return null;
        }),
      );
      return null;
    });
  }

  async describe(): Promise<RpcResult<TopicState>> {
    return answer(async () => {
      const record = this.requireRecord();
      const replicated = replicationOf(record.config).replicas > 1;
      const partitions = await Promise.all(range(record.partitionCount).map((p) => (replicated ? this.describeReplicated(record, p) : call(partitionStub(this.env, record.name, p).describe()))));
      return { record, partitions };
    });
  }

  // ---- the controller (replicated topics) -----------------------------------------------------------------

  /**
   * Where a partition's clients go: its leader's region, or null for an unreplicated topic (and an unknown
   * one: its partition object answers). `failed`: the caller could not reach that leader; unless the
   * leadership changed since, the controller checks it and elects another if it is gone.
   */
  async route(partition: number, failed?: string): Promise<RpcResult<{ leader: string | null; epoch: number; regions: string[]; unreplicated: boolean }>> {
    return answer(async () => {
      const record = this.record;
      // unreplicated: a property of the topic (callers may remember it), never of one partition asked for.
      const unreplicated = record !== null && replicationOf(record.config).replicas === 1;
      if (!record || unreplicated || !(partition < record.partitionCount)) return { leader: null, epoch: -1, regions: [], unreplicated };
      let lead = this.lead(partition);
      if (failed !== undefined && failed === lead.leader) lead = await this.checkLeader(record, partition, lead.epoch);
      return { leader: lead.leader, epoch: lead.epoch, regions: replicationOf(record.config).regions, unreplicated: false };
    });
  }

  /** A partition's leadership as the controller has it (null: not a replicated partition). */
  async leadership(partition: number): Promise<RpcResult<ReplicaRole | null>> {
    return answer(() => {
      const record = this.record;
      if (!record || replicationOf(record.config).replicas === 1 || !(partition < record.partitionCount)) return null;
      return this.lead(partition);
    });
  }

  /** A leader's AlterPartition (core alterIsr): FENCED unless it leads in the current epoch. */
  async alterIsr(partition: number, from: string, epoch: number, isr: string[]): Promise<RpcResult<ReplicaRole>> {
    return answer(() =>
      this.changes.run(String(partition), async () => {
        const record = this.requireRecord();
        const next = alterIsr(this.lead(partition), from, epoch, isr, replicationOf(record.config).regions);
        this.ctx.storage.kv.put(leadKey(partition), next);
        return next;
      }),
    );
  }

  /** An operator moves leadership to the in-sync replica in `region` (after it catches up, within HANDOVER_WAIT_MS). */
  async electLeader(partition: number, region: string): Promise<RpcResult<PartitionStats>> {
    return answer(async () => {
      const record = this.requireRecord();
      const replication = replicationOf(record.config);
      if (replication.replicas === 1) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `topic "${record.name}" has one replica per partition: there is no leader to elect`);
      if (!(Number.isInteger(partition) && partition >= 0 && partition < record.partitionCount)) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `topic "${record.name}" has no partition ${partition}`);
      if (!replication.regions.includes(region)) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `topic "${record.name}" has no replica in "${region}" (regions: ${replication.regions.join(",")})`);
      await this.changes.run(String(partition), async () => {
        const lead = this.lead(partition);
        if (lead.leader === region) return;
        // Let the new leader catch up with the old one first, so the move truncates nothing.
        const deadline = Date.now() + HANDOVER_WAIT_MS;
        for (;;) {
          const [old, next] = await Promise.all([this.report(record, partition, lead.leader), this.report(record, partition, region)]);
          if (!next) throw new ProtocolError(ErrorCode.NOT_LEADER, `the replica in "${region}" does not answer`);
          if (!old || next.report.logEnd >= old.report.logEnd || Date.now() >= deadline) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        const ends = await this.logEnds(record, partition, lead.isr.filter((r) => r !== lead.leader));
        await this.install(record, partition, electLeader(lead, ends, region));
      });
      return this.describeReplicated(record, partition);
    });
  }

  private readonly changes = new KeyedQueue();

  private lead(partition: number): PartitionLeadership {
    const lead = this.ctx.storage.kv.get<PartitionLeadership>(leadKey(partition));
    if (!lead) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `no leadership stored for ${this.ctx.id.name}-${partition}`);
    return lead;
  }

  /** A replica's report, or null when it cannot be reached within FAILOVER_CALL_TIMEOUT_MS. */
  private async report(record: TopicRecord, partition: number, region: string): Promise<{ report: ReplicaReport; stats: PartitionStats } | null> {
    try {
      return await withTimeout(call(replicaStub(this.env, record.name, partition, region).replicaReport()), `replica ${region}`, FAILOVER_CALL_TIMEOUT_MS);
    } catch {
      return null;
    }
  }

  private async logEnds(record: TopicRecord, partition: number, regions: string[]): Promise<Map<string, number>> {
    const reports = await Promise.all(regions.map((r) => this.report(record, partition, r)));
    const ends = new Map<string, number>();
    regions.forEach((r, i) => {
      const rep = reports[i];
      if (rep) ends.set(r, rep.report.logEnd);
    });
    return ends;
  }

  /** Persists a new leadership, tells the new leader (must succeed) and every other replica (best effort). */
  private async install(record: TopicRecord, partition: number, next: PartitionLeadership): Promise<PartitionLeadership> {
    this.ctx.storage.kv.put(leadKey(partition), next);
    const { regions } = replicationOf(record.config);
    // The old leader first, so it stops taking writes before the new one starts.
    await Promise.all(regions.filter((r) => r !== next.leader).map((r) => withTimeout(call(replicaStub(this.env, record.name, partition, r).setRole(next)), `replica ${r}`, FAILOVER_CALL_TIMEOUT_MS).catch(() => null)));
    await withTimeout(call(replicaStub(this.env, record.name, partition, next.leader).setRole(next)), `replica ${next.leader}`);
    return next;
  }

  /** The leader of `epoch` may be gone: if it does not answer, elect another from the ISR (once per epoch). */
  private checkLeader(record: TopicRecord, partition: number, epoch: number): Promise<PartitionLeadership> {
    return this.changes.run(String(partition), async () => {
      const lead = this.lead(partition);
      if (lead.epoch !== epoch) return lead;
      const current = await this.report(record, partition, lead.leader);
      if (current) {
        // It answers: make sure it knows it leads (a setRole lost with an earlier install).
        if (current.report.role?.epoch !== lead.epoch || current.report.role.leader !== lead.leader) await this.install(record, partition, lead);
        return lead;
      }
      const ends = await this.logEnds(record, partition, lead.isr.filter((r) => r !== lead.leader));
      return this.install(record, partition, electLeader(lead, ends));
    });
  }

  /** Stats of a replicated partition from its leader (electing a new one if it is gone). */
  private async describeReplicated(record: TopicRecord, partition: number): Promise<PartitionStats> {
    let lead = this.lead(partition);
    let r = await this.report(record, partition, lead.leader);
    if (!r || r.report.role?.epoch !== lead.epoch) {
      lead = await this.checkLeader(record, partition, lead.epoch);
      r = await this.report(record, partition, lead.leader);
    }
    const { regions } = replicationOf(record.config);
    if (!r) throw new ProtocolError(ErrorCode.NOT_LEADER, `the leader of ${record.name}-${partition} ("${lead.leader}") does not answer`);
    const views = r.report.replicas;
    return {
      ...r.stats,
      replication: {
        leader: lead.leader,
        leaderEpoch: lead.epoch,
        replicas: regions.map((region) => {
          const v = views?.find((x) => x.replica === region);
          const inSync = lead.isr.includes(region);
          return v ? { region, leader: v.leader, inSync, logEndOffset: v.logEnd, lag: v.lag } : { region, leader: region === lead.leader, inSync, logEndOffset: region === lead.leader ? r.report.logEnd : -1, lag: region === lead.leader ? 0 : -1 };
        }),
      },
    };
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
