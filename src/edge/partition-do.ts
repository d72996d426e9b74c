/**
 * One partition of one topic: a Durable Object named "topic/partition" that owns the partition's log
 * (core PartitionLog over SqliteStore) and serves its WebSocket endpoint (/v1/ws/p/:topic/:partition)
 * through the core Session. Everything here is adaptation: sockets, storage, the alarm, RPC.
 *
 * - Sockets are hibernatable: an idle subscriber costs nothing, and "ping" is answered by the runtime
 *   without waking the object. Each session's subscriptions and credit live in its socket's attachment;
 *   the constructor rebuilds every session before the event that woke the object runs, so an append
 *   reaches every subscriber (the core pushes through PartitionLog.onAppend, within each one's credit).
 * - One alarm, set for the next time retention or segment rolling has work (PartitionLog.nextRetentionDueMs).
 * - RPC for the topic object and the Worker: configure, append (HTTP produce), describe, destroy.
 * - This socket serves this partition only: requests for other partitions and admin requests answer
 *   NOT_LEADER (the bootstrap endpoint /v1/ws serves admin and metadata).
 * - A replicated topic has one such object per region ("topic/partition@region"): the replica's role,
 *   replication and the test-only faults are in replica.ts and faults.ts. Every replica serves reads up to
 *   the high watermark; only the leader takes produce (a follower's log answers NOT_LEADER).
 */
import { openPartitionLog, replicationOf, type PartitionStats, type TopicRecord } from "../core/broker.ts";
import type { ReplicaRole, ReplicateAnswer, ReplicateRequest } from "../core/replication.ts";
import { EdgeReplica, type ReplicaReport } from "./replica.ts";
import { FaultState, faultsEnabled, type Faults } from "./faults.ts";
import type { PartitionLog } from "../core/partition-log.ts";
import { partitionFamily } from "../core/partition-family.ts";
import type { SessionHost } from "../core/session.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { edgeLimits, edgeSessionLimits } from "./edge-limits.ts";
import { edgeAuth, objectName, parsePartitionObjectName, type Env } from "./env.ts";
import { answer, type RpcResult } from "./rpc.ts";
import { EarliestAlarm } from "./alarm.ts";
import { FANOUT_LINGER, MISROUTED, partitionSubscriptionCodec, ROUTE_CACHED_HEADER, SessionObject, SocketSessions } from "./socket-sessions.ts";
import { lingeredLog } from "../core/fanout-linger.ts";
import { SqliteStore } from "./sqlite-store.ts";

/** Storage key (sync KV) of the topic record this partition belongs to; absent = no such topic. */
const TOPIC_KEY = "topic";
/** Close code for sockets of a deleted partition (application range; the SDK reconnects and learns UNKNOWN_TOPIC). */
const CLOSE_TOPIC_DELETED = 4404;
/** Close code when this replica stops leading, or is cut off by an injected fault: the SDK reconnects (the Worker routes it to the leader). */
const CLOSE_LEADERSHIP_MOVED = 1012;

