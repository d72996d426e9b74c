/**
 * Hibernatable WebSockets ↔ core Sessions, for the edge's objects (the cluster's bootstrap socket, each
 * partition's and each group's sockets). The runtime keeps the sockets while the object sleeps; what a
 * session must remember (its subscriptions and their credit; a group member's socket being one) rides in
 * the socket's attachment, so a woken object rebuilds every session from its sockets before it handles
 * the event that woke it. With auth on, the capabilities of the socket's verified token ride there too
 * (readAttachment/writeAttachment keep the two apart), so a woken session is as authorized as before.
 */
import { DurableObject } from "cloudflare:workers";
import { Session, type SessionHost, type SessionState, type Transport } from "../core/session.ts";
import type { Env } from "./env.ts";
import { unauthorized, type Capabilities } from "../core/auth.ts";
import { Quotas } from "../core/quota.ts";
import type { Linger } from "../core/fanout-linger.ts";
import { attachmentBytesMax, edgeLimits } from "./edge-limits.ts";

/** Bound on the capabilities kept in a socket's attachment (the runtime allows 2 KB for all of it). */
const capabilitiesBytesMax = 1024;

/** A socket's attachment when it carries capabilities: `v` is what the object keeps there itself. */
interface AuthEnvelope {
  $auth: Capabilities | null;
  v: unknown;
}
function isEnvelope(a: unknown): a is AuthEnvelope {
  return typeof a === "object" && a !== null && "$auth" in a;
}

/** The object's own part of a socket's attachment (without the capabilities). */
export function readAttachment(ws: WebSocket): unknown {
  const a = ws.deserializeAttachment();
  return isEnvelope(a) ? a.v : a;
}

/** Replaces the object's own part of a socket's attachment, keeping the capabilities. */
export function writeAttachment(ws: WebSocket, value: unknown): void {
  const a = ws.deserializeAttachment();
  ws.serializeAttachment(isEnvelope(a) ? { $auth: a.$auth, v: value } : value);
}

function writeCapabilities(ws: WebSocket, caps: Capabilities | null): void {
  if (caps && JSON.stringify(caps).length > capabilitiesBytesMax) {
    ws.serializeAttachment({ $auth: null, v: readAttachment(ws) } satisfies AuthEnvelope);
    throw unauthorized(`the token's capabilities take more than the ${capabilitiesBytesMax} bytes an edge socket can keep; use fewer or shorter patterns, or a shorter sub`);
  }
  ws.serializeAttachment({ $auth: caps, v: readAttachment(ws) } satisfies AuthEnvelope);
}
/**
 * How long a session's changed state (a subscription's offset and credit, changed by every push) may wait
 * before it is written to its socket's attachment. Writing it on every push cost each delivery a
 * deserializeAttachment and a serializeAttachment (structured clones): with 1,000 subscribers, 100
 * appends/s took the object past one core. A pending timer keeps the object from hibernating, so the
 * attachment is written before the object can sleep; an object that dies instead loses its sockets too.
 */
const ATTACHMENT_SAVE_DELAY_MS = 1000;

/**
 * How long an edge object lets appends gather before it pushes them to its subscribers (core
 * fanout-linger.ts): a subscriber gets at most one push per linger, and a record waits at most that long.
 * A push costs the object ~30 µs of CPU whatever it carries (workerd's WebSocket send: 22-30 µs from a
 * bare object here), so a round of pushes to N subscribers takes ~N × 30 µs; at 60 µs of linger per
 * subscriber, rounds take about half the object's time at most: 10 ms for up to ~170 subscribers, 60 ms
 * for 1,000, and at most 80 ms (past ~1,300 subscribers of one object, relays: README, fan-out).
 */
export const FANOUT_LINGER: Linger = { minMs: 10, perListenerUs: 60, maxMs: 80, chunk: 100 };

/**
 * The header a relay object (relay-do.ts) sets on the socket it opens to its partition object. Such a
 * socket is the relay's subscription and is given RELAY_CAPABILITIES when auth is on (a relay holds no
 * token; its own subscribers' tokens were checked at the relay). Only objects can send it: the Worker
 * drops it from every request it forwards (worker.ts).
 */
export const RELAY_HEADER = "x-edgelog-relay";
/**
 * Set by the Worker on an upgrade it sent to a partition's one object from its cache of unreplicated
 * topics: an object that knows no topic then answers MISROUTED (421) instead of taking the socket, and the
 * Worker asks the topic's controller (the topic may have been re-created with replicas since).
 */
export const ROUTE_CACHED_HEADER = "x-edgelog-route-cached";
export const MISROUTED = 421;
const RELAY_CAPABILITIES: Capabilities = { sub: "edgelog-relay", expiresAtMs: Number.MAX_SAFE_INTEGER, produce: [], consume: ["*"], admin: [], commit: [], keyIsSubject: false };

