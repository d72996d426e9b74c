/**
 * One client connection: frames in, frames out. Transport-free (the adapter gives it a Transport), so the
 * Node broker and each edge object speak the same protocol through the same code.
 *
 * Requests are served by families (admin-family.ts, partition-family.ts, group-family.ts), each in its own
 * module. A host registers the families it serves; a request of a family it does not serve is answered
 * here, in one place: NOT_LEADER for admin and partition requests, NOT_COORDINATOR for group requests. A
 * new family is a new module, a line in `requestFamilies` and a registration.
 *
 * With auth on (SessionHost.auth), the hello's token is verified here and every other request is checked
 * against its capabilities here too (dispatch → checkedServe → auth.ts checkRequest), before any family.
 */
import { ErrorCode, ProtocolError, errorInfo, type ErrorCodeValue } from "../protocol/errors.ts";
import { PROTOCOL_VERSION, decodeFrame, encodeFrame, salvageCorrelationId, type DecodedFrame, type Frame, type FrameBodyName, type pb } from "../protocol/frames.ts";
import type { Limits } from "../protocol/limits.ts";
import type { SessionState } from "./partition-family.ts";
import { allows, checkRequest, type Authenticator, type Capabilities } from "./auth.ts";
import { checkRequestBounds, type ConnectionQuota, type Quotas } from "./quota.ts";
import { SendFlow, type RequestTicket } from "./send-flow.ts";
import type { SharedPush } from "./push-frame.ts";

export type { SessionState, SubscriptionRecord } from "./partition-family.ts";
export { checkMetadataNames } from "./admin-family.ts";

export type FamilyName = "admin" | "partition" | "group";

/** Which family serves each request (the protocol's grouping; hello belongs to every session). */
const requestFamilies: Record<FamilyName, readonly FrameBodyName[]> = {
  admin: ["metadataRequest", "createTopicRequest", "deleteTopicRequest", "listTopicsRequest", "describeTopicRequest", "listGroupsRequest", "initProducerRequest", "electLeaderRequest"],
  partition: ["produceRequest", "fetchRequest", "listOffsetsRequest", "subscribeRequest", "creditRequest", "unsubscribeRequest"],
  group: ["groupHeartbeatRequest", "offsetCommitRequest", "offsetFetchRequest", "describeGroupRequest", "deleteGroupRequest"],
};
const familyOf = new Map<string, FamilyName>(
  Object.entries(requestFamilies).flatMap(([family, names]) => names.map((n) => [n, family as FamilyName] as const)),
);
/** What a host that does not serve a family answers to its requests (the client refreshes metadata and retries). */
const notServed: Record<FamilyName, { code: ErrorCodeValue; where: string }> = {
  admin: { code: ErrorCode.NOT_LEADER, where: "the bootstrap endpoint" },
  partition: { code: ErrorCode.NOT_LEADER, where: "the partition's leader (see metadata)" },
  group: { code: ErrorCode.NOT_COORDINATOR, where: "the group's coordinator (see metadata)" },
};

/** A request handler: the answer's body, a promise of it, or undefined for no answer. Throws become error frames. */
// The request is the decoded sub-message of its body name; each family casts it to its own type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (request: any, correlationId: number) => Frame | Promise<Frame | undefined> | undefined;

/** A family as one session serves it: its handlers and per-connection state. */
export interface FamilySession {
  readonly handlers: Partial<Record<FrameBodyName, Handler>>;
  /** The socket drained, or the host woke: pushes may resume. */
  resume?(): void;
  close?(): void;
  /**
   * A notification about one of its subscriptions (a credit) was refused, e.g. the connection's token
   * expired: end the subscription with that error. A notification has no answer, so otherwise the
   * subscriber would wait for pushes its credit can no longer buy and never learn why.
   */
  refused?(subscriptionId: number, err: unknown): void;
}

/** A request family as a host registers it: makes one FamilySession per connection. */
export interface Family {
  readonly name: FamilyName;
  attach(port: SessionPort): FamilySession;
}

