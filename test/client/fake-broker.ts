/**
 * An in-memory broker behind a fake WebSocket class, for SDK unit tests: deterministic, no network, and
 * instrumented (every produce frame is recorded; sockets can be dropped or refused on demand; produce
 * answers can be held and released by the test). It follows the protocol's rules that the SDK relies on:
 * Hello answers limits, Produce stamps base offsets, pushes carry whole batches from the batch containing
 * the subscribed offset and stop when credit is spent. It has its own copy of that push logic, so no
 * guarantee of the README rests on these tests: the SDK conformance suite proves them on the real servers.
 *
 * Messages cross on zero-delay macrotasks, like a network. `progress` is poked whenever anything happens
 * (a socket opens, closes or is refused, a frame is handled or delivered), so tests wait on events, and
 * `quiet()` says when nothing is in flight either way.
 */
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame, pb } from "../../src/protocol/frames.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { decodeRecords, readBatchHeader, setBaseOffset } from "../../src/protocol/record-batch.ts";
import type { WebSocketConstructor, WebSocketLike } from "../../client/connection.ts";
import { Progress } from "../support/progress.ts";

interface StoredBatch {
  baseOffset: number;
  recordCount: number;
  bytes: Uint8Array;
}

interface FakePartition {
  batches: StoredBatch[];
  highWatermark: number;
}

interface FakeSub {
  id: number;
  socket: FakeSocket;
  topic: string;
  partition: number;
  nextOffset: number;
  creditBytes: number;
}

export interface ProduceRecordLog {
  topic: string;
  partition: number;
  recordCount: number;
  bytes: number;
  acks: number;
}

export interface FakeBrokerOptions {
  recordBytesMax?: number;
  batchBytesMax?: number;
  /** Largest push, bytes (whole batches; at least one). */
  pushBytesMax?: number;
  /** A partition's leader endpoint in metadata (a socket of its own, as at the edge). Default "" (the bootstrap socket). */
  leaderEndpoint?: (topic: string, partition: number) => string;
}

export class FakeBroker {
  readonly topics = new Map<string, FakePartition[]>();
  readonly produced: ProduceRecordLog[] = [];
  readonly sockets = new Set<FakeSocket>();
  /** Every frame any client sent, decoded. */
  readonly received: DecodedFrame[] = [];
  refuseConnections = false;
  opened = 0;
  /** Connection attempts turned away while refuseConnections was set. */
  refused = 0;
  /** Record bytes pushed to any subscription. */
  pushedBytes = 0;
  /** While set, produce answers wait until releaseProduceAnswers(). */
  holdProduceAnswers = false;
  /** Produce requests received and not yet answered (acks none excluded), and the most there ever were. */
  produceInFlight = 0;
  produceInFlightMax = 0;
  readonly progress = new Progress(10_000);
  /** Messages sent and not yet handled by the other side, both ways. */
  inFlightMessages = 0;
  private readonly heldAnswers: (() => void)[] = [];
  private readonly subs = new Map<number, FakeSub>();
  private nextSubId = 1;
  readonly options: Required<Omit<FakeBrokerOptions, "leaderEndpoint">> & Pick<FakeBrokerOptions, "leaderEndpoint">;
  /**
   * Answers requests this fake does not know (e.g. the group family, test/client/group-consumer.test.ts):
   * a frame to answer with, or null for no answer; throw an Error with `code` for an error answer.
   */
  extraHandler: ((socket: FakeSocket, frame: DecodedFrame) => Frame | null) | null = null;
  /** Sees every frame before it is served; throw an Error with `code` to refuse it (e.g. an expired token). */
  gate: ((socket: FakeSocket, frame: DecodedFrame) => void) | null = null;

  constructor(options: FakeBrokerOptions = {}) {
    this.options = {
      recordBytesMax: options.recordBytesMax ?? 1024 * 1024,
      batchBytesMax: options.batchBytesMax ?? 8 * 1024 * 1024,
      pushBytesMax: options.pushBytesMax ?? 1024 * 1024,
      leaderEndpoint: options.leaderEndpoint,
    };
  }

