/**
 * Replication of one partition, platform-free (Kafka's design, on whatever carries the calls): the
 * controller's decisions, the leader's view of its followers, and the leader-epoch history every replica
 * keeps. The edge deployment wires these to Durable Objects (src/edge/partition-do.ts, topic-do.ts); the
 * Node broker is one node and never replicates.
 *
 * Terms, as in Kafka:
 * - Each partition has replicas (ids: their region names), one leader per leader epoch. Only the
 *   controller (one per topic) chooses leaders and epochs, so one epoch never has two leaders.
 * - The in-sync replica set (ISR): the replicas that have every record the leader has acknowledged with
 *   acks 'all'. Only an ISR member may become leader (no unclean election), so an acknowledged record
 *   outlives the loss of any replica while another ISR member is left.
 * - The high watermark (HW): the offset every ISR member has stored. Consumers see records only below it,
 *   so no consumer ever sees a record a failover could lose.
 * - ISR changes go through the controller (AlterPartition): the leader keeps counting a replica it asked
 *   to drop until the controller agrees, and counts a replica it asked to add from the moment it asks
 *   (KIP-497's "maximal ISR"), so the controller's ISR is always a subset of the replicas the leader
 *   waits for: whichever ISR member the controller elects has every acknowledged record.
 * - Leader epochs are written into each batch header (partitionLeaderEpoch). Each replica keeps the
 *   start offset of every epoch in its log (EpochHistory); after a failover a follower whose tail was
 *   written by a leader that lost its place truncates at the first offset where the histories disagree
 *   (KIP-101 / KIP-279), then follows the new leader.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";

// ---- topic configuration ----------------------------------------------------------------------------------

/** Durable Object location hints (Cloudflare's list): a replica's region. */
export const REGIONS = ["wnam", "enam", "sam", "weur", "eeur", "apac", "oc", "afr", "me"] as const;

export interface ReplicationConfig {
  /** Replicas per partition (1 = not replicated). */
  replicas: number;
  /** One region per replica, in order; the first leads at creation. Empty when replicas is 1. */
  regions: string[];
  /** acks 'all' needs this many in-sync replicas, else NOT_ENOUGH_REPLICAS. */
  minInsyncReplicas: number;
  /** A follower that has not caught up with the leader's log end for this long leaves the ISR. */
  replicaLagMaxMs: number;
}

export const REPLICA_LAG_MAX_MS_DEFAULT = 10_000;

/** Roughly the middle of each location hint's area (latitude, longitude): to find the replica nearest a caller. */
const REGION_CENTRES: Record<string, readonly [number, number]> = {
  wnam: [37, -120],
  enam: [39, -77],
  sam: [-23, -46],
  weur: [50, 5],
  eeur: [50, 20],
  apac: [1, 104],
  oc: [-33, 151],
  afr: [-26, 28],
  me: [25, 55],
};

/**
 * The region among `regions` nearest to a caller at `at` (great-circle distance to the region's middle),
 * or null when the caller's position is unknown (the Worker reads it from request.cf).
 */
export function nearestRegion(at: { latitude?: unknown; longitude?: unknown } | null | undefined, regions: readonly string[]): string | null {
  const lat = Number(at?.latitude);
  const lon = Number(at?.longitude);
  if (!at || at.latitude === undefined || at.longitude === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const r of regions) {
    const c = REGION_CENTRES[r];
    if (!c) continue;
    const d = greatCircle(lat, lon, c[0], c[1]);
    if (d < bestDistance) [best, bestDistance] = [r, d];
  }
  return best;
}