/** What a family sees of its session. */
export interface SessionPort {
  readonly limits: Limits;
  /** The state to resume (a Durable Object woken from hibernation rebuilds its sessions from this). */
  readonly restoredState: SessionState | undefined;
  /**
   * The state (subscriptions) changed: persist it; the edge keeps it in the socket's attachment. A thunk,
   * because it runs on every push and a host that keeps no state (Node) should not pay for building it.
   */
  stateChanged(state: () => SessionState): void;
  /** Sends one frame (correlation id 0 for a push); a transport that refuses it ends the session. */
  send(frame: Frame): void;
  /** Sends a push encoded once for every subscriber at the head (push-frame.ts), like send. */
  sendPush(subscriptionId: number, push: SharedPush): void;
  /** May a push's read start now (send-flow.ts)? When not, the family's resume() runs once there is room. */
  mayPush(): boolean;
  /** Reserves room for a push being read; call the result once the push is sent (or not). */
  reservePushBytes(bytes: number): () => void;
  /**
   * Reserves room for the answer of the request being served, until it is sent (a fetch's read): call
   * while being served, before any await; resolves once there is room (other requests go on meanwhile).
   */
  reserveAnswerBytes(bytes: number): Promise<void>;
  /** An error as the wire carries it (an unexpected one is reported to the host first). */
  wireError(err: unknown): pb.IError;
}

/**
 * What a session serves frames from: the Node broker is one host for every family; at the edge the
 * cluster object serves admin requests, each partition object its partition, each group object its group.
 */
export interface SessionHost {
  readonly limits: Limits;
  readonly brokerId: string;
  readonly families: readonly Family[];
  /**
   * Auth on: every request but the hello needs the capabilities of a token the hello carried (auth.ts).
   * Absent: open mode, every request served.
   */
  readonly auth?: Authenticator;
  /**
   * Produce quotas and connections per principal (quota.ts), shared by every session of the host: the
   * Node broker's one, or one per edge object. Absent: no quotas (core tests of other things).
   */
  readonly quotas?: Quotas;
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
  /** Capabilities verified before (an edge session rebuilt after hibernation keeps them in the attachment). */
  capabilities?: Capabilities;
  /** Called when a hello's token is verified (or refused: null), to persist the capabilities. */
  onCapabilitiesChange?: (caps: Capabilities | null) => void;
}

export interface Transport {
  /** Queue one binary message. Returns false when the transport could not take it (connection unusable). */
  send(bytes: Uint8Array): boolean;
  /** Queue one text message (the heartbeat answer). */
  sendText?(text: string): boolean;
  /** Bytes queued and not yet written to the network. */
  bufferedBytes(): number;
  close(code: number, reason: string): void;
  /**
   * send copies the bytes before it returns (uWS does): a push for many subscribers is then written into
   * one buffer for all of them (push-frame.ts). Default false: every frame sent is a buffer of its own.
   */
  readonly copiesOnSend?: boolean;
}

export class Session {
  private readonly families: FamilySession[] = [];
  private readonly handlers = new Map<string, Handler>();
  private readonly served = new Set<FamilyName>();
  private closed = false;
  private readonly onUnexpectedError: (err: unknown) => void;
  private capabilities: Capabilities | null;
  /** Why the last hello's token was refused (null: none was, or one was taken since). */
  private refusedToken: string | null = null;
  /** A hello's token being verified: requests behind it wait for it, in order. */
  private verifying: Promise<void> | null = null;
  private readonly onCapabilitiesChange: (caps: Capabilities | null) => void;
  private readonly quota: ConnectionQuota | null;
  /** What this connection may make the broker hold (send-flow.ts): room, requests waiting, stalls, garbage. */
  private readonly flow: SendFlow;
  /** The request being served right now (its answer's reservation goes here). */
  private ticket: RequestTicket | null = null;

  constructor(
    private readonly host: SessionHost,
    private readonly transport: Transport,
    opts: SessionOptions = {},
  ) {
    this.onUnexpectedError = opts.onUnexpectedError ?? (() => {});
    this.capabilities = opts.capabilities ?? null;
    this.onCapabilitiesChange = opts.onCapabilitiesChange ?? (() => {});
    this.quota = host.quotas?.connection() ?? null;
    if (this.capabilities && this.quota) {
      // A session rebuilt after hibernation counts for its principal again (the count was in memory).
      try {
        this.quota.admit(this.capabilities.sub);
      } catch {
        this.capabilities = null;
      }
    }
    this.flow = new SendFlow(host.limits, () => this.transport.bufferedBytes(), {
      serve: (message) => (typeof message === "string" ? this.serveText(message) : this.serveBinary(message)),
      resume: () => this.resume(),
      close: (code, reason) => {
        this.transport.close(code, reason);
        this.close();
      },
    });
    const onStateChange = opts.onStateChange;
    const port: SessionPort = {
      limits: host.limits,
      restoredState: opts.state,
      stateChanged: (state) => onStateChange?.(state()),
      send: (frame) => this.send(frame),
      sendPush: (subscriptionId, push) => this.sendEncoded(push.frameFor(subscriptionId, this.transport.copiesOnSend === true)),
      mayPush: () => this.flow.mayPush(),
      reservePushBytes: (bytes) => this.flow.reservePush(bytes),
      reserveAnswerBytes: (bytes) => this.ticket?.reserve(bytes) ?? Promise.resolve(),
      wireError: (err) => this.wireError(err),
    };
    for (const family of host.families) {
      if (this.served.has(family.name)) throw new Error(`family ${family.name} registered twice`);
      this.served.add(family.name);
      const session = family.attach(port);
      this.families.push(session);
      for (const [name, handler] of Object.entries(session.handlers)) {
        if (familyOf.get(name) !== family.name) throw new Error(`family ${family.name} registers ${name}, which belongs to ${familyOf.get(name) ?? "no family"}`);
        this.handlers.set(name, handler!);
      }
    }
  }

