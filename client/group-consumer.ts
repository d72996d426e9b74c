/**
 * A member of a consumer group, as the application holds it: options, the partitions it reads
 * (partition-set.ts) and their delivery. The membership itself (heartbeats, reconciling the assignment,
 * commits, leaving) is group-member.ts, which a page loads on demand (extras.ts; dist/edgelog-extras.js in
 * the browser bundle) when the member starts, commits or closes: most pages never join a group.
 * See group-member.ts for how membership works and what it promises.
 */
import { setGroupCallsLoader, type GroupPartitionRef } from "./admin.ts";
import type { Codec } from "./codecs.ts";
import type { ConnectionSource } from "./connection.ts";
import { ClosedError, InvalidRequestError } from "./errors.ts";
import type { Subscription } from "./feed-start.ts";
import type { GroupMember } from "./group-member.ts";
import { loadExtras } from "./load-extras.ts";
import { PartitionSet, validateFrom, type ConsumerMetrics, type ConsumerRecord, type RunHandlers, type StartFrom } from "./partition-set.ts";

export type TopicPartition = GroupPartitionRef;

export interface TopicPartitionOffset extends TopicPartition {
  /** The next offset to consume (Kafka's convention: last processed + 1). */
  offset: number;
  metadata?: string;
}

export interface GroupConsumerOptions<T = Uint8Array> {
  groupId: string;
  /**
   * Static membership: a stable name for this process or browser tab, unique in the group. A member that
   * comes back under it within its session timeout gets its partitions back and the others see no
   * rebalance. Default: none (a new member on every start).
   */
  groupInstanceId?: string;
  /** Topics the member subscribes to; the coordinator assigns their partitions. */
  topics: string[];
  /** Commit finished offsets every autoCommitIntervalMs, before giving up a partition, and at close(). Default true. */
  autoCommit?: boolean;
  /** ms between automatic commits. Default 5000. */
  autoCommitIntervalMs?: number;
  /** Where an assigned partition with no committed offset starts. Default 'latest'. */
  from?: StartFrom;
  /**
   * ms without a heartbeat after which the coordinator removes the member and gives its partitions to the
   * others. Default: the coordinator's (45 000); bounds [1000, 1 800 000].
   */
  sessionTimeoutMs?: number;
  /** ms the member gets to finish and acknowledge a revocation. Default: the coordinator's (300 000). */
  rebalanceTimeoutMs?: number;
  /** "uniform" (sticky, the default) or "range"; the group uses the one most members name. */
  assignor?: "uniform" | "range";
  /** Runs after partitions were added, their start positions known (seek() here to start elsewhere). */
  onAssigned?: (partitions: TopicPartition[]) => unknown | Promise<unknown>;
  /**
   * Runs when partitions are taken away, after the application's last record of them returned and before
   * their offsets are committed (commit() here when autoCommit is off). `lost`: the membership was lost
   * (fenced or expired), so they may already be read elsewhere and can no longer be committed.
   */
  onRevoked?: (partitions: TopicPartition[], info: { lost: boolean }) => unknown | Promise<unknown>;
  /** Bytes each partition may have pushed and not yet consumed. Default 4 MiB. */
  creditBytes?: number;
  /** Decodes record values (null values stay null). Default: raw bytes. */
  valueCodec?: Codec<T>;
  /** When the position is no longer in the log (retention): raise (default) or jump to the log's start/end. */
  onOutOfRange?: "error" | "earliest" | "latest";
  /** Replicated topics (the edge): read from the replica in this region, or 'nearest'. Default: the leader. */
  preferRegion?: string;
  /** Kafka's fetch.min.bytes / fetch.max.wait.ms for pushes (see PartitionSetOptions). Default 0 / 0: no wait. */
  minBytes?: number;
  maxWaitMs?: number;
}

export interface CommitResult {
  /** Offsets sent and stored. */
  committed: TopicPartitionOffset[];
  /** Offsets the coordinator kept out: "behind" the committed one (offsets never go back), or of a "deleted" topic. */
  ignored: (TopicPartition & { reason: string })[];
}

// Admin's group calls load the group code (extras.ts) too; set here so that bundles without groups do not
// reference it.
setGroupCallsLoader(loadExtras);