/** Central angle between two points (radians; enough to compare distances). */
function greatCircle(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Checks and completes the replication part of a topic's config (0 / empty = default). `replicasMax` is the
 * deployment's bound: 1 on the Node broker (one node), the number of regions at the edge.
 */
export function resolveReplication(c: { replicas?: number; regions?: string[]; minInsyncReplicas?: number; replicaLagMaxMs?: number }, replicasMax: number): ReplicationConfig {
  const regions = [...(c.regions ?? [])];
  const replicas = c.replicas || Math.max(1, regions.length);
  if (!Number.isInteger(replicas) || replicas < 1) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `replicas must be >= 1, got ${replicas}`);
  if (replicas > replicasMax) {
    throw new ProtocolError(
      ErrorCode.INVALID_REQUEST,
      replicasMax === 1 ? `this broker is a single node and keeps 1 replica per partition (replication across regions is the edge deployment's)` : `replicas must be <= ${replicasMax}, got ${replicas}`,
    );
  }
  if (replicas > 1 && regions.length !== replicas) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `a topic with ${replicas} replicas needs ${replicas} regions, one per replica (got ${regions.length})`);
  if (replicas === 1 && regions.length > 1) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `one replica takes at most one region, got ${regions.length}`);
  for (const r of regions) if (!(REGIONS as readonly string[]).includes(r)) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `unknown region "${String(r).slice(0, 16)}": use ${REGIONS.join(", ")}`);
  if (new Set(regions).size !== regions.length) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `regions must differ: one replica per region`);
  const minInsyncReplicas = c.minInsyncReplicas || 1;
  if (!Number.isInteger(minInsyncReplicas) || minInsyncReplicas < 1 || minInsyncReplicas > replicas) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `minInsyncReplicas must be 1..${replicas}, got ${minInsyncReplicas}`);
  }
  const replicaLagMaxMs = c.replicaLagMaxMs || REPLICA_LAG_MAX_MS_DEFAULT;
  if (!Number.isSafeInteger(replicaLagMaxMs) || replicaLagMaxMs < 1) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `replicaLagMaxMs must be >= 1, got ${replicaLagMaxMs}`);
  return { replicas, regions: replicas > 1 ? regions : regions.slice(0, 1), minInsyncReplicas, replicaLagMaxMs };
}

// ---- leader epochs ----------------------------------------------------------------------------------------

export interface EpochEntry {
  epoch: number;
  /** First offset written in this epoch. */
  startOffset: number;
}

/**
 * Where each leader epoch starts in one replica's log (Kafka's leader-epoch checkpoint). Epochs only grow
 * along the log; an entry is added when a batch of a newer epoch is stored, and entries past a truncation
 * point are dropped with the records.
 */
export class EpochHistory {
  private list: EpochEntry[];

  constructor(entries: readonly EpochEntry[] = []) {
    this.list = entries.map((e) => ({ ...e }));
  }

  get entries(): readonly EpochEntry[] {
    return this.list;
  }

  get latestEpoch(): number {
    return this.list.at(-1)?.epoch ?? -1;
  }

  /** A batch of `epoch` stored at `offset`. True when that starts a new epoch (persist the history). */
  observe(epoch: number, offset: number): boolean {
    const last = this.list.at(-1);
    if (last && epoch <= last.epoch) return false;
    this.list.push({ epoch, startOffset: offset });
    return true;
  }

  /** The whole log was dropped (a follower reset to the leader's log start): forget every entry. */
  clear(): void {
    this.list = [];
  }

  /** Records from `offset` on were removed. True when entries went with them. */
  truncate(offset: number): boolean {
    const before = this.list.length;
    this.list = this.list.filter((e) => e.startOffset < offset);
    return this.list.length !== before;
  }

  /**
   * Kafka's OffsetsForLeaderEpoch: the largest epoch <= `epoch` in this log and one past its last offset
   * (the next epoch's start, or `logEnd` for the latest). { epoch: -1, endOffset: -1 } when none is <= it.
   */
  endOffsetFor(epoch: number, logEnd: number): { epoch: number; endOffset: number } {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const e = this.list[i]!;
      if (e.epoch <= epoch) return { epoch: e.epoch, endOffset: i + 1 < this.list.length ? this.list[i + 1]!.startOffset : logEnd };
    }
    return { epoch: -1, endOffset: -1 };
  }
}

/**
 * Where a follower's log stops agreeing with the leader's: the offset the follower truncates to before it
 * takes the leader's batches. Walks the follower's epochs from the newest: the first one the leader also
 * has is shared up to the smaller of their two ends (one leader wrote that epoch, append-only); epochs
 * the leader never had were written by a leader that lost its place, and go.
 */
