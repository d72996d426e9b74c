// Fan-out to many subscribers of one partition (issue 13), on the wire with bare sockets: every subscriber
// gets every record once and in order, each push goes only while the subscriber had credit left (counted by
// the subscriber: granted minus pushed; several batches only within it), a subscriber that withholds credit
// falls behind the head and, once it grants again, catches up with no gap and no repeat, and two
// subscriptions to the partition on one socket are each served whole. Counted, never timed.
import WebSocket from "ws";
import { decodeFrame, encodeFrame, type Frame } from "../../src/protocol/frames.ts";
import { batchSizeAt, decodeBatch } from "../../src/protocol/record-batch.ts";
import { Progress } from "../support/progress.ts";

export interface FanoutTarget {
  /** ws:// URL a subscriber connects to for the topic's partition 0. */
  subscriberUrl: string;
  /** Appends one batch of one record (the value), acknowledged. */
  produce(value: string): Promise<void>;
}

/** Kafka's fetch.min.bytes / fetch.max.wait.ms for a subscription's pushes (src/core/fanout-wait.ts). */
export interface SubscribeWait {
  minBytes: number;
  maxWaitMs: number;
}

/** One subscription's view, checked as pushes arrive. */
export class FanoutSubscriber {
  readonly values: string[] = [];
  readonly problems: string[] = [];
  /** Offset the next push must start at. */
  nextOffset: number;
  creditLeftBytes: number;
  pushCount = 0;
  private subscriptionId = 0;

  private constructor(
    readonly ws: WebSocket,
    private readonly socket: SubscriberSocket,
    startOffset: number,
    creditBytes: number,
    /** Grants back what each push spent (false: the subscriber stops granting and falls behind). */
    public regrant: boolean,
    private readonly progress: Progress,
  ) {
    this.nextOffset = startOffset;
    this.creditLeftBytes = creditBytes;
  }

  /** A subscription on a socket of its own (`wait`: SubscribeRequest min_bytes / max_wait_ms). */
  static async open(url: string, topic: string, startOffset: number, creditBytes: number, regrant: boolean, progress: Progress, wait?: SubscribeWait): Promise<FanoutSubscriber> {
    const ws = new WebSocket(url);
    ws.binaryType = "nodebuffer";
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    return new SubscriberSocket(ws).subscribe(topic, startOffset, creditBytes, regrant, progress, wait);
  }

  /** Another subscription to the same partition on this subscriber's socket. */
  also(topic: string, startOffset: number, creditBytes: number, regrant: boolean): Promise<FanoutSubscriber> {
    return this.socket.subscribe(topic, startOffset, creditBytes, regrant, this.progress);
  }

  /** Called by SubscriberSocket only. */
  static create(ws: WebSocket, socket: SubscriberSocket, startOffset: number, creditBytes: number, regrant: boolean, progress: Progress): FanoutSubscriber {
    return new FanoutSubscriber(ws, socket, startOffset, creditBytes, regrant, progress);
  }

  setId(id: number): void {
    this.subscriptionId = id;
  }

  grant(bytes: number): void {
    this.creditLeftBytes += bytes;
    this.ws.send(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: this.subscriptionId, creditBytes: bytes } }));
  }

  onPush(p: NonNullable<Frame["push"]>): void {
    this.pushCount++;
    if (p.subscriptionId !== this.subscriptionId) this.problems.push(`push for subscription ${p.subscriptionId}, mine is ${this.subscriptionId}`);
    if (this.creditLeftBytes <= 0) this.problems.push(`push at offset ${this.nextOffset} with ${this.creditLeftBytes} bytes of credit left`);
    const records = p.records!;
    let offset = this.nextOffset;
    let batchCount = 0;
    for (let pos = 0; pos < records.byteLength; pos += batchSizeAt(records, pos)) {
      batchCount++;
      for (const r of decodeBatch(records, pos)) {
        if (r.offset !== offset) this.problems.push(`record at offset ${r.offset}, expected ${offset} (${r.offset > offset ? "gap" : "repeat"})`);
        offset = r.offset + 1;
        this.values.push(new TextDecoder().decode(r.value!));
      }
    }
    // Within credit: a push carries whole batches that fit the credit left, or one batch.
    if (batchCount > 1 && records.byteLength > this.creditLeftBytes) this.problems.push(`push of ${batchCount} batches, ${records.byteLength} bytes, with ${this.creditLeftBytes} bytes of credit left`);
    if (Number(p.nextOffset) !== offset) this.problems.push(`push says next offset ${p.nextOffset}, its records end at ${offset}`);
    this.nextOffset = offset;
    this.creditLeftBytes -= records.byteLength;
    if (this.regrant) this.grant(records.byteLength);
    this.progress.poke();
  }

  close(): void {
    this.ws.terminate();
  }
}

