/**
 * The HTTP routes, once, over the Fetch API's Request and Response: the Worker serves them as they are and
 * the Node broker adapts uWebSockets.js to them (src/node/http-adapter.ts). A deployment supplies an
 * HttpBackend (where topics and partitions are); the paths, the validation, the limits and the error
 * answers live here.
 *
 *   OPTIONS /v1/*                       CORS preflight
 *   GET     /v1/health                  { ok: true, … }
 *   GET     /v1/metadata?topics=a,b     { topics: [...] } (every topic when none is named)
 *   POST    /v1/topics/:topic/records   JSON produce (see http-produce.ts)
 *
 * With auth on (HttpApiOptions.auth), every route but health and the preflight needs `Authorization: Bearer
 * <token>` carrying the capability the route needs (auth.ts): produce on the topic for a produce, for
 * metadata a capability on each named topic (admin on "*" for every topic).
 *
 * Every answer is JSON: a success, or `{ "error": { "code", "name", "message" } }` with a status from the
 * code. A client mistake (a malformed escape, a body too deep or too big, an unknown topic) is a 4xx; only a
 * failure of ours is a 5xx, and its message says nothing of the server (no paths, no stacks).
 */
import { concatBytes } from "../protocol/bytes.ts";
import { ErrorCode, ProtocolError, errorInfo, type ErrorCodeValue } from "../protocol/errors.ts";
import type { pb } from "../protocol/frames.ts";
import type { Limits } from "../protocol/limits.ts";
import { validateTopicName } from "./broker.ts";
import { checkMetadataNames } from "./admin-family.ts";
import type { JsonProduceAnswer } from "./http-produce.ts";
import { allows, bearerToken, unauthorized, type Authenticator, type Capabilities } from "./auth.ts";
import { anyOrigin, applyCorsOrigin, checkLoopbackHost, checkOrigin, type OriginPolicy } from "./origins.ts";

export interface HttpBackend {
  readonly limits: Limits;
  /** Extra fields of the health answer. */
  health(): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Metadata of the named topics (already checked against metadataTopicsMax), every topic when none. */
  metadata(names: string[]): Promise<pb.ITopicMetadata[]>;
  /** Appends the parsed JSON body's records to `topic` (a syntactically valid topic name). */
  produce(topic: string, body: unknown): Promise<JsonProduceAnswer>;
}

export interface HttpApiOptions {
  /** Told about every failure that answered 5xx (the client gets only a code). */
  log?: (line: string) => void;
  /** Auth on: requests need a Bearer token. Absent: open mode. */
  auth?: Authenticator;
  /**
   * Which pages may call the routes (origins.ts): a request with an Origin off the list is refused 403
   * FORBIDDEN_ORIGIN, with CORS for its origin so the page can read why. Default: every origin (`*`).
   */
  origins?: OriginPolicy;
  /** Open mode on loopback (the Node broker): refuse a Host that is not this machine (origins.ts checkLoopbackHost). */
  loopbackHostOnly?: boolean;
  /**
   * Charges a produce of `bytes` (the request body) to the token's subject, or throws THROTTLED (429 with
   * Retry-After): the Node broker's Quotas, a topic object's at the edge (src/core/quota.ts). Called with
   * auth on only: in open mode an HTTP request has neither principal nor connection to charge.
   */
  chargeProduce?: (principal: string, topic: string, bytes: number) => void | Promise<void>;
}

export type HttpHandler = (request: Request) => Promise<Response>;

const recordsPath = /^\/v1\/topics\/([^/]+)\/records$/;