  /** The WebSocket constructor to give the SDK. */
  get WebSocket(): WebSocketConstructor {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const broker = this;
    return class extends FakeSocket {
      constructor(url: string) {
        super(broker, url);
      }
    };
  }

  createTopic(name: string, partitions: number): void {
    this.topics.set(name, Array.from({ length: partitions }, () => ({ batches: [], highWatermark: 0 })));
  }

  /** Answers up to `count` held produce requests, oldest first. */
  releaseProduceAnswers(count = Infinity): void {
    for (const answer of this.heldAnswers.splice(0, count)) answer();
  }

  /** Nothing in flight either way: every push the credit allows has been made and delivered. */
  quiet(): boolean {
    return this.inFlightMessages === 0;
  }

  /** Closes every open socket as a network failure would (code 1006). */
  dropAll(): void {
    for (const s of [...this.sockets]) s.serverClose(1006, "dropped by test");
  }

  /** Sends each subscription of the partition a SubscriptionEnd with the error. */
  endSubscriptions(topic: string, partition: number, code: number, message: string): void {
    for (const sub of [...this.subs.values()]) {
      if (sub.topic !== topic || sub.partition !== partition) continue;
      this.subs.delete(sub.id);
      sub.socket.deliver({ correlationId: 0, subscriptionEnd: { subscriptionId: sub.id, error: { code, message } } });
    }
  }

  /** Removes stored batches below `offset` (retention). */
  truncateBefore(topic: string, partition: number, offset: number): void {
    const p = this.partition(topic, partition);
    p.batches = p.batches.filter((b) => b.baseOffset + b.recordCount > offset);
  }

  records(topic: string, partition: number) {
    const p = this.partition(topic, partition);
    return p.batches.flatMap((b) => decodeRecords(b.bytes));
  }

  logStart(p: FakePartition): number {
    return p.batches.length ? p.batches[0].baseOffset : p.highWatermark;
  }

  private partition(topic: string, partition: number): FakePartition {
    const t = this.topics.get(topic);
    if (!t) throw Object.assign(new Error(`unknown topic "${topic}"`), { code: ErrorCode.UNKNOWN_TOPIC });
    const p = t[partition];
    if (!p) throw Object.assign(new Error(`no partition ${partition}`), { code: ErrorCode.UNKNOWN_PARTITION });
    return p;
  }

  /** @internal */
  onOpen(socket: FakeSocket): void {
    this.sockets.add(socket);
    this.opened++;
  }

  /** @internal */
  onClosed(socket: FakeSocket): void {
    this.sockets.delete(socket);
    for (const [id, sub] of this.subs) if (sub.socket === socket) this.subs.delete(id);
  }

  /** @internal */
  handle(socket: FakeSocket, bytes: Uint8Array): void {
    let frame: DecodedFrame;
    try {
      frame = decodeFrame(bytes);
    } catch {
      socket.deliver({ correlationId: 0, error: { code: ErrorCode.INVALID_REQUEST, message: "bad frame" } });
      return;
    }
    this.received.push(frame);
    const id = frame.correlationId;
    try {
      this.gate?.(socket, frame);
      const answer = this.dispatch(socket, frame);
      if (answer) socket.deliver({ correlationId: id, ...answer });
    } catch (err) {
      const code = (err as { code?: number }).code ?? ErrorCode.UNKNOWN;
      socket.deliver({ correlationId: id, error: { code, message: (err as Error).message } });
    }
  }

