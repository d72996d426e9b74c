/**
 * The edge deployment's Worker: routes WebSocket upgrades to the Durable Objects that serve them and
 * everything else to the HTTP routes of src/core/http-api.ts (the same table the Node broker serves), over
 * an HttpBackend of Durable Object calls. The objects are in this directory.
 *
 *   /v1/ws                               WebSocket → ClusterDO "cluster" (hello, metadata, admin)
 *   /v1/ws/p/:topic/:partition           WebSocket → PartitionDO "topic/partition" (produce, fetch, subscribe),
 *                                        or a RelayDO "topic/partition/i" of it when the topic has relays;
 *                                        for a replicated topic, its leader "topic/partition@region" (asked of
 *                                        the topic's controller; one that does not answer is replaced)
 *   /v1/ws/p/:topic/:partition/:region   WebSocket → the replica in that region (reads up to the high watermark);
 *                                        "near": the replica nearest the caller (request.cf)
 *   /v1/ws/g/:group                      WebSocket → GroupDO "group" (heartbeats, commits, describe, delete)
 *   GET  /v1/metadata?topics=a,b         JSON metadata (every topic when none is named)
 *   POST /v1/topics/:topic/records       JSON produce, fanned out to the partitions by key (+ OPTIONS, CORS)
 *   GET  /v1/health
 *   GET  /edgelog.js /subscribe.js /track.js (+ .map)  the browser bundles, CORS for any origin (bundle-files.ts)
 */
import { replicationOf, validateTopicName } from "../core/broker.ts";
import { nearestRegion, REGIONS } from "../core/replication.ts";
import { FAILOVER_CALL_TIMEOUT_MS, withTimeout } from "./replica.ts";
import { createHttpHandler, decodePathSegment, errorAnswer, RouteError, type HttpBackend } from "../core/http-api.ts";
import { produceJsonWith } from "../core/http-produce.ts";
import { readBatchHeader } from "../protocol/record-batch.ts";
import { checkGroupId } from "../core/group-manager.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { describeTopic, requireTopicName } from "./cluster-do.ts";
import { edgeLimits } from "./edge-limits.ts";
import { clusterStub, edgeAuth, edgeOrigins, groupStub, partitionStub, replicaStub, topicStub, type Env } from "./env.ts";
import { checkOrigin } from "../core/origins.ts";
import { call } from "./rpc.ts";
import { relaysFor, relayStub, type RelayEnv } from "./relay-do.ts";
import { MISROUTED, RELAY_HEADER, ROUTE_CACHED_HEADER } from "./socket-sessions.ts";
// The browser bundles, built into the Worker: wrangler.toml's [build] runs `npm run build` first.
import bundleTexts from "../../dist/bundles.json" with { type: "json" };
import { bundleRoute } from "../core/bundle-files.ts";

export { ClusterDO } from "./cluster-do.ts";
export { GroupDO } from "./group-do.ts";
export { PartitionDO } from "./partition-do.ts";
export { TopicDO } from "./topic-do.ts";
export { RelayDO } from "./relay-do.ts";

const partitionSocketPath = /^\/v1\/ws\/p\/([^/]+)\/(\d{1,10})(?:\/([a-z]{2,4}))?$/;
const groupSocketPath = /^\/v1\/ws\/g\/([^/]+)$/;

const serveBundle = bundleRoute(bundleTexts);