/** A socket carrying one subscription or more: routes each push to its subscription by id. */
class SubscriberSocket {
  private readonly byId = new Map<number, FanoutSubscriber>();
  private readonly answers = new Map<number, (f: Frame) => void>();
  private nextCorrelationId = 1;
  /** Problems that belong to no subscription (a push for an id this socket does not have). */
  private readonly strays: FanoutSubscriber[] = [];

  constructor(private readonly ws: WebSocket) {
    ws.on("message", (d: Buffer) => this.onFrame(decodeFrame(new Uint8Array(d))));
  }

  async subscribe(topic: string, startOffset: number, creditBytes: number, regrant: boolean, progress: Progress, wait?: SubscribeWait): Promise<FanoutSubscriber> {
    const s = FanoutSubscriber.create(this.ws, this, startOffset, creditBytes, regrant, progress);
    const correlationId = this.nextCorrelationId++;
    // Registered as the answer is read, not after an await: the first push may be in the same read.
    const answered = new Promise<Frame>((resolve) =>
      this.answers.set(correlationId, (f) => {
        const id = f.subscribeResponse?.subscriptionId;
        if (id !== undefined && id !== null && !this.byId.has(id)) {
          s.setId(id);
          this.byId.set(id, s);
          this.strays.push(s);
        }
        resolve(f);
      }),
    );
    this.ws.send(encodeFrame({ correlationId, subscribeRequest: { topic, partition: 0, offset: startOffset, creditBytes, ...wait } }));
    const answer = await answered;
    if (!answer.subscribeResponse) throw new Error(`subscribe: ${answer.error?.message}`);
    if (this.byId.get(answer.subscribeResponse.subscriptionId!) !== s) throw new Error(`subscription id ${answer.subscribeResponse.subscriptionId} given twice on one socket`);
    return s;
  }

  private onFrame(f: Frame): void {
    const answer = f.correlationId ? this.answers.get(f.correlationId) : undefined;
    if (answer) {
      this.answers.delete(f.correlationId!);
      answer(f);
      return;
    }
    const p = f.push;
    if (!p) {
      if (f.error || f.subscriptionEnd) for (const s of this.strays) s.problems.push(`unexpected frame ${JSON.stringify(f)}`);
      return;
    }
    const s = this.byId.get(p.subscriptionId!);
    if (s) s.onPush(p);
    else for (const other of this.strays) other.problems.push(`push for subscription ${p.subscriptionId}, not one of this socket's`);
  }
}

/**
 * Runs the scenario: `subscriberCount` subscribers at the end of an empty partition, credit of about two
 * records each (so credit runs out between pushes and the head path must check it), one of them
 * withholding credit for the first half, and one socket carrying a second subscription to the partition
 * (the last subscriber of the list, `second`); `recordCount` records produced one per batch, several in
 * flight (so appends become durable together). Returns the subscribers for the caller's assertions.
 */