export class PartitionDO extends SessionObject {
  private readonly topic: string;
  private readonly partition: number;
  /** The replica's region when its topic is replicated, else null. */
  private readonly region: string | null;
  private readonly replica: EdgeReplica | null;
  private readonly faults: FaultState;
  private record: TopicRecord | null;
  private log: PartitionLog | null = null;
  protected readonly sessions: SocketSessions;
  /** The object's one alarm, moved only earlier (alarm.ts). */
  private readonly retentionAlarm = new EarliestAlarm(this.ctx);
  private retentionCheckQueued = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ({ topic: this.topic, partition: this.partition, region: this.region } = parsePartitionObjectName(objectName(ctx)));
    this.faults = new FaultState(ctx, faultsEnabled(env));
    this.replica =
      this.region === null ? null : new EdgeReplica(ctx, env, this.topic, this.partition, this.region, this.faults, () => this.sessions.closeAll(CLOSE_LEADERSHIP_MOVED, "leadership moved"));
    this.record = ctx.storage.kv.get<TopicRecord>(TOPIC_KEY) ?? null;
    if (this.record) this.open(this.record);
    this.sessions = new SocketSessions(ctx, this.sessionHost(), partitionSubscriptionCodec(this.topic, this.partition));
    this.sessions.restoreAll();
    const hibernatedSocketCount = this.sessions.socketCount;
    // Sockets that exist before this instance handled any event were kept by the runtime while the
    // object was evicted: it hibernated and is waking now. One line per wake-up, for operators (and the
    // hibernation test, which reads it from workerd's output). A first start has none, so logs nothing.
    if (hibernatedSocketCount > 0) console.log(`edgelog: partition ${this.topic}/${this.partition} woke with ${hibernatedSocketCount} hibernated sockets`);
  }

  async alarm(): Promise<void> {
    this.retentionAlarm.fired();
    await this.runRetention();
  }

  override async fetch(request: Request): Promise<Response> {
    await this.faults.check(`replica ${this.region}`);
    if (this.record === null && request.headers.has(ROUTE_CACHED_HEADER)) return new Response("no such topic here: ask its controller", { status: MISROUTED });
    return super.fetch(request);
  }

  // ---- RPC ------------------------------------------------------------------------------------------------

  /** Replicated topics: a leader's batches (core followerReceive). */
  async replicate(req: ReplicateRequest): Promise<RpcResult<ReplicateAnswer>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(() => this.requireReplica().receive(req));
  }

  /** Replicated topics: the controller's word on who leads in which epoch. */
  async setRole(role: ReplicaRole): Promise<RpcResult<ReplicaReport>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(() => {
      const replica = this.requireReplica();
      replica.setRole(role);
      return replica.report();
    });
  }

  /** Replicated topics: this replica's role and log end (the controller's elections; describe). */
  async replicaReport(): Promise<RpcResult<{ report: ReplicaReport; stats: PartitionStats }>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(() => ({ report: this.requireReplica().report(), stats: this.stats() }));
  }

  /** Test-only (EDGELOG_FAULTS=1): this replica's faults, see faults.ts. */
  async injectFault(faults: Faults): Promise<void> {
    this.faults.set(faults);
    if (faults.unreachable || faults.hang) this.sessions.closeAll(CLOSE_LEADERSHIP_MOVED, "injected fault: cut off");
  }

  /** Test-only (EDGELOG_FAULTS=1): every batch in this replica's log, for the history checker; ignores the unreachable fault. */
  async dumpLog(): Promise<RpcResult<{ records: Uint8Array; logStart: number; logEnd: number; highWatermark: number; role: ReplicaRole | null; led: number[]; sockets: number }>> {
    if (!faultsEnabled(this.env)) throw new Error("fault injection is off");
    return answer(async () => {
      const log = this.requireLog();
      const parts: Uint8Array[] = [];
      let offset = log.logStartOffset;
      while (offset < log.durableEndOffset) {
        const read = await log.readForReplica(offset, 4 * 1024 * 1024);
        if (read.records.byteLength === 0) break;
        parts.push(read.records);
        offset = read.nextOffset;
      }
      const total = parts.reduce((n, p) => n + p.byteLength, 0);
      const records = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        records.set(p, at);
        at += p.byteLength;
      }
      return { records, logStart: log.logStartOffset, logEnd: log.logEndOffset, highWatermark: log.highWatermark, role: this.replica?.currentRole ?? null, led: this.replica?.ledEpochs ?? [], sockets: this.sessions.socketCount };
    });
  }

  /**
   * Test-only (EDGELOG_FAULTS=1): one retention pass of this replica alone with `overrides` on the topic's
   * retention config (say retentionBytes 1: every sealed segment below the high watermark goes), the topic's
   * own config kept for every other pass. What a leader's retention does to a follower cut off for longer
   * than it, on demand and on one replica only (the alarm and byte retention of the topic's config would
   * run on every replica at times a test cannot choose). Answers the new log start; ignores faults.
   */
  async enforceRetentionWith(overrides: { retentionMs?: number; retentionBytes?: number }): Promise<RpcResult<number>> {
    if (!faultsEnabled(this.env)) throw new Error("fault injection is off");
    return answer(async () => {
      const log = this.requireLog();
      const config = log.retention;
      const override = { ...config, ...overrides };
      log.retention = override;
      try {
        return await log.enforceRetention();
      } finally {
        // Unless a new config arrived meanwhile (configure), which stays.
        if (log.retention === override) log.retention = config;
      }
    });
  }

  /** Makes this object the partition of `record` (creating its log), or takes a new config of the same topic. */
  async configure(record: TopicRecord, role?: ReplicaRole): Promise<RpcResult<PartitionStats>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(async () => {
      if (record.name !== this.topic || !(this.partition < record.partitionCount)) {
        throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.topic}-${this.partition} cannot serve topic "${record.name}" of ${record.partitionCount} partition(s)`);
      }
      if (this.record && this.log && this.record.createdMs === record.createdMs) {
        this.log.retention = record.config;
      } else {
        // A log of an earlier topic of the same name whose deletion did not finish: start afresh.
        if (this.record) await this.wipe();
        this.open(record);
      }
      this.record = record;
      this.ctx.storage.kv.put(TOPIC_KEY, record);
      if (role) this.replica?.setRole(role);
      this.scheduleRetention();
      return this.stats();
    });
  }

  /** Appends one batch (HTTP produce) and answers once it is durable (duplicate: a producer's retry, not stored again). */
  async append(batch: Uint8Array): Promise<RpcResult<{ baseOffset: number; duplicate: boolean }>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(() => this.requireLog().appendDurable(batch));
  }

  async describe(): Promise<RpcResult<PartitionStats>> {
    await this.faults.check(`replica ${this.region}`);
    return answer(() => {
      this.requireLog();
      return this.stats();
    });
  }

  /** Runs the alarm's work now (tests, operators). */
  async enforceRetention(): Promise<RpcResult<PartitionStats>> {
    return answer(async () => {
      this.requireLog();
      await this.runRetention();
      return this.stats();
    });
  }

  /** Deletes the partition: subscriptions end with UNKNOWN_TOPIC, storage is emptied, sockets are closed. */
  async destroy(): Promise<RpcResult<null>> {
    return answer(async () => {
      await this.wipe();
      this.sessions.closeAll(CLOSE_TOPIC_DELETED, "topic deleted");
      return null;
    });
  }

  // ---- internals ------------------------------------------------------------------------------------------

  private open(record: TopicRecord): void {
    const store = new SqliteStore(this.ctx.storage.sql, { segmentBytes: record.config.segmentBytes, now: Date.now, transaction: (body) => this.ctx.storage.transactionSync(body) });
    const log = openPartitionLog(record, this.partition, store, Date.now, edgeLimits, this.replica?.persistence());
    log.onAppend(() => this.retentionChanged());
    this.log = log;
    if (this.replica) {
      const replica = this.replica;
      log.onAppend(() => replica.wroteAsLeader());
      replica.attach(log, replicationOf(record.config));
    }
  }

  private requireReplica(): EdgeReplica {
    if (!this.replica) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `${this.topic}-${this.partition} is not replicated`);
    return this.replica;
  }

  private async wipe(): Promise<void> {
    const log = this.log;
    this.log = null;
    this.record = null;
    this.replica?.wipe();
    // Closing the log wakes its readers: each session ends its subscriptions with UNKNOWN_TOPIC.
    if (log) await log.destroy();
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.retentionAlarm.fired();
  }

  private requireLog(): PartitionLog {
    if (!this.log) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${this.topic}"`);
    return this.log;
  }

  private stats(): PartitionStats {
    const log = this.requireLog();
    return { partition: this.partition, logStartOffset: log.logStartOffset, highWatermark: log.highWatermark, sizeBytes: log.sizeBytes };
  }

  private async runRetention(): Promise<void> {
    if (!this.log) return;
    await this.log.enforceRetention();
    this.scheduleRetention();
  }

  /** After appends: the byte bound or the active segment may have changed; look once per turn. */
  private retentionChanged(): void {
    if (this.retentionCheckQueued) return;
    this.retentionCheckQueued = true;
    queueMicrotask(() => {
      this.retentionCheckQueued = false;
      this.scheduleRetention();
    });
  }

  /** Moves the alarm earlier when retention has work before it (a later alarm would only re-check). */
  private scheduleRetention(): void {
    const dueMs = this.log?.nextRetentionDueMs() ?? null;
    this.retentionAlarm.armBy(dueMs);
  }

  /** A partition endpoint serves the partition family for its own partition; admin requests answer NOT_LEADER. */
  private sessionHost(): SessionHost {
    const partitions = partitionFamily({
      partition: (topic, partition) => {
        if (topic !== this.topic || partition !== this.partition) {
          throw new ProtocolError(ErrorCode.NOT_LEADER, `this endpoint serves ${this.topic}-${this.partition} only, not ${topic}-${partition}: ask the bootstrap endpoint for metadata`);
        }
        // Fan-out: appends announced to subscribers in lingered rounds (FANOUT_LINGER, socket-sessions.ts).
        return lingeredLog(this.requireLog(), FANOUT_LINGER);
      },
    });
    return { limits: edgeSessionLimits(this.env), brokerId: `edge/${this.topic}/${this.partition}`, families: [partitions], auth: edgeAuth(this.env) };
  }
}
