/**
 * One WebSocket to one endpoint, shared by every producer, consumer and admin call that talks to it.
 *
 * - Requests carry a correlation id; answers resolve the matching pending entry (or reject it with the class
 *   of the wire error). Each request has its own timeout (requestTimeoutMs).
 * - Pushes (correlation id 0) are dispatched to the handler registered for their subscription id. The
 *   handler is registered synchronously when the SubscribeResponse arrives, because `ws` may deliver several
 *   messages in one tick, before any promise continuation runs.
 * - When the socket drops, every request not yet answered rejects with a retriable ConnectionError (the
 *   broker may or may not have run it), and the connection reopens with exponential backoff and jitter.
 *   `onOpen` listeners run on every open, before queued frames go out, so consumers can resubscribe.
 * - Backpressure: frames issued while connecting, or while the socket's bufferedAmount is over the high
 *   water mark, wait in a bounded queue; `writable()` resolves when the caller may send more. Callers that
 *   ignore it get an error once the queue is full instead of unbounded memory.
 *
 * Browser-safe: only the standard WebSocket API (injected, so Node can pass the `ws` package).
 */
// The table-driven codec, not protobufjs's static code: a few KB in the browser bundle (compact-frames.ts).
import { decodeFrame, encodeFrame, PROTOCOL_VERSION } from "../src/protocol/compact-frames.ts";
import type { DecodedFrame, Frame, pb } from "../src/protocol/frames.ts";
import * as defaultLimits from "../src/protocol/limits.ts";
import { AuthError, ClosedError, ConnectionError, EdgelogError, errorFromWire, TimeoutError } from "./errors.ts";

/** The subset of the standard WebSocket that the SDK uses. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: any) => void) | null;
  onclose: ((ev: any) => void) | null;
  onerror: ((ev: any) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ReconnectOptions {
  /** First delay after a drop, ms. Default 100. */
  initialDelayMs?: number;
  /** Largest delay, ms. Default 5000. */
  maxDelayMs?: number;
  /** Growth per failed attempt. Default 2. */
  multiplier?: number;
  /** Fraction of each delay that is random (0 = none, 1 = "full jitter"). Default 0.5. */
  jitter?: number;
  /** Random source in [0, 1), injectable for tests. Default Math.random. */
  random?: () => number;
  /** Replaces the whole delay computation (attempt counts from 0). */
  delayMs?: (attempt: number) => number;
}

export interface ConnectionOptions {
  url: string;
  WebSocket: WebSocketConstructor;
  clientId?: string;
  /** Per-request timeout, ms. Default 30 000. */
  requestTimeoutMs?: number;
  /** `false` disables reconnecting. */
  reconnect?: ReconnectOptions | false;
  /** Bytes (queued + socket bufferedAmount) above which writable() waits. Default 8 MiB. */
  highWaterMarkBytes?: number;
  /** Hard bound of the send queue; a frame that does not fit is rejected. Default 64 MiB. */
  sendQueueBytesMax?: number;
  /** Diagnostics (unanswered error frames, reconnects). Default: none. */
  log?: (line: string) => void;
  /**
   * After this long without a message the client sends a text "ping" (answered "pong" by the broker, and
   * at the edge by the runtime without waking the object); after twice this long it drops the socket and
   * reconnects. Keeps idle sockets alive through proxies and notices dead peers. ms, default 30 000;
   * 0 = off.
   */
  heartbeatMs?: number;
  /**
   * The capability token sent in every hello (read again at each hello, so a refreshed token is used on
   * reconnect). Default: none (a broker with auth off). `tokens` replaces it.
   */
  token?: () => string | undefined;
  /**
   * Where hello tokens come from when they may have to be fetched (the SDK's TokenSource, shared by every
   * socket of a client): a new socket waits for its token before it opens, and a request refused with
   * "token expired" gets a new token, a new hello, and is sent once more.
   */
  tokens?: HelloTokens;
}

/** The tokens of one client as its connections use them (client/token-source.ts). */
export interface HelloTokens {
  /** The token for the hello of a socket being opened (`reconnect`: it was open before, or failed). */
  forHello(reconnect: boolean): string | undefined | Promise<string | undefined>;
  /** The token now, for a refresh hello on an open socket. */
  current(): string | undefined;
  /** A fresh token after a "token expired" refusal; null when there is no way to get one. */
  renew(): Promise<string> | null;
}

