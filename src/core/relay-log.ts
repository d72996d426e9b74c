/**
 * A partition as a relay sees it (issue 13: fan-out past one object). A relay holds a share of a
 * partition's subscribers and is itself one subscriber of the partition: every append reaches it once, in
 * a push, and it pushes it on to its own subscribers through the same partition family (credit, send
 * bounds, head pushes encoded once) as the partition's own endpoint. This is what that family reads:
 *
 * - the head: the batches pushed to the relay, kept in a tail of at most tailBytesMax (newest first to go
 *   only when past it), from which subscribers at the head are served without a read;
 * - everything older (a subscriber resuming from an offset, a fetch) is read from the partition itself
 *   (`upstream`), so a relay keeps no log and a subscriber sees the same records at the same offsets;
 * - the high watermark is the end of what the relay has received: a relay never announces a record it
 *   cannot serve, and its subscribers see each record after the partition's own do.
 *
 * Produce is not the relay's: its host forwards it to the partition (relayFamily below), so a client
 * that produces on a relayed endpoint (the SDK keeps one socket per partition) is served unchanged.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { Acks, type AcksValue, type pb } from "../protocol/frames.ts";
import { batchSpans } from "../protocol/record-batch.ts";
import { concatBytes } from "../protocol/bytes.ts";
import { batchStartingAt, type PartitionLog, type ReadResult } from "./partition-log.ts";
import type { Family, FamilySession } from "./session.ts";
import { partitionFamily } from "./partition-family.ts";
import { lingeredLog, type Linger } from "./fanout-linger.ts";

/** What a relay asks the partition it relays (over its upstream connection). */
export interface RelayUpstream {
  /** Whole batches from `offset` (a fetch), up to the partition's high watermark. */
  read(offset: number, maxBytes: number): Promise<ReadResult>;
  offsetForTimestamp(timestampMs: number): Promise<number>;
}

/** Counters of what reached the relay (tests and operators: each append should arrive once). */
export interface RelayCounts {
  /** Pushes received from the partition. */
  pushes: number;
  /** Batches taken into the tail (each append of the partition once). */
  batches: number;
  /** Batches received again (at or below the relay's end): dropped; should stay 0. */
  repeatedBatches: number;
}

interface TailBatch {
  baseOffset: number;
  endOffset: number;
  bytes: Uint8Array;
}

/** The members of PartitionLog the partition family reads, with the same types (checked here). */
type FamilyView = Pick<
  PartitionLog,
  "topic" | "partition" | "highWatermark" | "logStartOffset" | "isClosed" | "producerStateLoaded" | "read" | "cachedBatchAt" | "isAnnouncing" | "onAppend" | "offsetForTimestamp" | "producersReady"
>;

export class RelayLog implements FamilyView {
  private tail: TailBatch[] = [];
  private tailBytes = 0;
  private end = 0;
  private start = 0;
  private known = false;
  private closed = false;
  private readonly listeners = new Set<() => void>();
  private readyWaiters: (() => void)[] = [];
  readonly counts: RelayCounts = { pushes: 0, batches: 0, repeatedBatches: 0 };

  constructor(
    readonly topic: string,
    readonly partition: number,
    private readonly upstream: RelayUpstream,
    private readonly tailBytesMax = 1024 * 1024,
  ) {}

  /** The relay's end: where its subscription to the partition goes on (after a reconnect too). */
  get highWatermark(): number {
    return this.end;
  }

