/**
 * A relay of one partition (issue 13): a Durable Object named "topic/partition/index" that holds a share
 * of the partition's subscriber sockets and pushes each append to them, so a partition's subscribers are
 * not bounded by what one object can send. The Worker routes a partition's sockets to its relays when the
 * topic has some (EDGELOG_RELAYS, worker.ts); the relay speaks the same protocol on them.
 *
 * How a relay hears of appends: it is a subscriber of its partition, over one WebSocket it opens to the
 * partition object, through the same protocol and the same core session as any other subscriber. So the
 * partition object needs nothing of its own for relays: a relay is one more subscriber of its head pushes
 * (encoded once for all of them), receives each append once within the credit it grants, and resumes by
 * offset after a reconnect. (Pushing to relays over DO RPC would need the partition object to keep a list
 * of relays, retry each, and a relay to detect gaps: the subscription already does all three.) The cost:
 * that socket is not hibernatable on the relay's side, so a relay with subscribers stays in memory, as it
 * would anyway receiving every append.
 *
 * What a relay serves (core relay-log.ts): subscriptions and credit from what it received, older reads
 * (fetch, a subscriber resuming below its window) from the partition over that socket, and produce
 * forwarded to the partition object's append (the SDK keeps one socket per partition endpoint for both
 * producing and consuming, so a relay that refused produce would leave an SDK producer retrying forever).
 * Subscriptions survive the relay's eviction in their sockets' attachments, as on the partition object;
 * a relay that restarts subscribes again at the partition's end and its subscribers read the gap.
 */
import { matchesPattern } from "../core/auth.ts";
import type { ReadResult } from "../core/partition-log.ts";
import type { PartitionDO } from "./partition-do.ts";
import { relayFamily, RelayLog, type RelayCounts, type RelayUpstream } from "../core/relay-log.ts";
import type { SessionHost } from "../core/session.ts";
import { ErrorCode, ProtocolError, type ErrorCodeValue } from "../protocol/errors.ts";
import { decodeFrame, encodeFrame, LATEST_TIMESTAMP, type Frame, type pb } from "../protocol/frames.ts";
import { endOffsetOf } from "../protocol/record-batch.ts";
import { edgeSessionLimits } from "./edge-limits.ts";
import { edgeAuth, objectName, partitionObjectName, partitionStub, replicaStub, topicStub, type Env } from "./env.ts";
import { call } from "./rpc.ts";
import { faultsEnabled } from "./faults.ts";
import { FANOUT_LINGER, partitionSubscriptionCodec, RELAY_HEADER, SessionObject, SocketSessions } from "./socket-sessions.ts";

/** The Worker's bindings with the relay's (wrangler.toml: RELAY; the var EDGELOG_RELAYS, see relaysFor). */
export interface RelayEnv extends Env {
  RELAY: DurableObjectNamespace<RelayDO>;
  /**
   * Worker var: JSON of relays per topic, e.g. {"feed": 4} or {"*": 2}: every partition of such a topic is
   * served to clients by that many relay objects (each holding a share of its sockets). Unset: none.
   */
  EDGELOG_RELAYS?: string;
}

/**
 * Relays a topic's partitions have (EDGELOG_RELAYS), 0 for none: the count of the topic's own name, else of
 * the first pattern that matches it ("*" matches any run of characters, as in capability tokens).
 */
export function relaysFor(env: { EDGELOG_RELAYS?: string }, topic: string): number {
  const text = env.EDGELOG_RELAYS;
  if (!text) return 0;
  let table = parsedRelays?.text === text ? parsedRelays.table : null;
  if (!table) {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`EDGELOG_RELAYS must be a JSON object of topic → relay count, got ${text.slice(0, 64)}`);
    table = new Map();
    for (const [name, count] of Object.entries(value)) {
      if (!Number.isInteger(count) || count < 0 || count > RELAYS_PER_PARTITION_MAX) throw new Error(`EDGELOG_RELAYS: "${name}" needs 0..${RELAYS_PER_PARTITION_MAX} relays, got ${String(count)}`);
      table.set(name, count as number);
    }
    parsedRelays = { text, table };
  }
  const own = table.get(topic);
  if (own !== undefined) return own;
  for (const [pattern, count] of table) if (matchesPattern(pattern, topic)) return count;
  return 0;
}
let parsedRelays: { text: string; table: Map<string, number> } | null = null;