export function divergenceOffset(leader: { history: EpochHistory; logEnd: number }, follower: { history: readonly EpochEntry[]; logEnd: number; logStart: number }): number {
  const f = follower.history;
  for (let i = f.length - 1; i >= 0; i--) {
    const { epoch, endOffset } = leader.history.endOffsetFor(f[i]!.epoch, leader.logEnd);
    if (epoch !== f[i]!.epoch) continue;
    const followerEnd = i + 1 < f.length ? f[i + 1]!.startOffset : follower.logEnd;
    return Math.min(followerEnd, endOffset);
  }
  // Nothing shared that the histories know of (an empty follower, or records older than every entry).
  return Math.min(follower.logEnd, Math.max(follower.logStart, leader.history.entries[0]?.startOffset ?? 0));
}

// ---- the controller ---------------------------------------------------------------------------------------

/** A partition's replication state as the controller keeps (and persists) it. */
export interface PartitionLeadership {
  leader: string;
  epoch: number;
  /** In-sync replicas, the leader among them. */
  isr: string[];
}

export function initialLeadership(config: ReplicationConfig): PartitionLeadership {
  const first = config.regions[0] ?? "";
  return { leader: first, epoch: 0, isr: [...config.regions] };
}

/**
 * A new leader after the current one became unreachable (or an operator moved it): an in-sync replica
 * other than the old leader, reachable, the one with the longest log (`logEnds`; it holds every
 * acknowledged record like any ISR member, and the most of what was not yet acknowledged). The old leader
 * leaves the ISR (it may have records nobody else has: it truncates when it comes back as a follower).
 * Throws NOT_LEADER (retriable) when no ISR member can lead: an unclean election would lose records.
 */
export function electLeader(current: PartitionLeadership, logEnds: ReadonlyMap<string, number>, preferred?: string): PartitionLeadership {
  const candidates = current.isr.filter((r) => r !== current.leader && logEnds.has(r));
  let leader: string | undefined;
  if (preferred !== undefined) {
    if (!candidates.includes(preferred)) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `replica "${preferred}" cannot lead: it is not an in-sync replica that answers (ISR: ${current.isr.join(",")})`);
    leader = preferred;
  } else {
    for (const r of candidates) if (leader === undefined || logEnds.get(r)! > logEnds.get(leader)!) leader = r;
  }
  if (leader === undefined) {
    throw new ProtocolError(ErrorCode.NOT_LEADER, `no in-sync replica can take over from "${current.leader}" (ISR: ${current.isr.join(",")}); waiting for one to come back`);
  }
  // An operator's move keeps the old leader in the ISR: it has every record and follows at once.
  const isr = preferred !== undefined ? current.isr : current.isr.filter((r) => r !== current.leader);
  return { leader, epoch: current.epoch + 1, isr: [leader, ...isr.filter((r) => r !== leader)] };
}

/**
 * The controller's answer to a leader's AlterPartition: the new ISR when the request comes from the
 * current leader in the current epoch; FENCED otherwise (the sender lost its leadership and must step down).
 */
export function alterIsr(current: PartitionLeadership, from: string, epoch: number, isr: readonly string[], replicas: readonly string[]): PartitionLeadership {
  if (from !== current.leader || epoch !== current.epoch) {
    throw new ProtocolError(ErrorCode.FENCED, `replica "${from}" in epoch ${epoch} no longer leads (leader "${current.leader}", epoch ${current.epoch})`);
  }
  if (!isr.includes(from) || isr.some((r) => !replicas.includes(r)) || new Set(isr).size !== isr.length) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `ISR [${isr.join(",")}] must hold the leader and replicas of the partition only`);
  }
  return { leader: current.leader, epoch: current.epoch, isr: [from, ...isr.filter((r) => r !== from)] };
}

// ---- the leader's view of its followers ---------------------------------------------------------------------

interface FollowerView {
  /** The follower's log end, or null until it has answered in this epoch. */
  logEnd: number | null;
  /** Last time its log end reached the leader's (the lag clock). */
  caughtUpMs: number;
}