  get logStartOffset(): number {
    return this.start;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Known once the first subscription to the partition was answered: before that, reads wait. */
  get isKnown(): boolean {
    return this.known;
  }

  readonly producerStateLoaded = true;
  producersReady(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * The partition answered the relay's subscription: its log start, and its high watermark when the relay
   * knew none (a first start, or a relay object restarted: its subscribers resume below it by reads).
   */
  subscribed(highWatermark: number, logStartOffset: number): void {
    this.start = logStartOffset;
    if (!this.known) {
      this.end = highWatermark;
      this.known = true;
      for (const w of this.readyWaiters.splice(0)) w();
    }
    this.notify();
  }

  /**
   * The relay stopped following the partition (no subscriber left): what it knows of the head goes stale,
   * so its next subscription starts at the partition's end again, not at this one's (counts are kept).
   */
  forget(): void {
    this.known = false;
    this.tail = [];
    this.tailBytes = 0;
  }

  /** A push from the partition: whole batches from the relay's end on. */
  received(records: Uint8Array, nextOffset: number): void {
    this.counts.pushes++;
    for (const { start, end, header } of batchSpans(records)) {
      const endOffset = header.baseOffset + header.lastOffsetDelta + 1;
      if (endOffset <= this.end) {
        this.counts.repeatedBatches++;
        continue;
      }
      if (header.baseOffset !== this.end) {
        // Not contiguous with what the relay has (cannot happen: the subscription resumes at its end):
        // start the tail afresh there; subscribers below it read from the partition.
        this.tail = [];
        this.tailBytes = 0;
      }
      const bytes = records.subarray(start, end);
      this.tail.push({ baseOffset: header.baseOffset, endOffset, bytes });
      this.tailBytes += bytes.byteLength;
      this.end = endOffset;
      this.counts.batches++;
    }
    if (nextOffset > this.end) this.end = nextOffset;
    let drop = 0;
    while (this.tailBytes > this.tailBytesMax && drop < this.tail.length - 1) this.tailBytes -= this.tail[drop++]!.bytes.byteLength;
    if (drop > 0) this.tail.splice(0, drop);
    this.notify();
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  cachedBatchAt(offset: number): { bytes: Uint8Array; endOffset: number } | null {
    return this.closed ? null : batchStartingAt(this.tail, offset);
  }

  /** Every batch below the relay's end is in the tail or read from the partition: none is pending. */
  isAnnouncing(): boolean {
    return false;
  }

  async read(offset: number, maxBytes: number): Promise<ReadResult> {
    if (!this.known) await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
    this.checkOpen();
    const tail = this.tail;
    if (tail.length > 0 && offset >= tail[0]!.baseOffset && offset < this.end) {
      let i = tail.length - 1;
      while (tail[i]!.baseOffset > offset) i--;
      let j = i;
      let bytes = tail[i]!.bytes.byteLength;
      while (j + 1 < tail.length && bytes + tail[j + 1]!.bytes.byteLength <= maxBytes) bytes += tail[++j]!.bytes.byteLength;
      const records = i === j ? tail[i]!.bytes : concatBytes(tail.slice(i, j + 1).map((b) => b.bytes));
      return { records, nextOffset: tail[j]!.endOffset, highWatermark: this.end, logStartOffset: this.start };
    }
    if (offset === this.end) return { records: new Uint8Array(0), nextOffset: offset, highWatermark: this.end, logStartOffset: this.start };
    const r = await this.upstream.read(offset, maxBytes);
    this.start = r.logStartOffset;
    return r;
  }

  offsetForTimestamp(timestampMs: number): Promise<number> {
    this.checkOpen();
    return this.upstream.offsetForTimestamp(timestampMs);
  }

  /** Never called through relayFamily (produce is forwarded); a relay is not the partition's leader. */
  append(): never {
    throw new ProtocolError(ErrorCode.NOT_LEADER, `a relay of ${this.topic}-${this.partition} does not append; produce to the partition`);
  }

  /** Follows the partition again after close (a topic of that name may have been created since). */
  reopen(): void {
    if (!this.closed) return;
    this.closed = false;
    this.known = false;
  }

  /** The partition is gone (deleted topic): subscriptions end with UNKNOWN_TOPIC. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.tail = [];
    this.tailBytes = 0;
    for (const w of this.readyWaiters.splice(0)) w();
    this.notify();
    this.listeners.clear();
  }

  private checkOpen(): void {
    if (this.closed) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `${this.topic}-${this.partition} was deleted`);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Appends a batch at the partition itself and answers once it is durable (the partition's own produce path). */
export type ForwardProduce = (records: Uint8Array, acks: AcksValue) => Promise<{ baseOffset: number; logStartOffset: number; duplicate: boolean }>;

/**
 * The partition family as a relay serves it: subscribe, credit, fetch and list offsets on the relay's
 * view (`log`), produce forwarded to the partition, in the order the socket delivered the requests.
 */
export function relayFamily(log: RelayLog, forward: ForwardProduce, linger?: Linger): Family {
  // The family reads only the members RelayLog implements (FamilyView above, checked); produce, the one
  // path that would need more, is answered by `produce` below instead. Lingered like a partition's own
  // subscribers when the host asks (fanout-linger.ts).
  const view = linger ? lingeredLog(log as unknown as PartitionLog, linger) : (log as unknown as PartitionLog);
  const inner = partitionFamily({
    partition: (topic, partition) => {
      if (topic !== log.topic || partition !== log.partition) {
        throw new ProtocolError(ErrorCode.NOT_LEADER, `this endpoint serves ${log.topic}-${log.partition} only, not ${topic}-${partition}: ask the bootstrap endpoint for metadata`);
      }
      if (log.isClosed) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${topic}"`);
      return view;
    },
  });
  return {
    name: "partition",
    attach(port): FamilySession {
      const session = inner.attach(port);
      const produce = (r: pb.ProduceRequest) => {
        if (r.topic !== log.topic || r.partition !== log.partition) return session.handlers.produceRequest!(r, 0);
        const answer = forward(r.records, r.acks);
        if (r.acks === Acks.ACKS_NONE) {
          answer.catch(() => {});
          return undefined;
        }
        return answer.then((a) => ({ produceResponse: a }));
      };
      return {
        handlers: { ...session.handlers, produceRequest: produce },
        resume: () => session.resume?.(),
        close: () => session.close?.(),
      };
    },
  };
}