/** A member of a consumer group (see the top of group-member.ts). */
export class GroupConsumer<T = Uint8Array> implements AsyncIterable<ConsumerRecord<T>> {
  readonly groupId: string;
  readonly groupInstanceId: string | null;
  readonly topics: readonly string[];
  readonly #set: PartitionSet<T>;
  #member: GroupMember<T> | null = null;
  #memberLoad: Promise<GroupMember<T>> | null = null;
  #started = false;
  #closed = false;

  readonly #connections: ConnectionSource;
  readonly #options: GroupConsumerOptions<T>;

  /** @param onClosed lets the owning client forget this consumer. */
  constructor(
    connections: ConnectionSource,
    options: GroupConsumerOptions<T>,
    private readonly onClosed: () => void = () => {},
    private readonly log: (line: string) => void = () => {},
  ) {
    this.#connections = connections;
    this.#options = options;
    if (!options || typeof options.groupId !== "string" || options.groupId === "") throw new InvalidRequestError("a group consumer needs a groupId");
    if (!Array.isArray(options.topics) || options.topics.length === 0 || options.topics.some((t) => typeof t !== "string" || t === "")) {
      throw new InvalidRequestError("a group consumer needs topics: a non-empty list of topic names");
    }
    if (options.groupInstanceId !== undefined && (typeof options.groupInstanceId !== "string" || options.groupInstanceId === "")) {
      throw new InvalidRequestError("groupInstanceId must be a non-empty string");
    }
    this.groupId = options.groupId;
    this.groupInstanceId = options.groupInstanceId ?? null;
    this.topics = [...new Set(options.topics)];
    const autoCommitIntervalMs = options.autoCommitIntervalMs;
    if (autoCommitIntervalMs != null && !(autoCommitIntervalMs > 0)) throw new InvalidRequestError(`autoCommitIntervalMs must be > 0, got ${autoCommitIntervalMs}`);
    validateFrom(options.from ?? "latest");
    checkMs("sessionTimeoutMs", options.sessionTimeoutMs);
    checkMs("rebalanceTimeoutMs", options.rebalanceTimeoutMs);
    this.#set = new PartitionSet<T>(connections, options);
  }

  /** The id the coordinator gave this member ("" before it joined). */
  get memberId(): string {
    return this.#member?.memberId ?? "";
  }

  /** The member's epoch (0 while joining). */
  get memberEpoch(): number {
    return this.#member?.memberEpoch ?? 0;
  }

  /**
   * Joins the group. Resolves once the first answer came and the partitions it gave are started (their
   * start positions known). Called by the iterator and run().
   */
  start(): Promise<void> {
    this.#started = true;
    return this.#membership().then((m) => m.start());
  }

  /** Partitions this member holds now, sorted. */
  assignment(): TopicPartition[] {
    return this.#member?.assignment() ?? [];
  }

  /** Offset after the last record handed to the application (undefined when the partition is not read here). */
  position(tp: TopicPartition): number | undefined {
    const ps = this.#set.get(tp.topic, tp.partition);
    return ps && !Number.isNaN(ps.position) ? ps.position : undefined;
  }

  /** Stops delivering and crediting the given partitions (default all), also across rebalances. */
  pause(partitions?: TopicPartition[]): void {
    this.#set.pause(partitions);
  }

  resume(partitions?: TopicPartition[]): void {
    this.#set.resume(partitions);
  }

  /** Moves an assigned partition's position; its buffered records are discarded. The next commit stores it. */
  async seek(tp: TopicPartition, to: number | "earliest" | "latest"): Promise<void> {
    const ps = this.#set.get(tp.topic, tp.partition);
    if (!ps) throw new InvalidRequestError(`${tp.topic}-${tp.partition} is not assigned to this member`);
    await this.#set.seek(ps, to);
  }

  metrics(): ConsumerMetrics {
    return this.#set.metrics();
  }

