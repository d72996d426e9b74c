/**
 * The partition family: produce, fetch, list offsets, and push subscriptions with credit. Served by the
 * Node broker for every partition and at the edge by each partition's Durable Object for its own.
 *
 * Ordering: a produce request is appended synchronously when its frame arrives, so requests for one
 * partition are stored in the order the socket delivered them; their answers follow the store's
 * in-order durability.
 * Flow control: pushes to a subscription stop when its credit (bytes granted by the client, at most
 * creditBytesMax outstanding) is spent or when the connection has no room (send-flow.ts: its queue plus
 * the reads in flight for it reach sendQueueBytesMax); they resume on credit or once there is room.
 * Waiting (SubscribeRequest min_bytes / max_wait_ms, Kafka's fetch.min.bytes / fetch.max.wait.ms): new
 * records at the head are held for such a subscription until enough bytes or enough time, with the others
 * of the log that asked the same (fanout-wait.ts); 0 for either is no wait, today's pushes exactly.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { concatBytes } from "../protocol/bytes.ts";
import { Acks, EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, type Frame, pb } from "../protocol/frames.ts";
import type { PartitionLog } from "./partition-log.ts";
import { sharedPush, type SharedPush } from "./push-frame.ts";
import { systemWaitTimers, waitRoundFor, type WaitRound, type WaitTimers } from "./fanout-wait.ts";
import type { Family, FamilySession, SessionPort } from "./session.ts";

/** Where a host's partitions are. Throws UNKNOWN_TOPIC, UNKNOWN_PARTITION or NOT_LEADER. */
export interface PartitionDirectory {
  partition(topic: string, partition: number): PartitionLog;
}

/** A subscription as it survives the session object (the edge keeps it in the socket's attachment). */
export interface SubscriptionRecord {
  id: number;
  topic: string;
  partition: number;
  nextOffset: number;
  creditBytes: number;
  /** SubscribeRequest min_bytes and max_wait_ms as taken (absent: 0, no wait). */
  minBytes?: number;
  maxWaitMs?: number;
}

export interface SessionState {
  nextSubscriptionId: number;
  subscriptions: SubscriptionRecord[];
}

interface Subscription {
  id: number;
  topic: string;
  partition: number;
  log: PartitionLog;
  nextOffset: number;
  creditBytes: number;
  reading: boolean;
  ended: boolean;
  unlisten: () => void;
  /** Waiting in its log's next fan-out round (fanoutRound below). */
  queued: boolean;
  /** What the round runs for it (made once, so a round allocates nothing per subscriber). */
  round: () => void;
  /** Its wait (null: pushed on every append), shared with the log's subscribers that asked the same. */
  wait: WaitRound | null;
}

export interface PartitionFamilyOptions {
  /** The clock and timers of subscriptions that wait (default: Date.now and setTimeout). */
  waitTimers?: WaitTimers;
}

export function partitionFamily(directory: PartitionDirectory, options: PartitionFamilyOptions = {}): Family {
  const timers = options.waitTimers ?? systemWaitTimers;
  return { name: "partition", attach: (port) => new PartitionSession(directory, port, timers) };
}

// Decoded sub-messages are class instances whose scalar fields always hold a value (defaults live on the
// prototype), hence the casts from the generated optional-property types.
class PartitionSession implements FamilySession {
  private readonly subscriptions = new Map<number, Subscription>();
  private nextSubscriptionId = 1;
  private closed = false;

  readonly handlers = {
    produceRequest: (r: pb.IProduceRequest) => this.produce(r as pb.ProduceRequest),
    fetchRequest: (r: pb.IFetchRequest) => this.fetch(r as pb.FetchRequest),
    listOffsetsRequest: (r: pb.IListOffsetsRequest) => this.listOffsets(r as pb.ListOffsetsRequest),
    subscribeRequest: (r: pb.ISubscribeRequest) => this.subscribe(r as pb.SubscribeRequest),
    creditRequest: (r: pb.ICreditRequest, correlationId: number) => this.credit(r as pb.CreditRequest, correlationId),
    unsubscribeRequest: (r: pb.IUnsubscribeRequest) => this.unsubscribe(r as pb.UnsubscribeRequest),
  };