/**
 * What a leader knows of its followers: their log ends, which of them are in sync, the high watermark,
 * and which ISR change to ask the controller for. Pure: the host calls in the events and acts on the
 * answers. `isr` is the controller's; `pending` is a change asked for and not yet answered.
 */
export class LeaderView {
  private readonly followers = new Map<string, FollowerView>();
  private committedIsr: string[];
  private pendingIsr: string[] | null = null;

  constructor(
    readonly self: string,
    readonly epoch: number,
    readonly replicas: readonly string[],
    isr: readonly string[],
    private readonly config: Pick<ReplicationConfig, "minInsyncReplicas" | "replicaLagMaxMs">,
    nowMs: number,
  ) {
    this.committedIsr = [...isr];
    for (const r of replicas) if (r !== self) this.followers.set(r, { logEnd: null, caughtUpMs: nowMs });
  }

  /** The controller's ISR. */
  get isr(): readonly string[] {
    return this.committedIsr;
  }

  /** The replicas the high watermark waits for: the ISR and any replica being added (maximal ISR). */
  get maximalIsr(): string[] {
    const set = new Set(this.committedIsr);
    for (const r of this.pendingIsr ?? []) set.add(r);
    return [...set];
  }

  /** A follower answered: its log ends at `logEnd`; `leaderEndAtSend` was the leader's log end when the request left. */
  acked(replica: string, logEnd: number, leaderEndAtSend: number, sentMs: number): void {
    const f = this.followers.get(replica);
    if (!f) return;
    f.logEnd = logEnd;
    if (logEnd >= leaderEndAtSend) f.caughtUpMs = Math.max(f.caughtUpMs, sentMs);
  }

  /**
   * The high watermark: the smallest log end among the maximal ISR (the leader's own is its durable end).
   * A member that has not answered in this epoch counts as having nothing new.
   */
  highWatermark(leaderDurableEnd: number, floor: number): number {
    let hw = leaderDurableEnd;
    for (const r of this.maximalIsr) {
      if (r === this.self) continue;
      const end = this.followers.get(r)?.logEnd;
      hw = Math.min(hw, end ?? floor);
    }
    return Math.max(hw, floor);
  }

  /** acks 'all' may be taken: enough replicas are in sync (NOT_ENOUGH_REPLICAS otherwise). */
  enoughInSync(): boolean {
    return this.committedIsr.length >= this.config.minInsyncReplicas;
  }

  /**
   * The ISR change to ask for now, or null: drop in-sync followers that have not caught up within
   * replicaLagMaxMs, add followers that reached the high watermark (Kafka's rule: caught up to the HW).
   * One change at a time.
   */
  wantedIsr(leaderLogEnd: number, hw: number, nowMs: number): string[] | null {
    if (this.pendingIsr) return null;
    let changed = false;
    const next: string[] = [];
    for (const r of this.replicas) {
      if (r === this.self) {
        next.push(r);
        continue;
      }
      const f = this.followers.get(r)!;
      if (f.logEnd !== null && f.logEnd >= leaderLogEnd) f.caughtUpMs = nowMs;
      const inIsr = this.committedIsr.includes(r);
      if (inIsr && nowMs - f.caughtUpMs > this.config.replicaLagMaxMs) changed = true;
      else if (!inIsr && f.logEnd !== null && f.logEnd >= hw && nowMs - f.caughtUpMs <= this.config.replicaLagMaxMs) {
        next.push(r);
        changed = true;
      } else if (inIsr) next.push(r);
    }
    return changed ? next : null;
  }

  /** The change was sent to the controller. */
  asking(isr: readonly string[]): void {
    this.pendingIsr = [...isr];
  }

  /** The controller answered (its ISR), or the request failed (null: ask again later). */
  answered(isr: readonly string[] | null): void {
    if (isr) this.committedIsr = [...isr];
    this.pendingIsr = null;
  }

