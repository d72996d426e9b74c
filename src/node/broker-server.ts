/**
 * The self-hosted broker: uWebSockets.js in front of the core engine. This file only adapts uWS to the
 * core (Session for `/v1/ws`, produceJson for `POST /v1/topics/:topic/records`); logic belongs in src/core.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import "../protocol/crc32c-native.ts";
import { Broker } from "../core/broker.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import type { JSONWebKeySet } from "jose";
import { createAuthenticator, parseJwksSource, type KeyedAuthenticator } from "../core/auth.ts";
import { createHttpHandler, describeFailure, httpError } from "../core/http-api.ts";
import { checkLoopbackHost, checkOrigin, configuredOriginPolicy, describeOriginPolicy, isLoopbackHost } from "../core/origins.ts";
import { produceJson } from "../core/http-produce.ts";
import { Session, type Transport } from "../core/session.ts";
import { Quotas } from "../core/quota.ts";
import type { Limits } from "../protocol/limits.ts";
import { defaultOpenFilesMax, FilePool, sharedFilePool } from "./file-pool.ts";
import { GroupManager } from "../core/group-manager.ts";
import { groupFamily } from "../core/group-family.ts";
import { FileGroupStore } from "./group-store.ts";
import { NodeBrokerStorage } from "./node-storage.ts";
import { fetchRoute } from "./http-adapter.ts";
import { readBundles } from "./bundles.ts";
import { bundleFileNames, bundleRoute, type BundleContents } from "../core/bundle-files.ts";
import { uws, uwsNative, uwsPackage, type TemplatedApp, type WebSocket, type us_listen_socket } from "./uws.ts";

export interface BrokerServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Where partitions are stored. */
  dataDir: string;
  limits?: Partial<Limits>;
  clock?: Clock;
  /** How often retention runs, ms. Default limits.retentionCheckIntervalMs. 0 = never (tests call enforceRetention). */
  retentionCheckIntervalMs?: number;
  /**
   * How often the sockets are checked for a client that stopped reading (closed once its queue has been
   * over limits.sendQueueBytesMax with no drain for limits.stalledSendMsMax by `clock`), ms. Default a
   * quarter of stalledSendMsMax. 0 = never (tests call closeStalledSockets).
   */
  stallCheckIntervalMs?: number;
  /**
   * Descriptors the partitions' segment files may hold open at once, all partitions together (the pool
   * of src/node/file-pool.ts). Default: the lower of limits.openFilesMax and half the process's soft
   * open-file limit, in one pool shared by every broker of the process that sets neither.
   */
  openFilesMax?: number;
  log?: (line: string) => void;
  /**
   * HS256 secret of the capability tokens (src/core/auth.ts): with it, every request but the hello and the
   * health route needs a token. Default: none, open mode (any client may do anything).
   */
  authSecret?: string;
  /**
   * Public keys of ES256/EdDSA capability tokens, a JWKS (src/core/auth.ts): an http(s) URL (fetched at
   * start, cached, refetched for an unknown kid, at most every authJwksRefetchCooldownMs), a file path, or
   * the set itself. Alone or beside authSecret. A set that cannot be read or is malformed stops the start.
   */
  authJwks?: string | JSONWebKeySet;
  /** A JWKS URL is refetched for an unknown kid at most this often, ms. Default 30 000 (tokenLimits.jwksRefetchCooldownMs). */
  authJwksRefetchCooldownMs?: number;
  /**
   * Origins of the pages that may use the broker (src/core/origins.ts): exact origins or "*". A page off
   * the list is refused 403 on HTTP and on the WebSocket upgrade; clients that send no Origin (servers, the
   * CLI) are not affected. Default: "*" with auth on (tokens, not cookies, carry authority); in open mode,
   * pages served from this machine only (in open mode on loopback a visited page is the way in).
   */
  allowedOrigins?: string[];
  /**
   * Open mode (no auth) on a host other than loopback: refused unless this is set, since anyone who
   * reaches the port could then create, delete, write and read every topic. Default false.
   */
  insecureOpen?: boolean;
  /**
   * How long to keep retrying the bind when the port is held only by TIME_WAIT connections of a previous
   * run, ms. Default 0. (The registry's uWS build binds without SO_REUSEADDR; see listen() below.)
   */
  portWaitMs?: number;
  /** Extra HTTP GET routes (the demo page), path → [content type, body]. */
  staticFiles?: Record<string, [string, string | Uint8Array]>;
  /**
   * The browser bundles served at /edgelog.js, /subscribe.js, /track.js and their maps, to pages of any
   * origin (src/core/bundle-files.ts), by file name. Default: read from dist/ at start (`npm run build`).
   */
  bundles?: BundleContents;
  /**
   * Fault injection for tests: each hook runs first in its handler and may throw, to show that a failure
   * while serving one request or frame stays with that request or socket.
   */
  faults?: {
    http?: (method: string, path: string) => void;
    message?: (bytes: Uint8Array) => void;
  };
}

