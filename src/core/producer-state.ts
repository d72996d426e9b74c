/**
 * Idempotent producers, per partition: Kafka's producer state. A producer (id + epoch, from InitProducer)
 * numbers its records per partition; each batch header carries producerId, producerEpoch and the
 * sequence of its first record (baseSequence). The partition remembers, per producer id, the last
 * BATCHES_PER_PRODUCER batches' (firstSeq, lastSeq, baseOffset) and decides for each new batch:
 *
 * - a retry of one of those batches (same epoch, same first and last sequence) is a duplicate: it is
 *   answered with the original offsets and not stored again;
 * - the batch that follows the last one (firstSeq = lastSeq + 1, wrapping at 2^31 - 1 like Kafka) is
 *   stored;
 * - anything else in the same epoch is a gap or an older batch: OUT_OF_ORDER_SEQUENCE;
 * - an older epoch: FENCED (a newer incarnation of the producer has written); a newer epoch must start
 *   at sequence 0 and replaces the entry;
 * - an id the partition does not know (never seen, or forgotten: least recently used beyond
 *   producersPerPartitionMax, or older than the recovery scan) is accepted only at sequence 0, else
 *   UNKNOWN_PRODUCER_ID.
 *
 * The state is not persisted apart from the log: on open, PartitionLog replays the batch headers of the
 * log's newest bytes through recover() (the log is the source of truth; its headers carry everything).
 * Batches without a producer id (-1) are not checked: the non-idempotent path, unchanged.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";

/** Batches remembered per producer: Kafka's 5, the SDK's largest maxInFlight. */
export const BATCHES_PER_PRODUCER = 5;
/** Sequences are int32 and wrap to 0 after this (Kafka's rule). */
export const SEQUENCE_MAX = 0x7fff_ffff;
/** Epochs are int16; a producer at this epoch asks for a new id instead of a bump. */
export const PRODUCER_EPOCH_MAX = 0x7fff;

/** One stored batch of a producer. */
export interface ProducerBatch {
  firstSeq: number;
  lastSeq: number;
  baseOffset: number;
  lastOffset: number;
  /** Resolves when the batch is on stable storage (a duplicate's answer waits for its original). */
  durable: Promise<void>;
}

interface ProducerEntry {
  epoch: number;
  /** Oldest first, at most BATCHES_PER_PRODUCER. */
  batches: ProducerBatch[];
}

/** The producer fields of a batch header. */
export interface ProducerStamp {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  /** recordCount - 1 for a producer's batch. */
  lastOffsetDelta: number;
}

const resolved = Promise.resolve();

/** seq + n, wrapping past SEQUENCE_MAX to 0 (n >= 0). */
export function addSequence(seq: number, n: number): number {
  return seq > SEQUENCE_MAX - n ? n - (SEQUENCE_MAX - seq) - 1 : seq + n;
}

export class ProducerStateTable {
  /** Map order is recency: a touched entry is moved to the end; the first is the least recently used. */
  private readonly producers = new Map<number, ProducerEntry>();

  constructor(private readonly producersMax: number) {}

  get producerCount(): number {
    return this.producers.size;
  }

  /**
   * Checks an incoming batch. Returns the original batch when it is a retry of a remembered one, null
   * when it should be stored (then call record() with its offsets). Throws OUT_OF_ORDER_SEQUENCE, FENCED,
   * UNKNOWN_PRODUCER_ID or INVALID_REQUEST.
   */
  check(stamp: ProducerStamp): ProducerBatch | null {
    const { producerId, producerEpoch: epoch, baseSequence: firstSeq } = stamp;
    if (epoch < 0 || firstSeq < 0) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `producer ${producerId}: an idempotent batch needs an epoch and a sequence >= 0, got epoch ${epoch}, sequence ${firstSeq}`);
    }
    const lastSeq = addSequence(firstSeq, stamp.lastOffsetDelta);
    const entry = this.producers.get(producerId);
    if (!entry) {
      if (firstSeq === 0) return null;
      throw new ProtocolError(ErrorCode.UNKNOWN_PRODUCER_ID, `producer ${producerId} is not known to this partition (forgotten or never seen); its next batch must start at sequence 0, got ${firstSeq}`);
    }
    if (epoch < entry.epoch) {
      throw new ProtocolError(ErrorCode.FENCED, `producer ${producerId} epoch ${epoch} is fenced by epoch ${entry.epoch}`);
    }
    if (epoch > entry.epoch) {
      if (firstSeq === 0) return null;
      throw new ProtocolError(ErrorCode.OUT_OF_ORDER_SEQUENCE, `producer ${producerId}: a new epoch ${epoch} must start at sequence 0, got ${firstSeq}`);
    }
    for (const b of entry.batches) if (b.firstSeq === firstSeq && b.lastSeq === lastSeq) return b;
    const expected = addSequence(entry.batches[entry.batches.length - 1]!.lastSeq, 1);
    if (firstSeq === expected) return null;
    throw new ProtocolError(ErrorCode.OUT_OF_ORDER_SEQUENCE, `producer ${producerId} epoch ${epoch}: expected sequence ${expected}, got ${firstSeq}..${lastSeq}`);
  }

  /** Remembers a stored batch (after check() returned null, or while replaying the log). */
  record(stamp: ProducerStamp, baseOffset: number, lastOffset: number, durable: Promise<void> = resolved): void {
    const { producerId, producerEpoch: epoch, baseSequence: firstSeq } = stamp;
    const batch: ProducerBatch = { firstSeq, lastSeq: addSequence(firstSeq, stamp.lastOffsetDelta), baseOffset, lastOffset, durable };
    let entry = this.producers.get(producerId);
    if (entry) this.producers.delete(producerId);
    if (!entry || epoch > entry.epoch) entry = { epoch, batches: [] };
    entry.batches.push(batch);
    if (entry.batches.length > BATCHES_PER_PRODUCER) entry.batches.shift();
    this.producers.set(producerId, entry);
    while (this.producers.size > this.producersMax) this.producers.delete(this.producers.keys().next().value!);
  }

  /**
   * Replays one batch read back from the log: no checks (the log holds what was accepted), and an older
   * epoch than the one remembered (impossible in a log written through check()) is skipped.
   */
  recover(stamp: ProducerStamp, baseOffset: number, lastOffset: number): void {
    const entry = this.producers.get(stamp.producerId);
    if (entry && stamp.producerEpoch < entry.epoch) return;
    this.record(stamp, baseOffset, lastOffset);
  }

  /** The remembered batches of a producer, oldest first (tests, diagnostics). */
  batchesOf(producerId: number): readonly ProducerBatch[] {
    return this.producers.get(producerId)?.batches ?? [];
  }

  clear(): void {
    this.producers.clear();
  }
}

/**
 * A new producer id: 53 random bits, never 0 (a JavaScript number's exact range, within Kafka's int64).
 * Random rather than allocated: no counter to persist across Node restarts, and at the edge no round trip
 * to one global object (the cluster object may be a continent away) for every page that opens a producer.
 * Ids matter only between producers writing the same partition; with producersPerPartitionMax = 4,096 of
 * them, the chance that two share an id is about 4096² / 2^54 ≈ 1e-9 per partition.
 */
export function newProducerId(): number {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  // 0 means "a new producer" in InitProducer.
  return (words[0]! & 0x1f_ffff) * 0x1_0000_0000 + words[1]! || 1;
}
