/**
 * One consumer group: a Durable Object named after the group id that coordinates it (core GroupManager
 * over SqliteGroupStore) and serves its WebSocket endpoint /v1/ws/g/:group through the core Session's
 * group family. Everything here is adaptation:
 *
 * - Storage: the group's records as SQLite rows (group-store.ts); every change is durable before the
 *   answer that reveals it (the store resolves after storage.sync(); the output gate holds answers too).
 * - Time: session and rebalance deadlines from the object's one alarm (GroupManager.schedule → setAlarm;
 *   alarm → expireDue). The alarm is only ever moved earlier: a heartbeat moves its member's deadline
 *   later, and re-arming on each would be a storage write per heartbeat; an early alarm finds nothing due
 *   and re-arms for the next deadline.
 * - Eviction: an idle object is evicted (its sockets hibernate) and rebuilt for its next event; a rebuilt
 *   group counts its members as last seen when this object last heard from any of them (kept in storage,
 *   written at most once a second), not from the wake, else an alarm whose wake restarted every session
 *   timeout would never find a silent member due.
 * - Topic metadata: the coordinator treats a topic missing from its map as deleted (and drops its
 *   offsets), so each operation asks the TopicDO of every topic the group subscribes to or has offsets for,
 *   plus the topics named by requests in flight (a join's subscription, an admin's reset).
 * - GroupChanged pushes: the core family pushes to sockets whose member joined in this instance. A
 *   member's socket carries a mark in its attachment, so after a wake its session (rebuilt without that
 *   memory) still gets the push until the member's next heartbeat, when the core's own watch takes over.
 * - The group list: the object adds its group to ClusterDO's list before its first save in each instance
 *   (idempotent, so a crash between the two heals on the next save) and takes it off before deleting.
 * - This socket serves this group only: other groups answer NOT_COORDINATOR; admin and partition requests
 *   answer NOT_LEADER.
 */
import { partitionKey } from "../core/assignors.ts";
import { isValidTopicName, type TopicRecord } from "../core/broker.ts";
import { groupLimits, type GroupChange, type GroupDescription, type GroupSnapshot, type HeartbeatRequest, type HeartbeatResponse, type OffsetCommit, type OffsetRecord, type TopicPartition, type CommitResult } from "../core/group-coordinator.ts";
import { groupFamily } from "../core/group-family.ts";
import { GroupManager, type GroupManagerOptions, type GroupStore } from "../core/group-manager.ts";
import type { Family, SessionHost } from "../core/session.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { edgeLimits, edgeSessionLimits } from "./edge-limits.ts";
import { clusterStub, edgeAuth, objectName, topicStub, type Env } from "./env.ts";
import { call } from "./rpc.ts";
import { EarliestAlarm } from "./alarm.ts";
import { SessionObject, SocketSessions, readAttachment, writeAttachment } from "./socket-sessions.ts";
import { SqliteGroupStore } from "./group-store.ts";

/** Storage key (sync KV): when this object last heard a message on a socket, ms since the epoch. */
const HEARD_KEY = "heardMs";
/** How often that time is written at most: a restore counts from it plus this, so never too early. */
const heardWriteIntervalMs = 1000;

/** A member's socket's attachment (the only thing a group socket keeps there). */
interface MemberMark {
  member: true;
}