/**
 * The answer to every upgrade declines permessage-deflate (an empty Sec-WebSocket-Extensions: the
 * runtime's documented way to refuse compression, which it negotiates by default since 2023-08-15 and
 * browsers always offer). A push is the same bytes for every subscriber; deflating each copy per socket
 * cost a bare object ~20 µs more CPU per message here (49 vs 30 µs for 1.7 KB) and the receiver ~40 µs,
 * and each socket keeps a deflate context. (Locally, miniflare's entry worker negotiates with the client
 * before this object is reached, so a local client that offers compression still gets it.)
 */
const NO_COMPRESSION = { "Sec-WebSocket-Extensions": "" };

/** Turns a session's state into a socket attachment (≤ 2 KB serialized) and back. */
export interface AttachmentCodec {
  encode(state: SessionState): unknown;
  decode(attachment: unknown): SessionState | undefined;
}

/**
 * A Durable Object that serves core sessions over hibernatable sockets (the cluster's bootstrap socket,
 * each partition's endpoint): the upgrade, the socket events and the heartbeat live here once.
 */
export abstract class SessionObject extends DurableObject<Env> {
  protected abstract readonly sessions: SocketSessions;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // The SDK's heartbeat, answered by the runtime without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.sessions.accept(server, request.headers.get(RELAY_HEADER) === "1" ? RELAY_CAPABILITIES : undefined);
    return new Response(null, { status: 101, webSocket: client, headers: NO_COMPRESSION });
  }

  webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    this.sessions.message(ws, message);
  }

  webSocketClose(ws: WebSocket, code: number, reason: string): void {
    this.sessions.closedByPeer(ws, code, reason);
  }

  webSocketError(ws: WebSocket): void {
    this.sessions.gone(ws);
  }
}

export class SocketSessions {
  private readonly sessions = new Map<WebSocket, Session>();
  /** Sockets whose session state changed since their attachment was written, with that state. */
  private readonly unsaved = new Map<WebSocket, SessionState>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Produce quotas and connections per principal for this object's sockets: an object sees only its own,
   * so at the edge these bounds are per object (limits.ts says so). Made with the first session's limits.
   */
  private quotas: Quotas | null = null;

  /**
   * @param host what every session serves; or, per socket, a host made for it (the group object gives
   *   its families the socket, to keep a mark in its attachment).
   */
  constructor(
    private readonly ctx: DurableObjectState,
    private readonly host: SessionHost | ((ws: WebSocket) => SessionHost),
    private readonly codec: AttachmentCodec | null = null,
  ) {}

  /**
   * A session for every socket the object holds, resumed: called when the object starts, so that a
   * subscriber whose socket slept through hibernation listens for appends before any append can happen.
   */
  restoreAll(): void {
    for (const ws of this.ctx.getWebSockets()) this.sessionFor(ws).resume();
  }

  /** Takes over the server end of a new socket (hibernatable) and gives it a session (`caps`: already authorized). */
  accept(ws: WebSocket, caps?: Capabilities): void {
    this.ctx.acceptWebSocket(ws);
    if (caps) ws.serializeAttachment({ $auth: caps, v: null } satisfies AuthEnvelope);
    this.sessionFor(ws);
  }

  /** One message; a failure while serving it closes that socket only (1011), like the Node broker. */
  message(ws: WebSocket, message: string | ArrayBuffer): void {
    try {
      const session = this.sessionFor(ws);
      if (typeof message === "string") session.onTextMessage(message.slice(0, 16));
      else session.onMessage(new Uint8Array(message));
    } catch (err) {
      console.log(`edgelog: websocket message failed, closing that socket: ${(err as Error)?.message ?? String(err)}`);
      this.gone(ws);
      try {
        ws.close(1011, "internal error");
      } catch {
        // already closing
      }
    }
  }

  /** The socket is gone (closed by the peer or failed). */
  gone(ws: WebSocket): void {
    this.sessions.get(ws)?.close();
    this.sessions.delete(ws);
    this.unsaved.delete(ws);
  }

  /** Keeps `state` for the socket's attachment, written within ATTACHMENT_SAVE_DELAY_MS with others. */
  private saveLater(ws: WebSocket, state: SessionState): void {
    this.unsaved.set(ws, state);
    this.saveTimer ??= setTimeout(() => this.saveAll(), ATTACHMENT_SAVE_DELAY_MS);
  }

