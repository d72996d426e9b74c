/**
 * What the broker may hold for one connection, and what happens past it. A client that stops reading (or
 * reads slower than it asks) must not grow the broker's memory: everything the broker makes for a client
 * is either on the socket's send queue, in a read that will land there, or a request waiting to be served,
 * and each of the three is bounded here (limits in src/protocol/limits.ts).
 *
 * - Room for reads: the socket's queue plus the bytes reserved by reads in flight (pushes and fetches)
 *   stays under sendQueueBytesMax. A read reserves its maxBytes (at least pushBytesMax) before it starts,
 *   so at most a few reads are in flight and the queue passes the bound by what they return (a read
 *   returns at least one whole batch). A fetch without room waits for it, in order, without holding up
 *   the requests behind it.
 * - Requests are served in arrival order while the socket's queue is under sendQueueBytesMax and fewer
 *   than requestsInFlightMax are in service (answers not yet queued). Otherwise they wait here, in order,
 *   up to heldRequestBytesMax (one frame always may wait); past that the socket is closed (1008): a client
 *   that pipelines requests without reading answers. (uWS 20.30 cannot stop reading a socket, so waiting
 *   requests are held rather than left in the kernel.)
 * - A queue over sendQueueBytesMax with no drain for stalledSendMsMax: the client stopped reading; the
 *   socket is closed (1013) and what was queued for it is freed. The host calls checkStalled on a timer.
 * - malformedFramesMax frames in a row that do not decode close the socket (1008): garbage, not a client.
 *
 * At the edge the runtime reports no queue (bufferedBytes is 0), so only the reservations, the requests in
 * service and the credit (creditBytesMax) bound what an object makes for a socket.
 */
import type { Limits } from "../protocol/limits.ts";

export interface SendFlowHooks {
  /** Serve this message now (binary frame or text). */
  serve(message: Uint8Array | string): void;
  /** A push was refused for want of room and room is back: wake the families' pushes. */
  resume(): void;
  /** A bound was passed: close the socket with this WebSocket code and end the session. */
  close(code: number, reason: string): void;
}

/** A request in service: what it reserved is held until its answer is queued (done). */
export interface RequestTicket {
  /** Reserves room for an answer about to be read (a fetch); resolves once there is room and it is held. */
  reserve(bytes: number): Promise<void>;
  done(): void;
}

/** WebSocket close codes: 1008 policy violation (the client broke a bound), 1013 try again later. */
export const CLOSE_POLICY = 1008;
export const CLOSE_TRY_AGAIN_LATER = 1013;

export class SendFlow {
  private reservedBytes = 0;
  private inFlightCount = 0;
  /** Requests waiting for room, in arrival order: held[heldHead..] (a head index, so taking one is O(1)). */
  private held: (Uint8Array | string)[] = [];
  private heldHead = 0;
  private heldBytes = 0;
  /** Reads (fetches) waiting for room, in arrival order: each reserves its bytes when called. */
  private readWaiters: (() => void)[] = [];
  /** A push was refused for want of room: resume the families when room comes back. */
  private starved = false;
  private stalledSinceMs: number | null = null;
  private malformedCount = 0;
  private serving = false;
  private closed = false;

  constructor(
    private readonly limits: Limits,
    private readonly queuedBytes: () => number,
    private readonly hooks: SendFlowHooks,
  ) {}

  /** A message arrived: served now when there is room and nothing waits before it, else held in order. */
  arrive(message: Uint8Array | string): void {
    if (this.closed) return;
    if (this.held.length === this.heldHead && this.mayServe()) {
      this.hooks.serve(message);
      return;
    }
    const bytes = sizeOf(message);
    if (this.heldBytes > 0 && this.heldBytes + bytes > this.limits.heldRequestBytesMax) {
      this.fail(CLOSE_POLICY, `requests held past ${this.limits.heldRequestBytesMax} bytes: read the answers`);
      return;
    }
    this.held.push(message);
    this.heldBytes += bytes;
  }

  /** May a push's read start now? When not, the families are resumed once there is room. */
  mayPush(): boolean {
    if (this.closed) return false;
    if (this.hasRoom()) return true;
    this.starved = true;
    return false;
  }