  /** Per replica, for describe: log end, lag in records (-1 unknown), in sync. */
  replicaStates(leaderLogEnd: number): { replica: string; leader: boolean; inSync: boolean; logEnd: number; lag: number }[] {
    return this.replicas.map((r) => {
      if (r === this.self) return { replica: r, leader: true, inSync: true, logEnd: leaderLogEnd, lag: 0 };
      const end = this.followers.get(r)?.logEnd ?? null;
      return { replica: r, leader: false, inSync: this.committedIsr.includes(r), logEnd: end ?? -1, lag: end === null ? -1 : Math.max(0, leaderLogEnd - end) };
    });
  }
}

// ---- shipping batches: the leader's replicator and the follower's handler -----------------------------------

/** What a leader sends a follower (over DO RPC at the edge). */
export interface ReplicateRequest {
  leader: string;
  epoch: number;
  /** First offset of `records`; the follower's log must end there (after truncateTo, when set). */
  from: number;
  /** Whole batches, concatenated (may be empty: a probe, or only a new high watermark). */
  records: Uint8Array;
  /**
   * The leader ships `records` from memory, bytes whose CRC was checked when they entered the partition:
   * the follower checks their structure but not their CRC again (PartitionLog.appendReplicated says why).
   */
  verified?: boolean;
  highWatermark: number;
  /** Drop the follower's records from this offset on first (where its log diverged from the leader's). */
  truncateTo?: number;
  /**
   * Drop the follower's whole log first and start it empty at this offset, the leader's log start: the
   * follower's log ends (or parts from the leader's) below it, so what it lacks was removed by the leader's
   * retention and cannot be shipped (Kafka's truncateFullyAndStartAt). `from` equals it. Never with truncateTo.
   */
  resetTo?: number;
  /** Only report the follower's log (its end, start and epoch history); store nothing. */
  probe?: boolean;
}

export type ReplicateAnswer =
  | { ok: true; logEnd: number }
  /** The follower knows a newer epoch: the sender no longer leads. */
  | { ok: false; reason: "fenced"; epoch: number; leader: string }
  /** The follower's log does not end at `from` (or a probe): its state, to find where the logs diverge. */
  | { ok: false; reason: "mismatch"; logEnd: number; logStart: number; epochs: EpochEntry[] };

/** A replica's knowledge of who leads (persisted by the host; updated by the controller and by leaders). */
export interface ReplicaRole {
  leader: string;
  epoch: number;
  isr: string[];
}

/** The log operations a follower's handler needs (PartitionLog has them). */
export interface ReplicaLog {
  readonly logEndOffset: number;
  readonly logStartOffset: number;
  readonly epochs: EpochHistory | null;
  appendReplicated(bytes: Uint8Array, verified?: boolean): { count: number; durable: Promise<void> };
  truncateTo(offset: number): Promise<void>;
  resetTo(offset: number): Promise<void>;
  advanceReplicatedEnd(offset: number): void;
}

/**
 * A follower takes a leader's request. Returns the answer and, when the request carried a newer epoch
 * than `role`, the role to adopt (the host persists it, and steps down if it led). The host runs these one
 * at a time per replica.
 */
export async function followerReceive(log: ReplicaLog, role: ReplicaRole, self: string, req: ReplicateRequest): Promise<{ answer: ReplicateAnswer; adopt?: ReplicaRole }> {
  if (req.epoch < role.epoch || (req.epoch === role.epoch && req.leader !== role.leader)) {
    return { answer: { ok: false, reason: "fenced", epoch: role.epoch, leader: role.leader } };
  }
  if (req.leader === self) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `replica "${self}" cannot follow itself`);
  const adopt = req.epoch > role.epoch ? { leader: req.leader, epoch: req.epoch, isr: role.isr } : undefined;
  // Only after the epoch check above: a fenced leader's reset, like its truncation, never touches the log.
  if (req.resetTo !== undefined) await log.resetTo(req.resetTo);
  else if (req.truncateTo !== undefined && req.truncateTo < log.logEndOffset) await log.truncateTo(req.truncateTo);
  if (req.probe || req.from !== log.logEndOffset) {
    return { answer: { ok: false, reason: "mismatch", logEnd: log.logEndOffset, logStart: log.logStartOffset, epochs: [...(log.epochs?.entries ?? [])] }, adopt };
  }
  if (req.records.byteLength > 0) await log.appendReplicated(req.records, req.verified === true).durable;
  log.advanceReplicatedEnd(Math.min(req.highWatermark, log.logEndOffset));
  return { answer: { ok: true, logEnd: log.logEndOffset }, adopt };
}

