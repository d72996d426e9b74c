/**
 * Produce quotas and connection bounds: token buckets per connection and per principal (a token's `sub`),
 * and a count of each principal's connections. Pure: time comes from the clock the host gives, so tests
 * move it by hand. One Quotas per host: the Node broker has one for the whole process; at the edge each
 * Durable Object has its own (it sees only its own sockets), so there a principal's bounds are per object.
 *
 * A bucket holds `burstMs` of its rate when full. A request passes while every bucket it draws on holds
 * more than zero, and takes its cost even below zero: a batch bigger than a bucket still goes through
 * once, and the debt it leaves is paid back by time. A request that finds an empty bucket takes nothing
 * and is answered THROTTLED with the time until the emptiest bucket is positive again (retry_after_ms).
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { DecodedFrame } from "../protocol/frames.ts";
import type { Limits } from "../protocol/limits.ts";
import type { Clock } from "./clock.ts";

/** Idle principals looked at per join, leave or HTTP produce (see forgetRefilled). */
const IDLE_CHECKS_PER_CALL = 4;

/** WebSocket close code for a connection refused by a bound (RFC 6455 1008, policy violation). */
export const CLOSE_LIMIT_EXCEEDED = 1008;

export class TokenBucket {
  private tokens: number;
  private lastMs: number;
  private readonly capacity: number;

  /**
   * @param ratePerSecond units refilled per second (> 0)
   * @param burstMs the bucket holds this many ms of its rate when full (it starts full)
   */
  constructor(
    private readonly ratePerSecond: number,
    burstMs: number,
    nowMs: number,
  ) {
    if (!(ratePerSecond > 0) || !(burstMs > 0)) throw new Error(`a token bucket needs a positive rate and burst, got ${ratePerSecond}/s over ${burstMs} ms`);
    this.capacity = (ratePerSecond * burstMs) / 1000;
    this.tokens = this.capacity;
    this.lastMs = nowMs;
  }

  /** Milliseconds until the bucket is positive again; 0 when a request may pass now. */
  waitMs(nowMs: number): number {
    this.refill(nowMs);
    if (this.tokens > 0) return 0;
    // The first whole ms at which refill() makes it strictly positive: at exactly -tokens / rate it is at zero,
    // still empty, and the division may round down across an integer (then one ms more).
    let ms = Math.floor((-this.tokens * 1000) / this.ratePerSecond) + 1;
    while (this.tokens + (ms * this.ratePerSecond) / 1000 <= 0) ms++;
    return ms;
  }

  /** Takes `amount` (call waitMs first: take does not check). */
  take(amount: number, nowMs: number): void {
    this.refill(nowMs);
    this.tokens -= amount;
  }

  /** Full again: nothing is owed and the burst is back (the principal's entry may then be forgotten). */
  isFull(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= this.capacity;
  }

  private refill(nowMs: number): void {
    // A clock that steps back (NTP) refills nothing rather than draining.
    const elapsedMs = Math.max(0, nowMs - this.lastMs);
    this.lastMs = Math.max(this.lastMs, nowMs);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs * this.ratePerSecond) / 1000);
  }
}

/** A produce budget: bytes and requests. */
class ProduceBudget {
  readonly bytes: TokenBucket;
  readonly requests: TokenBucket;
  constructor(bytesPerSecond: number, requestsPerSecond: number, burstMs: number, nowMs: number) {
    this.bytes = new TokenBucket(bytesPerSecond, burstMs, nowMs);
    this.requests = new TokenBucket(requestsPerSecond, burstMs, nowMs);
  }
}

interface Principal {
  connections: number;
  budget: ProduceBudget;
}

export type QuotaLimits = Pick<
  Limits,
  | "produceBytesPerSecondPerConnection"
  | "produceRequestsPerSecondPerConnection"
  | "produceBytesPerSecondPerPrincipal"
  | "produceRequestsPerSecondPerPrincipal"
  | "produceBurstMs"
  | "connectionsPerPrincipalMax"
  | "throttledBatchHoldMs"
>;

/** What one host counts: its principals' connections and produce budgets. */
export class Quotas {
  private readonly principals = new Map<string, Principal>();
  /**
   * Principals whose last connection closed, kept until their buckets are full again: forgetting one in
   * debt would let it reconnect to a full budget. Few and short-lived (a second of burst, or the debt).
   */
  private readonly idle = new Set<string>();
  /** For operators and tests: produce requests answered THROTTLED, connections refused by the bound. */
  throttledCount = 0;
  refusedConnectionCount = 0;

  constructor(
    readonly limits: QuotaLimits,
    readonly clock: Clock,
  ) {}

  /** A new connection's quota (its own budget; a principal's too once a token names one). */
  connection(): ConnectionQuota {
    return new ConnectionQuota(this);
  }