/** The route table. The handler never rejects: every failure is an error answer. */
export function createHttpHandler(backend: HttpBackend, opts: HttpApiOptions = {}): HttpHandler {
  const origins = opts.origins ?? anyOrigin;
  const route = routes(backend, opts);
  return async (request) => {
    const origin = request.headers.get("origin");
    let response: Response;
    try {
      // Before any route (health too): a page off the list gets only its refusal. Its preflight is answered,
      // as it grants nothing (the request it announces is refused here): refused, the browser would not send
      // that request, and the page would see a network error where it can read FORBIDDEN_ORIGIN.
      if (opts.loopbackHostOnly) checkLoopbackHost(request.headers.get("host"));
      if (request.method !== "OPTIONS") checkOrigin(origins, origin);
      response = await route(request);
    } catch (err) {
      response = await errorAnswer(request, err, backend.limits.batchBytesMax);
    }
    applyCorsOrigin(response.headers, origins, origin);
    return response;
  };
}

function routes(backend: HttpBackend, opts: HttpApiOptions): HttpHandler {
  const l = backend.limits;
  return async (request) => {
    let path = "?";
    try {
      const url = new URL(request.url);
      path = url.pathname;
      const method = request.method;
      if (!path.startsWith("/v1/")) throw routeError(404, "no such route");
      if (method === "OPTIONS") return new Response(null, { status: 204, headers: corsHeaders as [string, string][] });
      if (path === "/v1/health") {
        allow(method, "GET");
        return jsonResponse(200, { ok: true, ...(await backend.health()) });
      }
      if (path === "/v1/metadata") {
        allow(method, "GET");
        // ?topics=a,b and ?topics=a&topics=b name the same topics.
        const names = url.searchParams.getAll("topics").flatMap((t) => t.split(",")).filter((n) => n.length > 0);
        const caps = await authorize(opts.auth, request);
        if (caps) {
          if (names.length === 0 && !allows(caps, "admin", "*")) throw unauthorized('metadata of every topic needs admin on "*"; name the topics');
          for (const n of names) if (!allows(caps, "consume", n) && !allows(caps, "produce", n) && !allows(caps, "admin", n)) throw unauthorized(`token of "${caps.sub}" has no capability on topic "${n.slice(0, 64)}"`);
        }
        return jsonResponse(200, { topics: await backend.metadata(checkMetadataNames(names, l)) });
      }
      const records = recordsPath.exec(path);
      if (records) {
        allow(method, "POST");
        const topic = decodePathSegment(records[1]!);
        const caps = await authorize(opts.auth, request);
        if (caps && !allows(caps, "produce", topic)) throw unauthorized(`token of "${caps.sub}" has no produce capability on topic "${topic.slice(0, 64)}"`);
        // A name no topic can have is refused at once, without a lookup, and says why (as the CLI does).
        validateTopicName(topic, l.topicNameLengthMax);
        const raw = await readBodyBounded(request, l.batchBytesMax);
        if (caps && opts.chargeProduce) await opts.chargeProduce(caps.sub, topic, raw.byteLength);
        const body = parseJsonBody(raw, l.jsonDepthMax);
        if (caps?.keyIsSubject) checkJsonKeys(caps, body);
        return jsonResponse(200, await backend.produce(topic, body));
      }
      // The socket paths reach here only without an upgrade (the edge's Worker answers those itself).
      if (path === "/v1/ws" || path.startsWith("/v1/ws/")) throw routeError(426, "this path takes a WebSocket upgrade");
      throw routeError(404, "no such route");
    } catch (err) {
      if (!(err instanceof ProtocolError) && !(err instanceof RouteError)) opts.log?.(`http ${request.method} ${path.slice(0, 200)}: ${describeFailure(err)}`);
      return errorAnswer(request, err, l.batchBytesMax);
    }
  };
}

/**
 * keyIsSubject over HTTP: every record's `key` must be the token's subject, as on the socket (a browser
 * writes only its own user's events). A body of the wrong shape is left to the produce route to refuse.
 */