/** The leader's side of the wire: calls to followers and to the controller, and time. */
export interface ReplicationPort {
  /** Ships to a follower; rejects when it cannot be reached. */
  replicate(to: string, req: ReplicateRequest): Promise<ReplicateAnswer>;
  /** AlterPartition to the controller: the new leadership, or a ProtocolError FENCED when this one lost it. */
  alterIsr(isr: string[], epoch: number): Promise<ReplicaRole>;
  /** This replica no longer leads (a follower or the controller knows a newer epoch). */
  steppedDown(known: { epoch: number; leader: string } | null): void;
  /** The controller accepted a new ISR (persist it). */
  isrChanged(role: ReplicaRole): void;
  /** Waits `ms` (the retry backoff toward an unreachable follower); the clock of tests can drive it. */
  sleep(ms: number): Promise<void>;
}

/** The log operations a leader's replicator needs (PartitionLog has them). */
export interface LeaderLog {
  readonly durableEndOffset: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
  readonly epochs: EpochHistory | null;
  /** `verified`: see ReplicateRequest.verified (absent = false). */
  readForReplica(offset: number, maxBytes: number): Promise<{ records: Uint8Array; nextOffset: number; verified?: boolean }>;
  advanceReplicatedEnd(offset: number): void;
  onAppend(listener: () => void): () => void;
}

/** Bytes per replicate request: everything appended since the one before, up to this. */
export const REPLICATE_BYTES_MAX = 4 * 1024 * 1024;
/** Replicate requests in flight per follower (answers are taken in order). */
export const REPLICATE_REQUESTS_IN_FLIGHT = 4;
const RETRY_MS_MIN = 50;
const RETRY_MS_MAX = 1_000;

interface Waiter {
  offset: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * A leader's replication: one loop per follower ships the durable batches the follower lacks, one request
 * in flight per follower, each carrying everything appended since the last (so a distant follower bounds
 * the latency, not the throughput); the high watermark follows the slowest in-sync replica; acks 'all'
 * waiters resolve as it passes their last offset. ISR changes go to the controller one at a time.
 */
export class Replicator {
  readonly view: LeaderView;
  private stopped = false;
  private readonly wakeups = new Map<string, () => void>();
  private readonly waiters: Waiter[] = [];
  private readonly unlisten: () => void;

  constructor(
    private readonly log: LeaderLog,
    role: ReplicaRole,
    readonly self: string,
    readonly replicas: readonly string[],
    private readonly config: Pick<ReplicationConfig, "minInsyncReplicas" | "replicaLagMaxMs">,
    private readonly port: ReplicationPort,
    private readonly clock: () => number,
  ) {
    this.view = new LeaderView(self, role.epoch, replicas, role.isr, config, clock());
    this.unlisten = log.onAppend(() => this.kick());
    for (const r of replicas) if (r !== self) void this.follow(r);
    this.advance();
  }

  get epoch(): number {
    return this.view.epoch;
  }

  /** acks 'all' may be taken now (NOT_ENOUGH_REPLICAS otherwise). */
  checkInSync(): void {
    if (!this.view.enoughInSync()) {
      throw new ProtocolError(ErrorCode.NOT_ENOUGH_REPLICAS, `${this.view.isr.length} in-sync replica(s) [${this.view.isr.join(",")}], minInsyncReplicas is ${this.config.minInsyncReplicas}`);
    }
  }

