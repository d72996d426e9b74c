/**
 * One consumer group's coordinator: a pure state machine in the shape of Kafka's KIP-848
 * (ConsumerGroupHeartbeat). No I/O, no timers, no randomness: the host passes the time in (`nowMs`), calls
 * `expire(nowMs)` when `nextDeadlineMs()` comes, persists what `takeChanges()` returns before it answers
 * the request that caused it (the write-ahead rule: a member is never told an epoch or an assignment that
 * a restart could forget), and rebuilds the group with `GroupCoordinator.restore(snapshot, nowMs)`.
 *
 * The model. The group has an epoch. Any change to what the assignment depends on (a member joins, leaves
 * or expires, a subscription changes, a subscribed topic gains or loses partitions, the chosen assignor
 * changes) bumps it, and the assignor computes a target assignment for the new epoch at once. Each member
 * then walks toward its target on its own heartbeats:
 *   1. partitions it holds that the target no longer gives it move to `revoking`: the response leaves them
 *      out, and the member keeps its old epoch;
 *   2. the member acknowledges by heartbeating with `ownedPartitions` that no longer hold them (having
 *      committed or dropped them); only then are they released;
 *   3. with nothing left to revoke, the member's epoch becomes the group epoch and it receives each target
 *      partition that no other member holds; the ones still held elsewhere follow on later heartbeats.
 * So a member gives up only what moves, and no partition is ever held (assigned or revoking) by two
 * members at once: `grant` asserts it on every hand-over, `verify()` checks the whole group.
 *
 * Kafka's classic protocol maps onto this later (Kafka's own clients speak only that): JoinGroup = a
 * heartbeat with epoch 0 and the member's id (an eager member names no ownedPartitions, so it drops all and
 * is re-granted what its target keeps; a cooperative one names what it holds); the generation = the member
 * epoch; SyncGroup = the member's assignment at that moment; Heartbeat = a heartbeat with the current epoch,
 * answered REBALANCE_IN_PROGRESS while the member's state is not "stable" so that it rejoins and picks up
 * the rest; LeaveGroup = epoch -1; OffsetCommit's generation check = the member epoch check of `commit`.
 *
 * Static membership (`groupInstanceId`, KIP-345): a member that comes back under the same instance id
 * takes over the previous member's record (partitions, target, epoch) under a new member id, without an
 * epoch bump, so the others see nothing. We pick KIP-345's rule over KIP-848's UNRELEASED_INSTANCE_ID: the
 * newcomer wins even when the old member never said goodbye (a killed process, a reloaded browser tab that
 * could not send its leave), and the old member id gets FENCED_INSTANCE_ID, which tells it not to rejoin.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { limits } from "../protocol/limits.ts";
import {
  assert,
  assignorNameDefault,
  assignors,
  compareStrings,
  compareTopicPartitions,
  parsePartitionKey,
  partitionKey,
  type TopicPartition,
} from "./assignors.ts";

export type { TopicPartition } from "./assignors.ts";

/**
 * Bounds of one group, with their reasons. Local for now; they can move into src/protocol/limits.ts once
 * the wire protocol and the hosts use them.
 */
export const groupLimits = {
  /**
   * Members per group. Each heartbeats every heartbeatIntervalMsDefault: 1,000 members at 5 s are 200
   * requests/s into one group, a fifth of a Durable Object's ~1,000 requests/s soft limit, leaving room for
   * commits. Kafka's KIP-848 bounds groups the same way (group.consumer.max.size).
   */
  membersPerGroupMax: 1000,
  /**
   * Distinct topics subscribed by the group's members together. The host looks their metadata up for the
   * group (at the edge, one request to the cluster object), which limits.metadataTopicsMax bounds the same.
   */
  subscribedTopicsPerGroupMax: limits.metadataTopicsMax,
  /**
   * Partitions of the subscribed topics, checked when a subscription changes. The assignor runs on every
   * epoch bump in the request path: at 10,000 partitions a bump (target and records) took 13-17 ms on this
   * machine with 100-1,000 members, and a member's record stays far below a Durable Object's 2 MB per
   * value. Metadata growth after the check is accepted (the hard bound is subscribedTopicsPerGroupMax x
   * limits.partitionCountMax).
   */
  partitionsPerGroupMax: 10_000,
  /**
   * Committed offsets kept by the group, all topics together (offsets outlive subscriptions). At ~100 B
   * each, 100,000 is a 10 MB snapshot: a restart reads it in well under a second.
   */
  committedOffsetsMax: 100_000,
  /** Shortest session timeout: a few heartbeats must fit in it (heartbeatsPerSessionMin), even in tests. */
  sessionTimeoutMsMin: 1000,
  /** Longest session timeout: how long a dead static member may keep its partitions reserved (Kafka's 30 min). */
  sessionTimeoutMsMax: 30 * 60 * 1000,
  /** Kafka's default (KIP-848 group.consumer.session.timeout.ms): a takeover within 45 s of a silent death. */
  sessionTimeoutMsDefault: 45_000,
  /** Shortest time a member gets to acknowledge a revocation. */
  rebalanceTimeoutMsMin: 1000,
  /** Longest: a member that holds partitions without acknowledging stalls their new owner this long. */
  rebalanceTimeoutMsMax: 30 * 60 * 1000,
  /** Kafka's max.poll.interval.ms default: time for the handler in flight to finish and commit. */
  rebalanceTimeoutMsDefault: 300_000,
  /** Heartbeat interval sent to members (KIP-848's 5 s): a partition moves in about three of them. */
  heartbeatIntervalMsDefault: 5000,
  /** The interval a member gets is at most its session timeout divided by this, so one lost heartbeat is survivable. */
  heartbeatsPerSessionMin: 3,
  /** Metadata string stored with an offset, UTF-16 code units (Kafka's offset.metadata.max.bytes is 4096). */
  offsetMetadataLengthMax: 4096,
  /** Member ids as a client sends them back: room for a UUID or a host's own format, no more. */
  memberIdLengthMax: 64,
  /** Instance ids are named by users, like topics (limits.topicNameLengthMax). */
  groupInstanceIdLengthMax: limits.topicNameLengthMax,
} as const;