export interface BrokerServer {
  port: number;
  host: string;
  /** ws://host:port/v1/ws */
  url: string;
  /** http://host:port */
  httpUrl: string;
  broker: Broker;
  /** The consumer groups this broker coordinates (tests drive expiry through it). */
  groups: GroupManager;
  /** Open WebSocket connections. */
  connectionCount(): number;
  /**
   * Bytes queued in uWS for all sockets together, not yet taken by the kernel: the broker's memory for
   * clients slower than it. Per socket, pushes and requests wait past limits.sendQueueBytesMax (core
   * send-flow.ts), a socket past sendQueueBytesHardMax is closed, and one not read for stalledSendMsMax too.
   */
  sendQueueBytes(): number;
  /**
   * The highest sendQueueBytes has been since start. Kept from each socket's queue as seen after every
   * send and drain, which is never below its true size (uWS writes from the queue only in send and before
   * drain), so the true total never passed this.
   */
  sendQueueBytesPeak(): number;
  /** The highest one socket's queue has been since start, seen the same way (bounded per socket by send-flow.ts). */
  socketSendQueueBytesPeak(): number;
  /**
   * What the stall timer runs: each socket's queue is looked at now (by `clock`), and those over the bound
   * with no drain since stalledSendMsMax are closed (1013). Returns how many were closed.
   */
  closeStalledSockets(): number;
  /** Produce quotas and connections per principal, broker-wide (its counters: throttledCount, refusedConnectionCount). */
  quotas: Quotas;
  close(): Promise<void>;
}

interface SocketData {
  session: Session | null;
  closed: boolean;
  /** getBufferedAmount() when last seen (after a send or a drain): its share of queuedTotal. */
  queuedBytes: number;
}