  /** Resolves once every in-sync replica has the record at `lastOffset` (acks 'all'). */
  replicated(lastOffset: number): Promise<void> {
    if (this.stopped) return Promise.reject(this.notLeader());
    if (this.log.highWatermark > lastOffset) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ offset: lastOffset, resolve, reject }));
  }

  /** Stops the loops and fails the waiters with NOT_LEADER (stepped down, or the log closed). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unlisten();
    for (const w of this.waiters.splice(0)) w.reject(this.notLeader());
    for (const wake of this.wakeups.values()) wake();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  private notLeader(): ProtocolError {
    return new ProtocolError(ErrorCode.NOT_LEADER, `replica "${this.self}" no longer leads in epoch ${this.view.epoch}`);
  }

  private kick(): void {
    for (const wake of [...this.wakeups.values()]) wake();
  }

  /** Waits for an append (or a stop), or `ms` when given. */
  private idle(replica: string, ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (this.wakeups.get(replica) === done) this.wakeups.delete(replica);
        resolve();
      };
      this.wakeups.set(replica, done);
      if (ms !== undefined) void this.port.sleep(ms).then(done);
    });
  }

  /**
   * Feeds one follower. Requests are pipelined: up to REPLICATE_REQUESTS_IN_FLIGHT go out back to back, each
   * with what became durable since the one before (up to REPLICATE_BYTES_MAX), and their answers are taken
   * in order; a batch therefore waits about one round trip, not the rest of the request ahead of it. A
   * request the follower cannot place (its log does not end where the request starts: reordered, or the
   * follower restarted), an unreachable follower or a probe's answer drain the pipeline and start again
   * from where the follower's log ends.
   */
  private async follow(replica: string): Promise<void> {
    /** Next offset to send; null = ask the follower where its log ends first (a probe). */
    let next: number | null = null;
    let truncateTo: number | undefined;
    /** The follower's log must be reset to the leader's log start (ReplicateRequest.resetTo) with the next request. */
    let resetTo: number | undefined;
    /** The high watermark the last request carried. */
    let sentHw = -1;
    let failures = 0;
    /** Mismatch answers in a row (a probe's is one): past two, the follower is not taking what it is sent. */
    let mismatches = 0;
    const pipeline: { req: ReplicateRequest; sentMs: number; leaderEnd: number; answer: Promise<ReplicateAnswer | Error> }[] = [];
    const send = (req: ReplicateRequest, leaderEnd: number) => {
      const answer = this.port.replicate(replica, req).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      pipeline.push({ req, sentMs: this.clock(), leaderEnd, answer });
      sentHw = req.highWatermark;
    };
    const drain = async () => {
      while (pipeline.length > 0) await pipeline.shift()!.answer;
    };
    while (!this.stopped) {
      const leaderEnd = this.log.durableEndOffset;
      const hw = this.log.highWatermark;
      // Send while there is something to send and room in the pipeline.
      if (next === null) {
        if (pipeline.length === 0) {
          send({ leader: this.self, epoch: this.view.epoch, from: leaderEnd, records: new Uint8Array(0), highWatermark: hw, probe: true }, leaderEnd);
          continue;
        }
      } else if (pipeline.length < REPLICATE_REQUESTS_IN_FLIGHT && (next < leaderEnd || truncateTo !== undefined || resetTo !== undefined || (sentHw < hw && pipeline.length === 0))) {
        const read: { records: Uint8Array; nextOffset: number; verified?: boolean } | null = await this.log.readForReplica(next, REPLICATE_BYTES_MAX).catch(() => null);
        if (this.stopped) return;
        if (!read) {
          // Retention removed what the follower lacks since it last answered: ask where its log ends again,
          // at once, and the answer resets it to the new log start. Any other failure to read waits first.
          await drain();
          if (!(next < this.log.logStartOffset)) await this.idle(replica, RETRY_MS_MAX);
          next = null;
          truncateTo = undefined;
          resetTo = undefined;
          continue;
        }
        send({ leader: this.self, epoch: this.view.epoch, from: next, records: read.records, verified: read.verified === true, highWatermark: this.log.highWatermark, truncateTo, resetTo }, this.log.durableEndOffset);
        next = read.records.byteLength > 0 ? read.nextOffset : next;
        truncateTo = undefined;
        resetTo = undefined;
        continue;
      }
      if (pipeline.length === 0) {
        this.checkIsr();
        // Nothing to send: wait for an append. A caught-up member of the ISR needs no clock (so an idle
        // leader's object may hibernate); one outside it is looked at again, to ask for it back.
        await this.idle(replica, this.view.isr.includes(replica) ? undefined : this.config.replicaLagMaxMs / 2);
        continue;
      }
      // Wait for the oldest answer, or for an append that can go out beside it.
      const oldest = pipeline[0]!;
      let settled = false;
      const answered = oldest.answer.then(() => (settled = true));
      if (pipeline.length < REPLICATE_REQUESTS_IN_FLIGHT) await Promise.race([answered, this.idle(replica)]);
      else await answered;
      if (this.stopped) return;
      if (!settled) continue;
      pipeline.shift();
      const answer = await oldest.answer;
      if (answer instanceof Error) {
        failures++;
        await drain();
        this.checkIsr();
        await this.idle(replica, Math.min(RETRY_MS_MAX, RETRY_MS_MIN * 2 ** Math.min(failures, 5)));
        // Unreachable: it may have restarted or been told of a new epoch; ask where its log ends before
        // sending again. What it acknowledged in this epoch stays durable there: the view keeps that log
        // end (the high watermark may count it, and describe shows how far behind it is).
        next = null;
        continue;
      }
      failures = 0;
      if (answer.ok) {
        mismatches = 0;
        this.view.acked(replica, answer.logEnd, oldest.leaderEnd, oldest.sentMs);
        this.advance();
      } else if (answer.reason === "fenced") {
        this.stop();
        this.port.steppedDown({ epoch: answer.epoch, leader: answer.leader });
        return;
      } else {
        // A probe's answer, or a request the follower could not place: start again from its log end.
        await drain();
        // A follower that keeps refusing what it is sent (a bug on either side) is asked again with backoff
        // rather than in a tight loop.
        if (++mismatches > 2) await this.idle(replica, Math.min(RETRY_MS_MAX, RETRY_MS_MIN * 2 ** Math.min(mismatches - 2, 5)));
        if (this.stopped) return;
        const d = divergenceOffset({ history: this.log.epochs ?? new EpochHistory(), logEnd: this.log.durableEndOffset }, { history: answer.epochs, logEnd: answer.logEnd, logStart: answer.logStart });
        const leaderStart = this.log.logStartOffset;
        if (d < leaderStart || d < answer.logStart) {
          // What the follower needs from d on is gone here (retention), or below its own start: it cannot
          // be appended. The follower starts its log afresh where both can go on, and takes it from there.
          resetTo = Math.max(d, leaderStart);
          truncateTo = undefined;
          next = resetTo;
        } else {
          resetTo = undefined;
          truncateTo = d < answer.logEnd ? d : undefined;
          next = d;
        }
        sentHw = -1;
      }
    }
  }

  /** Recomputes the high watermark; resolves acks 'all' waiters it passed; asks for an ISR change if due. */
  private advance(): void {
    if (this.stopped) return;
    const hw = this.view.highWatermark(this.log.durableEndOffset, this.log.highWatermark);
    this.log.advanceReplicatedEnd(hw);
    const visible = this.log.highWatermark;
    if (this.waiters.length > 0) {
      let kept = 0;
      for (const w of this.waiters) {
        if (visible > w.offset) {
          if (this.view.enoughInSync()) w.resolve();
          else w.reject(new ProtocolError(ErrorCode.NOT_ENOUGH_REPLICAS, `stored on ${this.view.isr.length} in-sync replica(s), fewer than minInsyncReplicas ${this.config.minInsyncReplicas}`));
        } else this.waiters[kept++] = w;
      }
      this.waiters.length = kept;
    }
    this.checkIsr();
  }

  private checkIsr(): void {
    if (this.stopped) return;
    const wanted = this.view.wantedIsr(this.log.durableEndOffset, this.log.highWatermark, this.clock());
    if (!wanted) return;
    this.view.asking(wanted);
    this.port.alterIsr(wanted, this.view.epoch).then(
      (role) => {
        if (this.stopped) return;
        this.view.answered(role.isr);
        this.port.isrChanged(role);
        this.advance();
        this.kick();
      },
      (err: unknown) => {
        if (this.stopped) return;
        this.view.answered(null);
        if (err instanceof ProtocolError && err.code === ErrorCode.FENCED) {
          this.stop();
          this.port.steppedDown(null);
        }
      },
    );
  }
}