export class GroupDO extends SessionObject {
  private readonly groupId: string;
  protected readonly sessions: SocketSessions;
  private readonly groups: GroupDOManager;
  private readonly topics = new GroupTopics();
  /** The group is on ClusterDO's list (as far as this instance knows). */
  private registered = false;
  /** The object's one alarm, moved only earlier (alarm.ts). */
  private readonly deadlineAlarm = new EarliestAlarm(this.ctx);
  private heardWrittenMs: number;
  /** Watches to start once the group is loaded (sockets of members that slept through an eviction). */
  private onLoaded: (() => void)[] | null = [];

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const groupId = objectName(ctx);
    if (!groupId) throw new Error("a GroupDO is named by its group id (getByName)");
    this.groupId = groupId;
    this.heardWrittenMs = ctx.storage.kv.get<number>(HEARD_KEY) ?? 0;
    this.groups = new GroupDOManager(groupId, {
      store: this.store(new SqliteGroupStore(ctx.storage)),
      clock: Date.now,
      partitionCounts: () => this.partitionCounts(),
      schedule: (atMs) => this.schedule(atMs),
      restoredAtMs: () => {
        const heardMs = ctx.storage.kv.get<number>(HEARD_KEY);
        return heardMs === undefined ? null : heardMs + heardWriteIntervalMs;
      },
      log: (line) => console.log(`edgelog: ${line}`),
    });
    const family = groupFamily(this.groups);
    this.sessions = new SocketSessions(ctx, (ws) => this.sessionHost(ws, family));
    this.sessions.restoreAll();
    const hibernatedSocketCount = this.sessions.socketCount;
    const wakes = this.onLoaded!;
    if (hibernatedSocketCount > 0) {
      // Sockets this instance did not accept: the object was evicted and is waking (see PartitionDO).
      console.log(`edgelog: group ${groupId} woke with ${hibernatedSocketCount} hibernated sockets`);
      // Load the group before any event, so that the members' sockets hear its next move.
      ctx.blockConcurrencyWhile(async () => {
        await this.groups.describe(groupId);
        this.onLoaded = null;
        for (const start of wakes) start();
      });
    } else {
      this.onLoaded = null;
    }
  }

  webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    this.heard();
    super.webSocketMessage(ws, message);
  }

  async alarm(): Promise<void> {
    this.deadlineAlarm.fired();
    // A woken object has not loaded its group yet (expireDue looks at loaded groups only).
    await this.groups.describe(this.groupId);
    await this.groups.expireDue();
    this.schedule(this.groups.nextDeadlineMs());
  }

  // ---- internals ------------------------------------------------------------------------------------------

  /** The store, with the group list and the topics of interest kept in step with it. */
  private store(inner: SqliteGroupStore): GroupStore {
    return {
      load: async (groupId) => {
        const snapshot = await inner.load(groupId);
        this.topics.reset(snapshot);
        return snapshot;
      },
      save: async (groupId, changes) => {
        if (!this.registered) {
          await call(clusterStub(this.env).registerGroup(groupId));
          this.registered = true;
        }
        await inner.save(groupId, changes);
        this.topics.apply(changes);
      },
      remove: async (groupId) => {
        await call(clusterStub(this.env).unregisterGroup(groupId));
        this.registered = false;
        await inner.remove(groupId);
        this.topics.reset(null);
      },
      list: () => inner.list(),
    };
  }

  /** Partition counts of the topics the group cares about, from their TopicDOs (absent = no such topic). */
  private async partitionCounts(): Promise<Map<string, number>> {
    const names = [...new Set([...this.topics.names(), ...this.groups.requestTopics()])].filter((n) => isValidTopicName(n, edgeLimits.topicNameLengthMax));
    // A failed lookup fails the operation: reading it as "no such topic" would drop the topic's offsets.
    const records = await Promise.all(
      names.map((n) => call<TopicRecord | null>(topicStub(this.env, n).getRecord().then((value) => ({ ok: true, value: value as TopicRecord | null })))),
    );
    const counts = new Map<string, number>();
    names.forEach((n, i) => {
      const record = records[i];
      if (record) counts.set(n, record.partitionCount);
    });
    return counts;
  }

  /** The alarm goes off by the group's earliest deadline (see alarm.ts). */
  private schedule(atMs: number | null): void {
    this.deadlineAlarm.armBy(atMs);
  }

  /** A message from a socket: members may be behind it. */
  private heard(): void {
    const nowMs = Date.now();
    if (nowMs - this.heardWrittenMs < heardWriteIntervalMs) return;
    this.heardWrittenMs = nowMs;
    this.ctx.storage.kv.put(HEARD_KEY, nowMs);
  }

  /**
   * Each socket's session serves the group family, wrapped to keep the member mark in the socket's
   * attachment and, for a marked socket that slept through an eviction, to push GroupChanged until the
   * member heartbeats again.
   */
  private sessionHost(ws: WebSocket, family: Family): SessionHost {
    const groupId = this.groupId;
    const wrapped: Family = {
      name: "group",
      attach: (port) => {
        const session = family.attach(port);
        const heartbeat = session.handlers.groupHeartbeatRequest!;
        let wakeWatch: (() => void) | null = null;
        if ((readAttachment(ws) as MemberMark | null)?.member) {
          const start = () => {
            wakeWatch = this.groups.watch(groupId, (groupEpoch) => port.send({ correlationId: 0, groupChanged: { groupId, groupEpoch } }));
          };
          if (this.onLoaded) this.onLoaded.push(start);
          else start();
        }
        const stopWakeWatch = () => {
          wakeWatch?.();
          wakeWatch = null;
        };
        return {
          handlers: {
            ...session.handlers,
            groupHeartbeatRequest: async (r: unknown, correlationId: number) => {
              stopWakeWatch(); // from here on the core family watches for this socket (or not: it left)
              const answer = await heartbeat(r, correlationId);
              const memberEpoch = answer?.groupHeartbeatResponse?.memberEpoch ?? 0;
              const marked = (readAttachment(ws) as MemberMark | null)?.member === true;
              if (memberEpoch > 0 && !marked) writeAttachment(ws, { member: true } satisfies MemberMark);
              else if (memberEpoch < 0 && marked) writeAttachment(ws, null);
              return answer;
            },
          },
          resume: () => session.resume?.(),
          close: () => {
            stopWakeWatch();
            session.close?.();
          },
        };
      },
    };
    return { limits: edgeSessionLimits(this.env), brokerId: `edge/group/${groupId}`, families: [wrapped], auth: edgeAuth(this.env) };
  }
}