export async function startBroker(opts: BrokerServerOptions): Promise<BrokerServer> {
  const log = opts.log ?? ((line: string) => console.log(`[edgelog] ${line}`));
  const host = opts.host ?? "127.0.0.1";
  const auth = await loadAuth(opts, opts.clock ?? systemClock);
  const authOn = auth !== undefined;
  if (!authOn && !opts.insecureOpen && !isLoopbackHost(host)) {
    throw new Error(
      `refusing to listen on ${host} in open mode (no auth): anyone who reaches it could create, delete, write and read every topic. ` +
        "Turn auth on with --auth-secret S (or EDGELOG_AUTH_SECRET) or --auth-jwks URL|FILE, listen on 127.0.0.1, or pass --insecure-open if you really want an open public broker",
    );
  }
  // Open mode, on loopback (a public interface needs --insecure-open): only this machine's pages, and only
  // requests to this machine's names.
  const loopbackHostOnly = !authOn && !opts.insecureOpen;
  const origins = configuredOriginPolicy(opts.allowedOrigins, loopbackHostOnly);
  const clock = opts.clock ?? systemClock;
  const files =
    opts.openFilesMax !== undefined
      ? new FilePool({ openFilesMax: opts.openFilesMax })
      : opts.limits?.openFilesMax !== undefined
        ? new FilePool({ openFilesMax: defaultOpenFilesMax(opts.limits.openFilesMax) })
        : sharedFilePool();
  log(`segment files: at most ${files.openFilesMax} open at once`);
  const broker = new Broker({ storage: new NodeBrokerStorage(opts.dataDir, clock, log, files), clock, limits: opts.limits, log });
  await broker.start();
  const limits = broker.limits;
  // Consumer groups in-process: one manager for every group, each group kept in a file of its own
  // (group-store.ts); session and rebalance deadlines run from one timer set to the earliest of them.
  let groupTimer: NodeJS.Timeout | null = null;
  const groups: GroupManager = new GroupManager({
    store: new FileGroupStore(opts.dataDir, files, log),
    clock,
    partitionCounts: () => broker.partitionCounts(),
    schedule: (atMs) => {
      if (groupTimer) clearTimeout(groupTimer);
      groupTimer = null;
      if (atMs === null) return;
      groupTimer = setTimeout(() => void groups.expireDue().catch((err) => log(`group expiry failed: ${describeFailure(err)}`)), Math.max(0, atMs - clock()) + 1);
      groupTimer.unref();
    },
    log,
  });
  // One principal table for the whole broker: a token's quota and connection bound span all its sockets.
  const quotas = new Quotas(limits, clock);
  const sessionHost = { ...broker.sessionHost({ families: [groupFamily(groups)], listGroups: () => groups.list() }), auth, quotas };
  const sockets = new Set<WebSocket<SocketData>>();
  let sticky = 0;
  // Every socket's queue as last seen, summed: sendQueueBytesPeak's source.
  let queuedTotal = 0;
  let queuedPeak = 0;
  let socketQueuedPeak = 0;
  // `sent`: ws.send's answer, when called after one. 1 means the message went to the kernel whole and
  // nothing is queued (checked on uWS 20.30: it answers 1 exactly when getBufferedAmount() is 0 after),
  // so the queue is known without asking uWS again: one JS→native call less per push of a fan-out.
  const noteQueue = (ws: WebSocket<SocketData>, data: SocketData, sent?: number) => {
    if (data.closed) return;
    const now = sent === 1 ? 0 : ws.getBufferedAmount();
    queuedTotal += now - data.queuedBytes;
    data.queuedBytes = now;
    if (queuedTotal > queuedPeak) queuedPeak = queuedTotal;
    if (now > socketQueuedPeak) socketQueuedPeak = now;
  };

  const app = uws.App();
  app.ws<SocketData>("/v1/ws", {
    // A frame up to frameBytesMax is read and answered with a typed error if its batch is too large;
    // only a frame beyond this limit closes the socket (1009), as the protocol cannot answer what it
    // never read.
    maxPayloadLength: limits.frameBytesMax,
    // Pushes and requests wait at sendQueueBytesMax (Session's send flow); what was already being read
    // may go beyond it, up to this hard cap, past which uWS would drop a message: we close the socket
    // instead of losing an answer silently.
    maxBackpressure: limits.sendQueueBytesHardMax,
    closeOnBackpressureLimit: 0,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    compression: uws.DISABLED,
    upgrade: (res, req, context) => {
      try {
        opts.faults?.http?.("GET", req.getUrl());
        if (loopbackHostOnly) checkLoopbackHost(req.getHeader("host") || null);
        checkOrigin(origins, req.getHeader("origin") || null);
        res.upgrade<SocketData>(
          { session: null, closed: false, queuedBytes: 0 },
          req.getHeader("sec-websocket-key"),
          req.getHeader("sec-websocket-protocol"),
          req.getHeader("sec-websocket-extensions"),
          context,
        );
      } catch (err) {
        const answer = httpError(err);
        if (answer.status >= 500) log(`websocket upgrade failed: ${describeFailure(err)}`);
        res.cork(() => res.writeStatus(`${answer.status} ${answer.status === 403 ? "Forbidden" : "Internal Server Error"}`).writeHeader("Content-Type", "application/json").end(answer.body));
      }
    },
    open: (ws) =>
      guard(ws, "open", () => {
        const data = ws.getUserData();
        const transport: Transport = {
          send: (bytes) => {
            if (data.closed) return false;
            const sent = ws.send(bytes, true);
            if (sent === 2) {
              // A client that stopped reading: its answers passed the hard cap (pushes stopped at the soft one).
              log(`closing a socket that stopped reading: its send queue passed ${limits.sendQueueBytesHardMax} bytes`);
              ws.end(1013, "send queue over limit");
              return false;
            }
            noteQueue(ws, data, sent);
            return true;
          },
          sendText: (text) => {
            if (data.closed || ws.send(text, false) === 2) return false;
            noteQueue(ws, data);
            return true;
          },
          // The queue as last seen (after each send and drain), not asked of uWS: a fan-out asks it of
          // every subscriber's socket before each push (send-flow.ts mayPush). It is never below the true
          // size but for uWS's own pings and close frame (a few bytes), since uWS writes from its queue only
          // within send and just before calling drain, so the send flow's bounds hold (at worst room shows
          // up at the drain rather than a little before).
          bufferedBytes: () => (data.closed ? 0 : data.queuedBytes),
          close: (code, reason) => {
            if (!data.closed) ws.end(code, reason);
          },
          // ws.send copies into uWS's buffer (or the kernel's) before it returns: a push for many
          // subscribers is written once into one buffer for all of them (core push-frame.ts).
          copiesOnSend: true,
        };
        sockets.add(ws);
        data.session = new Session(sessionHost, transport, { onUnexpectedError: (err) => log(`session: ${describeFailure(err)}`) });
      }),
    message: (ws, message, isBinary) =>
      guard(ws, "message", () => {
        const session = ws.getUserData().session!;
        // uWS reuses `message` after this callback returns; the log keeps batch bytes, so copy once.
        const bytes = new Uint8Array(message.slice(0));
        opts.faults?.message?.(bytes);
        if (isBinary) session.onMessage(bytes);
        else session.onTextMessage(Buffer.from(bytes.buffer).toString("utf8", 0, Math.min(bytes.byteLength, 16)));
      }),
    drain: (ws) =>
      guard(ws, "drain", () => {
        const data = ws.getUserData();
        noteQueue(ws, data);
        data.session?.onDrain();
      }),
    close: (ws) => {
      const data = ws.getUserData();
      data.closed = true;
      sockets.delete(ws);
      queuedTotal -= data.queuedBytes;
      data.queuedBytes = 0;
      try {
        data.session?.close();
      } catch (err) {
        log(`websocket close failed: ${describeFailure(err)}`);
      }
    },
  });

  /**
   * Runs one socket callback. An exception escaping a uWS callback would end the process, so a failure
   * while serving one socket is logged as one line and closes that socket only (1011, internal error).
   */
  function guard(ws: WebSocket<SocketData>, what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      log(`websocket ${what} failed, closing that socket: ${describeFailure(err)}`);
      const data = ws.getUserData();
      if (!data.closed) {
        data.closed = true;
        try {
          ws.end(1011, "internal error");
        } catch {
          // already closed by uWS
        }
      }
    }
  }

  for (const [path, [contentType, body]] of Object.entries(opts.staticFiles ?? {})) {
    app.get(path, (res) => {
      res.writeStatus("200 OK").writeHeader("Content-Type", contentType).end(body);
    });
  }

  // The browser bundles: public code, for pages of any origin (no origin check, CORS for all).
  const bundles = bundleRoute(opts.bundles ?? readBundles());
  const serveBundle = fetchRoute(async (request) => bundles(request)!, { bodyBytesMax: limits.batchBytesMax, log, fault: opts.faults?.http });
  for (const name of bundleFileNames) app.any(`/${name}`, serveBundle);

  // Every other path goes to the core's route table (the same one the Worker serves).
  const http = createHttpHandler(
    {
      limits,
      health: () => {
        broker.checkOpen(); // 503 SHUTTING_DOWN from close() on: a load balancer stops sending here
        return { topics: broker.topicNames().length, connections: sockets.size };
      },
      metadata: async (names) => broker.topicAdmin().metadata(names),
      produce: (topic, body) => produceJson(broker, topic, body, sticky++),
    },
    { log, auth, origins, loopbackHostOnly, chargeProduce: (principal, _topic, bytes) => quotas.produceHttp(principal, bytes) },
  );
  app.any("/*", fetchRoute(http, { bodyBytesMax: limits.batchBytesMax, log, fault: opts.faults?.http }));

  let listenSocket: us_listen_socket;
  try {
    listenSocket = await listen(app, host, opts.port ?? 8080, opts.portWaitMs ?? 0, log);
  } catch (err) {
    await broker.close();
    throw err;
  }
  const port = uws.us_socket_local_port(listenSocket as never);

  // Clients that stopped reading: each session decides (send-flow.ts checkStalled); this is only the clock.
  const stallCheckMs = opts.stallCheckIntervalMs ?? Math.max(100, limits.stalledSendMsMax / 4);
  const closeStalledSockets = () => {
    const now = clock();
    let closedCount = 0;
    for (const ws of [...sockets]) {
      const data = ws.getUserData();
      if (data.closed) continue;
      guard(ws, "stall check", () => {
        if (data.session?.checkStalled(now)) closedCount++;
      });
    }
    if (closedCount > 0) log(`closed ${closedCount} socket(s) that stopped reading: over ${limits.sendQueueBytesMax} bytes queued and not drained for ${limits.stalledSendMsMax} ms`);
    return closedCount;
  };
  const stallTimer = stallCheckMs > 0 ? setInterval(closeStalledSockets, stallCheckMs) : null;
  stallTimer?.unref();

  const retentionMs = opts.retentionCheckIntervalMs ?? limits.retentionCheckIntervalMs;
  const retentionTimer = retentionMs > 0 ? setInterval(() => void broker.enforceRetention(), retentionMs) : null;
  retentionTimer?.unref();

  log(`uWebSockets.js ${uwsNative ? "native build" : "pure-JS FALLBACK (slower)"} from ${uwsPackage}`);
  log(auth ? `auth on: every request needs a capability token (${auth.description})` : "auth OFF (open mode): any client that reaches this port may create, delete, write and read every topic; set --auth-secret (EDGELOG_AUTH_SECRET) or --auth-jwks (EDGELOG_AUTH_JWKS)");
  // In the unit the value was most likely set in (the defaults are 1 GiB/s, printed "1 GiB", not "1,073.742 MB").
  const mb = (bytes: number) =>
    bytes % 2 ** 30 === 0 ? `${bytes / 2 ** 30} GiB` : bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes.toLocaleString("en-US")} B`;
  log(
    `quotas: produce ${mb(limits.produceBytesPerSecondPerConnection)}/s and ${limits.produceRequestsPerSecondPerConnection.toLocaleString("en-US")} requests/s per connection, ` +
      `${mb(limits.produceBytesPerSecondPerPrincipal)}/s and ${limits.produceRequestsPerSecondPerPrincipal.toLocaleString("en-US")} requests/s per token subject, ` +
      `${limits.connectionsPerPrincipalMax} connections per token subject (--quotas, EDGELOG_QUOTAS)`,
  );
  if (!auth && opts.insecureOpen && !isLoopbackHost(host)) log(`--insecure-open: open mode on ${host}, a public interface; anyone who reaches it may do anything`);
  log(`origins: ${describeOriginPolicy(origins)}`);
  log(`listening on ws://${host}:${port}/v1/ws and http://${host}:${port} (data in ${opts.dataDir})`);

  let closed = false;
  return {
    port,
    host,
    url: `ws://${host}:${port}/v1/ws`,
    httpUrl: `http://${host}:${port}`,
    broker,
    groups,
    connectionCount: () => sockets.size,
    quotas,
    sendQueueBytes: () => {
      let bytes = 0;
      for (const ws of sockets) bytes += ws.getBufferedAmount();
      return bytes;
    },
    sendQueueBytesPeak: () => queuedPeak,
    socketSendQueueBytesPeak: () => socketQueuedPeak,
    closeStalledSockets,
    async close() {
      if (closed) return;
      closed = true;
      if (retentionTimer) clearInterval(retentionTimer);
      if (stallTimer) clearInterval(stallTimer);
      if (groupTimer) clearTimeout(groupTimer);
      uws.us_listen_socket_close(listenSocket);
      for (const ws of [...sockets]) {
        const data = ws.getUserData();
        if (!data.closed) ws.end(1001, "broker shutting down");
      }
      await broker.close();
    },
  };
}