/** memberEpoch values with a meaning of their own. */
export const memberEpochJoin = 0;
export const memberEpochLeave = -1;
/** A static member going away for a while: its partitions stay reserved for its session timeout. */
export const memberEpochLeaveStatic = -2;

export interface HeartbeatRequest {
  groupId: string;
  /** Absent on a first join; the coordinator names members. */
  memberId?: string;
  /** Static membership: a stable name chosen by the user (one per process or browser tab). */
  groupInstanceId?: string | null;
  /** 0 = join, -1 = leave, -2 = static leave (keeps its partitions reserved), else the current epoch. */
  memberEpoch: number;
  /** Required on join; absent = unchanged. */
  subscribedTopics?: readonly string[];
  /** What the member holds now. Absent = unknown (no revocation is acknowledged); on join, absent = none. */
  ownedPartitions?: readonly TopicPartition[];
  /** Absent = unchanged (on join: groupLimits.sessionTimeoutMsDefault). */
  sessionTimeoutMs?: number;
  /** Absent = unchanged (on join: groupLimits.rebalanceTimeoutMsDefault). */
  rebalanceTimeoutMs?: number;
  /** Preferred assignor ("uniform" | "range"); the group uses the one most members name. Absent = unchanged. */
  assignor?: string | null;
}

export interface HeartbeatResponse {
  memberId: string;
  /** The epoch to send next; -1 / -2 after a leave. */
  memberEpoch: number;
  /** What the member may own now, sorted. A partition it held and that is missing here must be released. */
  assignment: TopicPartition[];
  /** When to heartbeat next; 0 after a leave. */
  heartbeatIntervalMs: number;
}

export interface OffsetCommit {
  topic: string;
  partition: number;
  /** The next offset to consume (Kafka's convention: last processed + 1). */
  offset: number;
  metadata?: string;
}

export interface CommitRequest {
  memberId: string;
  memberEpoch: number;
  offsets: readonly OffsetCommit[];
}

export interface CommitResult {
  /**
   * Offsets that were valid but not stored: "behind" = below the committed offset (committed offsets never
   * go backwards except through adminCommit); "deleted" = the partition's topic no longer exists.
   */
  ignored: { topic: string; partition: number; reason: "behind" | "deleted" }[];
}

// ---- Durable records: a snapshot is these, and every change the host persists is one of these. ----

export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

export interface OffsetRecord {
  topic: string;
  partition: number;
  offset: number;
  metadata: string;
  committedAtMs: number;
}

export interface MemberRecord {
  memberId: string;
  groupInstanceId: string | null;
  memberEpoch: number;
  /** The epoch before the last bump: a heartbeat under it is accepted once (its answer may have been lost). */
  previousMemberEpoch: number;
  /** A static member that left with epoch -2 and may still come back. */
  left: boolean;
  subscribedTopics: string[];
  assignor: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  /** What the member has been told it may own. */
  assigned: TopicPartitions[];
  /** Told to give these up; still counted as held until the member acknowledges. */
  revoking: TopicPartitions[];
  /** The target for the group epoch. */
  target: TopicPartitions[];
}

export interface GroupRecord {
  groupId: string;
  groupEpoch: number;
  /** The assignor the last target was computed with. */
  assignor: string;
  /** Topic metadata as last given to topicsChanged, sorted by topic. */
  partitionCounts: [string, number][];
  /** Members created so far (names the default member ids, so it must survive restarts). */
  memberSeq: number;
}

export type GroupChange =
  | { kind: "group"; key: string; value: GroupRecord }
  | { kind: "member"; key: string; value: MemberRecord | null }
  | { kind: "offset"; key: string; value: OffsetRecord | null };

export interface GroupSnapshot {
  version: 1;
  group: GroupRecord;
  members: MemberRecord[];
  offsets: OffsetRecord[];
}

export type GroupState = "empty" | "stable" | "reconciling";
/** stable: holds its target at the group epoch; revoking: waits for its acknowledgement; assigning: waits for partitions others hold or for its next heartbeat; left: static member away. */
export type MemberState = "stable" | "revoking" | "assigning" | "left";

export interface MemberDescription {
  memberId: string;
  groupInstanceId: string | null;
  memberEpoch: number;
  state: MemberState;
  subscribedTopics: string[];
  assignor: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  assigned: TopicPartition[];
  revoking: TopicPartition[];
  /** Target partitions not yet assigned. */
  pending: TopicPartition[];
}

export interface GroupDescription {
  groupId: string;
  state: GroupState;
  groupEpoch: number;
  assignor: string;
  members: MemberDescription[];
  offsets: OffsetRecord[];
}

export interface GroupCoordinatorOptions {
  groupId: string;
  /** Topic metadata at creation (restore takes it from the snapshot). */
  partitionCounts?: ReadonlyMap<string, number>;
  /**
   * Names a new member. Default `member-<seq>`, reproducible for tests; a host facing untrusted clients
   * injects unguessable ids (crypto.randomUUID), since a member id is what a heartbeat or commit claims.
   */
  newMemberId?: () => string;
  /** Interval told to members; default groupLimits.heartbeatIntervalMsDefault. */
  heartbeatIntervalMs?: number;
  /** Assignor when no member names one; default "uniform". */
  assignor?: string;
}

export interface ExpiredMember {
  memberId: string;
  reason: "session" | "rebalance";
}

/** A member in memory: its stored record with partitions as sets of keys, plus volatile deadlines. */
interface Member extends Omit<MemberRecord, "assigned" | "revoking" | "target"> {
  assigned: Set<string>;
  revoking: Set<string>;
  target: Set<string>;
  /** Volatile: the last heartbeat (or the restore). Session deadline = lastSeenMs + sessionTimeoutMs. */
  lastSeenMs: number;
  /** Volatile: when an unacknowledged revocation removes the member; null while nothing is revoking. */
  revocationDeadlineMs: number | null;
}

type JoinKind = { kind: "new" } | { kind: "rejoin"; member: Member } | { kind: "takeover"; member: Member };

function invalid(message: string): ProtocolError {
  return new ProtocolError(ErrorCode.INVALID_REQUEST, message);
}