  /** Principals tracked now: those with connections, and idle ones still refilling. */
  get principalCount(): number {
    return this.principals.size;
  }

  /** @internal Counts one more connection of `sub`; LIMIT_EXCEEDED (close code 1008) at the bound. */
  join(sub: string): Principal {
    const l = this.limits;
    this.forgetRefilled();
    let p = this.principals.get(sub);
    if (p && p.connections >= l.connectionsPerPrincipalMax) {
      this.refusedConnectionCount++;
      throw new ProtocolError(ErrorCode.LIMIT_EXCEEDED, `"${sub.slice(0, 64)}" already holds ${p.connections} connections here, the most one principal may (${l.connectionsPerPrincipalMax}); close one`, {
        closeCode: CLOSE_LIMIT_EXCEEDED,
      });
    }
    if (!p) {
      p = this.newPrincipal();
      this.principals.set(sub, p);
    }
    this.idle.delete(sub);
    p.connections++;
    return p;
  }

  /**
   * An HTTP produce of `bytes` by `sub`. There is no connection, so only the principal's budget applies,
   * and no hold: an HTTP client has its answer before it sends the next request. THROTTLED (429 with
   * Retry-After) when spent.
   */
  produceHttp(sub: string, bytes: number): void {
    this.forgetRefilled();
    let p = this.principals.get(sub);
    if (!p) {
      p = this.newPrincipal();
      this.principals.set(sub, p);
      this.idle.add(sub);
    }
    const now = this.clock();
    const budget = p.budget;
    const waitMs = Math.max(budget.bytes.waitMs(now), budget.requests.waitMs(now));
    if (waitMs > 0) {
      this.throttledCount++;
      throw new ProtocolError(ErrorCode.THROTTLED, `produce quota of "${sub.slice(0, 64)}" spent; retry after ${waitMs} ms`, { retryAfterMs: waitMs });
    }
    budget.bytes.take(bytes, now);
    budget.requests.take(1, now);
  }

  private newPrincipal(): Principal {
    const l = this.limits;
    return { connections: 0, budget: new ProduceBudget(l.produceBytesPerSecondPerPrincipal, l.produceRequestsPerSecondPerPrincipal, l.produceBurstMs, this.clock()) };
  }

  /** @internal */
  leave(sub: string, p: Principal): void {
    p.connections--;
    if (p.connections === 0) this.idle.add(sub);
    this.forgetRefilled();
  }

  /**
   * Forgets idle principals whose budget is full again. A few of the oldest per call (one still refilling
   * goes to the back), so a call costs O(1) however many principals produced lately over HTTP.
   */
  private forgetRefilled(): void {
    if (this.idle.size === 0) return;
    const now = this.clock();
    let looked = 0;
    for (const sub of this.idle) {
      if (looked++ >= IDLE_CHECKS_PER_CALL) break;
      this.idle.delete(sub);
      const p = this.principals.get(sub)!;
      if (p.budget.bytes.isFull(now) && p.budget.requests.isFull(now)) this.principals.delete(sub);
      else this.idle.add(sub);
    }
  }
}

/** One connection's share: its own budget, and its principal's once a verified token names one. */
export class ConnectionQuota {
  private readonly own: ProduceBudget;
  private sub: string | null = null;
  private principal: Principal | null = null;
  private closed = false;
  /** The last refused batch, which must pass before any other produce request of this connection. */
  private held: { bytes: number; crc: number; readyMs: number; untilMs: number } | null = null;

  constructor(private readonly quotas: Quotas) {
    const l = quotas.limits;
    this.own = new ProduceBudget(l.produceBytesPerSecondPerConnection, l.produceRequestsPerSecondPerConnection, l.produceBurstMs, quotas.clock());
  }

  /**
   * The connection's verified token names `sub`: count the connection for it (a new hello with the same
   * subject keeps the count; another subject moves it). Throws LIMIT_EXCEEDED (closeCode 1008) when the
   * principal already holds its bound; the connection then has no principal.
   */
  admit(sub: string): void {
    if (this.closed || sub === this.sub) return;
    this.release();
    this.principal = this.quotas.join(sub);
    this.sub = sub;
  }

