/**
 * One client connection: frames in, frames out. Transport-free (the adapter gives it a Transport), so the
 * Node broker and, later, a partition's Durable Object speak the same protocol through the same code.
 *
 * Ordering: a produce request is appended synchronously when its frame arrives, so requests for one
 * partition are stored in the order the socket delivered them; their answers follow the store's
 * in-order durability.
 * Flow control: pushes to a subscription stop when its credit (bytes granted by the client) is spent or
 * when the transport has more than sendQueueBytesMax queued; they resume on credit or drain.
 */
import { ErrorCode, ProtocolError, errorInfo } from "../protocol/errors.ts";
import {
  Acks,
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  PROTOCOL_VERSION,
  decodeFrame,
  encodeFrame,
  type DecodedFrame,
  type Frame,
  pb,
} from "../protocol/frames.ts";
import type { Limits } from "../protocol/limits.ts";
import type { TopicConfig } from "./broker.ts";
import type { PartitionLog } from "./partition-log.ts";

/**
 * What a session serves frames from. The Node broker is one host for every topic (Broker.sessionHost());
 * at the edge, a partition's Durable Object hosts that partition only and the cluster object hosts the
 * admin requests, each answering NOT_LEADER for the rest.
 */
export interface SessionHost {
  readonly limits: Limits;
  readonly brokerId: string;
  /** The log of topic-partition; throws UNKNOWN_TOPIC, UNKNOWN_PARTITION or NOT_LEADER. */
  partition(topic: string, partition: number): PartitionLog;
  /** Empty names = every topic. */
  metadata(names: string[]): pb.ITopicMetadata[] | Promise<pb.ITopicMetadata[]>;
  listTopics(): string[] | Promise<string[]>;
  createTopic(name: string, partitionCount: number, config: Partial<TopicConfig>): Promise<pb.ITopicMetadata>;
  deleteTopic(name: string): Promise<void>;
}

/** A subscription as it survives the session object (the edge keeps it in the socket's attachment). */
export interface SubscriptionRecord {
  id: number;
  topic: string;
  partition: number;
  nextOffset: number;
  creditBytes: number;
}

export interface SessionState {
  nextSubscriptionId: number;
  subscriptions: SubscriptionRecord[];
}

export interface SessionOptions {
  /** Subscriptions to resume (a Durable Object woken from hibernation rebuilds its sessions from these). */
  state?: SessionState;
  /** Called whenever the state above changes, to persist it. */
  onStateChange?: (state: SessionState) => void;
  /**
   * Told about every failure that is not a ProtocolError (a bug, an I/O error): the client gets only the
   * code UNKNOWN, so this is where its cause is seen (the host logs it).
   */
  onUnexpectedError?: (err: unknown) => void;
}

export interface Transport {
  /** Queue one binary message. Returns false when the transport could not take it (connection unusable). */
  send(bytes: Uint8Array): boolean;
  /** Queue one text message (the heartbeat answer). */
  sendText?(text: string): boolean;
  /** Bytes queued and not yet written to the network. */
  bufferedBytes(): number;
  close(code: number, reason: string): void;
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
}

export class Session {
  private readonly subscriptions = new Map<number, Subscription>();
  private nextSubscriptionId = 1;
  private closed = false;

  private readonly onStateChange: ((state: SessionState) => void) | null;
  private readonly onUnexpectedError: (err: unknown) => void;

  constructor(
    private readonly host: SessionHost,
    private readonly transport: Transport,
    opts: SessionOptions = {},
  ) {
    this.onStateChange = opts.onStateChange ?? null;
    this.onUnexpectedError = opts.onUnexpectedError ?? (() => {});
    if (opts.state) this.restore(opts.state);
  }

  /** The subscriptions as plain data (what onStateChange receives). */
  state(): SessionState {
    return {
      nextSubscriptionId: this.nextSubscriptionId,
      subscriptions: [...this.subscriptions.values()].map((s) => ({ id: s.id, topic: s.topic, partition: s.partition, nextOffset: s.nextOffset, creditBytes: s.creditBytes })),
    };
  }

  /** Wake every subscription: new records may have arrived while the host was away. */
  resume(): void {
    for (const s of this.subscriptions.values()) this.pump(s);
  }

  private restore(state: SessionState): void {
    this.nextSubscriptionId = state.nextSubscriptionId;
    for (const r of state.subscriptions) {
      let log: PartitionLog;
      try {
        log = this.host.partition(r.topic, r.partition);
      } catch (err) {
        this.send({ correlationId: 0, subscriptionEnd: { subscriptionId: r.id, error: this.wireError(err) } });
        continue;
      }
      this.addSubscription(r.id, r.topic, r.partition, log, r.nextOffset, r.creditBytes);
    }
  }

  private addSubscription(id: number, topic: string, partition: number, log: PartitionLog, nextOffset: number, creditBytes: number): Subscription {
    const sub: Subscription = { id, topic, partition, log, nextOffset, creditBytes, reading: false, ended: false, unlisten: () => {} };
    sub.unlisten = log.onAppend(() => this.pump(sub));
    this.subscriptions.set(id, sub);
    return sub;
  }

