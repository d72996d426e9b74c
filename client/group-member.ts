/**
 * The membership of a consumer group's member: the coordinator assigns it partitions of the subscribed
 * topics (KIP-848 style, server-side and incremental), it reads them from the group's committed offsets and
 * commits what the application finished. GroupConsumer (group-consumer.ts) holds the options, the
 * partitions read and their delivery; this part is loaded on demand (extras.ts; dist/edgelog-extras.js in
 * the browser).
 *
 * Membership is one loop of GroupHeartbeat requests to the group's coordinator (found through metadata;
 * its endpoint's socket comes from the connection pool): the first joins (member epoch 0), each one after
 * reports the partitions the member holds (`owned`), and every answer says what the member may hold now.
 * It runs at the interval the coordinator gives, at once when the coordinator pushes GroupChanged, and at
 * once after a revocation is finished. The difference between what the member holds and what the last
 * answer gave it is reconciled one step at a time:
 *   - revoked partitions stop being read (their buffered records are dropped), the record the application
 *     holds from them is waited for, onRevoked runs, their finished offsets are committed (autoCommit), and
 *     only then does the next heartbeat leave them out of `owned`: that is the acknowledgement which lets
 *     the coordinator hand them to another member;
 *   - assigned partitions start at the group's committed offset (OffsetFetch) or at `from` when it has
 *     none, then onAssigned runs.
 *
 * At-least-once: the offset committed for a partition is the one after the last record whose handler
 * returned (run) or after which the iterator asked for the next record (partition-set.ts's `processed`),
 * never one the application merely received. A crash loses at most what was finished after the last
 * commit; the next owner reads it again.
 *
 * Errors, as the coordinator advises: FENCED (a stale member epoch) drops every partition without
 * committing and rejoins with epoch 0 under the same member id; UNKNOWN_MEMBER (expired, or the group was
 * deleted) drops every partition and rejoins without a member id; FENCED_INSTANCE_ID (a newer process took
 * this groupInstanceId) stops the consumer and fails run() and the iterator with FencedError; NOT_COORDINATOR
 * finds the coordinator again. A lost socket keeps the membership until the session timeout: heartbeats
 * resume on the new socket, and a static member keeps its partitions even across a restart of its process.
 */
import { coordinatorEndpoint, fetchMetadata } from "./admin.ts";
import type { Connection, ConnectionSource } from "./connection.ts";
import { ClosedError, ConnectionError, EdgelogError, FencedError, NotCoordinatorError, UnknownMemberError, UnknownTopicError } from "./errors.ts";
import type { CommitResult, GroupConsumerOptions, TopicPartition, TopicPartitionOffset } from "./group-consumer.ts";
import { readEndpoint, type PartitionSet, type PartitionState, type StartFrom } from "./partition-set.ts";
import { partitionKey, partitionsFromWire, partitionsToWire } from "./topic-partitions.ts";
import type { pb } from "../src/protocol/frames.ts";

const AUTO_COMMIT_INTERVAL_MS_DEFAULT = 5000;
const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 2000;
/** A commit that keeps failing with retriable errors gives up after this many attempts. */
const COMMIT_ATTEMPTS_MAX = 6;
/** How long close() waits for its final commit (a coordinator socket that is down reopening included) and for the leave to be answered, each. */
const CLOSE_REQUEST_TIMEOUT_MS = 5000;
/**
 * How long close() waits for a handler in flight to return (its record is then committed too). Bounded
 * because a handler may itself be awaiting close(): it then goes on after this, without that record.
 * (Inside a handler, call close() without awaiting it, or return first.)
 */
const CLOSE_HANDLER_WAIT_MS = 5000;
/** The coordinator's session timeout when the member names none (KIP-848's default, as src/core's). */
const SESSION_TIMEOUT_MS_DEFAULT = 45_000;

type MemberState = "new" | "active" | "closing" | "closed" | "failed";

/** The membership of a GroupConsumer (see the top of this file). */
export class GroupMember<T = Uint8Array> {
  readonly #groupId: string;
  readonly #groupInstanceId: string | null;
  readonly #topics: readonly string[];
  readonly #autoCommit: boolean;
  readonly #autoCommitIntervalMs: number;
  readonly #from: StartFrom;
  readonly #sessionTimeoutMs: number;
  readonly #rebalanceTimeoutMs: number;
  readonly #assignor: string;
  readonly #onAssigned: GroupConsumerOptions<T>["onAssigned"];
  readonly #onRevoked: GroupConsumerOptions<T>["onRevoked"];

