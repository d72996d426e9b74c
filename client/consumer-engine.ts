/**
 * A consumer's engine: reads chosen partitions of one topic from a chosen position, by push. A module loaded
 * on demand (with partition-set.ts, the read path) by the Consumer of consumer.ts, the first time it is read,
 * started or sought: a page that does not consume does not load it. The live feeds' readers (feed-reader.ts)
 * use it directly. Its options come checked (by that facade, or a feed's start); the SDK's code it and the
 * read path use is handed over by whoever loads them (link(): read-kit.ts says why).
 *
 * The per-partition fetch state (subscriptions, credit, positions, the buffer of records not yet handed to
 * the application) lives in partition-set.ts; this class picks the partitions once, at start, from the
 * topic's metadata and the `partitions` option, and keeps what the application asked for before they were
 * known (pauses, seeks).
 */
import type { ConnectionSource } from "./connection.ts";
import type { ConsumerOptions } from "./consumer.ts";
import {
  fetchMetadata,
  PartitionSet,
  readEndpoint,
  UnknownTopicError,
  type ConsumerMetrics,
  type ConsumerRecord,
  type PartitionState,
  type RunHandlers,
  type StartFrom,
} from "./partition-set.ts";

export { link } from "./partition-set.ts";

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";

export class ConsumerEngine<T = Uint8Array> implements AsyncIterable<ConsumerRecord<T>> {
  readonly topic: string;
  readonly #from: StartFrom;
  readonly #partitionFilter: number[] | null;
  readonly #set: PartitionSet<T>;

  /** Seeks asked for before the partitions were known (applied when they are). */
  readonly #seeks = new Map<number, number | "earliest" | "latest">();
  #startPromise: Promise<void> | null = null;
  #closed = false;

  readonly #connections: ConnectionSource;
  readonly #onClosed: () => void;
  /**
   * @param options as checked by the facade (consumer.ts) or a feed (feed-start.ts); onClosed lets the owning
   * client forget this consumer.
   */
  constructor(
    connections: ConnectionSource,
    options: ConsumerOptions<T>,
    onClosed: () => void = () => {},
  ) {
    this.#connections = connections;
    this.#onClosed = onClosed;
    this.topic = options.topic;
    this.#from = options.from ?? "latest";
    this.#partitionFilter = options.partitions ? [...options.partitions] : null;
    this.#set = new PartitionSet<T>(connections, options);
  }

  /**
   * Resolves the start positions and subscribes. Called by the iterator and run(); call it yourself to know
   * when a consumer reading from 'latest' is in place.
   */
  start(): Promise<void> {
    if (!this.#startPromise) {
      this.#startPromise = this.#startOnce();
      // Nothing can be read (unknown topic or partition): every pull fails with this error from now on.
      this.#startPromise.catch((err: Error) => this.#set.fail(err));
    }
    return this.#startPromise;
  }

  /** Offset after the last record handed to the application (undefined before the start position is known). */
  position(partition: number): number | undefined {
    const ps = this.#set.get(this.topic, partition);
    return ps && !Number.isNaN(ps.position) ? ps.position : undefined;
  }

  /** Partitions this consumer reads (empty until started). */
  assignment(): number[] {
    return this.#set
      .all()
      .map((ps) => ps.partition)
      .sort((a, b) => a - b);
  }

  /** Stops delivering and crediting the given partitions (default all); their subscriptions stay open. */
  pause(partitions?: number[]): void {
    this.#set.pause(partitions?.map((partition) => ({ topic: this.topic, partition })));
  }

  resume(partitions?: number[]): void {
    this.#set.resume(partitions?.map((partition) => ({ topic: this.topic, partition })));
  }

  /** Moves a partition's position; buffered records of that partition are discarded. */
  async seek(partition: number, to: number | "earliest" | "latest"): Promise<void> {
    const ps = this.#set.get(this.topic, partition);
    if (!ps) {
      if (this.#partitionFilter && !this.#partitionFilter.includes(partition)) {
        throw new UnknownTopicError(`partition ${partition} is not read by this consumer`, { code: "UNKNOWN_PARTITION" });
      }
      this.#seeks.set(partition, to);
      return;
    }
    await this.#set.seek(ps, to);
  }

  metrics(): ConsumerMetrics {
    return this.#set.metrics();
  }

  /** Unsubscribes everything; the iterator ends and run() resolves. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#onClosed();
    await this.#set.close();
  }

  /** The iterator's next(): starts the consumer at the first call. */
  next(): Promise<IteratorResult<ConsumerRecord<T>>> {
    if (!this.#startPromise && !this.#closed) void this.start();
    return this.#set.next();
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  /**
   * Calls the handler for each record (or each pushed batch) and awaits it before asking for more.
   * Resolves when the consumer is closed; rejects on the first error (handler or consumer).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    void this.start();
    return this.#set.run(handlers);
  }

  async #startOnce(): Promise<void> {
    const meta = await this.#set.withRetry(() => fetchMetadata(this.#connections.bootstrap, [this.topic]));
    const topic = meta[0];
    if (!topic) throw new UnknownTopicError(`unknown topic "${this.topic}"`);
    const all = topic.partitions.map((p) => p.partition);
    const chosen = this.#partitionFilter ?? all;
    for (const p of chosen) {
      if (!all.includes(p)) throw new UnknownTopicError(`topic "${this.topic}" has no partition ${p}`, { code: "UNKNOWN_PARTITION" });
    }
    if (this.#closed) return;
    const added: PartitionState[] = [];
    for (const p of chosen) {
      const info = topic.partitions.find((x) => x.partition === p);
      const endpoint = info ? readEndpoint(info, this.#set.preferRegion) : "";
      const start = this.#seeks.get(p) ?? this.#from;
      this.#seeks.delete(p);
      added.push(this.#set.add(this.topic, p, endpoint, start));
    }
    await Promise.all(added.map((ps) => ps.ready));
  }
}