/** Relays per partition: each is an object of its own, and a socket per relay is a subscriber of the partition. */
export const RELAYS_PER_PARTITION_MAX = 64;

export function relayObjectName(topic: string, partition: number, index: number): string {
  return `${partitionObjectName(topic, partition)}/${index}`;
}

export function relayStub(env: RelayEnv, topic: string, partition: number, index: number): DurableObjectStub<RelayDO> {
  return env.RELAY.getByName(relayObjectName(topic, partition, index));
}

/**
 * The partition object a relay subscribes to and forwards produce to: the partition's one object, or for
 * a replicated topic its leader as the topic's controller names it (a relay is no replica: it follows
 * whichever replica leads, and resubscribes at its end when that changes).
 */
async function leaderStub(env: Env, topic: string, partition: number): Promise<DurableObjectStub<PartitionDO>> {
  const route = await call(topicStub(env, topic).route(partition));
  return route.leader === null ? partitionStub(env, topic, partition) : replicaStub(env, topic, partition, route.leader);
}

/** Credit the relay grants its subscription to the partition, bytes; granted again as pushes arrive. */
const UPSTREAM_CREDIT_BYTES = 4 * 1024 * 1024;
/** Waits before reconnecting to the partition object, ms (doubling up to the last). */
const RECONNECT_DELAYS_MS = [50, 200, 1000, 5000];
/** An answer from the partition object later than this fails the request (the socket is then replaced). */
const UPSTREAM_ANSWER_MS_MAX = 30_000;