export async function runFanout(target: FanoutTarget, topic: string, subscriberCount: number, recordCount: number, waitMs: number): Promise<{ subscribers: FanoutSubscriber[]; expected: string[]; laggard: FanoutSubscriber; second: FanoutSubscriber }> {
  const progress = new Progress();
  const subscribers: FanoutSubscriber[] = [];
  try {
    // Every third subscriber has credit for about one record and grants it back push by push; subscriber
    // 1 (the laggard) has that much and grants nothing until half the records are in.
    for (let i = 0; i < subscriberCount; i++) subscribers.push(await FanoutSubscriber.open(target.subscriberUrl, topic, 0, i % 3 === 0 || i === 1 ? 150 : 1024 * 1024, i !== 1, progress));
    const laggard = subscribers[1]!;
    // Two subscriptions to the partition on subscriber 2's socket: each is served on its own (id, offset,
    // credit), whichever path the other takes; this one has credit for about one record at a time.
    const second = await subscribers[2]!.also(topic, 0, 150, true);
    subscribers.push(second);
    const expected = Array.from({ length: recordCount }, (_, i) => `record-${i}`.padEnd(60, "."));
    const inFlight = 8;
    for (let i = 0; i < recordCount; i += inFlight) {
      await Promise.all(expected.slice(i, i + inFlight).map((v) => target.produce(v)));
      if (i >= recordCount / 2 && !laggard.regrant) {
        // Half the records are in; the laggard is behind the head (its credit ran out): it catches up now.
        laggard.regrant = true;
        laggard.grant(64 * 1024);
      }
    }
    if (!laggard.regrant) {
      laggard.regrant = true;
      laggard.grant(64 * 1024);
    }
    await progress.until(() => subscribers.every((s) => s.values.length >= recordCount || s.problems.length > 0), () => `every record at every subscriber; delivered: ${subscribers.map((s) => s.values.length).join(",")}`, waitMs);
    return { subscribers, expected, laggard, second };
  } finally {
    for (const s of subscribers) s.close();
  }
}

/**
 * Subscribers that wait (min_bytes / max_wait_ms) next to ones that do not: `waitingCount` subscribers ask
 * `wait` (a max_wait_ms far beyond the run, so only bytes release them), `eagerCount` ask nothing;
 * `recordCount` records of ~130 B produced one at a time, each acknowledged before the next, then one
 * record bigger than min_bytes that releases whatever is held. Then a subscriber with the same wait starts
 * at offset 0, behind the head: it must get every record with no append after it (not max_wait_ms later).
 */
export async function runWaitFanout(target: FanoutTarget, topic: string, waitingCount: number, eagerCount: number, recordCount: number, wait: SubscribeWait, waitMs: number): Promise<{ waiting: FanoutSubscriber[]; eager: FanoutSubscriber[]; late: FanoutSubscriber; expected: string[] }> {
  const progress = new Progress();
  const all: FanoutSubscriber[] = [];
  try {
    const waiting: FanoutSubscriber[] = [];
    const eager: FanoutSubscriber[] = [];
    for (let i = 0; i < waitingCount; i++) all.push(await FanoutSubscriber.open(target.subscriberUrl, topic, 0, 1024 * 1024, true, progress, wait)), waiting.push(all.at(-1)!);
    for (let i = 0; i < eagerCount; i++) all.push(await FanoutSubscriber.open(target.subscriberUrl, topic, 0, 1024 * 1024, true, progress)), eager.push(all.at(-1)!);
    const expected = Array.from({ length: recordCount }, (_, i) => `record-${i}`.padEnd(60, "."));
    expected.push("flush".padEnd(wait.minBytes + 100, "."));
    for (const v of expected) await target.produce(v);
    const count = expected.length;
    await progress.until(() => all.every((s) => s.values.length >= count || s.problems.length > 0), () => `every record at every subscriber; delivered: ${all.map((s) => s.values.length).join(",")}`, waitMs);
    const late = await FanoutSubscriber.open(target.subscriberUrl, topic, 0, 1024 * 1024, true, progress, wait);
    all.push(late);
    await progress.until(() => late.values.length >= count || late.problems.length > 0, () => `the late subscriber caught up: ${late.values.length} of ${count}`, waitMs);
    return { waiting, eager, late, expected };
  } finally {
    for (const s of all) s.close();
  }
}