/** What the broker said in its HelloResponse (or the defaults when it said nothing). */
export interface BrokerInfo {
  brokerId: string;
  protocolVersion: number;
  recordBytesMax: number;
  batchBytesMax: number;
  frameBytesMax: number;
  fetchBytesMax: number;
}

export interface SubscriptionHandler {
  onPush(push: pb.Push): void;
  onEnd(end: pb.SubscriptionEnd): void;
}

export interface RequestOptions {
  timeoutMs?: number;
  /** Runs synchronously with the successful answer, before the promise resolves. */
  onResponse?: (frame: DecodedFrame) => void;
}

interface Pending {
  resolve(frame: DecodedFrame): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
  onResponse?: (frame: DecodedFrame) => void;
}

interface Queued {
  bytes: Uint8Array;
  /** 0 for frames that expect no answer. */
  correlationId: number;
}

const WS_OPEN = 1;
/** How often writable() re-checks bufferedAmount; the WebSocket API has no drain event. */
const DRAIN_POLL_MS = 2;
/** How long close() waits for the close handshake. */
const CLOSE_WAIT_MS = 1000;

type State = "idle" | "connecting" | "open" | "waiting" | "closed";

export class Connection {
  readonly url: string;
  readonly #WS: WebSocketConstructor;
  readonly #clientId: string;
  readonly #requestTimeoutMs: number;
  readonly #reconnect: ReconnectOptions | false;
  readonly #highWaterMarkBytes: number;
  readonly #sendQueueBytesMax: number;
  readonly #log: (line: string) => void;

  #state: State = "idle";
  private ws: WebSocketLike | null = null;
  #attempt = 0;
  /**
   * The broker refused this socket's hello with a retriable error (LIMIT_EXCEEDED: its principal holds all
   * the connections it may; TIMEOUT: it could not fetch its key set) and the socket goes: requests in flight
   * fail with that error, not a ConnectionError, and the reconnect backoff keeps growing across such
   * refusals (each socket did open, which resets `attempt`).
   */
  #refusal: EdgelogError | null = null;
  #refusedHellos = 0;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  #nextCorrelationId = 1;
  readonly #pending = new Map<number, Pending>();
  #queue: Queued[] = [];
  #queuedBytes = 0;
  readonly #subscriptions = new Map<number, SubscriptionHandler>();
  readonly #openListeners = new Set<(generation: number) => void>();
  readonly #closeListeners = new Set<(generation: number) => void>();
  readonly #groupChangedListeners = new Set<(change: pb.GroupChanged) => void>();
  #writableWaiters: (() => void)[] = [];
  #drainTimer: ReturnType<typeof setTimeout> | null = null;
  #openWaiters: { resolve(): void; reject(err: Error): void }[] = [];
  #info: BrokerInfo | null = null;
  #infoWaiters: ((info: BrokerInfo) => void)[] = [];
  /** Counts socket opens; listeners use it to tell a fresh socket from a stale one. */
  generation = 0;

  constructor(options: ConnectionOptions) {
    this.url = options.url;
    this.#WS = options.WebSocket;
    this.#clientId = options.clientId ?? "edgelog-js";
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#reconnect = options.reconnect ?? {};
    this.#highWaterMarkBytes = options.highWaterMarkBytes ?? 8 * 1024 * 1024;
    this.#sendQueueBytesMax = options.sendQueueBytesMax ?? 64 * 1024 * 1024;
    this.#log = options.log ?? (() => {});
    this.#heartbeatMs = options.heartbeatMs ?? 30_000;
    const token = options.token ?? (() => undefined);
    this.#tokens = options.tokens ?? { forHello: token, current: token, renew: () => null };
  }

  readonly #tokens: HelloTokens;
  /** Counts openSocket calls: an answer from the token source for an older attempt is dropped. */
  #openAttempt = 0;