/** Partitions grouped by topic, topics in order of first appearance, partitions in input order. */
export function groupByTopic(list: readonly TopicPartition[]): TopicPartitions[] {
  const byTopic = new Map<string, number[]>();
  for (const { topic, partition } of list) {
    let partitions = byTopic.get(topic);
    if (partitions === undefined) byTopic.set(topic, (partitions = []));
    partitions.push(partition);
  }
  return [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
}

function toTopicPartitions(keys: Iterable<string>): TopicPartitions[] {
  return groupByTopic(sortedList(keys));
}

function fromTopicPartitions(list: readonly TopicPartitions[]): Set<string> {
  const keys = new Set<string>();
  for (const { topic, partitions } of list) for (const p of partitions) keys.add(partitionKey(topic, p));
  return keys;
}

function sortedList(keys: Iterable<string>): TopicPartition[] {
  return [...keys].map(parsePartitionKey).sort(compareTopicPartitions);
}

function isBoundedString(s: unknown, lengthMax: number): s is string {
  return typeof s === "string" && s.length > 0 && s.length <= lengthMax;
}

function checkTimeout(name: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw invalid(`${name} must be an integer in [${min}, ${max}] ms, got ${value}`);
}

function checkPartitionList(name: string, list: readonly TopicPartition[] | undefined): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || list.length > groupLimits.partitionsPerGroupMax) throw invalid(`${name}: at most ${groupLimits.partitionsPerGroupMax} partitions`);
  for (const tp of list) {
    if (!isBoundedString(tp?.topic, limits.topicNameLengthMax) || !Number.isSafeInteger(tp.partition) || tp.partition < 0) throw invalid(`${name}: invalid partition ${JSON.stringify(tp)?.slice(0, 100)}`);
  }
}

export class GroupCoordinator {
  readonly groupId: string;
  private groupEpoch = 0;
  private assignorName: string;
  private partitionCounts = new Map<string, number>();
  private memberSeq = 0;
  private readonly members = new Map<string, Member>();
  /** groupInstanceId → memberId of the member that holds it. */
  private readonly instances = new Map<string, string>();
  /** Partition key → the one member holding it (assigned or revoking): the no-double-ownership index. */
  private readonly holder = new Map<string, string>();
  private readonly offsets = new Map<string, OffsetRecord>();
  /**
   * Volatile: partitions released so far. A release does not move the group epoch, but a member waiting
   * for the partition can take it now; the host tells members to heartbeat when this moves.
   */
  releaseCount = 0;
  private readonly newMemberIdFn: (() => string) | null;
  private readonly heartbeatIntervalMs: number;
  private readonly assignorDefault: string;
  /** Changes not yet taken by the host, one per record (the last value wins). */
  private readonly pending = new Map<string, GroupChange>();
  /** JSON of each group and member record as last emitted: a call that changes nothing durable emits nothing. */
  private readonly emitted = new Map<string, string>();
  private readonly touched = new Set<string>();

  constructor(options: GroupCoordinatorOptions) {
    assert(isBoundedString(options.groupId, 1024), "groupId must be a non-empty string");
    this.groupId = options.groupId;
    this.newMemberIdFn = options.newMemberId ?? null;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? groupLimits.heartbeatIntervalMsDefault;
    assert(Number.isSafeInteger(this.heartbeatIntervalMs) && this.heartbeatIntervalMs > 0, "heartbeatIntervalMs must be a positive integer");
    this.assignorDefault = options.assignor ?? assignorNameDefault;
    assert(assignors.has(this.assignorDefault), `unknown assignor ${this.assignorDefault}`);
    this.assignorName = this.assignorDefault;
    if (options.partitionCounts !== undefined) this.partitionCounts = this.checkedPartitionCounts(options.partitionCounts);
    this.flush();
  }

  /** Rebuilds a group. Its members count as alive from `nowMs`: a restart alone expires no one. */
  static restore(snapshot: GroupSnapshot, nowMs: number, options: Omit<GroupCoordinatorOptions, "groupId" | "partitionCounts"> = {}): GroupCoordinator {
    assert(snapshot.version === 1, `unknown group snapshot version ${snapshot.version}`);
    const g = snapshot.group;
    const c = new GroupCoordinator({ ...options, groupId: g.groupId, partitionCounts: new Map(g.partitionCounts) });
    c.groupEpoch = g.groupEpoch;
    assert(assignors.has(g.assignor), `unknown assignor ${g.assignor}`);
    c.assignorName = g.assignor;
    c.memberSeq = g.memberSeq;
    for (const r of snapshot.members) {
      const m: Member = {
        memberId: r.memberId,
        groupInstanceId: r.groupInstanceId,
        memberEpoch: r.memberEpoch,
        previousMemberEpoch: r.previousMemberEpoch,
        left: r.left,
        subscribedTopics: [...r.subscribedTopics],
        assignor: r.assignor,
        sessionTimeoutMs: r.sessionTimeoutMs,
        rebalanceTimeoutMs: r.rebalanceTimeoutMs,
        assigned: fromTopicPartitions(r.assigned),
        revoking: fromTopicPartitions(r.revoking),
        target: fromTopicPartitions(r.target),
        lastSeenMs: nowMs,
        revocationDeadlineMs: null,
      };
      if (m.revoking.size > 0) m.revocationDeadlineMs = nowMs + m.rebalanceTimeoutMs;
      assert(!c.members.has(m.memberId), `duplicate member ${m.memberId} in snapshot`);
      c.members.set(m.memberId, m);
      if (m.groupInstanceId !== null) {
        assert(!c.instances.has(m.groupInstanceId), `duplicate instance ${m.groupInstanceId} in snapshot`);
        c.instances.set(m.groupInstanceId, m.memberId);
      }
      for (const key of [...m.assigned, ...m.revoking]) {
        assert(!c.holder.has(key), `partition ${key} held twice in snapshot`);
        c.holder.set(key, m.memberId);
      }
      c.touched.add(m.memberId);
    }
    for (const o of snapshot.offsets) c.offsets.set(partitionKey(o.topic, o.partition), { ...o });
    c.flush();
    c.pending.clear(); // the snapshot is what is stored
    c.verify();
    return c;
  }

  // ---- Membership ----