function checkJsonKeys(caps: Capabilities, body: unknown): void {
  const records = (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return;
  for (const r of records) {
    if ((r as { key?: unknown } | null)?.key !== caps.sub) throw unauthorized(`token of "${caps.sub}" may only write records whose key is "${caps.sub}"`);
  }
}

/** With auth on, the Bearer token's verified capabilities (UNAUTHORIZED without one); null in open mode. */
async function authorize(auth: Authenticator | undefined, request: Request): Promise<Capabilities | null> {
  if (!auth) return null;
  const caps = await auth.verify(bearerToken(request.headers.get("authorization")));
  if (auth.clock() >= caps.expiresAtMs) throw unauthorized("token expired");
  return caps;
}

/**
 * The error answer to `request`. An unread body is read first (up to bytesMax): a runtime that sees a body
 * left unread closes the connection, and a keep-alive client's next request on it would fail.
 */
export async function errorAnswer(request: Request, err: unknown, bytesMax: number): Promise<Response> {
  const answer = httpError(err);
  if (!request.bodyUsed && request.body) await discardRest(request.body.getReader(), 0, bytesMax * discardFactor);
  return answer.response();
}

/**
 * How much of a refused body is still read (as a multiple of the body bound) so that the client gets its
 * answer: a server that answers early and closes makes most clients (Node's http, fetch) report a reset
 * instead of the 413 JSON. Past this, the connection is given up.
 */
const discardFactor = 4;

/**
 * Reads and drops the rest of a body of which `readBytes` were read, until it ends or passes `bytesMax`;
 * past that it cancels (the runtime then closes the connection). A failing read (the client went away) ends it.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, readBytes: number, bytesMax: number): Promise<void> {
  try {
    for (let total = readBytes; ; ) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > bytesMax) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // the client went away
  }
}

/** A path segment, percent-decoded; a malformed escape is the client's mistake (INVALID_REQUEST). */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `malformed percent escape in path segment "${segment.slice(0, 64)}"`);
  }
}

/**
 * The body as JSON, read up to `bytesMax` (413 past it, without reading the rest) and refused when it nests
 * deeper than `depthMax`: JSON.stringify and every walk of the value recurse, so a value 100,000 levels deep
 * would exhaust the stack in our code instead of being the client's error.
 */
export async function readJsonBody(request: Request, bytesMax: number, depthMax: number): Promise<unknown> {
  return parseJsonBody(await readBodyBounded(request, bytesMax), depthMax);
}

/** A body read by readBodyBounded, parsed as JSON nested at most depthMax deep. */
export function parseJsonBody(body: Uint8Array, depthMax: number): unknown {
  const depth = jsonNestingDepth(body, depthMax);
  if (depth > depthMax) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `body nests deeper than ${depthMax} levels`);
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, "body is not valid JSON");
  }
}