  /**
   * A produce request with these record batch bytes: passes (and takes its cost from every budget), or
   * throws THROTTLED with retryAfterMs, the time until every budget it draws on is positive again.
   *
   * Order: batches the client sent behind a refused one are already on their way, and storing them would
   * put them ahead of it when it is resent. So after a refusal every later produce request of the
   * connection is refused too, until the refused batch (same length and CRC) comes back, or until
   * throttledBatchHoldMs after its hint for a client that dropped it.
   */
  produce(records: Uint8Array): void {
    const now = this.quotas.clock();
    let held = this.held;
    if (held && now >= held.untilMs) held = this.held = null;
    if (held && !(held.bytes === records.byteLength && held.crc === batchCrc(records))) {
      this.quotas.throttledCount++;
      const waitMs = Math.max(1, (held.readyMs > now ? held.readyMs : held.untilMs) - now);
      throw new ProtocolError(ErrorCode.THROTTLED, `an earlier produce request of this connection was throttled and must be resent first (order); retry after ${waitMs} ms`, { retryAfterMs: waitMs });
    }
    const own = this.own;
    const p = this.principal?.budget;
    const waitMs = Math.max(own.bytes.waitMs(now), own.requests.waitMs(now), p ? p.bytes.waitMs(now) : 0, p ? p.requests.waitMs(now) : 0);
    if (waitMs > 0) {
      this.quotas.throttledCount++;
      this.held = { bytes: records.byteLength, crc: batchCrc(records), readyMs: now + waitMs, untilMs: now + waitMs + this.quotas.limits.throttledBatchHoldMs };
      const who = this.sub === null ? "this connection" : `"${this.sub.slice(0, 64)}"`;
      throw new ProtocolError(ErrorCode.THROTTLED, `produce quota of ${who} spent; retry after ${waitMs} ms`, { retryAfterMs: waitMs });
    }
    this.held = null;
    const bytes = records.byteLength;
    own.bytes.take(bytes, now);
    own.requests.take(1, now);
    if (p) {
      p.bytes.take(bytes, now);
      p.requests.take(1, now);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.release();
  }

  private release(): void {
    if (this.principal && this.sub !== null) this.quotas.leave(this.sub, this.principal);
    this.principal = null;
    this.sub = null;
  }
}

/** How the hold recognises a batch again, with its length: its CRC-32C (bytes 17-20 of RecordBatch v2). */
function batchCrc(b: Uint8Array): number {
  return b.byteLength >= 21 ? ((b[17]! << 24) | (b[18]! << 16) | (b[19]! << 8) | b[20]!) >>> 0 : 0;
}

/** The bounds a deployment's operator sets as one JSON object (serve --quotas, the Worker var EDGELOG_QUOTAS). */
export const quotaNames = [
  "produceBytesPerSecondPerConnection",
  "produceRequestsPerSecondPerConnection",
  "produceBytesPerSecondPerPrincipal",
  "produceRequestsPerSecondPerPrincipal",
  "produceBurstMs",
  "connectionsPerPrincipalMax",
  "throttledBatchHoldMs",
] as const satisfies readonly (keyof Limits)[];

/**
 * Parses quota overrides: a JSON object of positive numbers keyed by quotaNames ({} when absent). Throws,
 * naming `source` and the problem, rather than run with quotas nobody chose.
 */
export function parseQuotas(json: string | undefined, source: string): Partial<Limits> {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${source} is not JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${source} must be a JSON object`);
  const out: Partial<Limits> = {};
  for (const [name, v] of Object.entries(value)) {
    if (!(quotaNames as readonly string[]).includes(name)) throw new Error(`${source}: unknown key "${name}" (one of ${quotaNames.join(", ")})`);
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) throw new Error(`${source}: ${name} must be a positive number`);
    out[name as (typeof quotaNames)[number]] = v;
  }
  return out;
}

/**
 * Bounds on one request's lists, checked before anything walks them (the capability check, a family):
 * partitions named per request (limits.partitionsPerRequestMax) in offset commits and fetches and in a
 * heartbeat's owned list. INVALID_REQUEST: the request as formed can never pass; split it. (Topics per
 * metadata request are bounded by metadataTopicsMax where the admin family and the HTTP route read them.)
 */
export function checkRequestBounds(frame: DecodedFrame, l: Pick<Limits, "partitionsPerRequestMax">): void {
  let count = 0;
  let what = "";
  switch (frame.body) {
    case "offsetCommitRequest":
      count = frame.offsetCommitRequest!.offsets?.length ?? 0;
      what = "offsets";
      break;
    case "offsetFetchRequest":
      count = partitionCount(frame.offsetFetchRequest!.partitions);
      what = "partitions";
      break;
    case "groupHeartbeatRequest":
      count = partitionCount(frame.groupHeartbeatRequest!.owned?.topics);
      what = "owned partitions";
      break;
    default:
      return;
  }
  const max = l.partitionsPerRequestMax;
  if (count > max) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `a request may name at most ${max} partitions, this one has ${count} ${what}; split it`);
}

/** Partitions in a list of topic entries; an entry with none still counts one (it is work to read). */
function partitionCount(list: readonly { partitions?: readonly number[] | null }[] | null | undefined): number {
  let n = 0;
  for (const tp of list ?? []) n += Math.max(1, tp.partitions?.length ?? 0);
  return n;
}