  private changed(): void {
    this.onStateChange?.(this.state());
  }

  /** Handles one binary message. Never throws: failures become error frames. */
  onMessage(bytes: Uint8Array): void {
    if (this.closed) return;
    let frame: DecodedFrame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      this.sendError(0, err);
      return;
    }
    const id = frame.correlationId;
    try {
      const answer = this.dispatch(frame);
      if (answer === undefined) return;
      if (answer instanceof Promise) {
        answer.then(
          (body) => body && this.send({ correlationId: id, ...body }),
          (err) => this.sendError(id, err),
        );
      } else {
        this.send({ correlationId: id, ...answer });
      }
    } catch (err) {
      this.sendError(id, err);
    }
  }

  /**
   * A text message: the protocol is binary except for the heartbeat, "ping" answered "pong" (the edge
   * answers it without waking the object: setWebSocketAutoResponse).
   */
  onTextMessage(text = ""): void {
    if (text === "ping" && this.transport.sendText) {
      this.transport.sendText("pong");
      return;
    }
    this.sendError(0, new ProtocolError(ErrorCode.INVALID_REQUEST, "text frames are not part of the protocol (except the \"ping\" heartbeat); send binary frames"));
  }

  /** The transport drained below its limit: resume pushes. */
  onDrain(): void {
    for (const s of this.subscriptions.values()) this.pump(s);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.subscriptions.values()) s.unlisten();
    this.subscriptions.clear();
  }

  get subscriptionCount(): number {
    return this.subscriptions.size;
  }

  // Decoded sub-messages are class instances whose scalar fields always hold a value (defaults live on the
  // prototype), hence the casts from the generated optional-property types.
  private dispatch(f: DecodedFrame): Frame | Promise<Frame | undefined> | undefined {
    switch (f.body) {
      case "helloRequest":
        return this.hello();
      case "metadataRequest":
        return Promise.resolve(this.host.metadata(checkMetadataNames((f.metadataRequest as pb.MetadataRequest).topics ?? [], this.host.limits))).then((topics) => ({ metadataResponse: { topics } }));
      case "createTopicRequest":
        return this.createTopic(f.createTopicRequest as pb.CreateTopicRequest);
      case "deleteTopicRequest":
        return this.host.deleteTopic((f.deleteTopicRequest as pb.DeleteTopicRequest).topic).then(() => ({ deleteTopicResponse: {} }));
      case "listTopicsRequest":
        return Promise.resolve(this.host.listTopics()).then((topics) => ({ listTopicsResponse: { topics } }));
      case "describeTopicRequest":
        return Promise.resolve(this.host.metadata([(f.describeTopicRequest as pb.DescribeTopicRequest).topic])).then(([topic]) => ({ describeTopicResponse: { topic } }));
      case "produceRequest":
        return this.produce((f.produceRequest as pb.ProduceRequest));
      case "fetchRequest":
        return this.fetch((f.fetchRequest as pb.FetchRequest));
      case "listOffsetsRequest":
        return this.listOffsets((f.listOffsetsRequest as pb.ListOffsetsRequest));
      case "subscribeRequest":
        return this.subscribe((f.subscribeRequest as pb.SubscribeRequest));
      case "creditRequest":
        return this.credit((f.creditRequest as pb.CreditRequest), f.correlationId);
      case "unsubscribeRequest":
        return this.unsubscribe((f.unsubscribeRequest as pb.UnsubscribeRequest));
      default:
        throw new ProtocolError(ErrorCode.INVALID_REQUEST, f.body ? `${f.body} is not a request` : "frame has no request body");
    }
  }

  private hello(): Frame {
    const l = this.host.limits;
    return {
      helloResponse: {
        protocolVersion: PROTOCOL_VERSION,
        brokerId: this.host.brokerId,
        recordBytesMax: l.recordBytesMax,
        batchBytesMax: l.batchBytesMax,
        frameBytesMax: l.frameBytesMax,
        fetchBytesMax: l.fetchBytesMax,
      },
    };
  }

  private async createTopic(r: pb.CreateTopicRequest): Promise<Frame> {
    const c = r.config;
    const topic = await this.host.createTopic(r.topic, r.partitions || 1, {
      retentionMs: c?.retentionMs ?? undefined,
      retentionBytes: c?.retentionBytes ?? undefined,
      segmentBytes: c?.segmentBytes ?? undefined,
      segmentMs: c?.segmentMs ?? undefined,
    });
    return { createTopicResponse: { topic } };
  }

  private produce(r: pb.ProduceRequest): Promise<Frame> | undefined {
    const log = this.host.partition(r.topic, r.partition);
    const result = log.append(r.records);
    if (r.acks === Acks.ACKS_NONE) {
      result.durable.catch(() => {});
      return undefined;
    }
    return result.durable.then(() => ({ produceResponse: { baseOffset: result.baseOffset, logStartOffset: log.logStartOffset } }));
  }

  private async fetch(r: pb.FetchRequest): Promise<Frame> {
    const log = this.host.partition(r.topic, r.partition);
    const maxBytes = clampBytes(r.maxBytes, this.host.limits.fetchBytesDefault, this.host.limits.fetchBytesMax);
    const read = await log.read(r.offset, maxBytes);
    return { fetchResponse: { records: read.records, highWatermark: read.highWatermark, logStartOffset: read.logStartOffset } };
  }

  private async listOffsets(r: pb.ListOffsetsRequest): Promise<Frame> {
    const log = this.host.partition(r.topic, r.partition);
    let offset: number;
    if (r.timestamp === EARLIEST_TIMESTAMP) offset = log.logStartOffset;
    else if (r.timestamp === LATEST_TIMESTAMP) offset = log.highWatermark;
    else if (r.timestamp >= 0) offset = await log.offsetForTimestamp(r.timestamp);
    else throw new ProtocolError(ErrorCode.INVALID_REQUEST, `timestamp must be -2, -1 or >= 0, got ${r.timestamp}`);
    return { listOffsetsResponse: { offset, highWatermark: log.highWatermark, logStartOffset: log.logStartOffset } };
  }

  private subscribe(r: pb.SubscribeRequest): Frame {
    const log = this.host.partition(r.topic, r.partition);
    if (this.subscriptions.size >= this.host.limits.subscriptionsPerConnectionMax) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `at most ${this.host.limits.subscriptionsPerConnectionMax} subscriptions per connection`);
    }
    const start = log.logStartOffset;
    if (!Number.isSafeInteger(r.offset) || r.offset < start || r.offset > log.highWatermark) {
      throw new ProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${r.offset} is outside [${start}, ${log.highWatermark}] of ${r.topic}-${r.partition}`);
    }
    const id = this.nextSubscriptionId++;
    const sub = this.addSubscription(id, r.topic, r.partition, log, r.offset, r.creditBytes);
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
    sub.creditBytes = Math.min(sub.creditBytes + r.creditBytes, 2 ** 31);
    this.changed();
    this.pump(sub);
    return undefined;
  }

  private unsubscribe(r: pb.UnsubscribeRequest): Frame {
    const sub = this.subscriptions.get(r.subscriptionId);
    if (!sub) throw new ProtocolError(ErrorCode.UNKNOWN_SUBSCRIPTION, `no subscription ${r.subscriptionId}`);
    this.endSubscription(sub, null);
    return { unsubscribeResponse: {} };
  }

  /** Pushes what the subscription may have: one read in flight at a time per subscription. */
  private pump(sub: Subscription): void {
    if (sub.reading || sub.ended || this.closed) return;
    if (sub.log.isClosed) {
      this.endSubscription(sub, new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `topic "${sub.log.topic}" was deleted`));
      return;
    }
    if (sub.creditBytes <= 0 || sub.nextOffset >= sub.log.highWatermark) return;
    if (this.transport.bufferedBytes() > this.host.limits.sendQueueBytesMax) return;
    sub.reading = true;
    const maxBytes = Math.min(sub.creditBytes, this.host.limits.pushBytesMax);
    sub.log.read(sub.nextOffset, maxBytes).then(
      (read) => {
        sub.reading = false;
        if (sub.ended || this.closed) return;
        if (read.records.byteLength > 0) {
          sub.nextOffset = read.nextOffset;
          sub.creditBytes -= read.records.byteLength;
          this.send({
            correlationId: 0,
            push: { subscriptionId: sub.id, records: read.records, highWatermark: read.highWatermark, nextOffset: read.nextOffset },
          });
          this.changed();
        }
        this.pump(sub);
      },
      (err) => {
        sub.reading = false;
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
    if (err) this.send({ correlationId: 0, subscriptionEnd: { subscriptionId: sub.id, error: this.wireError(err) } });
  }

  private send(frame: Frame): void {
    if (this.closed) return;
    if (!this.transport.send(encodeFrame(frame))) this.close();
  }

  private sendError(correlationId: number, err: unknown): void {
    this.send({ correlationId, error: this.wireError(err) });
  }

  private wireError(err: unknown): pb.IError {
    if (!(err instanceof ProtocolError)) this.onUnexpectedError(err);
    return toWireError(err);
  }
}

/** A metadata request may name at most limits.metadataTopicsMax topics (none = all). */
export function checkMetadataNames(names: string[], l: Limits): string[] {
  if (names.length > l.metadataTopicsMax) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `a metadata request may name at most ${l.metadataTopicsMax} topics, got ${names.length}`);
  }
  return names;
}

export function toWireError(err: unknown): pb.IError {
  if (err instanceof ProtocolError) return { code: err.code, message: err.message };
  // Nothing of the server on the wire (no stack, no path, no errno): the host logs the cause, the client
  // gets a code.
  return { code: ErrorCode.UNKNOWN, message: errorInfo(ErrorCode.UNKNOWN).description };
}

function clampBytes(asked: number, def: number, max: number): number {
  if (!asked) return def;
  return Math.min(Math.max(asked, 1), max);
}
