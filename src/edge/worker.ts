/**
 * The edge deployment's Worker: routes requests to the Durable Objects that serve them. Logic lives in
 * src/core (JSON produce rules, error mapping, metadata); the objects are in this directory.
 *
 *   /v1/ws                               WebSocket → ClusterDO "cluster" (hello, metadata, admin)
 *   /v1/ws/p/:topic/:partition           WebSocket → PartitionDO "topic/partition" (produce, fetch, subscribe)
 *   GET  /v1/metadata?topics=a,b         JSON metadata (every topic when none is named)
 *   POST /v1/topics/:topic/records       JSON produce, fanned out to the partitions by key (+ OPTIONS, CORS)
 *   GET  /v1/health
 */
import { validateTopicName } from "../core/broker.ts";
import { corsHeaders, httpErrorBody, produceJsonWith } from "../core/http-produce.ts";
import { checkMetadataNames } from "../core/session.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { describeTopic, requireTopicName } from "./cluster-do.ts";
import { edgeLimits, httpBodyBytesMax } from "./edge-limits.ts";
import { clusterStub, partitionStub, topicStub, type Env } from "./env.ts";
import { call } from "./rpc.ts";

export { ClusterDO } from "./cluster-do.ts";
export { PartitionDO } from "./partition-do.ts";
export { TopicDO } from "./topic-do.ts";

const partitionSocketPath = /^\/v1\/ws\/p\/([^/]+)\/(\d{1,10})$/;
const recordsPath = /^\/v1\/topics\/([^/]+)\/records$/;

/** Spreads unkeyed HTTP records over partitions (per isolate; like the Node broker's counter). */
let sticky = 0;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    try {
      if (path === "/v1/ws") return upgrade(request, clusterStub(env));
      const socket = partitionSocketPath.exec(path);
      if (socket) {
        const topic = decodeURIComponent(socket[1]!);
        const partition = Number(socket[2]);
        validateTopicName(topic, edgeLimits.topicNameLengthMax);
        if (partition >= edgeLimits.partitionCountMax) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `partition ${partition} is past the ${edgeLimits.partitionCountMax} a topic may have`);
        return upgrade(request, partitionStub(env, topic, partition));
      }
      if (request.method === "OPTIONS" && path.startsWith("/v1/")) return new Response(null, { status: 204, headers: corsHeaders as [string, string][] });
      if (path === "/v1/health" && request.method === "GET") return json(200, { ok: true });
      if (path === "/v1/metadata" && request.method === "GET") {
        const names = checkMetadataNames((url.searchParams.get("topics") ?? "").split(",").filter((n) => n.length > 0), edgeLimits);
        const topics = names.length > 0 ? await Promise.all(names.map((n) => describeTopic(env, n))) : await call(clusterStub(env).allMetadata());
        return json(200, { topics });
      }
      const records = recordsPath.exec(path);
      if (records && request.method === "POST") return json(200, await produce(request, env, decodeURIComponent(records[1]!)));
      return json(404, { error: { code: ErrorCode.INVALID_REQUEST, name: "INVALID_REQUEST", message: "no such route" } });
    } catch (err) {
      const e = httpErrorBody(err);
      return new Response(e.body, { status: e.status, headers: jsonHeaders() });
    }
  },
} satisfies ExportedHandler<Env>;

function upgrade(request: Request, stub: { fetch(request: Request): Promise<Response> }): Promise<Response> | Response {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    return json(426, { error: { code: ErrorCode.INVALID_REQUEST, name: "INVALID_REQUEST", message: "this path takes a WebSocket upgrade" } });
  }
  return stub.fetch(request);
}

async function produce(request: Request, env: Env, topic: string) {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const body = declared > httpBodyBytesMax ? null : await request.arrayBuffer();
  if (body === null || body.byteLength > httpBodyBytesMax) {
    throw new ProtocolError(ErrorCode.RECORD_TOO_LARGE, `body exceeds ${httpBodyBytesMax} bytes`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, "body is not valid JSON");
  }
  requireTopicName(topic);
  const record = await topicStub(env, topic).getRecord();
  if (!record) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${topic}"`);
  return produceJsonWith(record.partitionCount, Date.now(), parsed, sticky++, (partition, batch) =>
    call(partitionStub(env, topic, partition).append(batch)).then((r) => r.baseOffset),
  );
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: jsonHeaders() });
}

function jsonHeaders(): Headers {
  const h = new Headers(corsHeaders as [string, string][]);
  h.set("Content-Type", "application/json");
  return h;
}