  private dispatch(socket: FakeSocket, f: DecodedFrame): Frame | null {
    switch (f.body) {
      case "helloRequest":
        return {
          helloResponse: {
            protocolVersion: 1,
            brokerId: "fake",
            recordBytesMax: this.options.recordBytesMax,
            batchBytesMax: this.options.batchBytesMax,
            frameBytesMax: this.options.batchBytesMax + 1024 * 1024,
            fetchBytesMax: 8 * 1024 * 1024,
          },
        };
      case "metadataRequest": {
        const names = (f.metadataRequest as pb.MetadataRequest).topics;
        const list = names.length ? names : [...this.topics.keys()];
        return { metadataResponse: { topics: list.map((n) => this.topicMeta(n)) } };
      }
      case "produceRequest": {
        const r = f.produceRequest as pb.ProduceRequest;
        const p = this.partition(r.topic, r.partition);
        const bytes = r.records.slice();
        const header = readBatchHeader(bytes);
        const baseOffset = p.highWatermark;
        setBaseOffset(bytes, baseOffset);
        p.batches.push({ baseOffset, recordCount: header.recordCount, bytes });
        p.highWatermark += header.recordCount;
        this.produced.push({ topic: r.topic, partition: r.partition, recordCount: header.recordCount, bytes: bytes.byteLength, acks: r.acks });
        for (const sub of this.subs.values()) if (sub.topic === r.topic && sub.partition === r.partition) this.pump(sub);
        if (r.acks === pb.Acks.ACKS_NONE) return null;
        const answer: Frame = { correlationId: f.correlationId, produceResponse: { baseOffset, logStartOffset: this.logStart(p) } };
        this.produceInFlight++;
        this.produceInFlightMax = Math.max(this.produceInFlightMax, this.produceInFlight);
        const send = () => {
          this.produceInFlight--;
          socket.deliver(answer);
        };
        if (this.holdProduceAnswers) this.heldAnswers.push(send);
        else send();
        return null;
      }
      case "listOffsetsRequest": {
        const r = f.listOffsetsRequest as pb.ListOffsetsRequest;
        const p = this.partition(r.topic, r.partition);
        let offset: number;
        if (r.timestamp === -2) offset = this.logStart(p);
        else if (r.timestamp === -1) offset = p.highWatermark;
        else offset = p.batches.flatMap((b) => decodeRecords(b.bytes)).find((x) => x.timestampMs >= r.timestamp)?.offset ?? -1;
        return { listOffsetsResponse: { offset, highWatermark: p.highWatermark, logStartOffset: this.logStart(p) } };
      }
      case "subscribeRequest": {
        const r = f.subscribeRequest as pb.SubscribeRequest;
        const p = this.partition(r.topic, r.partition);
        if (r.offset < this.logStart(p) || r.offset > p.highWatermark) {
          throw Object.assign(new Error(`offset ${r.offset} out of range`), { code: ErrorCode.OFFSET_OUT_OF_RANGE });
        }
        const sub: FakeSub = { id: this.nextSubId++, socket, topic: r.topic, partition: r.partition, nextOffset: r.offset, creditBytes: r.creditBytes };
        this.subs.set(sub.id, sub);
        // Answer first, then push (as the real Session does); the push is in flight until then.
        this.inFlightMessages++;
        setTimeout(() => {
          this.inFlightMessages--;
          this.pump(sub);
          this.progress.poke();
        }, 0);
        return { subscribeResponse: { subscriptionId: sub.id, highWatermark: p.highWatermark, logStartOffset: this.logStart(p) } };
      }
      case "creditRequest": {
        const r = f.creditRequest as pb.CreditRequest;
        const sub = this.subs.get(r.subscriptionId);
        if (sub) {
          sub.creditBytes += r.creditBytes;
          this.pump(sub);
        }
        return null;
      }
      case "unsubscribeRequest": {
        const r = f.unsubscribeRequest as pb.UnsubscribeRequest;
        if (!this.subs.delete(r.subscriptionId)) throw Object.assign(new Error("no such subscription"), { code: ErrorCode.UNKNOWN_SUBSCRIPTION });
        return { unsubscribeResponse: {} };
      }
      case "createTopicRequest": {
        const r = f.createTopicRequest as pb.CreateTopicRequest;
        if (this.topics.has(r.topic)) throw Object.assign(new Error("exists"), { code: ErrorCode.TOPIC_EXISTS });
        this.createTopic(r.topic, r.partitions || 1);
        return { createTopicResponse: { topic: this.topicMeta(r.topic) } };
      }
      default:
        if (this.extraHandler) return this.extraHandler(socket, f);
        throw Object.assign(new Error(`unsupported ${f.body}`), { code: ErrorCode.UNSUPPORTED });
    }
  }