  #state: MemberState = "new";
  #memberIdValue = "";
  #memberEpochValue = 0;
  #heartbeatIntervalMs = 0;
  /** The partitions the last answer said the member may hold. */
  #target = new Map<string, TopicPartition>();
  /** Partitions the member holds: reading them, or finishing them before acknowledging their revocation. */
  readonly #owned = new Map<string, TopicPartition>();
  /** Of `owned`, those stopped and not yet acknowledged; their final state, for commit(). */
  readonly #revoking = new Map<string, PartitionState>();
  /** The offset this member last saw stored, per partition: a commit that would not move it is not sent. */
  readonly #lastCommitted = new Map<string, number>();
  /** Bumped when every partition is dropped (fenced, unknown member): a reconcile step in flight stops. */
  #membership = 0;

  #coordinator: Connection | null = null;
  readonly #unlisten: (() => void)[] = [];
  #heartbeatTimer: ReturnType<typeof setTimeout> | null = null;
  #heartbeating = false;
  #heartbeatAgain = false;
  #heartbeatFailures = 0;
  /** Fires when the coordinator has surely removed a member that could not heartbeat for its session timeout. */
  #sessionTimer: ReturnType<typeof setTimeout> | null = null;
  #reconciling: Promise<void> | null = null;
  #autoCommitTimer: ReturnType<typeof setInterval> | null = null;
  #startPromise: Promise<void> | null = null;
  #joined: { resolve(): void; reject(err: Error): void } | null = null;
  #closePromise: Promise<void> | null = null;

  readonly #connections: ConnectionSource;
  readonly #set: PartitionSet<T>;

  /** Options as GroupConsumer checked them; `set` is its partition set. */
  constructor(
    connections: ConnectionSource,
    options: GroupConsumerOptions<T>,
    set: PartitionSet<T>,
    private readonly onClosed: () => void,
    private readonly log: (line: string) => void,
  ) {
    this.#connections = connections;
    this.#set = set;
    this.#groupId = options.groupId;
    this.#groupInstanceId = options.groupInstanceId ?? null;
    this.#topics = [...new Set(options.topics)];
    this.#autoCommit = options.autoCommit ?? true;
    this.#autoCommitIntervalMs = options.autoCommitIntervalMs ?? AUTO_COMMIT_INTERVAL_MS_DEFAULT;
    this.#from = options.from ?? "latest";
    this.#sessionTimeoutMs = options.sessionTimeoutMs ?? 0;
    this.#rebalanceTimeoutMs = options.rebalanceTimeoutMs ?? 0;
    this.#assignor = options.assignor ?? "";
    this.#onAssigned = options.onAssigned;
    this.#onRevoked = options.onRevoked;
  }

  /** The id the coordinator gave this member ("" before it joined). */
  get memberId(): string {
    return this.#memberIdValue;
  }

  /** The member's epoch (0 while joining). */
  get memberEpoch(): number {
    return this.#memberEpochValue;
  }