  /** Join, heartbeat, acknowledge revocations and leave, in one request (KIP-848). Throws ProtocolError. */
  heartbeat(req: HeartbeatRequest, nowMs: number): HeartbeatResponse {
    this.checkHeartbeat(req);
    if (req.memberEpoch < 0) return this.leave(req, nowMs);
    const join = req.memberEpoch === memberEpochJoin ? this.joinKind(req) : null;
    const existing = join === null ? this.memberForHeartbeat(req) : join.kind === "new" ? null : join.member;
    const subscription = req.subscribedTopics === undefined ? null : [...new Set(req.subscribedTopics)].sort(compareStrings);
    const subscriptionChanged = subscription !== null && (existing === null || subscription.join("\n") !== existing.subscribedTopics.join("\n"));
    if (join?.kind === "new" && this.members.size >= groupLimits.membersPerGroupMax) {
      throw new ProtocolError(ErrorCode.GROUP_FULL, `group ${this.groupId} has ${this.members.size} members, the bound`);
    }
    if (subscriptionChanged) this.checkSubscriptionBounds(existing?.memberId ?? null, subscription!);
    // Nothing below throws: a refused request changes nothing.

    let member: Member;
    let bump = join?.kind === "new" || subscriptionChanged;
    if (join?.kind === "new") {
      member = this.addMember(req, subscription!, nowMs);
    } else if (join?.kind === "takeover") {
      member = this.takeOver(join.member);
    } else {
      member = existing!;
    }
    member.lastSeenMs = nowMs;
    if (req.sessionTimeoutMs !== undefined) member.sessionTimeoutMs = req.sessionTimeoutMs;
    if (req.rebalanceTimeoutMs !== undefined) member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    if (subscriptionChanged) member.subscribedTopics = subscription!;
    if (req.assignor !== undefined && req.assignor !== member.assignor) {
      member.assignor = req.assignor;
      if (this.selectAssignor() !== this.assignorName) bump = true;
    }
    this.touched.add(member.memberId);

    // What the member says it holds. A joining member holds nothing it does not name: what it held
    // before (a fenced member rejoining) it has dropped, so those partitions are free again at once.
    const owned = req.ownedPartitions === undefined ? (join === null ? null : new Set<string>()) : new Set(req.ownedPartitions.map((tp) => partitionKey(tp.topic, tp.partition)));
    if (owned !== null) {
      if (join?.kind === "rejoin") for (const key of [...member.assigned]) if (!owned.has(key)) this.release(member, key);
      for (const key of [...member.revoking]) if (!owned.has(key)) this.release(member, key);
      if (member.revoking.size === 0) member.revocationDeadlineMs = null;
    }
    if (bump) this.bump();
    this.reconcile(member, nowMs);
    this.flush();
    return {
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      assignment: sortedList(member.assigned),
      heartbeatIntervalMs: Math.max(1, Math.min(this.heartbeatIntervalMs, Math.floor(member.sessionTimeoutMs / groupLimits.heartbeatsPerSessionMin))),
    };
  }

  /**
   * Removes members whose session timed out (no heartbeat for sessionTimeoutMs; a static member that left
   * with -2 counts from its leave) and members that did not acknowledge a revocation within their
   * rebalanceTimeoutMs. Their partitions go to the others (one epoch bump for all of them).
   */
  expire(nowMs: number): ExpiredMember[] {
    const expired: ExpiredMember[] = [];
    for (const m of this.sortedMembers()) {
      if (nowMs >= m.lastSeenMs + m.sessionTimeoutMs) expired.push({ memberId: m.memberId, reason: "session" });
      else if (m.revocationDeadlineMs !== null && nowMs >= m.revocationDeadlineMs) expired.push({ memberId: m.memberId, reason: "rebalance" });
    }
    for (const e of expired) this.removeMember(this.members.get(e.memberId)!);
    if (expired.length > 0) this.bump();
    this.flush();
    return expired;
  }

  /** When `expire` next has work, or null while the group has no members. */
  nextDeadlineMs(): number | null {
    let deadlineMs: number | null = null;
    for (const m of this.members.values()) {
      const sessionMs = m.lastSeenMs + m.sessionTimeoutMs;
      const due = m.revocationDeadlineMs === null ? sessionMs : Math.min(sessionMs, m.revocationDeadlineMs);
      if (deadlineMs === null || due < deadlineMs) deadlineMs = due;
    }
    return deadlineMs;
  }

  /**
   * The host's topic metadata changed. `partitionCounts` is complete: a topic missing from it (or with 0
   * partitions) no longer exists, so its partitions are revoked from their members and its committed
   * offsets deleted (as Kafka does on topic deletion: a recreated topic starts with fresh offsets).
   */
  topicsChanged(partitionCounts: ReadonlyMap<string, number>): void {
    const next = this.checkedPartitionCounts(partitionCounts);
    const subscribed = this.subscribedTopics();
    let bump = false;
    for (const topic of subscribed) if ((this.partitionCounts.get(topic) ?? 0) !== (next.get(topic) ?? 0)) bump = true;
    this.partitionCounts = next;
    // Deleting the entry being visited is safe in a Map's iteration: no copy of every offset per heartbeat.
    for (const [key, o] of this.offsets) {
      if (o.partition < (next.get(o.topic) ?? 0)) continue;
      this.offsets.delete(key);
      this.pending.set(`offset\n${key}`, { kind: "offset", key, value: null });
    }
    if (bump) this.bump();
    this.flush();
  }

  // ---- Offsets ----

  /**
   * A member commits offsets of partitions it holds (assigned, or revoking: committing is how it finishes
   * with a partition before acknowledging). Its epoch must be its current one or, for partitions it still
   * holds, the one before the last bump (a commit sent before the bump's answer arrived); else FENCED.
   * All or nothing for invalid input; offsets below the committed ones are ignored, never stored.
   */
  commit(req: CommitRequest, nowMs: number): CommitResult {
    const m = this.members.get(req.memberId);
    if (m === undefined || m.left) throw new ProtocolError(ErrorCode.UNKNOWN_MEMBER, `member ${String(req.memberId).slice(0, 64)} is not in group ${this.groupId}`);
    const epochOk = req.memberEpoch === m.memberEpoch || (req.memberEpoch === m.previousMemberEpoch && m.previousMemberEpoch > 0 && req.memberEpoch < m.memberEpoch);
    if (!epochOk) throw new ProtocolError(ErrorCode.FENCED, `member ${m.memberId} has epoch ${m.memberEpoch}, the commit ${req.memberEpoch}; rejoin`);
    this.checkOffsets(req.offsets);
    for (const o of req.offsets) {
      const key = partitionKey(o.topic, o.partition);
      if (this.holder.get(key) !== m.memberId) throw invalid(`member ${m.memberId} does not hold ${o.topic}/${o.partition}`);
    }
    const result: CommitResult = { ignored: [] };
    for (const o of req.offsets) {
      const key = partitionKey(o.topic, o.partition);
      const previous = this.offsets.get(key);
      if (o.partition >= (this.partitionCounts.get(o.topic) ?? 0)) result.ignored.push({ topic: o.topic, partition: o.partition, reason: "deleted" });
      else if (previous !== undefined && o.offset < previous.offset) result.ignored.push({ topic: o.topic, partition: o.partition, reason: "behind" });
      else this.putOffset(o, nowMs);
    }
    return result;
  }