  constructor(
    private readonly directory: PartitionDirectory,
    private readonly port: SessionPort,
    private readonly timers: WaitTimers,
  ) {
    const state = port.restoredState;
    if (state) this.restore(state);
  }

  /** The subscriptions as plain data (what onStateChange receives). */
  state(): SessionState {
    return {
      nextSubscriptionId: this.nextSubscriptionId,
      subscriptions: [...this.subscriptions.values()].map((s) => {
        const r: SubscriptionRecord = { id: s.id, topic: s.topic, partition: s.partition, nextOffset: s.nextOffset, creditBytes: s.creditBytes };
        if (s.wait) {
          r.minBytes = s.wait.minBytes;
          r.maxWaitMs = s.wait.maxWaitMs;
        }
        return r;
      }),
    };
  }

  get subscriptionCount(): number {
    return this.subscriptions.size;
  }

  /** Wake every subscription: new records may have arrived while the host was away, or the socket drained. */
  resume(): void {
    for (const s of this.subscriptions.values()) this.pump(s);
  }

  close(): void {
    this.closed = true;
    for (const s of this.subscriptions.values()) s.unlisten();
    this.subscriptions.clear();
  }

  private restore(state: SessionState): void {
    this.nextSubscriptionId = state.nextSubscriptionId;
    for (const r of state.subscriptions) {
      let log: PartitionLog;
      try {
        log = this.directory.partition(r.topic, r.partition);
      } catch (err) {
        this.port.send({ correlationId: 0, subscriptionEnd: { subscriptionId: r.id, error: this.port.wireError(err) } });
        continue;
      }
      this.addSubscription(r.id, r.topic, r.partition, log, r.nextOffset, r.creditBytes, r.minBytes ?? 0, r.maxWaitMs ?? 0);
    }
  }

  private addSubscription(id: number, topic: string, partition: number, log: PartitionLog, nextOffset: number, creditBytes: number, minBytes: number, maxWaitMs: number): Subscription {
    // Either setting 0 is no wait (Kafka answers a fetch at once with fetch.min.bytes 0 or fetch.max.wait.ms 0).
    const wait = minBytes > 0 && maxWaitMs > 0 ? waitRoundFor(log, minBytes, maxWaitMs, this.timers) : null;
    const sub: Subscription = { id, topic, partition, log, nextOffset, creditBytes, reading: false, ended: false, unlisten: () => {}, queued: false, round: () => {}, wait };
    sub.round = () => this.appended(sub);
    if (wait) {
      // The round listens to the log and releases its subscribers together, after the commit's
      // announcements (fanout-wait.ts).
      sub.unlisten = wait.join(sub.round);
    } else {
      sub.unlisten = log.onAppend(() => {
        if (sub.queued) return;
        sub.queued = true;
        fanoutRound(log, sub);
      });
    }
    this.subscriptions.set(id, sub);
    return sub;
  }

  private changed(): void {
    this.port.stateChanged(() => this.state());
  }

  private produce(r: pb.ProduceRequest): Promise<Frame | undefined> | undefined {
    const log = this.directory.partition(r.topic, r.partition);
    // The first produce to a log (since the process started, or the object woke) waits for its producers'
    // state to be read from the log; later requests wait behind it, so their order holds.
    if (!log.producerStateLoaded) return log.producersReady().then(() => this.produce(r));
    const all = r.acks === Acks.ACKS_ALL;
    // A replicated partition takes acks 'all' only with minInsyncReplicas in sync (replication.ts).
    if (all) log.ackGate?.checkInSync();
    const result = log.append(r.records);
    if (r.acks === Acks.ACKS_NONE) {
      result.durable.catch(() => {});
      return undefined;
    }
    const duplicate = result.duplicate === true;
    return log.acknowledged(result, all).then(() => ({ produceResponse: { baseOffset: result.baseOffset, logStartOffset: log.logStartOffset, duplicate } }));
  }

  private async fetch(r: pb.FetchRequest): Promise<Frame> {
    const log = this.directory.partition(r.topic, r.partition);
    const l = this.port.limits;
    const maxBytes = clampBytes(r.maxBytes, l.fetchBytesDefault, l.fetchBytesMax);
    await this.port.reserveAnswerBytes(readReservationBytes(log, maxBytes, l.pushBytesMax));
    const read = await log.read(r.offset, maxBytes);
    noteReadBytes(log, maxBytes, read.records.byteLength);
    return { fetchResponse: { records: read.records, highWatermark: read.highWatermark, logStartOffset: read.logStartOffset } };
  }