/**
 * Binds the port. The registry's uWS build (v20.30) sets no SO_REUSEADDR, so for about 60 s after a
 * previous broker on the same port closed connections, their TIME_WAIT entries make bind fail (the kernel
 * lets a new listener through only when both had SO_REUSEADDR). When no socket is LISTENing on the port
 * (Linux: /proc/net/tcp*), that is the only thing in the way, so we wait up to portWaitMs and say so.
 */
async function listen(app: TemplatedApp, host: string, port: number, portWaitMs: number, log: (line: string) => void): Promise<us_listen_socket> {
  // uSockets listens with SO_REUSEPORT: a second broker on the port would bind beside the first and the
  // kernel would share the connections between the two. A plain socket (no SO_REUSEPORT) is refused there;
  // it is refused too by connections left on the port (not listening), which the loop below waits out.
  if (port !== 0 && !(await portFree(host, port)) && !(await nobodyListensOn(port))) {
    throw new Error(`cannot listen on ${host}:${port}: the port is in use by another process`);
  }
  const tryListen = () => new Promise<us_listen_socket | false>((resolve) => app.listen(host, port, (token) => resolve(token)));
  const deadline = Date.now() + portWaitMs;
  let said = false;
  for (;;) {
    const token = await tryListen();
    if (token) return token;
    const onlyTimeWait = port !== 0 && (await nobodyListensOn(port));
    if (!onlyTimeWait) throw new Error(`cannot listen on ${host}:${port}: the port is in use by another process`);
    if (Date.now() >= deadline) {
      throw new Error(`cannot listen on ${host}:${port} yet: connections of a previous broker on this port are in TIME_WAIT (up to 60 s); retry, or raise --port-wait-ms`);
    }
    if (!said) log(`port ${port} is held by TIME_WAIT connections of a previous run; waiting up to ${portWaitMs} ms`);
    said = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** False when binding host:port fails with EADDRINUSE (a listener is there); a probe, closed at once. */
function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => (err.code === "EADDRINUSE" ? resolve(false) : reject(err)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** True when /proc shows no LISTEN socket on the port (false when it cannot tell). */
async function nobodyListensOn(port: number): Promise<boolean> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  let seen = false;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    seen = true;
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] = local "ADDR:PORT", cols[3] = state; 0A = LISTEN.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A") return false;
    }
  }
  return seen;
}