  /** Reserves room for a push being read; the returned function releases it (after the push is queued). */
  reservePush(bytes: number): () => void {
    this.reservedBytes += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.reservedBytes -= bytes;
      this.roomChanged();
    };
  }

  /** A request goes into service (call done once its answer is queued, or when it has none). */
  startRequest(): RequestTicket {
    this.inFlightCount++;
    let reserved = 0;
    let finished = false;
    const take = (bytes: number) => {
      reserved += bytes;
      this.reservedBytes += bytes;
    };
    return {
      reserve: (bytes) => {
        if (finished || this.closed) return Promise.resolve();
        if (this.readWaiters.length === 0 && this.hasRoom()) {
          take(bytes);
          return Promise.resolve();
        }
        return new Promise<void>((resolve) => this.readWaiters.push(() => (finished ? undefined : take(bytes), resolve())));
      },
      done: () => {
        if (finished) return;
        finished = true;
        this.inFlightCount--;
        this.reservedBytes -= reserved;
        this.roomChanged();
      },
    };
  }

  /** The transport wrote some of its queue (the client reads): not stalled; serve and push what waited. */
  drained(): void {
    this.stalledSinceMs = null;
    this.roomChanged();
  }

  /** A frame that does not decode; past malformedFramesMax in a row the socket is closed. */
  malformed(): void {
    if (++this.malformedCount >= this.limits.malformedFramesMax) this.fail(CLOSE_POLICY, `${this.malformedCount} malformed frames in a row`);
  }

  wellFormed(): void {
    this.malformedCount = 0;
  }

  /**
   * Closes the socket if its queue has been over sendQueueBytesMax, with no drain, for stalledSendMsMax
   * (seen over the bound at two calls that far apart). Returns true when it closed it.
   */
  checkStalled(nowMs: number): boolean {
    if (this.closed) return false;
    if (this.queuedBytes() <= this.limits.sendQueueBytesMax) {
      this.stalledSinceMs = null;
      return false;
    }
    if (this.stalledSinceMs === null) {
      this.stalledSinceMs = nowMs;
      return false;
    }
    if (nowMs - this.stalledSinceMs < this.limits.stalledSendMsMax) return false;
    this.fail(CLOSE_TRY_AGAIN_LATER, `not read for ${this.limits.stalledSendMsMax} ms with ${this.limits.sendQueueBytesMax} bytes queued`);
    return true;
  }

  /** The session ended: drop what waits. */
  close(): void {
    this.closed = true;
    this.readWaiters = [];
    this.held = [];
    this.heldHead = 0;
    this.heldBytes = 0;
  }

  private hasRoom(): boolean {
    return this.queuedBytes() + this.reservedBytes < this.limits.sendQueueBytesMax;
  }

  private mayServe(): boolean {
    return this.inFlightCount < this.limits.requestsInFlightMax && this.queuedBytes() < this.limits.sendQueueBytesMax;
  }

  private roomChanged(): void {
    if (this.closed) return;
    this.serveHeld();
    while (this.readWaiters.length > 0 && !this.closed && this.hasRoom()) this.readWaiters.shift()!();
    if (this.starved && !this.closed && this.hasRoom()) {
      this.starved = false;
      this.hooks.resume();
    }
  }

  /** Serves waiting requests in order while there is room (re-entered from a request's done: no-op). */
  private serveHeld(): void {
    if (this.serving) return;
    this.serving = true;
    try {
      while (this.heldHead < this.held.length && !this.closed && this.mayServe()) {
        const message = this.held[this.heldHead]!;
        this.held[this.heldHead++] = "";
        this.heldBytes -= sizeOf(message);
        if (this.heldHead === this.held.length) {
          this.held = [];
          this.heldHead = 0;
        } else if (this.heldHead >= 1024 && this.heldHead * 2 >= this.held.length) {
          this.held = this.held.slice(this.heldHead);
          this.heldHead = 0;
        }
        this.hooks.serve(message);
      }
    } finally {
      this.serving = false;
    }
  }

  private fail(code: number, reason: string): void {
    if (this.closed) return;
    this.close();
    this.hooks.close(code, reason);
  }
}

function sizeOf(message: Uint8Array | string): number {
  return typeof message === "string" ? message.length : message.byteLength;
}