/** Spreads unkeyed HTTP records over partitions (per isolate; like the Node broker's counter). */
let sticky = 0;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // Public code for pages of any origin: before the auth configuration and the origin allow-list.
    const bundle = serveBundle(request);
    if (bundle) return bundle;
    let auth: ReturnType<typeof edgeAuth>;
    try {
      auth = edgeAuth(env);
    } catch (err) {
      // A malformed key set in the Worker's configuration: nothing is served until it is fixed.
      console.log(`edgelog: auth configuration refused, answering 500 to ${request.method} ${new URL(request.url).pathname}: ${(err as Error)?.message ?? String(err)}`);
      return errorAnswer(request, err, edgeLimits.batchBytesMax);
    }
    try {
      const path = new URL(request.url).pathname;
      if (path.startsWith("/v1/ws")) checkOrigin(edgeOrigins(env), request.headers.get("origin"));
      if (path === "/v1/ws") return await upgrade(request, clusterStub(env));
      const socket = partitionSocketPath.exec(path);
      if (socket) {
        const topic = decodePathSegment(socket[1]!);
        const partition = Number(socket[2]);
        validateTopicName(topic, edgeLimits.topicNameLengthMax);
        if (partition >= edgeLimits.partitionCountMax) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `partition ${partition} is past the ${edgeLimits.partitionCountMax} a topic may have`);
        const region = socket[3];
        if (region === "near") return await upgradeToNearest(request, env, topic, partition);
        if (region !== undefined) {
          if (!(REGIONS as readonly string[]).includes(region)) throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `no region "${region}": replicas are in ${REGIONS.join(", ")}`);
          return await upgrade(request, replicaStub(env, topic, partition, region));
        }
        // A topic with relays (EDGELOG_RELAYS): its sockets go to one of the partition's relays, picked at
        // random, which serve the same protocol from a share of the subscribers (relay-do.ts).
        // Relays serve unreplicated topics only: relays of a replicated topic are not tested against failover.
        const relayCount = relaysFor(env as RelayEnv, topic);
        if (relayCount > 0 && (await routeOf(env, topic, partition)).leader === null) {
          return await upgrade(request, relayStub(env as RelayEnv, topic, partition, Math.floor(Math.random() * relayCount)));
        }
        return await upgradeToLeader(request, env, topic, partition);
      }
      const group = groupSocketPath.exec(path);
      if (group) {
        const groupId = decodePathSegment(group[1]!);
        checkGroupId(groupId);
        return await upgrade(request, groupStub(env, groupId));
      }
    } catch (err) {
      if (!(err instanceof ProtocolError)) console.log(`edgelog: upgrade failed: ${(err as Error)?.message ?? String(err)}`);
      return errorAnswer(request, err, edgeLimits.batchBytesMax);
    }
    return createHttpHandler(backend(env), {
      log: (line) => console.log(`edgelog: ${line}`),
      auth,
      origins: edgeOrigins(env),
      chargeProduce: async (principal, topic, bytes) => void (await call(topicStub(env, topic).chargeProduce(principal, bytes))),
    })(request);
  },
} satisfies ExportedHandler<Env>;

/** The HTTP routes' view of the edge: topics in their TopicDOs, partitions in their PartitionDOs. */
function backend(env: Env): HttpBackend {
  return {
    limits: edgeLimits,
    health: () => ({}),
    metadata: async (names) => (names.length > 0 ? Promise.all(names.map((n) => describeTopic(env, n))) : call(clusterStub(env).allMetadata())),
    async produce(topic, body) {
      requireTopicName(topic);
      const record = await topicStub(env, topic).getRecord();
      if (!record) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${topic}"`);
      const replicated = replicationOf(record.config).replicas > 1;
      return produceJsonWith(record.partitionCount, Date.now(), body, sticky++, (partition, batch) =>
        replicated ? appendToLeader(env, topic, partition, batch) : call(partitionStub(env, topic, partition).append(batch)),
      );
    },
  };
}

/**
 * Where a partition's sockets go, from its topic's controller. Topics known to be unreplicated are
 * remembered per isolate for UNREPLICATED_ROUTE_TTL_MS, so a crowd of subscribers connecting to an
 * ordinary topic does not call its topic object once each. `cached`: the answer came from there; the
 * socket then goes with ROUTE_CACHED_HEADER, and an object that knows no topic (it was deleted and
 * re-created with replicas meanwhile) answers MISROUTED, after which the controller is asked.
 */
const UNREPLICATED_ROUTE_TTL_MS = 5_000;
const unreplicated = new Map<string, number>();
async function routeOf(env: Env, topic: string, partition: number, fresh = false): Promise<{ leader: string | null; epoch: number; regions: string[]; cached: boolean }> {
  const until = unreplicated.get(topic);
  if (!fresh && until !== undefined && until > Date.now()) return { leader: null, epoch: -1, regions: [], cached: true };
  const route = await call(topicStub(env, topic).route(partition));
  if (route.unreplicated) {
    if (unreplicated.size >= 10_000) unreplicated.clear();
    unreplicated.set(topic, Date.now() + UNREPLICATED_ROUTE_TTL_MS);
  } else unreplicated.delete(topic);
  return { ...route, cached: false };
}

/** The socket to the partition's one object (an unreplicated topic), asking the controller again if misrouted. */
async function upgradeUnreplicated(request: Request, env: Env, topic: string, partition: number, cached: boolean, then: () => Promise<Response>): Promise<Response> {
  const response = await upgrade(request, partitionStub(env, topic, partition), cached);
  if (!cached || response.status !== MISROUTED) return response;
  unreplicated.delete(topic);
  return then();
}

/**
 * A partition's socket goes to its leader. Unreplicated: the partition's one object. Replicated: the
 * leader the controller names; if that replica cannot be reached, the controller is told (it elects
 * another from the ISR when the leader is gone) and the socket goes to the leader it names then.
 */