  /** Wake every family: new records may have arrived while the host was away. */
  resume(): void {
    for (const f of this.families) f.resume?.();
  }

  /**
   * Handles one binary message (served now, or once the client has read enough: send-flow.ts). Never
   * throws: failures become error frames.
   */
  onMessage(bytes: Uint8Array): void {
    if (this.closed) return;
    this.flow.arrive(bytes);
  }

  /** Closes the socket if the client has not read its queue for stalledSendMsMax (the host's timer calls this). */
  checkStalled(nowMs: number): boolean {
    return this.flow.checkStalled(nowMs);
  }

  private serveBinary(bytes: Uint8Array): void {
    let frame: DecodedFrame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      this.sendError(salvageCorrelationId(bytes), err);
      this.flow.malformed();
      return;
    }
    this.flow.wellFormed();
    const id = frame.correlationId;
    // In service until its answer is queued: what the handler reserves for that answer is held till then.
    const ticket = this.flow.startRequest();
    let answer: Frame | Promise<Frame | undefined> | undefined;
    this.ticket = ticket;
    try {
      answer = this.dispatch(frame);
    } catch (err) {
      this.ticket = null;
      this.sendError(id, err);
      ticket.done();
      return;
    }
    this.ticket = null;
    if (answer instanceof Promise) {
      answer
        .then(
          (body) => body && this.send({ correlationId: id, ...body }),
          (err) => this.sendError(id, err),
        )
        .finally(() => ticket.done());
      return;
    }
    if (answer !== undefined) this.send({ correlationId: id, ...answer });
    ticket.done();
  }

  /**
   * A text message: the protocol is binary except for the heartbeat, "ping" answered "pong" (the edge
   * answers it without waking the object: setWebSocketAutoResponse).
   */
  onTextMessage(text = ""): void {
    if (this.closed) return;
    this.flow.arrive(text);
  }

  private serveText(text: string): void {
    if (text === "ping" && this.transport.sendText) {
      this.transport.sendText("pong");
      return;
    }
    this.sendError(0, new ProtocolError(ErrorCode.INVALID_REQUEST, 'text frames are not part of the protocol (except the "ping" heartbeat); send binary frames'));
    this.flow.malformed();
  }

  /** The transport wrote some of its queue: serve waiting requests, resume pushes. */
  onDrain(): void {
    this.flow.drained();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flow.close();
    this.quota?.close();
    for (const f of this.families) f.close?.();
  }

  private dispatch(f: DecodedFrame): Frame | Promise<Frame | undefined> | undefined {
    // Before the capability check, which walks the request's lists.
    checkRequestBounds(f, this.host.limits);
    const auth = this.host.auth;
    if (!auth) return this.serve(f);
    if (f.body === "helloRequest") {
      const token = (f.helloRequest as pb.IHelloRequest).token;
      if (!token) return this.verifying ? this.verifying.then(() => this.hello()) : this.hello();
      return this.verifyToken(auth, token).then(() => this.hello());
    }
    if (this.verifying) {
      // Served later: the request's ticket goes with it (what its handler reserves is held on it).
      const ticket = this.ticket;
      return this.verifying.then(() => this.withTicket(ticket, () => this.checkedServe(auth, f)));
    }
    return this.checkedServe(auth, f);
  }

  private withTicket<T>(ticket: RequestTicket | null, fn: () => T): T {
    this.ticket = ticket;
    try {
      return fn();
    } finally {
      this.ticket = null;
    }
  }

  /** The one place a request meets the connection's capabilities, before any family sees it. */
  private checkedServe(auth: Authenticator, f: DecodedFrame): Frame | Promise<Frame | undefined> | undefined {
    if (!this.capabilities) {
      // Why the hello's token was refused, when it was (expired, bad signature): that is the fix to name.
      const why = this.refusedToken === null ? "send one in the hello" : `the hello's was refused: ${this.refusedToken}`;
      throw new ProtocolError(ErrorCode.UNAUTHORIZED, `this broker requires a capability token: ${why}`);
    }
    try {
      checkRequest(this.capabilities, f, auth.clock());
    } catch (err) {
      if (f.correlationId !== 0 || f.body !== "creditRequest") throw err;
      const id = (f.creditRequest as pb.ICreditRequest).subscriptionId ?? 0;
      for (const family of this.families) family.refused?.(id, err);
      return undefined;
    }
    const answer = this.serve(f);
    // Every committed offset of a group (no partitions named): only those of topics the token may consume,
    // as when it names them (the check above sees only the topics a request lists).
    if (f.body === "offsetFetchRequest" && !(f.offsetFetchRequest as pb.IOffsetFetchRequest).partitions?.length) {
      const caps = this.capabilities;
      const keep = (frame: Frame | undefined) => {
        const r = frame?.offsetFetchResponse;
        if (r?.offsets) r.offsets = r.offsets.filter((o) => allows(caps, "consume", o.topic ?? ""));
        return frame;
      };
      return answer instanceof Promise ? answer.then(keep) : keep(answer);
    }
    return answer;
  }

  /**
   * Verifies a hello's token. Requests that arrive meanwhile queue behind it (verification is async),
   * so a client may pipeline its requests after the hello. A refused token leaves the connection with none.
   */
  private verifyToken(auth: Authenticator, token: string): Promise<void> {
    const before = this.verifying ?? Promise.resolve();
    const done = before.then(() => auth.verify(token)).then(
      (caps) => {
        this.capabilities = null;
        try {
          this.quota?.admit(caps.sub); // LIMIT_EXCEEDED: the hello's answer says so, then the socket closes
        } catch (err) {
          this.onCapabilitiesChange(null);
          throw err;
        }
        try {
          this.onCapabilitiesChange(caps); // may refuse (the edge's attachment is bounded): then no capabilities
        } catch (err) {
          this.refusedToken = describeRefusal(err);
          throw err;
        }
        this.capabilities = caps;
        this.refusedToken = null;
      },
      (err: unknown) => {
        this.capabilities = null;
        this.refusedToken = describeRefusal(err);
        this.onCapabilitiesChange(null);
        throw err;
      },
    );
    const settled = done.then(
      () => {},
      () => {},
    );
    this.verifying = settled;
    void settled.then(() => {
      if (this.verifying === settled) this.verifying = null;
    });
    return done;
  }

  private serve(f: DecodedFrame): Frame | Promise<Frame | undefined> | undefined {
    const name = f.body;
    if (name === "helloRequest") return this.hello();
    const handler = name ? this.handlers.get(name) : undefined;
    if (name && handler) {
      if (name === "produceRequest" && this.quota) this.quota.produce((f.produceRequest as pb.IProduceRequest).records ?? new Uint8Array(0));
      return handler(f[name], f.correlationId);
    }
    const family = name ? familyOf.get(name) : undefined;
    if (family) {
      const n = notServed[family];
      throw new ProtocolError(n.code, `${this.host.brokerId} does not serve ${family} requests (${name}); send them to ${n.where}`);
    }
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, name ? `${name} is not a request` : "frame has no request body");
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

  private send(frame: Frame): void {
    if (!this.closed) this.sendEncoded(encodeFrame(frame));
  }

  private sendEncoded(bytes: Uint8Array): void {
    if (this.closed) return;
    if (!this.transport.send(bytes)) this.close();
  }

  private sendError(correlationId: number, err: unknown): void {
    this.send({ correlationId, error: this.wireError(err) });
    if (err instanceof ProtocolError && err.closeCode && !this.closed) {
      // After the answer, so the client reads why (both transports send queued frames before the close).
      this.transport.close(err.closeCode, errorInfo(err.code).name);
      this.close();
    }
  }

  private wireError(err: unknown): pb.IError {
    if (!(err instanceof ProtocolError)) this.onUnexpectedError(err);
    return toWireError(err);
  }
}

export function toWireError(err: unknown): pb.IError {
  if (err instanceof ProtocolError) return err.retryAfterMs > 0 ? { code: err.code, message: err.message, retryAfterMs: err.retryAfterMs } : { code: err.code, message: err.message };
  // Nothing of the server on the wire (no stack, no path, no errno): the host logs the cause, the client
  // gets a code.
  return { code: ErrorCode.UNKNOWN, message: errorInfo(ErrorCode.UNKNOWN).description };
}

/** Why a hello's token was refused, for the requests that follow it (bounded: it goes into each refusal). */
function describeRefusal(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 200);
}