  /**
   * Sets offsets to any value (the explicit reset: the only way an offset goes backwards), only while the
   * group has no members, so no consumer's position disagrees with it. Else GROUP_NOT_EMPTY.
   */
  adminCommit(offsets: readonly OffsetCommit[], nowMs: number): void {
    this.checkEmpty("reset offsets of");
    this.checkOffsets(offsets);
    for (const o of offsets) {
      const partitionCount = this.partitionCounts.get(o.topic);
      if (partitionCount === undefined) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic ${o.topic}`);
      if (o.partition >= partitionCount) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `topic ${o.topic} has ${partitionCount} partitions`);
    }
    for (const o of offsets) this.putOffset(o, nowMs);
  }

  /** Deletes the offsets of `partitions` (all when absent), only while the group has no members. */
  deleteOffsets(partitions?: readonly TopicPartition[]): void {
    this.checkEmpty("delete offsets of");
    checkPartitionList("partitions", partitions);
    const keys = partitions === undefined ? [...this.offsets.keys()] : partitions.map((tp) => partitionKey(tp.topic, tp.partition));
    for (const key of keys) {
      if (!this.offsets.delete(key)) continue;
      this.pending.set(`offset\n${key}`, { kind: "offset", key, value: null });
    }
  }

  /** Committed offsets of `partitions` (all when absent), sorted; a partition with none is left out. */
  committed(partitions?: readonly TopicPartition[]): OffsetRecord[] {
    const keys = partitions === undefined ? [...this.offsets.keys()] : partitions.map((tp) => partitionKey(tp.topic, tp.partition));
    const out: OffsetRecord[] = [];
    for (const key of new Set(keys)) {
      const o = this.offsets.get(key);
      if (o !== undefined) out.push({ ...o });
    }
    return out.sort(compareTopicPartitions);
  }

  // ---- State for hosts and tools ----

  /** The group epoch, as describe() gives it but without building the description (hosts read it per request). */
  get epoch(): number {
    return this.groupEpoch;
  }

  describe(): GroupDescription {
    const members = this.sortedMembers().map((m): MemberDescription => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      memberEpoch: m.memberEpoch,
      state: this.memberState(m),
      subscribedTopics: [...m.subscribedTopics],
      assignor: m.assignor,
      sessionTimeoutMs: m.sessionTimeoutMs,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      assigned: sortedList(m.assigned),
      revoking: sortedList(m.revoking),
      pending: sortedList([...m.target].filter((k) => !m.assigned.has(k))),
    }));
    const state: GroupState = members.length === 0 ? "empty" : members.every((m) => m.state === "stable" || m.state === "left") ? "stable" : "reconciling";
    return { groupId: this.groupId, state, groupEpoch: this.groupEpoch, assignor: this.assignorName, members, offsets: this.committed() };
  }

  /** The durable state as plain JSON-able data (what `restore` takes). */
  snapshot(): GroupSnapshot {
    return {
      version: 1,
      group: this.groupRecord(),
      members: this.sortedMembers().map((m) => this.memberRecord(m)),
      offsets: this.committed(),
    };
  }

  /**
   * The records changed since the last call, one per key with its latest value (null = deleted). Persist
   * them (one transaction, or appends to a compacted log keyed by `kind` + `key`) before answering the
   * request that made them. An offset commit is one small record; a heartbeat that changes nothing durable
   * makes none.
   */
  takeChanges(): GroupChange[] {
    const out = [...this.pending.values()];
    this.pending.clear();
    return out;
  }

  /** Checks every invariant of the whole group (O(partitions + members)); throws on a broken one. */
  verify(): void {
    assert(Number.isSafeInteger(this.groupEpoch) && this.groupEpoch >= 0, "group epoch");
    const held = new Map<string, string>();
    const targeted = new Map<string, string>();
    for (const m of this.members.values()) {
      assert(m.memberEpoch >= 0 && m.memberEpoch <= this.groupEpoch, `member ${m.memberId} epoch ${m.memberEpoch} vs group ${this.groupEpoch}`);
      assert(m.previousMemberEpoch <= m.memberEpoch, `member ${m.memberId} previous epoch above current`);
      assert(!m.left || (m.groupInstanceId !== null && m.revoking.size === 0), `left member ${m.memberId} must be static with nothing revoking`);
      assert((m.revoking.size > 0) === (m.revocationDeadlineMs !== null) || m.left, `member ${m.memberId} revocation deadline without revocation`);
      if (m.groupInstanceId !== null) assert(this.instances.get(m.groupInstanceId) === m.memberId, `instance index of ${m.memberId}`);
      const subscribed = new Set(m.subscribedTopics);
      for (const key of m.target) {
        const tp = parsePartitionKey(key);
        assert(subscribed.has(tp.topic) && tp.partition < (this.partitionCounts.get(tp.topic) ?? 0), `target ${key} of ${m.memberId} not subscribed or not existing`);
        assert(!targeted.has(key), `partition ${key} in the targets of ${targeted.get(key)} and ${m.memberId}`);
        targeted.set(key, m.memberId);
      }
      for (const key of [...m.assigned, ...m.revoking]) {
        assert(!held.has(key), `partition ${key} held by ${held.get(key)} and ${m.memberId}`);
        held.set(key, m.memberId);
      }
      if (m.left) for (const key of m.assigned) assert(m.target.has(key), `left member ${m.memberId} keeps ${key} outside its target`);
    }
    assert(held.size === this.holder.size, `holder index has ${this.holder.size} partitions, members hold ${held.size}`);
    for (const [key, memberId] of held) assert(this.holder.get(key) === memberId, `holder index of ${key}`);
    assert(this.instances.size <= this.members.size, "instance index larger than the group");
    assert(this.offsets.size <= groupLimits.committedOffsetsMax, "committed offsets above their bound");
  }

  // ---- Internals ----

  private checkHeartbeat(req: HeartbeatRequest): void {
    if (req.groupId !== this.groupId) throw invalid(`heartbeat for group ${String(req.groupId).slice(0, 64)} sent to ${this.groupId}`);
    if (!Number.isSafeInteger(req.memberEpoch) || req.memberEpoch < memberEpochLeaveStatic) throw invalid(`invalid member epoch ${req.memberEpoch}`);
    if (req.memberId !== undefined && !isBoundedString(req.memberId, groupLimits.memberIdLengthMax)) throw invalid("invalid member id");
    if (req.groupInstanceId != null && !isBoundedString(req.groupInstanceId, groupLimits.groupInstanceIdLengthMax)) throw invalid("invalid groupInstanceId");
    if (req.subscribedTopics !== undefined) {
      if (!Array.isArray(req.subscribedTopics) || req.subscribedTopics.length > groupLimits.subscribedTopicsPerGroupMax) throw invalid(`subscribe to at most ${groupLimits.subscribedTopicsPerGroupMax} topics`);
      for (const t of req.subscribedTopics) if (!isBoundedString(t, limits.topicNameLengthMax)) throw invalid(`invalid topic name in subscription`);
    }
    if (req.memberEpoch === memberEpochJoin && req.subscribedTopics === undefined) throw invalid("a join (epoch 0) must name its subscribedTopics");
    checkPartitionList("ownedPartitions", req.ownedPartitions);
    checkTimeout("sessionTimeoutMs", req.sessionTimeoutMs, groupLimits.sessionTimeoutMsMin, groupLimits.sessionTimeoutMsMax);
    checkTimeout("rebalanceTimeoutMs", req.rebalanceTimeoutMs, groupLimits.rebalanceTimeoutMsMin, groupLimits.rebalanceTimeoutMsMax);
    if (req.assignor != null && !assignors.has(req.assignor)) {
      throw new ProtocolError(ErrorCode.UNSUPPORTED, `unknown assignor ${String(req.assignor).slice(0, 64)}; use ${[...assignors.keys()].join(" or ")}`);
    }
  }

  private joinKind(req: HeartbeatRequest): JoinKind {
    const known = req.memberId === undefined ? undefined : this.members.get(req.memberId);
    if (req.groupInstanceId != null) {
      const holderId = this.instances.get(req.groupInstanceId);
      if (holderId !== undefined) return { kind: "takeover", member: this.members.get(holderId)! };
      if (known !== undefined) throw invalid(`member ${known.memberId} joined without a groupInstanceId; it cannot rejoin with one`);
      return { kind: "new" };
    }
    if (known === undefined) return { kind: "new" }; // an unknown or expired id: a fresh member with a fresh id
    if (known.groupInstanceId !== null) throw invalid(`member ${known.memberId} is static: rejoin with its groupInstanceId`);
    return { kind: "rejoin", member: known };
  }

  private memberForHeartbeat(req: HeartbeatRequest): Member {
    if (req.memberId === undefined) throw invalid("memberId is required unless joining (epoch 0)");
    const m = this.members.get(req.memberId);
    if (m === undefined || m.left) {
      const instanceHolder = req.groupInstanceId == null ? undefined : this.instances.get(req.groupInstanceId);
      if (instanceHolder !== undefined && instanceHolder !== req.memberId) {
        throw new ProtocolError(ErrorCode.FENCED_INSTANCE_ID, `groupInstanceId ${req.groupInstanceId} now belongs to member ${instanceHolder}`);
      }
      throw new ProtocolError(ErrorCode.UNKNOWN_MEMBER, `member ${req.memberId} is not in group ${this.groupId}`);
    }
    if (req.groupInstanceId !== undefined && (req.groupInstanceId ?? null) !== m.groupInstanceId) throw invalid(`member ${m.memberId} has groupInstanceId ${m.groupInstanceId}`);
    if (req.memberEpoch === m.memberEpoch) return m;
    // The answer that moved the member to its current epoch may have been lost: accept the epoch before,
    // once more, if the member holds nothing it was not given (KIP-848's rule).
    const lostAnswer =
      req.memberEpoch === m.previousMemberEpoch &&
      req.memberEpoch < m.memberEpoch &&
      req.ownedPartitions !== undefined &&
      req.ownedPartitions.every((tp) => m.assigned.has(partitionKey(tp.topic, tp.partition)));
    if (lostAnswer) return m;
    throw new ProtocolError(ErrorCode.FENCED, `member ${m.memberId} is at epoch ${m.memberEpoch}, not ${req.memberEpoch}; rejoin with epoch 0`);
  }

  private leave(req: HeartbeatRequest, nowMs: number): HeartbeatResponse {
    if (req.memberId === undefined) throw invalid("a leave must name its memberId");
    const m = this.members.get(req.memberId);
    const answer = { memberId: req.memberId, memberEpoch: req.memberEpoch, assignment: [], heartbeatIntervalMs: 0 };
    // Leaving twice (a retried leave whose answer was lost, or a member already expired) is not an error.
    if (m === undefined) return answer;
    if (req.memberEpoch === memberEpochLeaveStatic) {
      if (m.groupInstanceId === null) throw invalid("epoch -2 (leave, keep partitions reserved) needs a groupInstanceId");
      if (m.left) return answer;
      // The member stops consuming: what it was revoking is released now. What it holds stays reserved for
      // its session timeout, so the instance can come back to the same partitions without a rebalance.
      for (const key of [...m.revoking]) this.release(m, key);
      for (const key of [...m.assigned]) if (!m.target.has(key)) this.release(m, key);
      m.revocationDeadlineMs = null;
      m.left = true;
      m.lastSeenMs = nowMs;
      this.touched.add(m.memberId);
    } else {
      this.removeMember(m);
      this.bump();
    }
    this.flush();
    return answer;
  }

  private addMember(req: HeartbeatRequest, subscription: string[], nowMs: number): Member {
    this.memberSeq += 1;
    const memberId = this.newMemberIdFn === null ? `member-${this.memberSeq}` : this.newMemberIdFn();
    assert(isBoundedString(memberId, groupLimits.memberIdLengthMax) && !this.members.has(memberId), `new member id ${memberId} is taken or invalid`);
    const m: Member = {
      memberId,
      groupInstanceId: req.groupInstanceId ?? null,
      memberEpoch: 0,
      previousMemberEpoch: 0,
      left: false,
      subscribedTopics: subscription,
      assignor: req.assignor ?? null,
      sessionTimeoutMs: req.sessionTimeoutMs ?? groupLimits.sessionTimeoutMsDefault,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs ?? groupLimits.rebalanceTimeoutMsDefault,
      assigned: new Set(),
      revoking: new Set(),
      target: new Set(),
      lastSeenMs: nowMs,
      revocationDeadlineMs: null,
    };
    this.members.set(memberId, m);
    if (m.groupInstanceId !== null) this.instances.set(m.groupInstanceId, memberId);
    return m;
  }

  /** A static member's new incarnation takes the old record under a new id; the group epoch stays. */
  private takeOver(old: Member): Member {
    this.memberSeq += 1;
    const memberId = this.newMemberIdFn === null ? `member-${this.memberSeq}` : this.newMemberIdFn();
    assert(isBoundedString(memberId, groupLimits.memberIdLengthMax) && !this.members.has(memberId), `new member id ${memberId} is taken or invalid`);
    const m: Member = { ...old, memberId, left: false };
    this.members.delete(old.memberId);
    this.members.set(memberId, m);
    this.instances.set(m.groupInstanceId!, memberId);
    for (const key of [...m.assigned, ...m.revoking]) {
      assert(this.holder.get(key) === old.memberId, `partition ${key} moved with a takeover but held by ${this.holder.get(key)}`);
      this.holder.set(key, memberId);
    }
    this.touched.add(old.memberId);
    return m;
  }

  private removeMember(m: Member): void {
    for (const key of [...m.assigned, ...m.revoking]) this.release(m, key);
    this.members.delete(m.memberId);
    if (m.groupInstanceId !== null && this.instances.get(m.groupInstanceId) === m.memberId) this.instances.delete(m.groupInstanceId);
    this.touched.add(m.memberId);
  }

  /** Hands a free partition to `m`: the one place ownership is granted. */
  private grant(m: Member, key: string): void {
    assert(!this.holder.has(key), `partition ${key} granted to ${m.memberId} while ${this.holder.get(key)} holds it`);
    assert(m.target.has(key), `partition ${key} granted to ${m.memberId} outside its target`);
    this.holder.set(key, m.memberId);
    m.assigned.add(key);
  }

  /** The member no longer holds `key` (acknowledged, dropped, or the member is gone). */
  private release(m: Member, key: string): void {
    assert(this.holder.get(key) === m.memberId, `partition ${key} released by ${m.memberId} but held by ${this.holder.get(key)}`);
    this.releaseCount++;
    this.holder.delete(key);
    m.assigned.delete(key);
    m.revoking.delete(key);
  }

  /** New group epoch and target; members reconcile on their own heartbeats (left static members at once). */
  private bump(): void {
    this.groupEpoch += 1;
    this.assignorName = this.selectAssignor();
    const sorted = this.sortedMembers();
    const target = assignors.get(this.assignorName)!(
      sorted.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, subscribedTopics: m.subscribedTopics, current: sortedList(m.target) })),
      this.partitionCounts,
    );
    for (const m of sorted) {
      m.target = new Set((target.get(m.memberId) ?? []).map((tp) => partitionKey(tp.topic, tp.partition)));
      // A static member that left consumes nothing: what moves away from it is released without a round trip.
      if (m.left) for (const key of [...m.assigned]) if (!m.target.has(key)) this.release(m, key);
      this.touched.add(m.memberId);
    }
  }

  /** Moves `m` one step toward its target (the numbered steps at the top of this file). */
  private reconcile(m: Member, nowMs: number): void {
    assert(!m.left, "a member that left does not reconcile");
    for (const key of [...m.assigned]) {
      if (m.target.has(key)) continue;
      m.assigned.delete(key);
      m.revoking.add(key);
    }
    if (m.revoking.size > 0) {
      m.revocationDeadlineMs ??= nowMs + m.rebalanceTimeoutMs;
      return;
    }
    m.revocationDeadlineMs = null;
    if (m.memberEpoch !== this.groupEpoch) {
      assert(m.memberEpoch < this.groupEpoch, "member epoch ahead of the group's");
      m.previousMemberEpoch = m.memberEpoch;
      m.memberEpoch = this.groupEpoch;
    }
    for (const key of m.target) if (!m.assigned.has(key) && !this.holder.has(key)) this.grant(m, key);
  }

  /** The assignor most members name (ties: the group default, then by name); the default when none names one. */
  private selectAssignor(): string {
    const votes = new Map<string, number>();
    for (const m of this.members.values()) if (m.assignor !== null) votes.set(m.assignor, (votes.get(m.assignor) ?? 0) + 1);
    let best = this.assignorDefault;
    let bestVotes = votes.get(best) ?? 0;
    for (const [name, count] of [...votes].sort((a, b) => compareStrings(a[0], b[0]))) {
      if (count > bestVotes) {
        best = name;
        bestVotes = count;
      }
    }
    return best;
  }

  private memberState(m: Member): MemberState {
    if (m.left) return "left";
    if (m.revoking.size > 0) return "revoking";
    if (m.memberEpoch !== this.groupEpoch || m.assigned.size !== m.target.size) return "assigning";
    for (const key of m.target) if (!m.assigned.has(key)) return "assigning";
    return "stable";
  }

  private subscribedTopics(exceptMemberId: string | null = null): Set<string> {
    const topics = new Set<string>();
    for (const m of this.members.values()) if (m.memberId !== exceptMemberId) for (const t of m.subscribedTopics) topics.add(t);
    return topics;
  }

  private checkSubscriptionBounds(memberId: string | null, subscription: readonly string[]): void {
    const topics = this.subscribedTopics(memberId);
    for (const t of subscription) topics.add(t);
    if (topics.size > groupLimits.subscribedTopicsPerGroupMax) {
      throw new ProtocolError(ErrorCode.GROUP_FULL, `group ${this.groupId} would subscribe to ${topics.size} topics; the bound is ${groupLimits.subscribedTopicsPerGroupMax}`);
    }
    let partitionCount = 0;
    for (const t of topics) partitionCount += this.partitionCounts.get(t) ?? 0;
    if (partitionCount > groupLimits.partitionsPerGroupMax) {
      throw new ProtocolError(ErrorCode.GROUP_FULL, `group ${this.groupId} would span ${partitionCount} partitions; the bound is ${groupLimits.partitionsPerGroupMax}`);
    }
  }

  private checkOffsets(offsets: readonly OffsetCommit[]): void {
    if (!Array.isArray(offsets) || offsets.length > groupLimits.partitionsPerGroupMax) throw invalid(`commit at most ${groupLimits.partitionsPerGroupMax} offsets at once`);
    const seen = new Set<string>();
    let added = 0;
    for (const o of offsets) {
      if (!isBoundedString(o?.topic, limits.topicNameLengthMax) || !Number.isSafeInteger(o.partition) || o.partition < 0) throw invalid("invalid partition in commit");
      if (!Number.isSafeInteger(o.offset) || o.offset < 0) throw invalid(`invalid offset ${o.offset} for ${o.topic}/${o.partition}`);
      if (o.metadata !== undefined && (typeof o.metadata !== "string" || o.metadata.length > groupLimits.offsetMetadataLengthMax)) {
        throw invalid(`offset metadata longer than ${groupLimits.offsetMetadataLengthMax}`);
      }
      const key = partitionKey(o.topic, o.partition);
      if (seen.has(key)) throw invalid(`${o.topic}/${o.partition} twice in one commit`);
      seen.add(key);
      if (!this.offsets.has(key)) added += 1;
    }
    if (this.offsets.size + added > groupLimits.committedOffsetsMax) {
      throw new ProtocolError(ErrorCode.GROUP_FULL, `group ${this.groupId} would keep more than ${groupLimits.committedOffsetsMax} offsets; delete some`);
    }
  }

  private checkEmpty(what: string): void {
    if (this.members.size > 0) throw new ProtocolError(ErrorCode.GROUP_NOT_EMPTY, `cannot ${what} group ${this.groupId}: it has ${this.members.size} member${this.members.size === 1 ? "" : "s"}`);
  }

  private checkedPartitionCounts(partitionCounts: ReadonlyMap<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [topic, count] of partitionCounts) {
      assert(isBoundedString(topic, limits.topicNameLengthMax), `invalid topic name in metadata`);
      assert(Number.isSafeInteger(count) && count >= 0 && count <= limits.partitionCountMax, `invalid partition count ${count} for ${topic}`);
      if (count > 0) out.set(topic, count);
    }
    return out;
  }

  private putOffset(o: OffsetCommit, nowMs: number): void {
    const key = partitionKey(o.topic, o.partition);
    const record: OffsetRecord = { topic: o.topic, partition: o.partition, offset: o.offset, metadata: o.metadata ?? "", committedAtMs: nowMs };
    this.offsets.set(key, record);
    this.pending.set(`offset\n${key}`, { kind: "offset", key, value: { ...record } });
  }

  private sortedMembers(): Member[] {
    return [...this.members.values()].sort((a, b) => compareStrings(a.memberId, b.memberId));
  }

  private groupRecord(): GroupRecord {
    return {
      groupId: this.groupId,
      groupEpoch: this.groupEpoch,
      assignor: this.assignorName,
      partitionCounts: [...this.partitionCounts].sort((a, b) => compareStrings(a[0], b[0])),
      memberSeq: this.memberSeq,
    };
  }

  private memberRecord(m: Member): MemberRecord {
    return {
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      memberEpoch: m.memberEpoch,
      previousMemberEpoch: m.previousMemberEpoch,
      left: m.left,
      subscribedTopics: [...m.subscribedTopics],
      assignor: m.assignor,
      sessionTimeoutMs: m.sessionTimeoutMs,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      assigned: toTopicPartitions(m.assigned),
      revoking: toTopicPartitions(m.revoking),
      target: toTopicPartitions(m.target),
    };
  }

  /** Turns what this call touched into change records, skipping records whose value did not change. */
  private flush(): void {
    const group = this.groupRecord();
    const groupJson = JSON.stringify(group);
    if (this.emitted.get("group") !== groupJson) {
      this.emitted.set("group", groupJson);
      this.pending.set("group", { kind: "group", key: this.groupId, value: group });
    }
    for (const memberId of this.touched) {
      const emittedKey = `member\n${memberId}`;
      const m = this.members.get(memberId);
      if (m === undefined) {
        if (this.emitted.delete(emittedKey)) this.pending.set(emittedKey, { kind: "member", key: memberId, value: null });
        else this.pending.delete(emittedKey);
        continue;
      }
      const record = this.memberRecord(m);
      const json = JSON.stringify(record);
      if (this.emitted.get(emittedKey) === json) continue;
      this.emitted.set(emittedKey, json);
      this.pending.set(emittedKey, { kind: "member", key: memberId, value: record });
    }
    this.touched.clear();
  }
}

/**
 * Folds change records into a snapshot: how a host that persisted changes one by one (rows, or a compacted
 * log read from its start) rebuilds what `GroupCoordinator.restore` takes. Later records win.
 */
export function applyGroupChanges(base: GroupSnapshot | null, changes: Iterable<GroupChange>): GroupSnapshot {
  let group = base?.group ?? null;
  const members = new Map((base?.members ?? []).map((m) => [m.memberId, m]));
  const offsets = new Map((base?.offsets ?? []).map((o) => [partitionKey(o.topic, o.partition), o]));
  for (const c of changes) {
    if (c.kind === "group") group = c.value;
    else if (c.kind === "member") c.value === null ? members.delete(c.key) : members.set(c.key, c.value);
    else c.value === null ? offsets.delete(c.key) : offsets.set(c.key, c.value);
  }
  assert(group !== null, "changes without a group record");
  return {
    version: 1,
    group,
    members: [...members.values()].sort((a, b) => compareStrings(a.memberId, b.memberId)),
    offsets: [...offsets.values()].sort(compareTopicPartitions),
  };
}