/**
 * The broker's token verifier from its options (src/core/auth.ts), keys loaded: a JWKS file is read and
 * checked and its keys imported, a JWKS URL fetched once, so a bad key set stops the broker before it
 * listens instead of refusing every client after.
 */
async function loadAuth(opts: BrokerServerOptions, clock: Clock): Promise<KeyedAuthenticator | undefined> {
  let jwks: JSONWebKeySet | URL | undefined;
  if (typeof opts.authJwks === "string" && /^https?:\/\//i.test(opts.authJwks)) {
    jwks = parseJwksSource(opts.authJwks, "auth JWKS");
  } else if (typeof opts.authJwks === "string") {
    const where = `auth JWKS file ${opts.authJwks}`;
    let text: string;
    try {
      text = await readFile(opts.authJwks, "utf8");
    } catch (err) {
      throw new Error(`${where}: cannot be read: ${(err as Error).message}`);
    }
    jwks = parseJwksSource(text, where);
    if (jwks instanceof URL) throw new Error(`${where}: holds a URL; pass the URL itself`);
  } else {
    jwks = opts.authJwks;
  }
  const auth = createAuthenticator({ secret: opts.authSecret || undefined, jwks, clock, jwksRefetchCooldownMs: opts.authJwksRefetchCooldownMs });
  await auth?.ready();
  return auth;
}