  /**
   * Commits offsets. Without arguments: for every partition the member holds, the offset after the last
   * record the application finished (nothing for partitions where that has not moved since the last
   * commit). With offsets: those, for partitions the member holds. Offsets behind the stored ones are not
   * errors: they are left out and listed in `ignored`. Rejects with FencedError or UnknownMemberError when
   * the member lost its membership (it rejoins by itself).
   */
  async commit(offsets?: TopicPartitionOffset[]): Promise<CommitResult> {
    if (offsets !== undefined) {
      if (!Array.isArray(offsets)) throw new InvalidRequestError("commit(offsets) takes a list of { topic, partition, offset }");
      for (const o of offsets) {
        if (!o || typeof o.topic !== "string" || !Number.isSafeInteger(o.partition) || !Number.isSafeInteger(o.offset) || o.offset < 0) {
          throw new InvalidRequestError(`invalid offset to commit: ${JSON.stringify(o)}`);
        }
      }
    } else if (!this.#member) return { committed: [], ignored: [] }; // holds nothing yet
    return (await this.#membership()).commit(offsets);
  }

  /** The group's committed offsets of `partitions` (default: those this member holds); a partition with none is left out. */
  async committed(partitions?: TopicPartition[]): Promise<TopicPartitionOffset[]> {
    const list = partitions ?? this.assignment();
    if (list.length === 0) return [];
    return (await this.#membership()).committed(list);
  }

  /**
   * Stops handing out records; with autoCommit, waits for a run() handler in flight to return (up to 5 s:
   * so inside a handler, call close() without awaiting it) and commits what the application finished (the
   * record the iterator handed out last is never waited for and counts as not finished); leaves the group
   * at once (a static member leaves with epoch -2: its partitions stay reserved for its session timeout, so
   * it can come back to them); and ends run() and the iterator.
   */
  close(): Promise<void> {
    this.#closed = true;
    // A member that never started holds nothing and has no group to leave: no need to load the group code.
    if (!this.#memberLoad) {
      this.#memberLoad = Promise.reject(new ClosedError("consumer closed"));
      this.#memberLoad.catch(() => {});
      this.#set.finishHanded(false);
      this.onClosed();
      return this.#set.close();
    }
    return this.#memberLoad.then(
      (m) => m.close(),
      () => {
        this.onClosed();
        return this.#set.close();
      },
    );
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return {
      next: () => {
        if (!this.#started && !this.#closed) this.#startInBackground();
        return this.#set.next();
      },
      return: async () => {
        // The loop was left (break or throw): the record it held is not counted as finished.
        this.#set.finishHanded(false);
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  /**
   * Calls the handler for each record (or each pushed batch) of the partitions assigned to this member, and
   * awaits it before asking for more. Resolves when the consumer is closed; rejects on the first error
   * (handler, consumer, or FencedError when another process took this member's groupInstanceId).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    if (!handlers || (!handlers.eachBatch && !handlers.eachRecord)) throw new InvalidRequestError("run() needs eachRecord or eachBatch");
    if (!this.#started && !this.#closed) this.#startInBackground();
    return this.#set.run(handlers);
  }

  /**
   * start() for the iterator and run(): a failure to join reaches them through the partition set, and so
   * does group code that cannot be loaded for good (a newer build on the server, on-demand.ts).
   */
  #startInBackground(): void {
    this.start().catch((err: Error) => {
      if (!this.#member) this.#set.fail(err);
    });
  }

  /** The membership, once the group code is loaded (tried again while it cannot be, until close()). */
  #membership(): Promise<GroupMember<T>> {
    this.#memberLoad ??= loadExtras(() => this.#closed).then((g) => {
      if (!g) throw new ClosedError("consumer closed");
      return (this.#member = new g.GroupMember<T>(this.#connections, this.#options, this.#set, this.onClosed, this.log));
    });
    return this.#memberLoad;
  }
}

/**
 * A group member as a Subscription (Edgelog.subscribe with `group`): positions are committed in the group.
 * As with the other feeds, leaving the loop counts the record in hand as finished (committed before the
 * member leaves); a record is otherwise finished when the next one is asked for.
 */
export function groupFeed<T>(member: GroupConsumer<T>): Subscription<T> {
  const finished = new Map<number, number>();
  let handed: ConsumerRecord<T> | null = null;
  const finish = () => {
    if (handed) finished.set(handed.partition, handed.offset + 1);
    const last = handed;
    handed = null;
    return last;
  };
  const close = async () => {
    const last = finish();
    if (last) await member.commit([{ topic: last.topic, partition: last.partition, offset: last.offset + 1 }]).catch(() => {});
    await member.close();
  };
  return {
    positions: () => Object.fromEntries(finished),
    close,
    [Symbol.asyncIterator]() {
      const it = member[Symbol.asyncIterator]();
      return {
        next: async () => {
          finish();
          const r = await it.next();
          if (!r.done) handed = r.value;
          return r;
        },
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

function checkMs(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value <= 0)) throw new InvalidRequestError(`${name} must be a positive integer (ms), got ${value}`);
}