async function upgradeToLeader(request: Request, env: Env, topic: string, partition: number, fresh = false): Promise<Response> {
  const controller = topicStub(env, topic);
  const route = await routeOf(env, topic, partition, fresh);
  if (route.leader === null) return upgradeUnreplicated(request, env, topic, partition, route.cached, () => upgradeToLeader(request, env, topic, partition, true));
  try {
    // A leader in a region cut off by a partition may not answer at all: give it FAILOVER_CALL_TIMEOUT_MS.
    return await withTimeout(upgrade(request, replicaStub(env, topic, partition, route.leader)), `the leader of ${topic}-${partition}`, FAILOVER_CALL_TIMEOUT_MS);
  } catch (err) {
    if (err instanceof RouteError) throw err;
    const next = await call(controller.route(partition, route.leader));
    if (next.leader === null) throw new ProtocolError(ErrorCode.NOT_LEADER, `no leader for ${topic}-${partition}`);
    return upgrade(request, replicaStub(env, topic, partition, next.leader));
  }
}

/**
 * /v1/ws/p/:topic/:partition/near: the replica nearest to the caller (request.cf's position), for reads;
 * the leader when the position is unknown, or the topic is not replicated.
 */
async function upgradeToNearest(request: Request, env: Env, topic: string, partition: number, fresh = false): Promise<Response> {
  const route = await routeOf(env, topic, partition, fresh);
  if (route.leader === null) return upgradeUnreplicated(request, env, topic, partition, route.cached, () => upgradeToNearest(request, env, topic, partition, true));
  const near = nearestRegion(request.cf as { latitude?: unknown; longitude?: unknown } | undefined, route.regions);
  if (near === null || near === route.leader) return upgradeToLeader(request, env, topic, partition);
  return upgrade(request, replicaStub(env, topic, partition, near));
}

/** HTTP produce to a replicated partition: its leader, or the one the controller elects if it is gone. */
async function appendToLeader(env: Env, topic: string, partition: number, batch: Uint8Array): Promise<{ baseOffset: number; duplicate: boolean }> {
  type Appended = { baseOffset: number; duplicate: boolean };
  const controller = topicStub(env, topic);
  const route = await call(controller.route(partition));
  if (route.leader === null) return call(partitionStub(env, topic, partition).append(batch));
  const appendTo = (leader: string | null): Promise<Appended> => {
    if (leader === null) throw new ProtocolError(ErrorCode.NOT_LEADER, `no leader for ${topic}-${partition}`);
    return call(replicaStub(env, topic, partition, leader).append(batch));
  };
  // A typed refusal (over quota, a sequence gap, not enough replicas) is the answer; an unreachable leader
  // is not: the controller checks it (electing another if it is gone) and the batch goes to its answer.
  const unlessRefused = async (err: unknown): Promise<Appended> => {
    if (err instanceof ProtocolError && err.code !== ErrorCode.UNKNOWN && err.code !== ErrorCode.NOT_LEADER) throw err;
    return appendTo((await call(controller.route(partition, route.leader!))).leader);
  };
  const answer = appendTo(route.leader).catch(unlessRefused);
  // A leader in a region cut off by a partition may not answer at all. An append with acks 'all' may
  // rightly wait for its followers for up to replicaLagMaxMs, so the call is not cut short: if it has not
  // answered within FAILOVER_CALL_TIMEOUT_MS the controller checks the leader, and the call goes on
  // waiting only while that leader still leads.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const first = await Promise.race([answer, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), FAILOVER_CALL_TIMEOUT_MS)))]).finally(() => clearTimeout(timer));
  if (first !== null) return first;
  const checked = await call(controller.route(partition, route.leader));
  if (checked.leader === route.leader) return answer;
  answer.catch(() => {}); // it may still answer, late: nobody waits for it now
  // The hung leader may yet store the batch (and a follower copy it before it hears of the new epoch), so
  // only a batch the new leader recognises as a retry is sent again: one with a producer id (the HTTP
  // route's `producer`, which the tracker sends). Any other is answered NOT_LEADER (retriable): stored at
  // most once by this request, and the caller decides whether to send it again.
  if (readBatchHeader(batch).producerId < 0) {
    throw new ProtocolError(ErrorCode.NOT_LEADER, `the leader of ${topic}-${partition} did not answer and another was elected; the records may or may not be stored (send a producer id to retry safely)`);
  }
  return appendTo(checked.leader);
}

/**
 * Forwards a socket's upgrade to an object. The headers objects read are the Worker's to set, never a
 * client's: a relay's (objects trust such a socket as a relay) and `routeCached` (the route came from the
 * Worker's cache of unreplicated topics: see routeOf).
 */
function upgrade(request: Request, stub: { fetch(request: Request): Promise<Response> }, routeCached = false): Promise<Response> {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    throw new RouteError(426, "this path takes a WebSocket upgrade");
  }
  if (routeCached || request.headers.has(RELAY_HEADER) || request.headers.has(ROUTE_CACHED_HEADER)) {
    const headers = new Headers(request.headers);
    headers.delete(RELAY_HEADER);
    if (routeCached) headers.set(ROUTE_CACHED_HEADER, "1");
    else headers.delete(ROUTE_CACHED_HEADER);
    request = new Request(request, { headers });
  }
  return stub.fetch(request);
}
