/**
 * The self-hosted broker: uWebSockets.js in front of the core engine. This file only adapts uWS to the
 * core (Session for `/v1/ws`, produceJson for `POST /v1/topics/:topic/records`); logic belongs in src/core.
 */
import { readFile } from "node:fs/promises";
import { concatBytes } from "../protocol/bytes.ts";
import "../protocol/crc32c-native.ts";
import { Broker } from "../core/broker.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { corsHeaders, httpErrorBody, produceJson } from "../core/http-produce.ts";
import { Session, type Transport } from "../core/session.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { Limits } from "../protocol/limits.ts";
import { NodeBrokerStorage } from "./node-storage.ts";
import { uws, uwsNative, uwsPackage, type HttpResponse, type TemplatedApp, type WebSocket, type us_listen_socket } from "./uws.ts";

export interface BrokerServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (there is no authentication yet). */
  host?: string;
  /** Where partitions are stored. */
  dataDir: string;
  limits?: Partial<Limits>;
  clock?: Clock;
  /** How often retention runs, ms. Default limits.retentionCheckIntervalMs. 0 = never (tests call enforceRetention). */
  retentionCheckIntervalMs?: number;
  log?: (line: string) => void;
  /**
   * How long to keep retrying the bind when the port is held only by TIME_WAIT connections of a previous
   * run, ms. Default 0. (The registry's uWS build binds without SO_REUSEADDR; see listen() below.)
   */
  portWaitMs?: number;
  /** Extra HTTP GET routes (the demo page), path → [content type, body]. */
  staticFiles?: Record<string, [string, string | Uint8Array]>;
}

export interface BrokerServer {
  port: number;
  host: string;
  /** ws://host:port/v1/ws */
  url: string;
  /** http://host:port */
  httpUrl: string;
  broker: Broker;
  /** Open WebSocket connections. */
  connectionCount(): number;
  close(): Promise<void>;
}

interface SocketData {
  session: Session | null;
  closed: boolean;
}