  private async listOffsets(r: pb.ListOffsetsRequest): Promise<Frame> {
    const log = this.directory.partition(r.topic, r.partition);
    let offset: number;
    if (r.timestamp === EARLIEST_TIMESTAMP) offset = log.logStartOffset;
    else if (r.timestamp === LATEST_TIMESTAMP) offset = log.highWatermark;
    else if (r.timestamp >= 0) offset = await log.offsetForTimestamp(r.timestamp);
    else throw new ProtocolError(ErrorCode.INVALID_REQUEST, `timestamp must be -2, -1 or >= 0, got ${r.timestamp}`);
    return { listOffsetsResponse: { offset, highWatermark: log.highWatermark, logStartOffset: log.logStartOffset } };
  }

  private subscribe(r: pb.SubscribeRequest): Frame {
    const l = this.port.limits;
    if (r.maxWaitMs > l.subscribeWaitMsMax) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `max_wait_ms ${r.maxWaitMs} is over the ${l.subscribeWaitMsMax} ms a subscription may wait (limits.subscribeWaitMsMax)`);
    }
    // More than one push carries is the same as a full push: the round releases when one could be filled.
    const minBytes = Math.min(r.minBytes, l.pushBytesMax);
    const log = this.directory.partition(r.topic, r.partition);
    const max = l.subscriptionsPerConnectionMax;
    if (this.subscriptions.size >= max) throw new ProtocolError(ErrorCode.LIMIT_EXCEEDED, `at most ${max} subscriptions per connection; unsubscribe first, or open another connection`);
    const start = log.logStartOffset;
    if (!Number.isSafeInteger(r.offset) || r.offset < start || r.offset > log.readableEndOffset) {
      throw new ProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${r.offset} is outside [${start}, ${log.highWatermark}] of ${r.topic}-${r.partition}`);
    }
    const id = this.nextSubscriptionId++;
    const sub = this.addSubscription(id, r.topic, r.partition, log, r.offset, Math.min(r.creditBytes, l.creditBytesMax), minBytes, r.maxWaitMs);
    this.changed();
    // Answer first, then push: the client knows the id before the first Push arrives.
    queueMicrotask(() => this.pump(sub));
    return { subscribeResponse: { subscriptionId: id, highWatermark: log.highWatermark, logStartOffset: start } };
  }

  private credit(r: pb.CreditRequest, correlationId: number): Frame | undefined {
    const sub = this.subscriptions.get(r.subscriptionId);
    if (!sub) {
      // A credit can race with the broker ending the subscription; only answer when asked to.
      if (correlationId === 0) return undefined;
      throw new ProtocolError(ErrorCode.UNKNOWN_SUBSCRIPTION, `no subscription ${r.subscriptionId}`);
    }
    sub.creditBytes = Math.min(sub.creditBytes + r.creditBytes, this.port.limits.creditBytesMax);
    this.changed();
    this.pump(sub);
    return undefined;
  }

  /** A credit for this subscription was refused (the connection's token expired): it ends with that error. */
  refused(subscriptionId: number, err: unknown): void {
    const sub = this.subscriptions.get(subscriptionId);
    if (sub) this.endSubscription(sub, err);
  }

  private unsubscribe(r: pb.UnsubscribeRequest): Frame {
    const sub = this.subscriptions.get(r.subscriptionId);
    if (!sub) throw new ProtocolError(ErrorCode.UNKNOWN_SUBSCRIPTION, `no subscription ${r.subscriptionId}`);
    this.endSubscription(sub, null);
    return { unsubscribeResponse: {} };
  }

  /**
   * The log advanced (run in its fan-out round: once per subscriber for every batch announced together).
   * A subscription at the head (no read in flight, credit left, room on the socket) gets what was just
   * appended straight from the tail cache, in a push encoded once for every such subscriber (headPush):
   * no read, no promise, no encode per subscriber. The rest, and whatever is left after, goes the read
   * path (pump). Credit and room are checked exactly as pump checks them: a push goes while credit is
   * above 0, and carries whole batches within the credit, or one batch.
   */
  private appended(sub: Subscription): void {
    sub.queued = false;
    while (this.pushAtHead(sub));
    // Its batch is durable but not yet cached (group commit): it is announced next; reading it from the
    // store now would only race that.
    if (!sub.reading && sub.log.isAnnouncing(sub.nextOffset)) return;
    this.pump(sub);
  }

  private pushAtHead(sub: Subscription): boolean {
    if (sub.reading || sub.ended || this.closed || sub.creditBytes <= 0) return false;
    const log = sub.log;
    const hw = log.highWatermark;
    if (sub.nextOffset >= endFor(sub) || log.isClosed) return false;
    const push = headPush(log, sub.nextOffset, hw, sub.creditBytes, this.port.limits.pushBytesMax);
    if (!push || !this.port.mayPush()) return false;
    sub.nextOffset = push.nextOffset;
    sub.creditBytes -= push.recordsBytes;
    this.port.sendPush(sub.id, push);
    this.changed();
    return true;
  }

  /** Pushes what the subscription may have: one read in flight at a time per subscription. */
  private pump(sub: Subscription): void {
    if (sub.reading || sub.ended || this.closed) return;
    if (sub.log.isClosed) {
      this.endSubscription(sub, new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `topic "${sub.log.topic}" was deleted`));
      return;
    }
    if (sub.creditBytes <= 0 || sub.nextOffset >= endFor(sub)) return;
    if (!this.port.mayPush()) return;
    sub.reading = true;
    const maxBytes = Math.min(sub.creditBytes, this.port.limits.pushBytesMax);
    const release = this.port.reservePushBytes(readReservationBytes(sub.log, maxBytes, this.port.limits.pushBytesMax));
    sub.log.read(sub.nextOffset, maxBytes).then(
      (read) => {
        sub.reading = false;
        noteReadBytes(sub.log, maxBytes, read.records.byteLength);
        if (sub.ended || this.closed) return release();
        if (read.records.byteLength > 0) {
          sub.nextOffset = read.nextOffset;
          sub.creditBytes -= read.records.byteLength;
          this.port.send({
            correlationId: 0,
            push: { subscriptionId: sub.id, records: read.records, highWatermark: read.highWatermark, nextOffset: read.nextOffset },
          });
          this.changed();
        }
        release();
        this.pump(sub);
      },
      (err) => {
        sub.reading = false;
        release();
        this.endSubscription(sub, err);
      },
    );
  }

  private endSubscription(sub: Subscription, err: unknown): void {
    if (sub.ended) return;
    sub.ended = true;
    sub.unlisten();
    this.subscriptions.delete(sub.id);
    this.changed();
    if (err) this.port.send({ correlationId: 0, subscriptionEnd: { subscriptionId: sub.id, error: this.port.wireError(err) } });
  }
}

/**
 * Where pushes to a subscription stop for now: the high watermark, or for one that waits, what its round
 * released (records past it are held; below it, a subscriber behind catches up at once).
 */
function endFor(sub: Subscription): number {
  const hw = sub.log.highWatermark;
  return sub.wait ? Math.min(hw, sub.wait.releasedOffset) : hw;
}

/**
 * Room a read of maxBytes reserves (send-flow.ts): its maxBytes, and never less than one push
 * (pushBytesMax), so at most sendQueueBytesMax / pushBytesMax + 1 reads (5) are in flight per connection
 * however small the credits. A read returns at least one whole batch, which may pass what it reserved; the
 * largest such batch seen in a partition is reserved by its later reads, so a log of big batches is read
 * one batch at a time per connection. Reserving batchBytesMax for every read instead made reads one at a
 * time per connection, and a consumer of 12 partitions on one socket read 40 % slower here.
 */
function readReservationBytes(log: PartitionLog, maxBytes: number, pushBytesMax: number): number {
  return Math.max(maxBytes, pushBytesMax, oversizeBatchBytes.get(log) ?? 0);
}

/**
 * Fan-out rounds. A log announces each batch of a group commit in turn (partition-log.ts notify), and
 * pushing on each announcement wrote one WebSocket message, so one socket write (a syscall and, on the
 * Node broker, ~4-6 µs of kernel TCP work here), per batch per subscriber. Instead a subscriber is queued
 * on the first announcement and served once the announcements of that commit are done (a microtask
 * later): one push with every batch it may take. Per log, subscribers in announcement order.
 */
const rounds = new WeakMap<PartitionLog, Subscription[]>();
function fanoutRound(log: PartitionLog, sub: Subscription): void {
  const pending = rounds.get(log);
  if (pending) {
    pending.push(sub);
    return;
  }
  rounds.set(log, [sub]);
  queueMicrotask(() => {
    const subs = rounds.get(log)!;
    rounds.delete(log);
    for (const s of subs) s.round();
  });
}

/**
 * Per partition log, the pushes encoded for the subscribers at the head since the high watermark last
 * moved, by the offset they start at: every subscriber at that offset gets these bytes (with its own id
 * in front). `all`: every cached batch from the offset up to the high watermark within pushBytesMax (what
 * a subscriber with that much credit takes); `one`: the first batch alone (for one with less credit).
 * Subscribers behind the head but within the tail cache come this way too, each at its own offset, so
 * what is kept is bounded (HEAD_PUSH_BYTES_MAX): past it the pushes kept are dropped and kept afresh.
 */
interface HeadPushes {
  highWatermark: number;
  all: Map<number, SharedPush>;
  one: Map<number, SharedPush>;
  /** Record bytes of the pushes kept (each holds them about twice: encoded, and behind its header). */
  bytes: number;
}
/** Record bytes of head pushes kept per log, in pushes of at most pushBytesMax (256 KiB). */
const HEAD_PUSH_BYTES_MAX = 1024 * 1024;
const headPushes = new WeakMap<PartitionLog, HeadPushes>();
function headPush(log: PartitionLog, offset: number, hw: number, creditBytes: number, pushBytesMax: number): SharedPush | null {
  let pushes = headPushes.get(log);
  if (!pushes || pushes.highWatermark !== hw) {
    pushes = { highWatermark: hw, all: new Map(), one: new Map(), bytes: 0 };
    headPushes.set(log, pushes);
  }
  let all = pushes.all.get(offset);
  if (!all) {
    const first = log.cachedBatchAt(offset);
    if (!first) return null;
    const parts = [first.bytes];
    let bytes = first.bytes.byteLength;
    let end = first.endOffset;
    while (end < hw) {
      const next = log.cachedBatchAt(end);
      if (!next || bytes + next.bytes.byteLength > pushBytesMax) break;
      parts.push(next.bytes);
      bytes += next.bytes.byteLength;
      end = next.endOffset;
    }
    all = sharedPush(offset, parts.length === 1 ? first.bytes : concatBytes(parts), end, hw);
    keepPush(pushes, pushes.all, offset, all);
    if (parts.length === 1) return all;
  }
  if (all.recordsBytes <= creditBytes) return all;
  let one = pushes.one.get(offset);
  if (!one) {
    const first = log.cachedBatchAt(offset);
    if (!first) return null;
    if (first.endOffset === all.nextOffset) return all; // one batch: it goes whatever the credit left
    one = sharedPush(offset, first.bytes, first.endOffset, hw);
    keepPush(pushes, pushes.one, offset, one);
  }
  return one;
}

function keepPush(pushes: HeadPushes, kind: Map<number, SharedPush>, offset: number, push: SharedPush): void {
  if (pushes.bytes + push.recordsBytes > HEAD_PUSH_BYTES_MAX) {
    // Subscribers at many offsets: start afresh rather than grow (a push past the bound on its own is
    // still kept, alone, as every subscriber at the head may want it).
    pushes.all.clear();
    pushes.one.clear();
    pushes.bytes = 0;
  }
  pushes.bytes += push.recordsBytes;
  kind.set(offset, push);
}

/** Per partition log, the largest read seen that returned more than it asked (one batch past maxBytes). */
const oversizeBatchBytes = new WeakMap<PartitionLog, number>();
function noteReadBytes(log: PartitionLog, maxBytes: number, readBytes: number): void {
  if (readBytes > maxBytes && readBytes > (oversizeBatchBytes.get(log) ?? 0)) oversizeBatchBytes.set(log, readBytes);
}

function clampBytes(asked: number, def: number, max: number): number {
  if (!asked) return def;
  return Math.min(Math.max(asked, 1), max);
}
