/**
 * The groups a host coordinates: one GroupCoordinator (group-coordinator.ts, pure) per group, loaded from
 * and persisted to a GroupStore. The Node broker runs one manager for every group; at the edge each
 * GroupDO runs one for its own group. Everything that is not a pure rule lives here once:
 * - operations on one group run one at a time, in arrival order (a load, a heartbeat and its write never
 *   interleave with another's);
 * - every change is durable before the answer that reveals it is sent (write-ahead, as for records);
 * - topic metadata is handed to the coordinator before each operation, so new and deleted partitions move;
 * - the earliest session or rebalance deadline is handed to the host's timer (Node) or alarm (edge);
 * - watchers (the sockets of a group's members) hear when the group's epoch moves, so members heartbeat
 *   at once instead of at their next interval.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { limits } from "../protocol/limits.ts";
import { isValidTopicName } from "./broker.ts";
import type { Clock } from "./clock.ts";
import { KeyedQueue } from "./keyed-queue.ts";
import {
  GroupCoordinator,
  type CommitResult,
  type GroupChange,
  type GroupDescription,
  type GroupSnapshot,
  type HeartbeatRequest,
  type HeartbeatResponse,
  type OffsetCommit,
  type OffsetRecord,
  type TopicPartition,
} from "./group-coordinator.ts";

/** Where groups are kept. Both deployments' stores pass test/conformance/group-store-suite.ts. */
export interface GroupStore {
  /** The group as stored (its snapshot with every saved change applied), or null when there is none. */
  load(groupId: string): Promise<GroupSnapshot | null>;
  /** Makes the changes durable; resolves once they are. Changes of one group arrive in order. */
  save(groupId: string, changes: readonly GroupChange[]): Promise<void>;
  /** Forgets the group. */
  remove(groupId: string): Promise<void>;
  /** Every stored group's id, sorted. */
  list(): Promise<string[]>;
}

export interface GroupManagerOptions {
  store: GroupStore;
  clock: Clock;
  /** Partition counts of every topic the group may care about (a topic missing from it is deleted). */
  partitionCounts(groupId: string): ReadonlyMap<string, number> | Promise<ReadonlyMap<string, number>>;
  /** Told the earliest deadline of any loaded group whenever it may have moved (null: none). */
  schedule?(atMs: number | null): void;
  /**
   * When a stored group is loaded, the time its members count as last seen (capped at now; default now:
   * a restart alone expires no one). The edge passes the last time its object heard from a member: an
   * idle Durable Object is evicted and rebuilt for its next event, and an alarm that rebuilt it would
   * otherwise find nobody due (each wake restarting every session timeout) for as long as all sleep.
   */
  restoredAtMs?(groupId: string): number | null;
  /** Member ids; default crypto.randomUUID (a member id is what a heartbeat or commit claims). */
  newMemberId?(): string;
  log?(line: string): void;
}

interface Loaded {
  coordinator: GroupCoordinator;
  watchers: Set<(groupEpoch: number) => void>;
}

export class GroupManager {
  private readonly groups = new Map<string, Loaded>();
  /** Operations on one group run one at a time. */
  private readonly queue = new KeyedQueue();

  constructor(private readonly opts: GroupManagerOptions) {}

  heartbeat(req: HeartbeatRequest): Promise<HeartbeatResponse> {
    return this.run(req.groupId, true, async (c, now) => {
      c.topicsChanged(await this.opts.partitionCounts(req.groupId));
      return c.heartbeat(req, now);
    });
  }

  /** A member's commit; with no member id, an admin reset (only while the group has no members). */
  commit(groupId: string, memberId: string, memberEpoch: number, offsets: readonly OffsetCommit[]): Promise<CommitResult> {
    return this.run(groupId, true, async (c, now) => {
      if (memberId) return c.commit({ memberId, memberEpoch, offsets }, now);
      c.topicsChanged(await this.opts.partitionCounts(groupId));
      c.adminCommit(offsets, now);
      return { ignored: [] };
    });
  }

  /** Committed offsets (all of the group's when `partitions` is empty); none for an unknown group. */
  async committed(groupId: string, partitions: readonly TopicPartition[] = []): Promise<OffsetRecord[]> {
    const found = await this.run(groupId, false, (c) => c.committed(partitions.length > 0 ? partitions : undefined));
    return found ?? [];
  }

  /** The group as `describe()` gives it, or null when there is no such group. */
  describe(groupId: string): Promise<GroupDescription | null> {
    return this.run(groupId, false, (c) => c.describe());
  }

