/**
 * One replica of a replicated partition at the edge: the adapter between a PartitionDO and the core's
 * replication (src/core/replication.ts). It keeps the replica's role (who leads, in which epoch) in the
 * object's storage, runs the core Replicator while this replica leads, takes the leader's batches while
 * it follows, and carries the calls: DO RPC to the other replicas and to the topic's controller (TopicDO).
 */
import type { PartitionLog, ReplicaPersistence } from "../core/partition-log.ts";
import { followerReceive, Replicator, type EpochEntry, type ReplicaRole, type ReplicateAnswer, type ReplicateRequest, type ReplicationConfig } from "../core/replication.ts";
import { KeyedQueue } from "../core/keyed-queue.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { replicaStub, topicStub, type Env } from "./env.ts";
import type { FaultState } from "./faults.ts";
import { call } from "./rpc.ts";

const ROLE_KEY = "replica-role";
const EPOCHS_KEY = "replica-epochs";
const HW_KEY = "replica-hw";
/** The epochs this replica led (the newest 1,000): what a history checker compares across replicas. */
const LED_KEY = "replica-led";
/** A call to another object that takes longer than this counts as unreachable (a cut-off region hangs). */
export const PEER_CALL_TIMEOUT_MS = 5_000;
/**
 * The controller's shorter bound for what a failover waits on: whether the leader answers, and telling the
 * replicas other than the new leader. A leader slower than this is replaced (the epoch fences it, so a
 * needless election costs an epoch, never a record); a replica not told in time learns the epoch from the
 * new leader's first request.
 */
export const FAILOVER_CALL_TIMEOUT_MS = 1_000;

/** What a replica reports for describe and for the controller's elections. */
export interface ReplicaReport {
  region: string;
  role: ReplicaRole | null;
  logEnd: number;
  /** The leader's view of every replica (only from the leader). */
  replicas?: { replica: string; leader: boolean; inSync: boolean; logEnd: number; lag: number }[];
}