  private saveAll(): void {
    this.saveTimer = null;
    const codec = this.codec!;
    for (const [ws, state] of this.unsaved) {
      try {
        writeAttachment(ws, codec.encode(state));
      } catch (err) {
        console.log(`edgelog: socket attachment not written: ${(err as Error)?.message ?? String(err)}`);
      }
    }
    this.unsaved.clear();
  }

  /**
   * The peer closed: end the session and complete the closing handshake. (The runtime's automatic
   * reply to a close frame does not cover hibernatable sockets here: without this, the peer waits for
   * its close timeout.)
   */
  closedByPeer(ws: WebSocket, code: number, reason: string): void {
    this.gone(ws);
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // already closed
    }
  }

  /** Ends every session and closes its socket with `code`. */
  closeAll(code: number, reason: string): void {
    for (const ws of this.ctx.getWebSockets()) {
      this.gone(ws);
      try {
        ws.close(code, reason);
      } catch {
        // already closing
      }
    }
  }

  get socketCount(): number {
    return this.ctx.getWebSockets().length;
  }

  private sessionFor(ws: WebSocket): Session {
    let session = this.sessions.get(ws);
    if (session) return session;
    const codec = this.codec;
    const host = typeof this.host === "function" ? this.host(ws) : this.host;
    this.quotas ??= new Quotas(host.limits, Date.now);
    session = new Session(host.quotas ? host : { ...host, quotas: this.quotas }, socketTransport(ws), {
      state: codec ? codec.decode(readAttachment(ws)) : undefined,
      onStateChange: codec ? (state) => this.saveLater(ws, state) : undefined,
      capabilities: (() => {
        const a = ws.deserializeAttachment();
        return isEnvelope(a) ? (a.$auth ?? undefined) : undefined;
      })(),
      onCapabilitiesChange: (caps) => writeCapabilities(ws, caps),
      onUnexpectedError: (err) => console.log(`edgelog: session: ${(err as Error)?.message ?? String(err)}`),
    });
    this.sessions.set(ws, session);
    return session;
  }
}

function socketTransport(ws: WebSocket): Transport {
  return {
    send(bytes) {
      try {
        ws.send(bytes);
        return true;
      } catch {
        return false; // closed under us: the session stops
      }
    },
    sendText(text) {
      try {
        ws.send(text);
        return true;
      } catch {
        return false;
      }
    },
    // workerd exposes no bufferedAmount on a server socket: the client's credit is the only bound on
    // pushes, which is what the protocol's flow control is for; at most limits.creditBytesMax per
    // subscription is outstanding, and reads in flight and requests in service are bounded per socket
    // (core send-flow.ts). A client that keeps granting credit without reading is bounded only by the runtime.
    bufferedBytes: () => 0,
    close(code, reason) {
      try {
        ws.close(code, reason);
      } catch {
        // already closing
      }
    },
  };
}

/**
 * A partition socket's session state as a small attachment (the partition object's and a relay's): every
 * subscription on the socket is for this partition, so an entry is [id, nextOffset, creditBytes] (≤ 50
 * bytes), and [id, nextOffset, creditBytes, minBytes, maxWaitMs] for one that waits (≤ 64 bytes: minBytes
 * ≤ pushBytesMax, maxWaitMs ≤ subscribeWaitMsMax); 16 per socket at most (edgeLimits), ~1 KiB, beside at
 * most 1 KiB of capabilities.
 */
export function partitionSubscriptionCodec(topic: string, partition: number): AttachmentCodec {
  type Entry = [number, number, number] | [number, number, number, number, number];
  type Attachment = { n: number; s: Entry[] };
  return {
    encode(state: SessionState): Attachment {
      const a: Attachment = { n: state.nextSubscriptionId, s: [] };
      for (const r of state.subscriptions) {
        if (r.topic !== topic || r.partition !== partition) continue;
        a.s.push(r.maxWaitMs ? [r.id, r.nextOffset, r.creditBytes, r.minBytes ?? 0, r.maxWaitMs] : [r.id, r.nextOffset, r.creditBytes]);
      }
      if (a.s.length > edgeLimits.subscriptionsPerConnectionMax || JSON.stringify(a).length > attachmentBytesMax) {
        throw new Error(`socket attachment over ${attachmentBytesMax} bytes (${a.s.length} subscriptions)`);
      }
      return a;
    },
    decode(attachment: unknown): SessionState | undefined {
      const a = attachment as Attachment | null;
      if (!a || !Array.isArray(a.s)) return undefined;
      return {
        nextSubscriptionId: a.n,
        subscriptions: a.s.map(([id, nextOffset, creditBytes, minBytes, maxWaitMs]) => (maxWaitMs ? { id, topic, partition, nextOffset, creditBytes, minBytes, maxWaitMs } : { id, topic, partition, nextOffset, creditBytes })),
      };
    },
  };
}