export async function startBroker(opts: BrokerServerOptions): Promise<BrokerServer> {
  const log = opts.log ?? ((line: string) => console.log(`[edgelog] ${line}`));
  const clock = opts.clock ?? systemClock;
  const broker = new Broker({ storage: new NodeBrokerStorage(opts.dataDir, clock, log), clock, limits: opts.limits, log });
  await broker.start();
  const limits = broker.limits;
  const sessionHost = broker.sessionHost();
  const sockets = new Set<WebSocket<SocketData>>();
  let sticky = 0;

  const app = uws.App();
  app.ws<SocketData>("/v1/ws", {
    // A frame up to frameBytesMax is read and answered with a typed error if its batch is too large;
    // only a frame beyond this limit closes the socket (1009), as the protocol cannot answer what it
    // never read.
    maxPayloadLength: limits.frameBytesMax,
    // Pushes stop at sendQueueBytesMax (Session checks); answers may go beyond it, up to this hard cap,
    // past which uWS would drop a message: we close the socket instead of losing an answer silently.
    maxBackpressure: limits.sendQueueBytesMax * 4,
    closeOnBackpressureLimit: 0,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    compression: uws.DISABLED,
    upgrade: (res, req, context) => {
      res.upgrade<SocketData>(
        { session: null, closed: false },
        req.getHeader("sec-websocket-key"),
        req.getHeader("sec-websocket-protocol"),
        req.getHeader("sec-websocket-extensions"),
        context,
      );
    },
    open: (ws) => {
      const data = ws.getUserData();
      const transport: Transport = {
        send: (bytes) => {
          if (data.closed) return false;
          if (ws.send(bytes, true) === 2) {
            ws.end(1013, "send queue over limit");
            return false;
          }
          return true;
        },
        sendText: (text) => !data.closed && ws.send(text, false) !== 2,
        bufferedBytes: () => (data.closed ? 0 : ws.getBufferedAmount()),
        close: (code, reason) => {
          if (!data.closed) ws.end(code, reason);
        },
      };
      data.session = new Session(sessionHost, transport);
      sockets.add(ws);
    },
    message: (ws, message, isBinary) => {
      const session = ws.getUserData().session!;
      // uWS reuses `message` after this callback returns; the log keeps batch bytes, so copy once.
      if (isBinary) session.onMessage(new Uint8Array(message.slice(0)));
      else session.onTextMessage(Buffer.from(message).toString("utf8", 0, Math.min(message.byteLength, 16)));
    },
    drain: (ws) => ws.getUserData().session?.onDrain(),
    close: (ws) => {
      const data = ws.getUserData();
      data.closed = true;
      data.session?.close();
      sockets.delete(ws);
    },
  });

  app.options("/v1/*", (res) => {
    res.writeStatus("204 No Content");
    for (const [k, v] of corsHeaders) res.writeHeader(k, v);
    res.end();
  });

  app.post("/v1/topics/:topic/records", (res, req) => {
    const topic = decodeURIComponent(req.getParameter(0));
    const state = { aborted: false };
    res.onAborted(() => (state.aborted = true));
    readBody(res, limits.batchBytesMax, state, (body) => {
      if (body === null) return respond(res, state, 413, JSON.stringify({ error: { code: ErrorCode.RECORD_TOO_LARGE, name: "RECORD_TOO_LARGE", message: `body exceeds ${limits.batchBytesMax} bytes` } }));
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(body).toString("utf8"));
      } catch {
        const e = httpErrorBody(new ProtocolError(ErrorCode.INVALID_REQUEST, "body is not valid JSON"));
        return respond(res, state, e.status, e.body);
      }
      produceJson(broker, topic, json, sticky++).then(
        (answer) => respond(res, state, 200, JSON.stringify(answer)),
        (err) => {
          const e = httpErrorBody(err);
          respond(res, state, e.status, e.body);
        },
      );
    });
  });

  app.get("/v1/health", (res) => {
    respond(res, { aborted: false }, 200, JSON.stringify({ ok: true, topics: broker.topicNames().length, connections: sockets.size }));
  });

  for (const [path, [contentType, body]] of Object.entries(opts.staticFiles ?? {})) {
    app.get(path, (res) => {
      res.writeStatus("200 OK").writeHeader("Content-Type", contentType).end(body);
    });
  }

  app.any("/*", (res) => {
    respond(res, { aborted: false }, 404, JSON.stringify({ error: { code: ErrorCode.INVALID_REQUEST, name: "INVALID_REQUEST", message: "no such route" } }));
  });

  const host = opts.host ?? "127.0.0.1";
  let listenSocket: us_listen_socket;
  try {
    listenSocket = await listen(app, host, opts.port ?? 8080, opts.portWaitMs ?? 0, log);
  } catch (err) {
    await broker.close();
    throw err;
  }
  const port = uws.us_socket_local_port(listenSocket as never);

  const retentionMs = opts.retentionCheckIntervalMs ?? limits.retentionCheckIntervalMs;
  const retentionTimer = retentionMs > 0 ? setInterval(() => void broker.enforceRetention(), retentionMs) : null;
  retentionTimer?.unref();

  log(`uWebSockets.js ${uwsNative ? "native build" : "pure-JS FALLBACK (slower)"} from ${uwsPackage}`);
  log(`listening on ws://${host}:${port}/v1/ws and http://${host}:${port} (data in ${opts.dataDir})`);

  let closed = false;
  return {
    port,
    host,
    url: `ws://${host}:${port}/v1/ws`,
    httpUrl: `http://${host}:${port}`,
    broker,
    connectionCount: () => sockets.size,
    async close() {
      if (closed) return;
      closed = true;
      if (retentionTimer) clearInterval(retentionTimer);
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
    if (!said) log(`port ${port} is held by TIME_WAIT connections of a previous run; waiting up to ${Math.round(portWaitMs / 1000)} s`);
    said = true;
    await new Promise((r) => setTimeout(r, 500));
  }
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

/** Collects a request body up to maxBytes; calls back with null when it is bigger. */
function readBody(res: HttpResponse, maxBytes: number, state: { aborted: boolean }, done: (body: Uint8Array | null) => void): void {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  res.onData((chunk, isLast) => {
    if (!over) {
      total += chunk.byteLength;
      if (total > maxBytes) over = true;
      // uWS reuses the chunk's memory after this callback: copy.
      else chunks.push(new Uint8Array(chunk.slice(0)));
    }
    if (isLast && !state.aborted) done(over ? null : concatBytes(chunks));
  });
}


function respond(res: HttpResponse, state: { aborted: boolean }, status: number, body: string): void {
  if (state.aborted) return;
  res.cork(() => {
    res.writeStatus(`${status} ${statusText[status] ?? ""}`);
    res.writeHeader("Content-Type", "application/json");
    for (const [k, v] of corsHeaders) res.writeHeader(k, v);
    res.end(body);
  });
}

const statusText: Record<number, string> = { 200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 413: "Payload Too Large", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable" };
