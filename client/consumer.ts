/**
 * A consumer without a group: reads chosen partitions of one topic from a chosen position, by push.
 *
 * The per-partition fetch state (subscriptions, credit, positions, the buffer of records not yet handed to
 * the application) lives in partition-set.ts; this class picks the partitions once, at start, from the
 * topic's metadata and the `partitions` option, and keeps what the application asked for before they were
 * known (pauses, seeks).
 */
import { fetchMetadata } from "./admin.ts";
import type { Codec } from "./codecs.ts";
import type { ConnectionSource } from "./connection.ts";
import { InvalidRequestError, UnknownTopicError } from "./errors.ts";
import {
  PartitionSet,
  readEndpoint,
  validateFrom,
  validateSeekTarget,
  type ConsumerMetrics,
  type ConsumerRecord,
  type PartitionState,
  type RunHandlers,
  type StartFrom,
} from "./partition-set.ts";

export type { ConsumerBatch, ConsumerMetrics, ConsumerRecord, RunHandlers, StartFrom } from "./partition-set.ts";

export interface ConsumerOptions<T = Uint8Array> {
  topic: string;
  /** Default: every partition of the topic. */
  partitions?: number[];
  /** Default 'latest' (Kafka's auto.offset.reset default). */
  from?: StartFrom;
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

export { CREDIT_BYTES_DEFAULT } from "./partition-set.ts";

export class Consumer<T = Uint8Array> implements AsyncIterable<ConsumerRecord<T>> {
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
  /** @param onClosed lets the owning client forget this consumer. */
  constructor(
    connections: ConnectionSource,
    options: ConsumerOptions<T>,
    onClosed: () => void = () => {},
  ) {
    this.#connections = connections;
    this.#onClosed = onClosed;
    if (!options || typeof options.topic !== "string") throw new InvalidRequestError("consumer needs a topic");
    this.topic = options.topic;
    this.#from = options.from ?? "latest";
    this.#partitionFilter = options.partitions ? [...options.partitions] : null;
    validateFrom(this.#from);
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
    validateSeekTarget(to);
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

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return {
      next: () => {
        if (!this.#startPromise && !this.#closed) void this.start();
        return this.#set.next();
      },
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
    if (!handlers || (!handlers.eachBatch && !handlers.eachRecord)) throw new InvalidRequestError("run() needs eachRecord or eachBatch");
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