export class RelayDO extends SessionObject {
  protected readonly sessions: SocketSessions;
  private readonly topic: string;
  private readonly partition: number;
  private readonly index: number;
  private readonly log: RelayLog;
  private upstream: Upstream | null = null;
  /** No client socket left: the subscription to the partition is closed and not renewed until one comes. */
  private idle = false;
  private connecting: Promise<Upstream> | null = null;
  private reconnectCount = 0;
  /** Where forwarded produce goes (leaderStub), asked once and again after a failure. */
  private leader: Promise<DurableObjectStub<PartitionDO>> | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const name = objectName(ctx) ?? "";
    const m = /^(.+)\/(\d+)\/(\d+)$/.exec(name);
    if (!m) throw new Error(`relay object name must be "topic/partition/index", got ${JSON.stringify(name)}`);
    this.topic = m[1]!;
    this.partition = Number(m[2]);
    this.index = Number(m[3]);
    const upstream: RelayUpstream = {
      read: async (offset, maxBytes) => (await this.connected()).read(offset, maxBytes),
      offsetForTimestamp: async (timestampMs) => (await this.connected()).listOffsets(timestampMs),
    };
    this.log = new RelayLog(this.topic, this.partition, upstream);
    this.sessions = new SocketSessions(ctx, this.sessionHost(), partitionSubscriptionCodec(this.topic, this.partition));
    this.sessions.restoreAll();
    // Subscribed to the partition before any client request is served: a subscribe checks its offset
    // against the partition's end, which the relay learns from that subscription.
    // A topic that does not exist (UNKNOWN_TOPIC) closes the relay's view: its requests are answered so.
    ctx.blockConcurrencyWhile(() => this.connected().then(noop, noop));
  }

  async fetch(request: Request): Promise<Response> {
    // A socket to a relay that went idle: subscribed again (from its end) before the socket is served.
    // A relay of a topic that did not exist looks again: it may have been created since.
    if (this.idle || this.log.isClosed) {
      this.idle = false;
      this.log.reopen();
      await this.connected().then(noop, noop);
    }
    return super.fetch(request);
  }

  webSocketClose(ws: WebSocket, code: number, reason: string): void {
    super.webSocketClose(ws, code, reason);
    this.closeIfIdle();
  }

  webSocketError(ws: WebSocket): void {
    super.webSocketError(ws);
    this.closeIfIdle();
  }

  // ---- RPC (tests, operators) -------------------------------------------------------------------------------

  /** What reached this relay from its partition, and the sockets it holds. */
  async stats(): Promise<RelayCounts & { sockets: number; highWatermark: number; upstreamConnects: number }> {
    return { ...this.log.counts, sockets: this.sessions.socketCount, highWatermark: this.log.highWatermark, upstreamConnects: this.reconnectCount };
  }

  /** Test-only (EDGELOG_FAULTS=1): drops the socket to the partition, as a partition restart does; the relay resubscribes at its end. */
  async dropUpstream(): Promise<void> {
    if (!faultsEnabled(this.env)) throw new Error("fault injection is off");
    this.upstream?.close();
  }

  /** Test-only (EDGELOG_FAULTS=1): the object restarts (its memory and sockets go; clients reconnect). */
  async restart(): Promise<void> {
    if (!faultsEnabled(this.env)) throw new Error("fault injection is off");
    this.ctx.abort("relay restart (test)");
  }

  // ---- internals ------------------------------------------------------------------------------------------

  private sessionHost(): SessionHost {
    const family = relayFamily(
      this.log,
      async (records) => {
        // Every produce waits on the same promise of the leader, so their appends go out in the order the
        // socket delivered them (calls on one stub arrive in the order they were made).
        this.leader ??= leaderStub(this.env, this.topic, this.partition);
        const leader = this.leader;
        try {
          const r = await call((await leader).append(records));
          return { baseOffset: r.baseOffset, logStartOffset: this.log.logStartOffset, duplicate: r.duplicate };
        } catch (err) {
          // The leader moved, or could not be asked: the next produce asks the controller again.
          if (this.leader === leader) this.leader = null;
          throw err;
        }
      },
      FANOUT_LINGER,
    );
    return { limits: edgeSessionLimits(this.env), brokerId: `edge/${this.topic}/${this.partition}/relay/${this.index}`, families: [family], auth: edgeAuth(this.env) };
  }

  /** The subscription to the partition, opened (again) when there is none. */
  private connected(): Promise<Upstream> {
    if (this.upstream && !this.upstream.isClosed) return Promise.resolve(this.upstream);
    this.connecting ??= this.subscribeUpstream().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async subscribeUpstream(): Promise<Upstream> {
    for (let attempt = 0; ; attempt++) {
      try {
        const up = await Upstream.open(this.env, this.topic, this.partition, this.log, () => this.upstreamClosed());
        this.reconnectCount++;
        this.upstream = up;
        return up;
      } catch (err) {
        if (err instanceof ProtocolError && err.code === ErrorCode.UNKNOWN_TOPIC) {
          this.log.close();
          throw err;
        }
        console.log(`edgelog: relay ${this.topic}/${this.partition}/${this.index}: subscription to the partition failed (${(err as Error)?.message ?? String(err)}), retrying`);
        await new Promise((r) => setTimeout(r, RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]));
      }
    }
  }

  /**
   * The last client socket went: the relay stops its subscription to the partition, so an unused relay
   * costs the partition nothing and can be evicted (a relay's socket to the partition is its own, so
   * the runtime would otherwise keep it in memory for as long as appends come).
   */
  private closeIfIdle(): void {
    if (this.ctx.getWebSockets().some((w) => w.readyState === WebSocket.OPEN)) return;
    this.idle = true;
    this.upstream?.close();
    this.log.forget();
  }

  private upstreamClosed(): void {
    this.upstream = null;
    if (this.log.isClosed || this.idle) return;
    // Subscribers wait meanwhile: the relay's end stays where it was and the new subscription starts there.
    void this.connected().catch(() => {});
  }
}

/**
 * The relay's socket to its partition object: one subscription from the relay's end, credit granted back
 * as pushes arrive, and requests (fetch, list offsets) with their answers matched by correlation id.
 */
class Upstream {
  private nextCorrelationId = 1;
  private readonly pending = new Map<number, { resolve: (f: DecodedAnswer) => void; reject: (e: unknown) => void; timer: ReturnType<typeof setTimeout> }>();
  private subscriptionId = -1;
  private unackedBytes = 0;
  private closed = false;

  private constructor(
    private readonly ws: WebSocket,
    private readonly topic: string,
    private readonly partition: number,
    private readonly log: RelayLog,
    private readonly onClosed: () => void,
  ) {}