export class EdgeReplica {
  private role: ReplicaRole | null;
  private replicator: Replicator | null = null;
  private log: PartitionLog | null = null;
  private readonly receiving = new KeyedQueue();
  private config: ReplicationConfig | null = null;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly env: Env,
    readonly topic: string,
    readonly partition: number,
    readonly region: string,
    private readonly faults: FaultState,
    /** Called when this replica stops leading: its clients must reconnect to the new leader. */
    private readonly onStepDown: () => void,
  ) {
    this.role = ctx.storage.kv.get<ReplicaRole>(ROLE_KEY) ?? null;
  }

  /** What PartitionLog keeps beside the log of this replica (its epochs and high watermark). */
  persistence(): ReplicaPersistence {
    const kv = this.ctx.storage.kv;
    return {
      epochs: kv.get<EpochEntry[]>(EPOCHS_KEY) ?? [],
      highWatermark: kv.get<number>(HW_KEY) ?? 0,
      saveEpochs: (entries) => kv.put(EPOCHS_KEY, [...entries]),
      saveHighWatermark: (offset) => kv.put(HW_KEY, offset),
    };
  }

  get isLeader(): boolean {
    return this.role?.leader === this.region && this.replicator !== null && !this.replicator.isStopped;
  }

  get currentRole(): ReplicaRole | null {
    return this.role;
  }

  /** The epochs this replica has led (diagnostics and the history checker). */
  get ledEpochs(): number[] {
    return this.ctx.storage.kv.get<number[]>(LED_KEY) ?? [];
  }

  /** The log opened (or reopened): act on the stored role. */
  attach(log: PartitionLog, config: ReplicationConfig): void {
    this.log = log;
    // A produce that reached a follower (its socket was routed just before leadership moved): after the
    // NOT_LEADER answer, close the sockets so the SDK reconnects through the Worker to the leader.
    log.onNotLeader = () => setTimeout(() => this.onStepDown(), 0);
    this.config = config;
    this.apply();
  }

  /** The log is going away (topic deleted). */
  detach(): void {
    this.stopLeading();
    this.log = null;
  }

  /** Forgets everything (a topic deleted, or re-created under the same name). */
  wipe(): void {
    this.detach();
    this.role = null;
  }

  /** The controller's word: who leads in which epoch. An older epoch than this replica knows is FENCED. */
  setRole(role: ReplicaRole): void {
    if (this.role && role.epoch < this.role.epoch) {
      throw new ProtocolError(ErrorCode.FENCED, `replica ${this.region} knows epoch ${this.role.epoch}, newer than ${role.epoch}`);
    }
    const wasLeading = this.isLeader;
    const sameLeadership = this.role !== null && this.role.epoch === role.epoch && this.role.leader === role.leader;
    this.role = { leader: role.leader, epoch: role.epoch, isr: [...role.isr] };
    this.ctx.storage.kv.put(ROLE_KEY, this.role);
    if (sameLeadership && (wasLeading || role.leader !== this.region)) return;
    this.apply();
    if (wasLeading && !this.isLeader) this.onStepDown();
  }

  /** A leader's batches (or probe). One at a time per replica. */
  receive(req: ReplicateRequest): Promise<ReplicateAnswer> {
    return this.receiving.run("", async () => {
      const log = this.log;
      if (!log) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${this.topic}"`);
      const role = this.role ?? { leader: "", epoch: -1, isr: [] };
      const { answer, adopt } = await followerReceive(log, role, this.region, req);
      if (adopt) this.setRole(adopt);
      if (answer.ok && req.records.byteLength > 0 && this.faults.crashDue()) this.ctx.abort("injected fault: crash after a replicated write");
      return answer;
    });
  }

  /** A produce this leader stored: crash now if the test asked for it (after the write, before the answer). */
  wroteAsLeader(): void {
    if (this.isLeader && this.faults.crashDue()) this.ctx.abort("injected fault: crash after a produce's write");
  }

  report(): ReplicaReport {
    const logEnd = this.log?.logEndOffset ?? 0;
    const r: ReplicaReport = { region: this.region, role: this.role, logEnd };
    if (this.isLeader && this.replicator) r.replicas = this.replicator.view.replicaStates(logEnd);
    return r;
  }

  // ---- internals ------------------------------------------------------------------------------------------

  private apply(): void {
    const log = this.log;
    const role = this.role;
    const config = this.config;
    if (!log || !role || !config) return;
    if (role.leader !== this.region) {
      this.stopLeading();
      return;
    }
    if (this.replicator && !this.replicator.isStopped && this.replicator.epoch === role.epoch) return;
    this.stopLeading();
    // A new leader learns its producers from the log (followers do not keep their state).
    log.resetProducerState();
    log.leaderEpoch = role.epoch;
    const led = this.ctx.storage.kv.get<number[]>(LED_KEY) ?? [];
    if (!led.includes(role.epoch)) this.ctx.storage.kv.put(LED_KEY, [...led, role.epoch].slice(-1000));
    const replicator = new Replicator(log, role, this.region, config.regions, config, this.port(), Date.now);
    this.replicator = replicator;
    log.ackGate = replicator;
  }

  private stopLeading(): void {
    if (this.log) {
      this.log.leaderEpoch = -1;
      this.log.ackGate = null;
    }
    this.replicator?.stop();
    this.replicator = null;
  }

  private port() {
    return {
      replicate: async (to: string, req: ReplicateRequest): Promise<ReplicateAnswer> => {
        await this.faults.check(`replica ${this.region}`);
        await this.faults.roundTrip(to);
        // Cut off while the request was on its way: it never arrives.
        await this.faults.check(`replica ${this.region}`);
        const answer = await withTimeout(call(replicaStub(this.env, this.topic, this.partition, to).replicate(req)), `replica ${to}`);
        await this.faults.check(`replica ${this.region}`);
        return answer;
      },
      alterIsr: async (isr: string[], epoch: number): Promise<ReplicaRole> => {
        await this.faults.check(`replica ${this.region}`);
        return withTimeout(call(topicStub(this.env, this.topic).alterIsr(this.partition, this.region, epoch, isr)), "the controller");
      },
      steppedDown: (known: { epoch: number; leader: string } | null) => {
        this.stopLeading();
        this.onStepDown();
        if (known && (!this.role || known.epoch > this.role.epoch)) {
          this.setRole({ leader: known.leader, epoch: known.epoch, isr: this.role?.isr ?? [] });
          return;
        }
        // Learn the current leadership from the controller (best effort: the next call retries).
        void withTimeout(call(topicStub(this.env, this.topic).leadership(this.partition)), "the controller")
          .then((role) => role && this.setRole(role))
          .catch(() => {});
      },
      isrChanged: (role: ReplicaRole) => {
        if (this.role && role.epoch === this.role.epoch) {
          this.role = { ...role, isr: [...role.isr] };
          this.ctx.storage.kv.put(ROLE_KEY, this.role);
        }
      },
      sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    };
  }
}

/** A call that rejects after PEER_CALL_TIMEOUT_MS (a region cut off does not answer at all). */
export function withTimeout<T>(p: Promise<T>, what: string, ms = PEER_CALL_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProtocolError(ErrorCode.TIMEOUT, `${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => {
    if (timer !== null) clearTimeout(timer);
  });
}