  /**
   * Sends the current token in a new hello on this open socket (a refresh before expiry, without
   * reconnecting); resolves when the broker accepted it, rejects with AuthError when it refused it. A
   * socket that is not open sends it in its next hello anyway.
   */
  async refreshToken(): Promise<void> {
    if (this.#state !== "open") return;
    await this.#requestOnce(this.#helloEncoder(this.#tokens.current()), {});
  }

  /** A hello carrying `token`. */
  #helloEncoder(token: string | undefined): (correlationId: number) => Uint8Array {
    return (correlationId) => encodeFrame({ correlationId, helloRequest: { protocolVersion: PROTOCOL_VERSION, clientId: this.#clientId, token: token ?? "" } });
  }

  readonly #heartbeatMs: number;
  #heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  #lastReceiveMs = 0;

  #startHeartbeat(ws: WebSocketLike): void {
    this.#stopHeartbeat();
    this.#lastReceiveMs = Date.now();
    if (this.#heartbeatMs <= 0) return;
    const timer = setInterval(() => {
      if (this.ws !== ws) return this.#stopHeartbeat();
      const idleMs = Date.now() - this.#lastReceiveMs;
      if (idleMs >= 2 * this.#heartbeatMs) ws.close(4000, "heartbeat timeout");
      else if (idleMs >= this.#heartbeatMs) ws.send("ping");
    }, this.#heartbeatMs / 2);
    // Node: a heartbeat alone must not keep the process alive.
    (timer as { unref?: () => void }).unref?.();
    this.#heartbeatTimer = timer;
  }

  #stopHeartbeat(): void {
    if (this.#heartbeatTimer !== null) clearInterval(this.#heartbeatTimer);
    this.#heartbeatTimer = null;
  }

  get isOpen(): boolean {
    return this.#state === "open";
  }

  get isClosed(): boolean {
    return this.#state === "closed";
  }

  /** Opens the socket if nothing has opened it yet. */
  connect(): void {
    if (this.#state === "idle") this.#openSocket();
  }

  /** Resolves when the socket is open (connecting if needed); rejects if the connection is closed. */
  whenOpen(): Promise<void> {
    if (this.#state === "open") return Promise.resolve();
    if (this.#state === "closed") return Promise.reject(new ClosedError());
    this.connect();
    return new Promise((resolve, reject) => this.#openWaiters.push({ resolve, reject }));
  }

  /** The broker's limits from the latest HelloResponse; rejects with TimeoutError after requestTimeoutMs. */
  brokerInfo(): Promise<BrokerInfo> {
    if (this.#info) return Promise.resolve(this.#info);
    if (this.#state === "closed") return Promise.reject(new ClosedError());
    this.connect();
    return new Promise((resolve, reject) => {
      const waiter = (info: BrokerInfo) => {
        clearTimeout(timer);
        resolve(info);
      };
      const timer = setTimeout(() => {
        this.#infoWaiters = this.#infoWaiters.filter((w) => w !== waiter);
        reject(new TimeoutError(`no hello answer from ${this.url} within ${this.#requestTimeoutMs} ms`));
      }, this.#requestTimeoutMs);
      this.#infoWaiters.push(waiter);
    });
  }

  /** The cached broker info, if a hello has been answered. */
  get brokerInfoNow(): BrokerInfo | null {
    return this.#info;
  }

  onOpen(listener: (generation: number) => void): () => void {
    this.#openListeners.add(listener);
    return () => this.#openListeners.delete(listener);
  }

  onClose(listener: (generation: number) => void): () => void {
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  /** Called with every GroupChanged push (a group whose member is on this socket moved its epoch). */
  onGroupChanged(listener: (change: pb.GroupChanged) => void): () => void {
    this.#groupChangedListeners.add(listener);
    return () => this.#groupChangedListeners.delete(listener);
  }

  registerSubscription(subscriptionId: number, handler: SubscriptionHandler): void {
    this.#subscriptions.set(subscriptionId, handler);
  }

  unregisterSubscription(subscriptionId: number): void {
    this.#subscriptions.delete(subscriptionId);
  }

  /** True when a caller may hand over more frames without growing the queue past the high water mark. */
  isWritable(): boolean {
    if (this.#state === "closed") return true; // sends fail fast instead of waiting forever
    const socketBytes = this.#state === "open" && this.ws ? this.ws.bufferedAmount : 0;
    return this.#queuedBytes + socketBytes < this.#highWaterMarkBytes;
  }

  /** Resolves when isWritable(); the way producers wait instead of queueing without bound. */
  writable(): Promise<void> {
    this.connect();
    if (this.isWritable()) return Promise.resolve();
    return new Promise((resolve) => {
      this.#writableWaiters.push(resolve);
      this.#scheduleDrainCheck();
    });
  }

  /** Sends a request and resolves with the answering frame; wire errors reject with their class. */
  request(frame: Frame, options: RequestOptions = {}): Promise<DecodedFrame> {
    return this.requestEncoded((correlationId) => {
      frame.correlationId = correlationId;
      return encodeFrame(frame);
    }, options);
  }

  /**
   * Like request(), for callers that encode the frame themselves (the producer's Produce frames). A request
   * refused with "token expired" (the broker's clock ahead of the refresh schedule) is sent once more after
   * a new token and hello: the broker checks the token before serving, so the refused request did not run.
   */
  requestEncoded(encode: (correlationId: number) => Uint8Array, options: RequestOptions = {}): Promise<DecodedFrame> {
    return this.#requestOnce(encode, options).catch((err: unknown) => {
      if (!(err instanceof AuthError) || !/token expired/.test(err.message) || this.#state === "closed") throw err;
      const renewal = this.#tokens.renew();
      if (!renewal) throw err;
      return renewal.then((token) => this.#requestOnce(this.#helloEncoder(token), {})).then(() => this.#requestOnce(encode, options));
    });
  }

  #requestOnce(encode: (correlationId: number) => Uint8Array, options: RequestOptions): Promise<DecodedFrame> {
    if (this.#state === "closed") return Promise.reject(new ClosedError());
    const correlationId = this.#allocateCorrelationId();
    let bytes: Uint8Array;
    try {
      bytes = encode(correlationId);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<DecodedFrame>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? this.#requestTimeoutMs;
      const timer = setTimeout(() => {
        this.#pending.delete(correlationId);
        reject(new TimeoutError(`no answer from ${this.url} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(correlationId, { resolve, reject, timer, onResponse: options.onResponse });
      const err = this.#transmit(bytes, correlationId);
      if (err) {
        clearTimeout(timer);
        this.#pending.delete(correlationId);
        reject(err);
      }
    });
  }

  /**
   * Sends a frame that gets no answer (Credit, Produce with acks none). With `correlate`, the frame gets a
   * fresh id so that an error answer, should one come, is not mistaken for a broker-level error.
   * Throws ConnectionError if the send queue is full.
   */
  notify(frame: Frame, correlate = false): void {
    this.notifyEncoded((correlationId) => {
      frame.correlationId = correlationId;
      return encodeFrame(frame);
    }, correlate);
  }

  notifyEncoded(encode: (correlationId: number) => Uint8Array, correlate = false): void {
    if (this.#state === "closed") throw new ClosedError();
    const err = this.#transmit(encode(correlate ? this.#allocateCorrelationId() : 0), 0);
    if (err) throw err;
  }

  /** Closes the socket for good; everything pending rejects with ClosedError. */
  close(): Promise<void> {
    if (this.#state === "closed") return Promise.resolve();
    const ws = this.ws;
    this.#state = "closed";
    this.ws = null;
    this.#stopHeartbeat();
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = null;
    this.#failAll(new ClosedError());
    for (const w of this.#openWaiters.splice(0)) w.reject(new ClosedError());
    this.#releaseWritableWaiters();
    this.#subscriptions.clear();
    if (!ws) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, CLOSE_WAIT_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      ws.onclose = done;
      // Closing a socket that is still connecting makes it report an error afterwards; with no handler
      // Node's ws would throw it as an uncaught exception.
      ws.onerror = ignore;
      ws.onmessage = null;
      try {
        ws.close(1000, "client closed");
      } catch {
        done();
      }
    });
  }

  // ---- internals ------------------------------------------------------------------------------------------

  #allocateCorrelationId(): number {
    // uint32, never 0 (reserved for pushes and unanswered requests), never one still pending.
    let id = this.#nextCorrelationId;
    while (id === 0 || this.#pending.has(id)) id = (id + 1) >>> 0;
    this.#nextCorrelationId = (id + 1) >>> 0;
    return id;
  }

  /** Sends now if the socket can take it, else queues. Returns an error instead of throwing. */
  #transmit(bytes: Uint8Array, correlationId: number): Error | null {
    if (this.#state === "open" && this.#queue.length === 0 && this.ws && this.ws.bufferedAmount < this.#highWaterMarkBytes) {
      try {
        this.ws.send(bytes);
        return null;
      } catch (err) {
        return new ConnectionError(`send failed: ${(err as Error).message}`, { cause: err });
      }
    }
    if (this.#queuedBytes + bytes.byteLength > this.#sendQueueBytesMax && this.#queue.length > 0) {
      return new ConnectionError(`send queue full (${this.#sendQueueBytesMax} bytes); wait for writable()`, { retriable: true });
    }
    this.#queue.push({ bytes, correlationId });
    this.#queuedBytes += bytes.byteLength;
    if (this.#state === "idle") this.#openSocket();
    else if (this.#state === "open") this.#scheduleDrainCheck();
    return null;
  }

  /**
   * Gets the hello's token (a provider may take a while: the socket opens once it has it), then the socket.
   * A token source that fails counts as a failed attempt: queued requests reject with its AuthError and the
   * next attempt waits for the backoff.
   */
  #openSocket(): void {
    this.#state = "connecting";
    const attempt = ++this.#openAttempt;
    let token: string | undefined | Promise<string | undefined>;
    try {
      token = this.#tokens.forHello(this.generation > 0 || this.#attempt > 0);
    } catch (err) {
      token = Promise.reject(err);
    }
    if (!(token instanceof Promise)) return this.#openWebSocket(token);
    token.then(
      (t) => {
        if (this.#state === "connecting" && this.#openAttempt === attempt && this.ws === null) this.#openWebSocket(t);
      },
      (err: unknown) => {
        if (this.#state !== "connecting" || this.#openAttempt !== attempt || this.ws !== null) return;
        this.#onSocketGone(null, err instanceof EdgelogError ? err : new AuthError(`no token for ${this.url}: ${(err as Error)?.message ?? String(err)}`, { cause: err }));
      },
    );
  }

  #openWebSocket(token: string | undefined): void {
    let ws: WebSocketLike;
    try {
      ws = new this.#WS(this.url);
    } catch (err) {
      this.#log(`edgelog: cannot open ${this.url}: ${(err as Error).message}`);
      this.#onSocketGone(null, new ConnectionError(`cannot open ${this.url}: ${(err as Error).message}`, { cause: err }));
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    let failure: unknown = null;
    ws.onopen = () => {
      if (this.ws === ws) this.#onSocketOpen(ws, token);
    };
    ws.onerror = (ev: any) => {
      failure = ev?.error ?? ev?.message ?? ev;
    };
    ws.onclose = (ev: any) => {
      if (this.ws !== ws) return;
      const why = ev?.code ? `code ${ev.code}${ev.reason ? ` ${ev.reason}` : ""}` : "socket closed";
      const detail = failure instanceof Error ? `: ${failure.message}` : typeof failure === "string" ? `: ${failure}` : "";
      const refusal = this.#refusal;
      this.#refusal = null;
      this.#onSocketGone(ws, refusal ?? new ConnectionError(`connection to ${this.url} lost (${why})${detail}`, { cause: failure ?? undefined }));
    };
    ws.onmessage = (ev) => {
      if (this.ws === ws) this.#onMessage(ev.data);
    };
  }

  #onSocketOpen(ws: WebSocketLike, token: string | undefined): void {
    this.#state = "open";
    this.#startHeartbeat(ws);
    this.#attempt = 0;
    this.generation++;
    const generation = this.generation;
    // Frames issued while connecting go out after the hello and after the listeners' resubscriptions.
    const held = this.#queue;
    const heldBytes = this.#queuedBytes;
    this.#queue = [];
    this.#queuedBytes = 0;
    // Hello first: the broker answers with its limits, which the producer checks records against.
    this.#requestOnce(this.#helloEncoder(token), {}).then(
      (frame) => {
        this.#refusedHellos = 0;
        this.#setInfo((frame.helloResponse as pb.HelloResponse | null) ?? null);
      },
      (err: Error) => {
        if (err instanceof ConnectionError || err instanceof ClosedError) return;
        // LIMIT_EXCEEDED (the broker closes the socket) or another retriable refusal, such as TIMEOUT when the
        // broker could not fetch its key set: this socket has no capabilities, so it goes and the next one
        // says hello again, with backoff (it stayed, and every request after it was UNAUTHORIZED).
        if (err instanceof EdgelogError && (err.retriable || err.code === "LIMIT_EXCEEDED") && this.ws === ws) {
          this.#refusal = err;
          this.#refusedHellos++;
          ws.close();
        }
        this.#log(`edgelog: hello failed (${err.message}); using default limits`);
        this.#setInfo(null);
      },
    );
    for (const listener of [...this.#openListeners]) {
      if (this.ws !== ws || this.generation !== generation) return;
      try {
        listener(generation);
      } catch (err) {
        this.#log(`edgelog: onOpen listener threw: ${(err as Error).message}`);
      }
    }
    if (this.ws !== ws) return;
    for (const q of held) this.#queue.push(q);
    this.#queuedBytes += heldBytes;
    for (const w of this.#openWaiters.splice(0)) w.resolve();
    this.#flushQueue();
  }

  #setInfo(hello: pb.HelloResponse | null): void {
    this.#info = {
      brokerId: hello?.brokerId ?? "",
      protocolVersion: hello?.protocolVersion || PROTOCOL_VERSION,
      recordBytesMax: hello?.recordBytesMax || defaultLimits.recordBytesMax,
      batchBytesMax: hello?.batchBytesMax || defaultLimits.batchBytesMax,
      frameBytesMax: hello?.frameBytesMax || defaultLimits.frameBytesMax,
      fetchBytesMax: hello?.fetchBytesMax || defaultLimits.fetchBytesMax,
    };
    for (const w of this.#infoWaiters.splice(0)) w(this.#info);
  }

  #onSocketGone(ws: WebSocketLike | null, err: EdgelogError): void {
    this.#stopHeartbeat();
    if (this.#state === "closed") return;
    const wasOpen = this.#state === "open";
    this.ws = null;
    this.#state = "waiting";
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = null;
      ws.onerror = ignore;
    }
    this.#failAll(err);
    this.#subscriptions.clear();
    if (wasOpen) {
      const generation = this.generation;
      for (const listener of [...this.#closeListeners]) {
        try {
          listener(generation);
        } catch (e) {
          this.#log(`edgelog: onClose listener threw: ${(e as Error).message}`);
        }
      }
    }
    if (this.#state !== "waiting") return; // a listener closed us
    if (this.#reconnect === false) {
      this.#state = "idle";
      for (const w of this.#openWaiters.splice(0)) w.reject(err);
      return;
    }
    const delayMs = this.backoffMs(Math.max(this.#attempt++, this.#refusedHellos));
    this.#log(`edgelog: ${err.message}; reconnecting in ${Math.round(delayMs)} ms`);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      if (this.#state === "waiting") this.#openSocket();
    }, delayMs);
  }

  private backoffMs(attempt: number): number {
    const r = this.#reconnect || {};
    if (r.delayMs) return r.delayMs(attempt);
    const initial = r.initialDelayMs ?? 100;
    const max = r.maxDelayMs ?? 5000;
    const multiplier = r.multiplier ?? 2;
    const jitter = Math.min(1, Math.max(0, r.jitter ?? 0.5));
    const random = r.random ?? Math.random;
    const base = Math.min(max, initial * Math.pow(multiplier, Math.min(attempt, 64)));
    return base * (1 - jitter) + base * jitter * random();
  }

  /** Rejects every request not yet answered and drops queued frames (they belong to the old socket's state). */
  #failAll(err: EdgelogError): void {
    this.#queue = [];
    this.#queuedBytes = 0;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.#releaseWritableWaiters();
  }

  #flushQueue(): void {
    const ws = this.ws;
    if (this.#state !== "open" || !ws) return;
    let i = 0;
    try {
      for (; i < this.#queue.length && ws.bufferedAmount < this.#highWaterMarkBytes; i++) {
        const q = this.#queue[i];
        this.#queuedBytes -= q.bytes.byteLength;
        // A request that timed out while queued is not sent at all.
        if (q.correlationId !== 0 && !this.#pending.has(q.correlationId)) continue;
        ws.send(q.bytes);
      }
    } catch (err) {
      this.#log(`edgelog: send failed: ${(err as Error).message}`);
      i++;
    }
    this.#queue = i >= this.#queue.length ? [] : this.#queue.slice(i);
    if (this.#queue.length === 0) this.#queuedBytes = 0;
    if (this.#queue.length > 0 || this.#writableWaiters.length > 0) this.#scheduleDrainCheck();
  }

  #scheduleDrainCheck(): void {
    if (this.#drainTimer) return;
    this.#drainTimer = setTimeout(() => {
      this.#drainTimer = null;
      this.#flushQueue();
      if (this.isWritable()) this.#releaseWritableWaiters();
      else if (this.#writableWaiters.length > 0) this.#scheduleDrainCheck();
    }, DRAIN_POLL_MS);
  }

  #releaseWritableWaiters(): void {
    if (this.#writableWaiters.length === 0) return;
    for (const w of this.#writableWaiters.splice(0)) w();
  }

  #onMessage(data: unknown): void {
    this.#lastReceiveMs = Date.now();
    if (typeof data === "string") return; // the heartbeat's "pong"
    const bytes =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : null;
    if (!bytes) {
      this.#log("edgelog: ignored a non-binary message");
      return;
    }
    let frame: DecodedFrame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      this.#log(`edgelog: undecodable frame from ${this.url}: ${(err as Error).message}`);
      return;
    }
    const id = frame.correlationId;
    if (id !== 0) {
      const p = this.#pending.get(id);
      if (!p) {
        if (frame.error && frame.error.code) this.#log(`edgelog: error for request ${id}: ${frame.error.message}`);
        return;
      }
      this.#pending.delete(id);
      clearTimeout(p.timer);
      if (frame.error && frame.error.code) {
        p.reject(errorFromWire(frame.error.code, frame.error.message ?? "", frame.error.retryAfterMs ?? 0));
        return;
      }
      if (p.onResponse) {
        try {
          p.onResponse(frame);
        } catch (err) {
          p.reject(err as Error);
          return;
        }
      }
      p.resolve(frame);
      return;
    }
    // Decoded sub-messages are class instances whose scalar fields always hold a value (defaults live on
    // the prototype), hence the casts from the generated optional-property types.
    if (frame.push) {
      const push = frame.push as pb.Push;
      this.#subscriptions.get(push.subscriptionId)?.onPush(push);
    } else if (frame.subscriptionEnd) {
      const end = frame.subscriptionEnd as pb.SubscriptionEnd;
      const handler = this.#subscriptions.get(end.subscriptionId);
      this.#subscriptions.delete(end.subscriptionId);
      handler?.onEnd(end);
    } else if (frame.groupChanged) {
      const change = frame.groupChanged as pb.GroupChanged;
      for (const listener of [...this.#groupChangedListeners]) listener(change);
    } else if (frame.error && frame.error.code) {
      this.#log(`edgelog: broker error ${frame.error.code}: ${frame.error.message}`);
    }
  }
}

/** Resolves leader endpoints to connections; "" is the bootstrap connection. */
export interface ConnectionSource {
  bootstrap: Connection;
  get(endpoint: string): Connection;
}

/**
 * One connection per distinct endpoint. The bootstrap URL answers metadata; a partition's leader endpoint
 * "" means the bootstrap socket (the Node broker), anything else is resolved against the bootstrap URL.
 */
function ignore(): void {}

export class ConnectionPool implements ConnectionSource {
  readonly bootstrap: Connection;
  readonly #byUrl = new Map<string, Connection>();
  readonly #options: ConnectionOptions;

  constructor(options: ConnectionOptions) {
    this.#options = options;
    this.bootstrap = new Connection(options);
    this.#byUrl.set(options.url, this.bootstrap);
  }

  get(endpoint: string): Connection {
    if (!endpoint) return this.bootstrap;
    const url = new URL(endpoint, this.#options.url).toString();
    let conn = this.#byUrl.get(url);
    if (!conn) {
      conn = new Connection({ ...this.#options, url });
      this.#byUrl.set(url, conn);
    }
    return conn;
  }

  all(): Connection[] {
    return [...this.#byUrl.values()];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((c) => c.close()));
  }
}