  static async open(env: Env, topic: string, partition: number, log: RelayLog, onClosed: () => void): Promise<Upstream> {
    const res = await (await leaderStub(env, topic, partition)).fetch("https://relay.internal/", { headers: { Upgrade: "websocket", [RELAY_HEADER]: "1" } });
    const ws = res.webSocket;
    if (!ws) throw new Error(`the partition object answered ${res.status} to the relay's socket`);
    ws.binaryType = "arraybuffer";
    ws.accept();
    const up = new Upstream(ws, topic, partition, log, onClosed);
    ws.addEventListener("message", (e) => up.message(e.data));
    ws.addEventListener("close", () => up.gone(new ProtocolError(ErrorCode.SHUTTING_DOWN, "the relay's socket to its partition closed")));
    ws.addEventListener("error", () => up.gone(new ProtocolError(ErrorCode.SHUTTING_DOWN, "the relay's socket to its partition failed")));
    try {
      // From the relay's end; a relay that knows none (first start, or restarted) starts at the partition's.
      const from = log.isKnown ? log.highWatermark : (await up.request({ listOffsetsRequest: { topic, partition, timestamp: LATEST_TIMESTAMP } })).listOffsetsResponse!.offset;
      const answer = (await up.request({ subscribeRequest: { topic, partition, offset: Number(from), creditBytes: UPSTREAM_CREDIT_BYTES } })).subscribeResponse!;
      up.subscriptionId = answer.subscriptionId!;
      log.subscribed(Number(answer.highWatermark), Number(answer.logStartOffset));
    } catch (err) {
      up.close();
      throw err;
    }
    return up;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async read(offset: number, maxBytes: number): Promise<ReadResult> {
    const f = (await this.request({ fetchRequest: { topic: this.topic, partition: this.partition, offset, maxBytes } })).fetchResponse!;
    const records = f.records ?? new Uint8Array(0);
    return { records, nextOffset: endOffsetOf(records, offset), highWatermark: Number(f.highWatermark), logStartOffset: Number(f.logStartOffset) };
  }

  async listOffsets(timestampMs: number): Promise<number> {
    return Number((await this.request({ listOffsetsRequest: { topic: this.topic, partition: this.partition, timestamp: timestampMs } })).listOffsetsResponse!.offset);
  }

  close(): void {
    try {
      this.ws.close(1000, "relay done");
    } catch {
      // already closed
    }
    this.gone(new ProtocolError(ErrorCode.SHUTTING_DOWN, "the relay's socket to its partition closed"));
  }

  private request(body: Frame): Promise<DecodedAnswer> {
    if (this.closed) return Promise.reject(new ProtocolError(ErrorCode.SHUTTING_DOWN, "the relay's socket to its partition is closed"));
    const correlationId = this.nextCorrelationId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(correlationId);
        reject(new ProtocolError(ErrorCode.TIMEOUT, `the partition did not answer the relay in ${UPSTREAM_ANSWER_MS_MAX} ms`));
        this.close();
      }, UPSTREAM_ANSWER_MS_MAX);
      this.pending.set(correlationId, { resolve, reject, timer });
      this.ws.send(encodeFrame({ ...body, correlationId }));
    });
  }

  private message(data: unknown): void {
    if (!(data instanceof ArrayBuffer)) return;
    const f = decodeFrame(new Uint8Array(data));
    if (f.push) {
      const p = f.push as pb.Push;
      if (p.subscriptionId !== this.subscriptionId) return;
      const records = p.records;
      this.log.received(records, Number(p.nextOffset));
      this.unackedBytes += records.byteLength;
      if (this.unackedBytes >= UPSTREAM_CREDIT_BYTES / 2) {
        this.ws.send(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: this.subscriptionId, creditBytes: this.unackedBytes } }));
        this.unackedBytes = 0;
      }
      return;
    }
    if (f.subscriptionEnd) {
      const e = (f.subscriptionEnd as pb.SubscriptionEnd).error;
      if (e?.code === ErrorCode.UNKNOWN_TOPIC) this.log.close();
      this.close();
      return;
    }
    const waiter = this.pending.get(f.correlationId);
    if (!waiter) return;
    this.pending.delete(f.correlationId);
    clearTimeout(waiter.timer);
    if (f.error && f.error.code) waiter.reject(new ProtocolError(f.error.code as ErrorCodeValue, f.error.message ?? ""));
    else waiter.resolve(f as DecodedAnswer);
  }

  private gone(err: ProtocolError): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.pending.values()) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.pending.clear();
    this.onClosed();
  }
}

type DecodedAnswer = ReturnType<typeof decodeFrame>;

function noop(): void {}
