/**
 * A member of a consumer group, as the application holds it (`el.consumer({ groupId, topics })`): it checks
 * the options at once and loads its engine (group-consumer-engine.ts, with the membership of group-member.ts
 * and the read path of partition-set.ts: extras.ts, dist/edgelog-extras.js in the browser bundle) the first
 * time it starts, is read (the iterator, run()), commits or asks for committed offsets: most pages never join
 * a group. lazy-engine.ts says how calls wait for it. Before it is there the member holds no partition:
 * assignment() is empty, position() undefined, metrics() zero, memberId "" and seek() refused, as before a
 * member joined. See group-member.ts for how membership works and what it promises.
 */
import { setGroupCallsLoader, type GroupPartitionRef } from "./admin.ts";
import type { Codec } from "./codecs.ts";
import type { ConnectionSource } from "./connection.ts";
import { InvalidRequestError } from "./errors.ts";
import type { GroupConsumerEngine } from "./group-consumer-engine.ts";
import { closedError, LazyEngine } from "./lazy-engine.ts";
import { loadExtras } from "./load-extras.ts";
import type { ConsumerMetrics, ConsumerRecord, RunHandlers } from "./partition-set.ts";
import { validateFrom, validateReadSettings, type StartFrom } from "./start-from.ts";

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
  /**
   * Kafka's fetch.min.bytes / fetch.max.wait.ms for pushes (see PartitionSetOptions). Default 0 / 0: no wait.
   * maxWaitMs is at most limits.subscribeWaitMsMax (30 000): more is refused when the consumer is made.
   */
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
  readonly #lazy: LazyEngine<T, GroupConsumerEngine<T>>;
  readonly #onClosed: () => void;

  /** @param onClosed lets the owning client forget this consumer. */
  constructor(connections: ConnectionSource, options: GroupConsumerOptions<T>, onClosed: () => void = () => {}, log: (line: string) => void = () => {}) {
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
    // The broker refuses a wrong wait only at the first subscribe, after the join: by then the group exists.
    validateReadSettings(options);
    this.#onClosed = onClosed;
    this.#lazy = new LazyEngine((stop, use) => loadExtras(stop, (g) => use(new g.GroupConsumerEngine<T>(connections, options, onClosed, log))).then((g) => g !== null));
  }

  /** The id the coordinator gave this member ("" before it joined). */
  get memberId(): string {
    return this.#lazy.engine?.memberId ?? "";
  }

  /** The member's epoch (0 while joining). */
  get memberEpoch(): number {
    return this.#lazy.engine?.memberEpoch ?? 0;
  }

  /**
   * Joins the group. Resolves once the first answer came and the partitions it gave are started (their
   * start positions known). Called by the iterator and run().
   */
  start(): Promise<void> {
    return this.#lazy.call((engine) => engine.start(), closedError);
  }

  /** Partitions this member holds now, sorted. */
  assignment(): TopicPartition[] {
    return this.#lazy.engine?.assignment() ?? [];
  }

  /** Offset after the last record handed to the application (undefined when the partition is not read here). */
  position(tp: TopicPartition): number | undefined {
    return this.#lazy.engine?.position(tp);
  }

  /** Stops delivering and crediting the given partitions (default all), also across rebalances. */
  pause(partitions?: TopicPartition[]): void {
    this.#lazy.now((engine) => engine.pause(partitions));
  }

  resume(partitions?: TopicPartition[]): void {
    this.#lazy.now((engine) => engine.resume(partitions));
  }

  /** Moves an assigned partition's position; its buffered records are discarded. The next commit stores it. */
  async seek(tp: TopicPartition, to: number | "earliest" | "latest"): Promise<void> {
    const engine = this.#lazy.engine;
    if (!engine) throw new InvalidRequestError(`${tp.topic}-${tp.partition} is not assigned to this member`);
    return engine.seek(tp, to);
  }

  metrics(): ConsumerMetrics {
    return this.#lazy.metrics();
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
    } else if (!this.#lazy.engine) return { committed: [], ignored: [] }; // holds nothing yet
    return this.#lazy.call((engine) => engine.commit(offsets), closedError);
  }

  /** The group's committed offsets of `partitions` (default: those this member holds); a partition with none is left out. */
  async committed(partitions?: TopicPartition[]): Promise<TopicPartitionOffset[]> {
    const list = partitions ?? this.assignment();
    if (list.length === 0) return [];
    return this.#lazy.call((engine) => engine.committed(list), closedError);
  }

  /**
   * Stops handing out records; with autoCommit, waits for a run() handler in flight to return (up to 5 s:
   * so inside a handler, call close() without awaiting it) and commits what the application finished (the
   * record the iterator handed out last is never waited for and counts as not finished); leaves the group
   * at once (a static member leaves with epoch -2: its partitions stay reserved for its session timeout, so
   * it can come back to them); and ends run() and the iterator.
   */
  close(): Promise<void> {
    return this.#lazy.close((engine) => engine.close(), this.#onClosed);
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return this.#lazy.iterator(() => {
      const engine = this.#lazy.engine;
      return engine ? engine.leave() : this.close();
    });
  }

  /**
   * Calls the handler for each record (or each pushed batch) of the partitions assigned to this member, and
   * awaits it before asking for more. Resolves when the consumer is closed; rejects on the first error
   * (handler, consumer, or FencedError when another process took this member's groupInstanceId).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    return this.#lazy.run(handlers);
  }
}

function checkMs(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value <= 0)) throw new InvalidRequestError(`${name} must be a positive integer (ms), got ${value}`);
}
