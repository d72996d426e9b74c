/**
 * A consumer without a group, as the page holds it (`el.consumer({ topic })`, `new Consumer(connections,
 * options)`): reads chosen partitions of one topic from a chosen position, by push. It checks the options at
 * once and loads its engine (consumer-engine.ts, with the read path of partition-set.ts) the first time it is
 * started, read (the iterator, run()) or sought, so that a page that only produces never loads the consumer's
 * code; lazy-engine.ts says how calls wait for it. Before it is there, position() is undefined, assignment()
 * empty and metrics() zero, as they are before a consumer started.
 */
import type { Codec } from "./codecs.ts";
import type { ConnectionSource } from "./connection.ts";
import type { ConsumerEngine } from "./consumer-engine.ts";
import { InvalidRequestError } from "./errors.ts";
import { closedError, LazyEngine } from "./lazy-engine.ts";
import { onDemand } from "./on-demand.ts";
import { readKit } from "./read-kit.ts";
import type { ConsumerMetrics, ConsumerRecord, RunHandlers } from "./partition-set.ts";
import { validateFrom, validateReadSettings, validateSeekTarget, type StartFrom } from "./start-from.ts";

export type { ConsumerBatch, ConsumerMetrics, ConsumerRecord, RunHandlers } from "./partition-set.ts";
export type { StartFrom } from "./start-from.ts";

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

const loadEngine = onDemand(() =>
  import("./consumer-engine.ts").then((mod) => {
    mod.link(readKit);
    return mod;
  }),
);

export class Consumer<T = Uint8Array> implements AsyncIterable<ConsumerRecord<T>> {
  readonly topic: string;
  readonly #lazy: LazyEngine<T, ConsumerEngine<T>>;
  readonly #onClosed: () => void;

  /** @param onClosed lets the owning client forget this consumer. */
  constructor(connections: ConnectionSource, options: ConsumerOptions<T>, onClosed: () => void = () => {}) {
    if (!options || typeof options.topic !== "string") throw new InvalidRequestError("consumer needs a topic");
    validateFrom(options.from ?? "latest");
    validateReadSettings(options);
    this.topic = options.topic;
    const copy = { ...options, partitions: options.partitions && [...options.partitions] };
    this.#lazy = new LazyEngine((stop, use) => loadEngine(stop, (mod) => use(new mod.ConsumerEngine<T>(connections, copy, onClosed))).then((mod) => mod !== null));
    this.#onClosed = onClosed;
  }

  /**
   * Resolves the start positions and subscribes. Called by the iterator and run(); call it yourself to know
   * when a consumer reading from 'latest' is in place.
   */
  start(): Promise<void> {
    return this.#lazy.call((engine) => engine.start(), closedError);
  }

  /** Offset after the last record handed to the application (undefined before the start position is known). */
  position(partition: number): number | undefined {
    return this.#lazy.engine?.position(partition);
  }

  /** Partitions this consumer reads (empty until started). */
  assignment(): number[] {
    return this.#lazy.engine?.assignment() ?? [];
  }

  /** Stops delivering and crediting the given partitions (default all); their subscriptions stay open. */
  pause(partitions?: number[]): void {
    this.#lazy.now((engine) => engine.pause(partitions));
  }

  resume(partitions?: number[]): void {
    this.#lazy.now((engine) => engine.resume(partitions));
  }

  /** Moves a partition's position; buffered records of that partition are discarded. */
  async seek(partition: number, to: number | "earliest" | "latest"): Promise<void> {
    validateSeekTarget(to);
    return this.#lazy.call(
      (engine) => engine.seek(partition, to),
      () => {},
    );
  }

  metrics(): ConsumerMetrics {
    return this.#lazy.metrics();
  }

  /** Unsubscribes everything; the iterator ends and run() resolves. */
  async close(): Promise<void> {
    if (this.#lazy.closed) return;
    await this.#lazy.close((engine) => engine.close(), this.#onClosed);
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord<T>> {
    return this.#lazy.iterator(() => this.close());
  }

  /**
   * Calls the handler for each record (or each pushed batch) and awaits it before asking for more.
   * Resolves when the consumer is closed; rejects on the first error (handler or consumer).
   */
  async run(handlers: RunHandlers<T>): Promise<void> {
    return this.#lazy.run(handlers);
  }
}