/** Reads a request body, refusing (RECORD_TOO_LARGE, 413) as soon as it passes bytesMax. */
export async function readBodyBounded(request: Request, bytesMax: number): Promise<Uint8Array> {
  const tooLarge = () => new ProtocolError(ErrorCode.RECORD_TOO_LARGE, `body exceeds ${bytesMax} bytes`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > bytesMax) throw tooLarge(); // unread: errorAnswer drops it before answering
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // A body that fails mid-read (the client went away, a broken chunked encoding) is the client's
    // failure, not ours: a 400, not a 500 logged as a server error.
    const { done, value } = await reader.read().catch(() => {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, "the request body could not be read to its end");
    });
    if (done) break;
    total += value.byteLength;
    if (total > bytesMax) {
      // Read the rest (up to a bound) and drop it, so the client reads the 413 instead of a reset.
      await discardRest(reader, total, bytesMax * discardFactor);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/**
 * How deep arrays and objects nest in a JSON text, counted without parsing; stops counting once past
 * `stopAfter`. Works on UTF-8 bytes: the bytes it looks at ("[{]}\\) never occur inside a multi-byte
 * character. Invalid JSON gives some depth; JSON.parse then refuses it.
 */
export function jsonNestingDepth(text: Uint8Array, stopAfter: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > stopAfter) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * CORS for the HTTP routes. The origin header is `*` here; createHttpHandler sets it per request from the
 * allow-list (origins.ts applyCorsOrigin).
 */
export const corsHeaders: readonly (readonly [string, string])[] = [
  ["Access-Control-Allow-Origin", "*"],
  ["Access-Control-Allow-Methods", "POST, GET, OPTIONS"],
  ["Access-Control-Allow-Headers", "content-type, authorization"],
  ["Access-Control-Max-Age", "86400"],
];

export function httpStatusForError(code: ErrorCodeValue): number {
  switch (code) {
    case ErrorCode.INVALID_REQUEST:
    case ErrorCode.CORRUPT_BATCH:
    case ErrorCode.UNKNOWN_PARTITION:
    case ErrorCode.OFFSET_OUT_OF_RANGE:
      return 400;
    case ErrorCode.UNAUTHORIZED:
      return 401;
    case ErrorCode.FORBIDDEN_ORIGIN:
      return 403;
    case ErrorCode.UNKNOWN_TOPIC:
      return 404;
    case ErrorCode.TOPIC_EXISTS:
    // An idempotent producer's sequence or epoch does not fit what the partition stored (http-produce.ts).
    case ErrorCode.OUT_OF_ORDER_SEQUENCE:
    case ErrorCode.UNKNOWN_PRODUCER_ID:
    case ErrorCode.FENCED:
      return 409;
    case ErrorCode.RECORD_TOO_LARGE:
      return 413;
    case ErrorCode.THROTTLED:
      return 429;
    case ErrorCode.STORAGE_ERROR:
    case ErrorCode.SHUTTING_DOWN:
    case ErrorCode.NOT_LEADER:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.TIMEOUT:
      return 503;
    default:
      return 500;
  }
}

/** What a failure answers over HTTP: its status and JSON body. Anything but a ProtocolError is ours: 500, no detail. */
export function httpError(err: unknown): { status: number; body: string; response(): Response } {
  let status: number;
  let code: ErrorCodeValue;
  let message: string;
  if (err instanceof RouteError) {
    status = err.status;
    code = ErrorCode.INVALID_REQUEST;
    message = err.message;
  } else if (err instanceof ProtocolError) {
    code = err.code;
    status = httpStatusForError(code);
    message = err.message;
  } else {
    code = ErrorCode.UNKNOWN;
    status = 500;
    message = errorInfo(ErrorCode.UNKNOWN).description;
  }
  const retryAfterMs = err instanceof ProtocolError && err.retryAfterMs > 0 ? err.retryAfterMs : 0;
  const body = JSON.stringify({ error: { code, name: errorInfo(code).name, message, ...(retryAfterMs ? { retryAfterMs } : {}) } });
  const headers: [string, string][] = [...(corsHeaders as [string, string][]), ["Content-Type", "application/json"]];
  if (err instanceof RouteError && err.allow) headers.push(["Allow", err.allow]);
  // HTTP's hint is in whole seconds (RFC 9110), rounded up; the body keeps the milliseconds.
  if (retryAfterMs) headers.push(["Retry-After", String(Math.ceil(retryAfterMs / 1000))]);
  return { status, body, response: () => new Response(body, { status, headers }) };
}

export function jsonResponse(status: number, value: unknown): Response {
  const headers = new Headers(corsHeaders as [string, string][]);
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(value), { status, headers });
}

/** One line about an unexpected failure, for the server's log (the client never sees it). */
export function describeFailure(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  return String(err).slice(0, 500);
}

/** A route-level refusal (no such route, wrong method, not an upgrade): INVALID_REQUEST with its own status. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly allow?: string,
  ) {
    super(message);
  }
}

function routeError(status: number, message: string): RouteError {
  return new RouteError(status, message);
}

/** Refuses other methods with 405. HEAD goes wherever GET does (the runtime or the adapter drops the body). */
function allow(method: string, allowed: "GET" | "POST"): void {
  if (method === allowed || (allowed === "GET" && method === "HEAD")) return;
  const allowHeader = allowed === "GET" ? "GET, HEAD, OPTIONS" : `${allowed}, OPTIONS`;
  throw new RouteError(405, `${method.slice(0, 16)} is not allowed here; use ${allowed}`, allowHeader);
}

