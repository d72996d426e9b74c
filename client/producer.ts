/**
 * The producer a page holds (`el.producer()`, `new Producer(connections, options)`): it checks the options at
 * once and loads its engine (producer-engine.ts, where the design is described) the first time it sends, so
 * that a page that only consumes never loads the producer's code. Calls made while the engine loads wait in
 * order and go to it in that order; flush() and close() wait for it too. The engine is fetched as the SDK's
 * other on-demand code is (on-demand.ts): a failed load is tried again, with backoff, until deliveryTimeoutMs
 * has passed since the first call that waits for it (that call and the ones after it then fail), or the
 * producer is closed.
 */
import { BatchBuilder, setProducerFields } from "../src/protocol/record-batch.ts";
import { Acks as WireAcks } from "../src/protocol/compact-frames.ts";
import { fetchMetadata } from "./admin.ts";
import type { ConnectionSource } from "./connection.ts";
import { ClosedError, ConnectionError, EdgelogError, InvalidRequestError, NotLeaderError, RecordTooLargeError, ThrottledError, UnknownTopicError } from "./errors.ts";
import { onDemand } from "./on-demand.ts";
import { partitionForKey } from "./partitioner.ts";
import type { ProducerEngine } from "./producer-engine.ts";

export type AcksMode = "all" | "leader" | "none";

export interface ProducerOptions {
  /** 'all' (default): stable storage on every in-sync replica; 'leader'; 'none': no answer, offsets are -1. */
  acks?: AcksMode;
  /** How long a batch may wait for more records, ms. 0 = sealed on the next microtask. Default 5. */
  lingerMs?: number;
  /** Batch size that seals a batch, bytes. Default 1 MiB (capped by the broker's batch limit). */
  batchBytes?: number;
  /**
   * Unacknowledged batches per partition. Default 5; at most 5 with idempotence (a partition remembers a
   * producer's last 5 batches, so any retry is recognised).
   */
  maxInFlight?: number;
  /**
   * Retries never store a batch twice nor reorder (producer id + per-partition sequences). Default true,
   * or false when acks is 'none' or maxInFlight > 5 (true with either is refused).
   */
  idempotent?: boolean;
  /** Give up retrying a record this long after its send() call, ms. Default 120 000. */
  deliveryTimeoutMs?: number;
  /** First delay before a retry, ms; doubles up to 1 s. Default 100. */
  retryBackoffMs?: number;
  /** Bytes of records held (open + sealed, unacknowledged) before new sends wait. Default 32 MiB. */
  bufferBytesMax?: number;
}

export interface ProducerRecord {
  key?: string | Uint8Array | null;
  value: string | Uint8Array | null;
  headers?: Record<string, string | Uint8Array>;
  /** Default: the time of send(). */
  timestampMs?: number;
  partition?: number;
}

export interface RecordMetadata {
  topic: string;
  partition: number;
  /** The record's offset, or -1 with acks 'none'. */
  offset: number;
}

/** Batches a partition remembers per producer (src/core/producer-state.ts): the in-flight bound with idempotence. */
const IDEMPOTENT_IN_FLIGHT_MAX = 5;

/** Checks the options (a bad combination throws InvalidRequestError); whether the producer is idempotent. */
export function idempotenceOf(options: ProducerOptions): boolean {
  const acks = options.acks ?? "all";
  if (acks !== "all" && acks !== "leader" && acks !== "none") throw new InvalidRequestError(`acks must be 'all', 'leader' or 'none', got ${String(acks)}`);
  const maxInFlight = Math.max(1, options.maxInFlight ?? 5);
  const idempotent = options.idempotent ?? (acks !== "none" && maxInFlight <= IDEMPOTENT_IN_FLIGHT_MAX);
  if (idempotent && acks === "none") throw new InvalidRequestError("idempotent needs acks 'all' or 'leader': with 'none' no retry happens");
  if (idempotent && maxInFlight > IDEMPOTENT_IN_FLIGHT_MAX) {
    throw new InvalidRequestError(`idempotent allows maxInFlight up to ${IDEMPOTENT_IN_FLIGHT_MAX} (a partition remembers a producer's last ${IDEMPOTENT_IN_FLIGHT_MAX} batches), got ${maxInFlight}`);
  }
  return idempotent;
}

/**
 * What producer-engine.ts takes from the entry's code rather than importing it (its link() says why): a list,
 * not an object, whose names would be in the bundle twice; link() takes them in this order.
 */
const kit = [BatchBuilder, setProducerFields, WireAcks, fetchMetadata, partitionForKey, idempotenceOf, ClosedError, EdgelogError, InvalidRequestError, NotLeaderError, RecordTooLargeError, ThrottledError, UnknownTopicError] as const;
export type ProducerKit = typeof kit;

const loadEngine = onDemand(() =>
  import("./producer-engine.ts").then((mod) => {
    mod.link(kit);
    return mod;
  }),
);

export class Producer {
  /** The engine, loaded by the first call that needs it (null before, and again after a load that failed). */
  #engine: Promise<ProducerEngine> | null = null;
  readonly #load: () => void;
  #closed = false;
  readonly #onClosed: () => void;

  /** @param onClosed lets the owning client forget this producer. */
  constructor(connections: ConnectionSource, options: ProducerOptions = {}, onClosed: () => void = () => {}) {
    idempotenceOf(options);
    this.#onClosed = onClosed;
    const copy = { ...options };
    this.#load = () => {
      const startedMs = Date.now();
      let lastError: unknown;
      const stop = (err: unknown) => ((lastError = err), this.#closed || Date.now() - startedMs >= (copy.deliveryTimeoutMs ?? 120_000));
      const engine = (this.#engine = loadEngine(stop).then((mod) => {
        if (mod) return new mod.ProducerEngine(connections, copy, onClosed);
        throw new ConnectionError(`could not load the producer's code: ${(lastError as Error)?.message ?? String(lastError)}`, { cause: lastError });
      }));
      // After a failed load (the calls waiting for it fail with its error) the next call tries again.
      engine.catch(() => {
        if (this.#engine === engine) this.#engine = null;
      });
    };
  }

  /**
   * Sends one record or many; resolves with one result per record, in input order, once every batch
   * holding them is acknowledged (acks 'none': once handed to the socket, offsets -1).
   */
  send(topic: string, records: ProducerRecord | readonly ProducerRecord[]): Promise<RecordMetadata[]> {
    if (!this.#engine) {
      if (this.#closed) return Promise.reject(new ClosedError("producer closed"));
      this.#load();
    }
    // Every call goes through the same promise, so the engine gets the calls in the order they were made.
    return this.#engine!.then((engine) => engine.send(topic, records));
  }

  /** Seals every open batch and resolves when everything sent before the call is acknowledged (or failed). */
  async flush(): Promise<void> {
    await this.#engine?.then((engine) => engine.flush(), () => {});
  }

  /** Flushes, then refuses further sends. */
  async close(): Promise<void> {
    const first = !this.#closed;
    this.#closed = true;
    if (this.#engine) await this.#engine.then((engine) => engine.close(), () => first && this.#onClosed());
    else if (first) this.#onClosed();
  }
}