/**
 * The manager of this object's one group: requests for any other group answer NOT_COORDINATOR, and the
 * topics a request names are known (requestTopics) while it is queued or running, so that the partition
 * counts handed to the coordinator include them.
 */
class GroupDOManager extends GroupManager {
  /** Topic → requests in flight naming it. */
  private readonly named = new Map<string, number>();

  constructor(
    private readonly groupId: string,
    opts: GroupManagerOptions,
  ) {
    super(opts);
  }

  requestTopics(): IterableIterator<string> {
    return this.named.keys();
  }

  override heartbeat(req: HeartbeatRequest): Promise<HeartbeatResponse> {
    this.own(req.groupId);
    return this.naming(req.subscribedTopics ?? [], () => super.heartbeat(req));
  }

  override commit(groupId: string, memberId: string, memberEpoch: number, offsets: readonly OffsetCommit[]): Promise<CommitResult> {
    this.own(groupId);
    return this.naming(
      offsets.map((o) => o.topic),
      () => super.commit(groupId, memberId, memberEpoch, offsets),
    );
  }

  override committed(groupId: string, partitions: readonly TopicPartition[] = []): Promise<OffsetRecord[]> {
    this.own(groupId);
    return super.committed(groupId, partitions);
  }

  override describe(groupId: string): Promise<GroupDescription | null> {
    this.own(groupId);
    return super.describe(groupId);
  }

  override deleteGroup(groupId: string): Promise<void> {
    this.own(groupId);
    return super.deleteGroup(groupId);
  }

  private own(groupId: string): void {
    if (groupId !== this.groupId) throw new ProtocolError(ErrorCode.NOT_COORDINATOR, `this endpoint coordinates group "${this.groupId}" only, not "${String(groupId).slice(0, 64)}": ask the bootstrap endpoint for metadata`);
  }

  /**
   * Runs `op` with its topics counted as named. A request naming more distinct topics than a group may
   * subscribe to is left to the coordinator to refuse; its topics are not looked up.
   */
  private async naming<T>(topics: readonly string[], op: () => Promise<T>): Promise<T> {
    const distinct = [...new Set(topics)];
    if (distinct.length > groupLimits.subscribedTopicsPerGroupMax) return op();
    for (const t of distinct) this.named.set(t, (this.named.get(t) ?? 0) + 1);
    try {
      return await op();
    } finally {
      for (const t of distinct) {
        const n = this.named.get(t)! - 1;
        if (n === 0) this.named.delete(t);
        else this.named.set(t, n);
      }
    }
  }
}

/** The topics a stored group cares about: its members' subscriptions and its committed offsets' topics. */
class GroupTopics {
  private readonly subscriptions = new Map<string, readonly string[]>();
  /** Offset key → topic, and offsets per topic. */
  private readonly offsets = new Map<string, string>();
  private readonly offsetCounts = new Map<string, number>();

  reset(snapshot: GroupSnapshot | null): void {
    this.subscriptions.clear();
    this.offsets.clear();
    this.offsetCounts.clear();
    if (!snapshot) return;
    for (const m of snapshot.members) this.subscriptions.set(m.memberId, m.subscribedTopics);
    for (const o of snapshot.offsets) this.putOffset(partitionKey(o.topic, o.partition), o.topic);
  }

  apply(changes: readonly GroupChange[]): void {
    for (const c of changes) {
      if (c.kind === "member") {
        if (c.value === null) this.subscriptions.delete(c.key);
        else this.subscriptions.set(c.key, c.value.subscribedTopics);
      } else if (c.kind === "offset") {
        if (c.value !== null) this.putOffset(c.key, c.value.topic);
        else this.deleteOffset(c.key);
      }
    }
  }

  names(): Set<string> {
    const out = new Set(this.offsetCounts.keys());
    for (const topics of this.subscriptions.values()) for (const t of topics) out.add(t);
    return out;
  }

  private putOffset(key: string, topic: string): void {
    if (this.offsets.has(key)) return;
    this.offsets.set(key, topic);
    this.offsetCounts.set(topic, (this.offsetCounts.get(topic) ?? 0) + 1);
  }

  private deleteOffset(key: string): void {
    const topic = this.offsets.get(key);
    if (topic === undefined) return;
    this.offsets.delete(key);
    const n = this.offsetCounts.get(topic)! - 1;
    if (n === 0) this.offsetCounts.delete(topic);
    else this.offsetCounts.set(topic, n);
  }
}