  /**
   * Joins the group. Resolves once the first answer came and the partitions it gave are started (their
   * start positions known). Called by the iterator and run().
   */
  start(): Promise<void> {
    if (!this.#startPromise) {
      if (this.#state !== "new") return Promise.reject(new ClosedError("consumer closed"));
      this.#state = "active";
      this.#startPromise = new Promise<void>((resolve, reject) => (this.#joined = { resolve, reject }));
      this.#startPromise.catch(() => {});
      if (this.#autoCommit) {
        this.#autoCommitTimer = setInterval(() => void this.#autoCommitNow(), this.#autoCommitIntervalMs);
        (this.#autoCommitTimer as { unref?: () => void }).unref?.();
      }
      this.#heartbeatSoon();
    }
    return this.#startPromise;
  }

  /** Partitions this member holds now, sorted. */
  assignment(): TopicPartition[] {
    return sortPartitions([...this.#owned.entries()].filter(([key]) => !this.#revoking.has(key)).map(([, tp]) => tp));
  }

  /**
   * Commits offsets. Without arguments: for every partition the member holds, the offset after the last
   * record the application finished (nothing for partitions where that has not moved since the last
   * commit). With offsets: those, for partitions the member holds. Offsets behind the stored ones are not
   * errors: they are left out and listed in `ignored`. Rejects with FencedError or UnknownMemberError when
   * the member lost its membership (it rejoins by itself).
   */
  async commit(offsets?: TopicPartitionOffset[]): Promise<CommitResult> {
    const list = offsets ?? this.#finishedOffsets();
    if (list.length === 0) return { committed: [], ignored: [] };
    return this.#sendCommit(list);
  }

  /** The group's committed offsets of `partitions` (default: those this member holds); a partition with none is left out. */
  async committed(list: TopicPartition[]): Promise<TopicPartitionOffset[]> {
    const offsets = await this.#fetchCommitted(list);
    return sortPartitions(offsets);
  }

  /**
   * Stops handing out records; with autoCommit, waits for a run() handler in flight to return (up to 5 s:
   * so inside a handler, call close() without awaiting it) and commits what the application finished (the
   * record the iterator handed out last is never waited for and counts as not finished); leaves the group
   * at once (a static member leaves with epoch -2: its partitions stay reserved for its session timeout, so
   * it can come back to them); and ends run() and the iterator.
   */
  close(): Promise<void> {
    if (!this.#closePromise) this.#closePromise = this.#closeOnce();
    return this.#closePromise;
  }

  // ---- heartbeats -----------------------------------------------------------------------------------------

  /** Heartbeats now, or right after the one in flight. */
  #heartbeatSoon(): void {
    if (this.#state !== "active") return;
    if (this.#heartbeating) {
      this.#heartbeatAgain = true;
      return;
    }
    if (this.#heartbeatTimer) clearTimeout(this.#heartbeatTimer);
    this.#heartbeatTimer = null;
    this.#heartbeating = true;
    void this.#heartbeat().then((delayMs) => {
      this.#heartbeating = false;
      if (this.#state !== "active") return;
      if (this.#heartbeatAgain) {
        this.#heartbeatAgain = false;
        this.#heartbeatSoon();
        return;
      }
      this.#heartbeatTimer = setTimeout(() => {
        this.#heartbeatTimer = null;
        this.#heartbeatSoon();
      }, delayMs);
    });
  }

  /** One heartbeat and what follows from its answer. Resolves with the delay until the next one. */
  async #heartbeat(): Promise<number> {
    const joining = this.#memberEpochValue === 0;
    const request: pb.IGroupHeartbeatRequest = {
      groupId: this.#groupId,
      memberId: this.#memberIdValue,
      groupInstanceId: this.#groupInstanceId ?? "",
      memberEpoch: this.#memberEpochValue,
      // A join names what it holds (nothing: partitions are dropped before a rejoin); later heartbeats too,
      // which is how a finished revocation is acknowledged.
      owned: { topics: partitionsToWire(this.#owned.values()) },
    };
    if (joining) {
      request.subscribedTopics = { values: [...this.#topics] };
      request.sessionTimeoutMs = this.#sessionTimeoutMs;
      request.rebalanceTimeoutMs = this.#rebalanceTimeoutMs;
      request.assignor = this.#assignor;
    }
    const membership = this.#membership;
    const sessionTimeoutMs = this.#sessionTimeoutMs || SESSION_TIMEOUT_MS_DEFAULT;
    let answer: pb.GroupHeartbeatResponse;
    let sentAtMs: number;
    try {
      const conn = await this.#findCoordinator();
      sentAtMs = Date.now();
      const frame = await conn.request({ groupHeartbeatRequest: request }, { timeoutMs: sessionTimeoutMs });
      answer = frame.groupHeartbeatResponse as pb.GroupHeartbeatResponse;
    } catch (err) {
      return this.#onHeartbeatFailed(err as Error);
    }
    if (this.#state !== "active" || membership !== this.#membership) return 0;
    this.#heartbeatFailures = 0;
    this.#armSessionTimer(sentAtMs + sessionTimeoutMs);
    this.#memberIdValue = answer.memberId;
    this.#memberEpochValue = answer.memberEpoch;
    if (answer.heartbeatIntervalMs > 0) this.#heartbeatIntervalMs = answer.heartbeatIntervalMs;
    const target = new Map<string, TopicPartition>();
    for (const tp of partitionsFromWire(answer.assignment)) target.set(partitionKey(tp.topic, tp.partition), tp);
    this.#target = target;
    this.#reconcile();
    return this.#heartbeatIntervalMs;
  }

  #onHeartbeatFailed(err: Error): number {
    if (this.#state !== "active") return 0;
    if (err instanceof FencedError && err.code === "FENCED") {
      // A stale epoch: what it holds may already be someone else's. Drop it all; rejoin under the same id.
      this.log(`edgelog: member ${this.#memberIdValue} of ${this.#groupId} fenced (${err.message}); rejoining`);
      this.#loseAll();
      this.#memberEpochValue = 0;
      return 0;
    }
    if (err instanceof FencedError) {
      // FENCED_INSTANCE_ID: a newer process took this groupInstanceId. It must not come back under it.
      this.#fail(err);
      return 0;
    }
    if (err instanceof UnknownMemberError) {
      this.log(`edgelog: member ${this.#memberIdValue} of ${this.#groupId} is unknown (${err.message}); rejoining as a new member`);
      this.#loseAll();
      this.#memberIdValue = "";
      this.#memberEpochValue = 0;
      return 0;
    }
    if (err instanceof NotCoordinatorError) this.#coordinator = null;
    if (err instanceof EdgelogError && err.retriable) {
      // The socket went (it reopens by itself and onOpen heartbeats at once), a timeout, a coordinator that
      // moved: try again soon. The membership lasts until the session timeout meanwhile.
      return Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** this.#heartbeatFailures++);
    }
    if (err instanceof ClosedError) return 0;
    this.#fail(err);
    return 0;
  }

  /**
   * The coordinator saw this member at the latest when the last answered heartbeat was sent; a session
   * timeout later it has removed it (unless the coordinator was down too) and the partitions may be read
   * elsewhere. So the member stops reading them then, without committing, instead of reading on as a
   * zombie on sockets that still work. Its next heartbeat says whether it is still a member (it then gets
   * them back from the committed offsets) or must rejoin (UNKNOWN_MEMBER).
   */
  #armSessionTimer(deadlineMs: number): void {
    if (this.#sessionTimer) clearTimeout(this.#sessionTimer);
    this.#sessionTimer = setTimeout(() => {
      this.#sessionTimer = null;
      if (this.#state !== "active" || this.#owned.size === 0) return;
      this.log(`edgelog: member ${this.#memberIdValue} of ${this.#groupId} could not heartbeat within its session timeout; dropping its partitions`);
      this.#loseAll();
    }, Math.max(0, deadlineMs - Date.now()));
    (this.#sessionTimer as { unref?: () => void }).unref?.();
  }

  async #findCoordinator(): Promise<Connection> {
    if (this.#coordinator) return this.#coordinator;
    const conn = this.#connections.get(await coordinatorEndpoint(this.#connections.bootstrap, this.#groupId));
    if (this.#state !== "active") return conn;
    this.#coordinator = conn;
    for (const off of this.#unlisten.splice(0)) off();
    // A new socket: heartbeat on it at once (it also makes the coordinator push GroupChanged to it).
    this.#unlisten.push(conn.onOpen(() => this.#heartbeatSoon()));
    this.#unlisten.push(
      conn.onGroupChanged((change) => {
        if (change.groupId === this.#groupId) this.#heartbeatSoon();
      }),
    );
    return conn;
  }

  // ---- reconciling the assignment -------------------------------------------------------------------------

  /** Moves what the member holds toward the last answer's assignment, one step at a time. */
  #reconcile(): void {
    if (this.#reconciling) return;
    this.#reconciling = this.#reconcileLoop()
      .catch((err: Error) => this.#set.raise(null, err))
      .finally(() => {
        this.#reconciling = null;
        const started = this.#joined;
        this.#joined = null;
        started?.resolve();
      });
  }

  async #reconcileLoop(): Promise<void> {
    for (;;) {
      if (this.#state !== "active") return;
      const membership = this.#membership;
      const revoked = [...this.#owned.keys()].filter((key) => !this.#target.has(key) && !this.#revoking.has(key));
      const added = [...this.#target.keys()].filter((key) => !this.#owned.has(key));
      if (revoked.length === 0 && added.length === 0) return;
      if (revoked.length > 0) await this.#revoke(revoked.map((key) => this.#owned.get(key)!), membership);
      if (membership !== this.#membership) continue;
      if (added.length > 0) await this.#assign(added.map((key) => this.#target.get(key)!), membership);
    }
  }

  /** Stop, let the application finish, onRevoked, commit, then acknowledge (the next heartbeat). */
  async #revoke(partitions: TopicPartition[], membership: number): Promise<void> {
    const stopping = partitions.map(async (tp) => {
      const key = partitionKey(tp.topic, tp.partition);
      const ps = this.#set.get(tp.topic, tp.partition);
      if (!ps) return;
      this.#revoking.set(key, ps);
      await this.#set.stop(tp.topic, tp.partition);
    });
    await Promise.all(stopping);
    if (membership !== this.#membership) return;
    await this.#callback(() => this.#onRevoked?.(sortPartitions(partitions), { lost: false }));
    if (this.#autoCommit && membership === this.#membership) {
      const offsets = this.#finishedOffsets(partitions);
      if (offsets.length > 0) {
        try {
          await this.#sendCommit(offsets);
        } catch (err) {
          // Acknowledging anyway is safe: the next owner starts at the older commit and reads again.
          this.log(`edgelog: commit of revoked partitions of ${this.#groupId} failed: ${(err as Error).message}`);
        }
      }
    }
    if (membership !== this.#membership) return;
    for (const tp of partitions) {
      const key = partitionKey(tp.topic, tp.partition);
      this.#owned.delete(key);
      this.#revoking.delete(key);
    }
    this.#heartbeatSoon();
  }

  /** Start at the committed offsets (or `from`), then onAssigned. */
  async #assign(partitions: TopicPartition[], membership: number): Promise<void> {
    for (const tp of partitions) this.#owned.set(partitionKey(tp.topic, tp.partition), tp);
    const committed = new Map<string, number>();
    const topics = [...new Set(partitions.map((tp) => tp.topic))];
    let metas: Awaited<ReturnType<typeof fetchMetadata>>;
    try {
      for (const o of await this.#retrying(() => this.#fetchCommitted(partitions), membership)) committed.set(partitionKey(o.topic, o.partition), o.offset);
      metas = await this.#retrying(() => fetchMetadata(this.#connections.bootstrap, topics), membership);
    } catch (err) {
      if (membership !== this.#membership || this.#state !== "active") return;
      throw err;
    }
    if (membership !== this.#membership || this.#state !== "active") return;
    const started: PartitionState[] = [];
    for (const tp of partitions) {
      const key = partitionKey(tp.topic, tp.partition);
      const info = metas.find((t) => t.name === tp.topic)?.partitions.find((p) => p.partition === tp.partition);
      if (!info) {
        this.#set.raise(null, new UnknownTopicError(`assigned ${tp.topic}-${tp.partition}, which metadata does not know`));
        continue;
      }
      const offset = committed.get(key);
      if (offset !== undefined) this.#lastCommitted.set(key, offset);
      else this.#lastCommitted.delete(key);
      started.push(this.#set.add(tp.topic, tp.partition, readEndpoint(info, this.#set.preferRegion), offset ?? this.#from));
    }
    await Promise.all(started.map((ps) => ps.ready));
    if (membership !== this.#membership) return;
    await this.#callback(() => this.#onAssigned?.(sortPartitions(partitions)));
  }

  /** Every partition is gone (fenced, unknown member): stop them without committing; they may be read elsewhere. */
  #loseAll(): void {
    this.#membership++;
    const lost = [...this.#owned.values()];
    this.#owned.clear();
    this.#revoking.clear();
    this.#target = new Map();
    this.#lastCommitted.clear();
    for (const tp of lost) void this.#set.stop(tp.topic, tp.partition);
    if (lost.length > 0) void this.#callback(() => this.#onRevoked?.(sortPartitions(lost), { lost: true }));
  }

  async #callback(fn: () => unknown): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.#set.raise(null, err as Error);
    }
  }

  // ---- offsets --------------------------------------------------------------------------------------------

  /** Per held partition (or those named), the offset after what the application finished, where it moved. */
  #finishedOffsets(partitions?: TopicPartition[]): TopicPartitionOffset[] {
    const out: TopicPartitionOffset[] = [];
    const keys = partitions ? partitions.map((tp) => partitionKey(tp.topic, tp.partition)) : [...this.#owned.keys()];
    for (const key of keys) {
      const tp = this.#owned.get(key);
      const ps = this.#revoking.get(key) ?? (tp && this.#set.get(tp.topic, tp.partition));
      if (!tp || !ps || Number.isNaN(ps.processed)) continue;
      if (this.#lastCommitted.get(key) === ps.processed) continue;
      out.push({ topic: tp.topic, partition: tp.partition, offset: ps.processed });
    }
    return out;
  }

  async #sendCommit(offsets: TopicPartitionOffset[]): Promise<CommitResult> {
    for (let attempt = 1; ; attempt++) {
      if (this.#memberIdValue === "" || this.#memberEpochValue <= 0) {
        throw new UnknownMemberError(`not a member of ${this.#groupId} yet (or any more): nothing can be committed now`);
      }
      try {
        const conn = await this.#findCoordinator();
        const frame = await conn.request({
          offsetCommitRequest: { groupId: this.#groupId, memberId: this.#memberIdValue, memberEpoch: this.#memberEpochValue, offsets: offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset, metadata: o.metadata ?? "" })) },
        });
        const ignored = ((frame.offsetCommitResponse as pb.OffsetCommitResponse | null)?.ignored ?? []).map((i) => ({ topic: i.topic ?? "", partition: i.partition ?? 0, reason: i.metadata ?? "" }));
        const left = new Set(ignored.map((i) => partitionKey(i.topic, i.partition)));
        const committed = offsets.filter((o) => !left.has(partitionKey(o.topic, o.partition)));
        for (const o of committed) {
          const key = partitionKey(o.topic, o.partition);
          if (!(o.offset <= (this.#lastCommitted.get(key) ?? -1))) this.#lastCommitted.set(key, o.offset);
        }
        return { committed, ignored };
      } catch (err) {
        // The heartbeat finds out what a fenced or unknown member must do; the caller hears it now.
        if (err instanceof FencedError || err instanceof UnknownMemberError) this.#heartbeatSoon();
        if (err instanceof NotCoordinatorError) this.#coordinator = null;
        const retriable = err instanceof EdgelogError && err.retriable && !(err instanceof ClosedError);
        if (!retriable || attempt >= COMMIT_ATTEMPTS_MAX || this.#state === "closed" || this.#state === "failed") throw err;
        await delay(Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
  }

  async #fetchCommitted(partitions: TopicPartition[]): Promise<TopicPartitionOffset[]> {
    const conn = await this.#findCoordinator();
    const frame = await conn.request({ offsetFetchRequest: { groupId: this.#groupId, partitions: partitionsToWire(partitions) } });
    return ((frame.offsetFetchResponse as pb.OffsetFetchResponse | null)?.offsets ?? [])
      .filter((o) => (o.offset as number) >= 0)
      .map((o) => ({ topic: o.topic ?? "", partition: o.partition ?? 0, offset: o.offset as number, metadata: o.metadata ?? "" }));
  }

  async #autoCommitNow(): Promise<void> {
    if (this.#state !== "active" || this.#memberEpochValue <= 0) return;
    try {
      await this.commit();
    } catch (err) {
      this.log(`edgelog: auto-commit of ${this.#groupId} failed: ${(err as Error).message}`);
    }
  }

  /** Retries retriable failures with backoff while the membership lasts. */
  async #retrying<R>(fn: () => Promise<R>, membership: number): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (err instanceof NotCoordinatorError) this.#coordinator = null;
        const retriable = err instanceof EdgelogError && err.retriable && !(err instanceof ClosedError);
        if (!retriable || membership !== this.#membership || this.#state !== "active") throw err;
        await delay(Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** attempt));
      }
    }
  }

  // ---- the end --------------------------------------------------------------------------------------------

  /** A failure the member cannot recover from: delivery ends with `err`, the member stops (without leaving). */
  #fail(err: Error): void {
    if (this.#state !== "active") return;
    this.#state = "failed";
    this.#stopTimers();
    const started = this.#joined;
    this.#joined = null;
    started?.reject(err);
    for (const tp of this.#owned.values()) void this.#set.stop(tp.topic, tp.partition);
    this.#owned.clear();
    this.#set.raise(null, err);
    this.#set.fail(err);
  }

  #stopTimers(): void {
    if (this.#heartbeatTimer) clearTimeout(this.#heartbeatTimer);
    this.#heartbeatTimer = null;
    if (this.#autoCommitTimer) clearInterval(this.#autoCommitTimer);
    this.#autoCommitTimer = null;
    if (this.#sessionTimer) clearTimeout(this.#sessionTimer);
    this.#sessionTimer = null;
  }

  async #closeOnce(): Promise<void> {
    const wasActive = this.#state === "active";
    if (this.#state !== "failed") this.#state = "closing";
    this.#stopTimers();
    try {
      // Nothing more is handed out; a handler in flight may finish, and its record is committed with the rest.
      // The iterator's record is not waited for: only asking for the next one finishes it, which a loop that
      // calls close() in its body never does; it counts as not finished.
      this.#set.finishHanded(false);
      const stopping: Promise<unknown>[] = [];
      for (const [key, tp] of this.#owned) {
        const ps = this.#set.get(tp.topic, tp.partition);
        if (!ps) continue;
        this.#revoking.set(key, ps);
        stopping.push(this.#set.stop(tp.topic, tp.partition));
      }
      // Waiting is for the final commit; without autoCommit the application commits, and does not wait here.
      if (this.#autoCommit) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([Promise.all(stopping), new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_HANDLER_WAIT_MS)))]);
        clearTimeout(timer);
      }
      // The final commit goes over the coordinator's socket as soon as it is open: one that is down now or
      // drops under the request (the broker restarting, a reset) gets CLOSE_REQUEST_TIMEOUT_MS in all to come
      // back, as Kafka's close(timeout) waits for its commit; otherwise what was finished since the last
      // autocommit is read again by the next owner. The leave goes only over a socket open by then: a member
      // still cut off does not wait to say goodbye; its session timeout removes it.
      const conn = this.#coordinator;
      if (wasActive && this.#memberIdValue !== "" && conn && !conn.isClosed) {
        if (this.#autoCommit && this.#memberEpochValue > 0) {
          const offsets = this.#finishedOffsets();
          if (offsets.length > 0) {
            await requestWithin(conn, Date.now() + CLOSE_REQUEST_TIMEOUT_MS, { offsetCommitRequest: { groupId: this.#groupId, memberId: this.#memberIdValue, memberEpoch: this.#memberEpochValue, offsets } }).catch((err: Error) =>
              this.log(`edgelog: final commit of ${this.#groupId} failed: ${err.message}`),
            );
          }
        }
        if (conn.isOpen) {
          const memberEpoch = this.#groupInstanceId === null ? -1 : -2;
          await conn
            .request({ groupHeartbeatRequest: { groupId: this.#groupId, memberId: this.#memberIdValue, groupInstanceId: this.#groupInstanceId ?? "", memberEpoch } }, { timeoutMs: CLOSE_REQUEST_TIMEOUT_MS })
            .catch((err: Error) => this.log(`edgelog: leaving ${this.#groupId} failed: ${err.message}`));
        }
      }
    } finally {
      this.#state = "closed";
      for (const off of this.#unlisten.splice(0)) off();
      const started = this.#joined;
      this.#joined = null;
      started?.resolve();
      this.onClosed();
      await this.#set.close();
    }
  }
}

function sortPartitions<P extends TopicPartition>(list: P[]): P[] {
  return list.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
}

/**
 * A request over `conn` answered by `deadlineMs`: sent once the socket is open, and sent again if the socket
 * drops under it (ConnectionError) while time is left. Only for requests that may run twice (a commit of
 * the same offsets).
 */
async function requestWithin(conn: Connection, deadlineMs: number, frame: Parameters<Connection["request"]>[0]): Promise<unknown> {
  for (;;) {
    if (!conn.isOpen) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ConnectionError(`no socket to ${conn.url} within the close timeout`)), Math.max(0, deadlineMs - Date.now()))));
      await Promise.race([conn.whenOpen(), late]).finally(() => clearTimeout(timer));
    }
    try {
      return await conn.request(frame, { timeoutMs: Math.max(1, deadlineMs - Date.now()) });
    } catch (err) {
      if (!(err instanceof ConnectionError) || Date.now() >= deadlineMs) throw err;
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