  /** Deletes a group with no members (GROUP_NOT_EMPTY otherwise). */
  async deleteGroup(groupId: string): Promise<void> {
    checkGroupId(groupId);
    await this.queue.run(groupId, async () => {
      const loaded = await this.load(groupId, false);
      if (!loaded) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `no group "${groupId}"`);
      if (loaded.coordinator.describe().members.length > 0) throw new ProtocolError(ErrorCode.GROUP_NOT_EMPTY, `group "${groupId}" has members; stop them first`);
      await this.opts.store.remove(groupId);
      this.groups.delete(groupId);
    });
  }

  list(): Promise<string[]> {
    return this.opts.store.list();
  }

  /** Hears the group's epoch when it moves; returns the way to stop. */
  watch(groupId: string, listener: (groupEpoch: number) => void): () => void {
    const loaded = this.groups.get(groupId);
    if (!loaded) return () => {};
    loaded.watchers.add(listener);
    return () => loaded.watchers.delete(listener);
  }

  /** Removes members past their deadlines in every loaded group (the host's timer or alarm calls this). */
  async expireDue(): Promise<void> {
    const now = this.opts.clock();
    await Promise.all(
      [...this.groups].map(([groupId, g]) => {
        const due = g.coordinator.nextDeadlineMs();
        if (due === null || due > now) return null;
        return this.run(groupId, false, async (c, t) => {
          c.topicsChanged(await this.opts.partitionCounts(groupId));
          const gone = c.expire(t);
          for (const m of gone) this.opts.log?.(`group ${groupId}: member ${m.memberId} removed (${m.reason} timeout)`);
        });
      }),
    );
  }

  /** Topic metadata changed (a topic created, grown or deleted): groups re-read it at once. */
  async topicsChanged(): Promise<void> {
    await Promise.all([...this.groups.keys()].map((groupId) => this.run(groupId, false, async (c) => c.topicsChanged(await this.opts.partitionCounts(groupId)))));
  }

  /** The earliest deadline of any loaded group. */
  nextDeadlineMs(): number | null {
    let due: number | null = null;
    for (const g of this.groups.values()) {
      const d = g.coordinator.nextDeadlineMs();
      if (d !== null && (due === null || d < due)) due = d;
    }
    return due;
  }

  /**
   * Runs `fn` on the group after every earlier operation on it, then persists what changed before
   * resolving. With `create` false an unknown group resolves null without being created.
   */
  private run<T>(groupId: string, create: true, fn: (c: GroupCoordinator, nowMs: number) => T | Promise<T>): Promise<T>;
  private run<T>(groupId: string, create: false, fn: (c: GroupCoordinator, nowMs: number) => T | Promise<T>): Promise<T | null>;
  private run<T>(groupId: string, create: boolean, fn: (c: GroupCoordinator, nowMs: number) => T | Promise<T>): Promise<T | null> {
    checkGroupId(groupId);
    return this.queue.run(groupId, async () => {
      const loaded = await this.load(groupId, create);
      if (!loaded) return null;
      const c = loaded.coordinator;
      const epochBefore = c.epoch;
      const releasesBefore = c.releaseCount;
      let result: T;
      try {
        result = await fn(c, this.opts.clock());
      } finally {
        // A rejected request may still have changed durable state (an expiry on the way): persist it too.
        const changes = c.takeChanges();
        if (changes.length > 0) await this.opts.store.save(groupId, changes);
      }
      // The epoch moved (members must reconcile), or partitions were released (a member waiting for one can
      // take it now): members heartbeat at once instead of at their next interval.
      const epochAfter = c.epoch;
      if (epochAfter !== epochBefore || c.releaseCount !== releasesBefore) for (const w of [...loaded.watchers]) w(epochAfter);
      this.opts.schedule?.(this.nextDeadlineMs());
      return result;
    });
  }

  private async load(groupId: string, create: boolean): Promise<Loaded | null> {
    const known = this.groups.get(groupId);
    if (known) return known;
    const snapshot = await this.opts.store.load(groupId);
    if (!snapshot && !create) return null;
    const newMemberId = this.opts.newMemberId ?? (() => crypto.randomUUID());
    const nowMs = this.opts.clock();
    const coordinator = snapshot
      ? GroupCoordinator.restore(snapshot, Math.min(nowMs, this.opts.restoredAtMs?.(groupId) ?? nowMs), { newMemberId })
      : new GroupCoordinator({ groupId, newMemberId, partitionCounts: await this.opts.partitionCounts(groupId) });
    const loaded: Loaded = { coordinator, watchers: new Set() };
    this.groups.set(groupId, loaded);
    return loaded;
  }
}

/** Group ids follow the topic-name rule: they name files on Node and objects at the edge. */
export function checkGroupId(groupId: string): void {
  if (!isValidTopicName(groupId, limits.topicNameLengthMax)) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `invalid group id "${String(groupId).slice(0, 64)}": use 1-${limits.topicNameLengthMax} of [a-zA-Z0-9._-]`);
  }
}
