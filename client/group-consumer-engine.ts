/**
 * A member of a consumer group: the engine behind GroupConsumer (group-consumer.ts, where the options are
 * checked), loaded on demand with the group code (extras.ts; dist/edgelog-extras.js in the browser bundle).
 * It holds the partitions the member reads (partition-set.ts) and their delivery; the membership itself
 * (heartbeats, reconciling the assignment, commits, leaving) is group-member.ts, made when the member starts,
 * commits or closes after a start. See group-member.ts for how membership works and what it promises.
 */
import type { ConnectionSource } from "./connection.ts";
import { ClosedError, InvalidRequestError } from "./errors.ts";
import type { CommitResult, GroupConsumerOptions, TopicPartition, TopicPartitionOffset } from "./group-consumer.ts";
import { GroupMember } from "./group-member.ts";
import { PartitionSet, type ConsumerMetrics, type ConsumerRecord, type RunHandlers } from "./partition-set.ts";

/** The group consumer behind the facade of group-consumer.ts. */
export class GroupConsumerEngine<T = Uint8Array> {
  readonly #set: PartitionSet<T>;
  #member: GroupMember<T> | null = null;
  #memberLoad: Promise<GroupMember<T>> | null = null;
  #started = false;
  #closed = false;

  readonly #connections: ConnectionSource;
  readonly #options: GroupConsumerOptions<T>;

  /** @param options as the facade checked them; onClosed lets the owning client forget this consumer. */
  constructor(
    connections: ConnectionSource,
    options: GroupConsumerOptions<T>,
    private readonly onClosed: () => void = () => {},
    private readonly log: (line: string) => void = () => {},
  ) {
    this.#connections = connections;
    this.#options = options;
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
    if (offsets === undefined && !this.#member) return { committed: [], ignored: [] }; // holds nothing yet
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
    // No record is handed out from here on (the commit and the leave below take a round trip or more, and
    // a run() loop whose handler called close() would otherwise take the next record meanwhile).
    this.#set.pause();
    // A member that never started holds nothing and has no group to leave.
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

  /** The iterator's next(): joins at the first call. */
  next(): Promise<IteratorResult<ConsumerRecord<T>>> {
    if (!this.#started && !this.#closed) this.#startInBackground();
    return this.#set.next();
  }

  /** The iterator's return(): the loop was left (break or throw), so the record it held is not counted as finished. */
  leave(): Promise<void> {
    this.#set.finishHanded(false);
    return this.close();
  }

  /**
   * Calls the handler for each record (or each pushed batch) of the partitions assigned to this member, and
   * awaits it before asking for more. Resolves when the consumer is closed; rejects on the first error
   * (handler, consumer, or FencedError when another process took this member's groupInstanceId).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    if (!this.#started && !this.#closed) this.#startInBackground();
    return this.#set.run(handlers);
  }

  /** start() for the iterator and run(): a failure to join reaches them through the partition set. */
  #startInBackground(): void {
    this.start().catch((err: Error) => {
      if (!this.#member) this.#set.fail(err);
    });
  }

  /** The membership, made at the first call that needs it. */
  #membership(): Promise<GroupMember<T>> {
    this.#memberLoad ??= new Promise((resolve) => resolve((this.#member = new GroupMember<T>(this.#connections, this.#options, this.#set, this.onClosed, this.log))));
    return this.#memberLoad;
  }
}