  private topicMeta(name: string): pb.ITopicMetadata {
    const t = this.topics.get(name);
    if (!t) throw Object.assign(new Error(`unknown topic "${name}"`), { code: ErrorCode.UNKNOWN_TOPIC });
    return {
      name,
      partitionCount: t.length,
      config: {},
      partitions: t.map((p, i) => ({ partition: i, leaderEndpoint: this.options.leaderEndpoint?.(name, i) ?? "", logStartOffset: this.logStart(p), highWatermark: p.highWatermark, sizeBytes: 0 })),
    };
  }

  /** Pushes whole batches from the one containing nextOffset while credit lasts. */
  private pump(sub: FakeSub): void {
    if (!this.subs.has(sub.id) || sub.socket.readyState !== 1) return;
    const p = this.topics.get(sub.topic)?.[sub.partition];
    if (!p) return;
    while (sub.creditBytes > 0 && sub.nextOffset < p.highWatermark) {
      const parts: Uint8Array[] = [];
      let size = 0;
      let next = sub.nextOffset;
      for (const b of p.batches) {
        if (b.baseOffset + b.recordCount <= next) continue;
        if (parts.length > 0 && (size + b.bytes.byteLength > this.options.pushBytesMax || size + b.bytes.byteLength > sub.creditBytes)) break;
        parts.push(b.bytes);
        size += b.bytes.byteLength;
        next = b.baseOffset + b.recordCount;
      }
      if (parts.length === 0) return;
      const records = new Uint8Array(size);
      let pos = 0;
      for (const part of parts) {
        records.set(part, pos);
        pos += part.byteLength;
      }
      sub.nextOffset = next;
      sub.creditBytes -= size;
      this.pushedBytes += size;
      sub.socket.deliver({ correlationId: 0, push: { subscriptionId: sub.id, records, highWatermark: p.highWatermark, nextOffset: next } });
    }
  }
}

/** A WebSocket whose other end is a FakeBroker; messages cross on macrotasks, like a network. */
export class FakeSocket implements WebSocketLike {
  binaryType = "blob";
  readyState = 0;
  bufferedAmount = 0;
  onopen: ((ev: any) => void) | null = null;
  onclose: ((ev: any) => void) | null = null;
  onerror: ((ev: any) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;

  constructor(
    private readonly broker: FakeBroker,
    readonly url: string,
  ) {
    setTimeout(() => {
      if (this.readyState !== 0) return;
      if (broker.refuseConnections) {
        this.readyState = 3;
        broker.refused++;
        this.onerror?.({ message: "connection refused" });
        this.onclose?.({ code: 1006, reason: "" });
        broker.progress.poke();
        return;
      }
      this.readyState = 1;
      broker.onOpen(this);
      this.onopen?.({});
      broker.progress.poke();
    }, 0);
  }

  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error("socket not open");
    const copy = data.slice();
    this.broker.inFlightMessages++;
    setTimeout(() => {
      this.broker.inFlightMessages--;
      if (this.readyState === 1) this.broker.handle(this, copy);
      this.broker.progress.poke();
    }, 0);
  }

  close(code = 1000, reason = ""): void {
    this.serverClose(code, reason);
  }

  /** @internal Server → client. */
  deliver(frame: Frame): void {
    if (this.readyState !== 1) return;
    const bytes = encodeFrame(frame);
    this.broker.inFlightMessages++;
    setTimeout(() => {
      this.broker.inFlightMessages--;
      try {
        if (this.readyState !== 1) return;
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        this.onmessage?.({ data });
      } finally {
        this.broker.progress.poke();
      }
    }, 0);
  }

  /** @internal */
  serverClose(code: number, reason: string): void {
    if (this.readyState >= 2) return;
    this.readyState = 3;
    this.broker.onClosed(this);
    setTimeout(() => {
      this.onclose?.({ code, reason });
      this.broker.progress.poke();
    }, 0);
  }
}
