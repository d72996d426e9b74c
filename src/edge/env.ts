/**
 * The Worker's bindings and how objects are named: one PartitionDO per partition ("topic/partition"),
 * one TopicDO per topic (its name), one GroupDO per consumer group (its id), one ClusterDO ("cluster")
 * for the bootstrap socket and the lists of topics and groups.
 */
import type { ClusterDO } from "./cluster-do.ts";
import type { GroupDO } from "./group-do.ts";
import type { PartitionDO } from "./partition-do.ts";
import type { TopicDO } from "./topic-do.ts";
import { createAuthenticator, parseJwksSource, type Authenticator } from "../core/auth.ts";
import { configuredOriginPolicy, parseOriginList, type OriginPolicy } from "../core/origins.ts";

export interface Env {
  PARTITION: DurableObjectNamespace<PartitionDO>;
  TOPIC: DurableObjectNamespace<TopicDO>;
  CLUSTER: DurableObjectNamespace<ClusterDO>;
  GROUP: DurableObjectNamespace<GroupDO>;
  /** Worker secret (`wrangler secret put EDGELOG_AUTH_SECRET`): HS256 key of the capability tokens. Unset: open mode. */
  EDGELOG_AUTH_SECRET?: string;
  /**
   * Worker var or secret: public keys of ES256/EdDSA capability tokens, the JSON of a JWKS or the http(s) URL
   * of one (fetched by each isolate, cached, refetched for an unknown kid). Alone or beside the secret.
   */
  EDGELOG_AUTH_JWKS?: string;
  /**
   * Worker var: comma-separated origins of the pages that may connect (src/core/origins.ts), or "*".
   * Unset: every origin. A deployed Worker is public whether or not auth is on, so the list only narrows
   * which sites' pages may use it; with auth on, tokens (never cookies) carry the authority.
   */
  EDGELOG_ALLOWED_ORIGINS?: string;
  /**
   * Worker var: produce quotas and connections per principal, JSON over the defaults of
   * src/protocol/limits.ts, e.g. {"produceBytesPerSecondPerConnection": 1048576} (src/edge/edge-limits.ts
   * names the keys). Each object applies them to its own sockets. Unset: the defaults.
   */
  EDGELOG_QUOTAS?: string;
  /**
   * Test-only: "1" turns on fault injection (src/edge/faults.ts), the RPC through which a test makes a
   * replica unreachable, delays the calls between regions or crashes a replica between its write and its
   * answer. Unset in a deployment: the RPC refuses and nothing is checked on the data path but one flag.
   */
  EDGELOG_FAULTS?: string;
}

/** The verifier edgeAuth built last, with the configuration it was built from. */
let builtAuth: { secret: string | undefined; jwks: string | undefined; auth: Authenticator | undefined } | undefined;

/**
 * The edge's token verifier, or undefined (open mode) when the Worker has neither a secret nor a key set.
 * Built once per isolate and configuration, so a remote key set keeps its cache across requests and
 * objects. A malformed EDGELOG_AUTH_JWKS throws an Error naming the fault (the Worker answers 500).
 */
export function edgeAuth(env: Env): Authenticator | undefined {
  const secret = env.EDGELOG_AUTH_SECRET || undefined;
  const jwks = env.EDGELOG_AUTH_JWKS || undefined;
  if (!builtAuth || builtAuth.secret !== secret || builtAuth.jwks !== jwks) {
    const auth = createAuthenticator({ secret, jwks: jwks === undefined ? undefined : parseJwksSource(jwks, "EDGELOG_AUTH_JWKS") });
    builtAuth = { secret, jwks, auth };
  }
  return builtAuth.auth;
}

/** The origin policy edgeOrigins built last, with what it was built from. */
let builtOrigins: { text: string | undefined; authOn: boolean; policy: OriginPolicy } | undefined;

/**
 * The Worker's origin allow-list (a malformed entry throws, naming it: every request then fails 500 and
 * logs it). Built once per isolate and value, like edgeAuth: every request asks, and building parses a URL
 * per entry. Unset, the Node broker's default: every origin with auth on (tokens never ride in cookies),
 * and in open mode only pages served from this machine (`wrangler dev` on a laptop is reachable from every
 * page its browser opens, as a Node broker on loopback is). A Worker deployed in open mode names its
 * pages' origins (or "*") in EDGELOG_ALLOWED_ORIGINS.
 */
export function edgeOrigins(env: Env): OriginPolicy {
  const text = env.EDGELOG_ALLOWED_ORIGINS;
  const authOn = Boolean(env.EDGELOG_AUTH_SECRET || env.EDGELOG_AUTH_JWKS);
  if (!builtOrigins || builtOrigins.text !== text || builtOrigins.authOn !== authOn) {
    const entries = parseOriginList(text);
    builtOrigins = { text, authOn, policy: configuredOriginPolicy(entries, !authOn) };
  }
  return builtOrigins.policy;
}

export const CLUSTER_OBJECT_NAME = "cluster";

const OBJECT_NAME_KEY = "objectName";

/**
 * The object's name. `ctx.id.name` is unset when the runtime starts an object for its alarm (the name is
 * not kept with the object), or when a call reaches it by its id alone (locally, a replica in another
 * workerd process through miniflare's dev registry: see regionPartitions). So an object that sets an alarm
 * first keeps its name in its own storage (keepNameForAlarm; a partition sets its retention alarm when it is
 * configured), and this reads it back from there when the id does not carry it.
 */
export function objectName(ctx: DurableObjectState): string | undefined {
  return ctx.id.name ?? ctx.storage.kv.get<string>(OBJECT_NAME_KEY);
}

/** Call before setAlarm: the object the alarm starts can then tell its name (see objectName). */
export function keepNameForAlarm(ctx: DurableObjectState): void {
  const name = ctx.id.name;
  if (name !== undefined && ctx.storage.kv.get<string>(OBJECT_NAME_KEY) !== name) ctx.storage.kv.put(OBJECT_NAME_KEY, name);
}

/**
 * A partition's object: "topic/partition", or "topic/partition@region" for each replica of a replicated
 * topic (src/core/replication.ts), each created in its region (locationHint).
 */
export function partitionObjectName(topic: string, partition: number, region: string | null = null): string {
  return region === null ? `${topic}/${partition}` : `${topic}/${partition}@${region}`;
}

/** The inverse of partitionObjectName (topic names never contain "/"; regions never "@"). */
export function parsePartitionObjectName(name: string | undefined): { topic: string; partition: number; region: string | null } {
  const slash = name?.lastIndexOf("/") ?? -1;
  const rest = slash > 0 ? name!.slice(slash + 1) : "";
  const at = rest.indexOf("@");
  const partition = Number(at < 0 ? rest : rest.slice(0, at));
  const region = at < 0 ? null : rest.slice(at + 1);
  if (!Number.isSafeInteger(partition) || partition < 0 || region === "" || rest === "") throw new Error(`partition object name must be "topic/partition[@region]", got ${JSON.stringify(name)}`);
  return { topic: name!.slice(0, slash), partition, region };
}

/**
 * A partition's leader endpoint in metadata: relative, so the SDK resolves it against the bootstrap URL
 * (ws://host/v1/ws → ws://host/v1/ws/p/topic/0) and opens one socket per partition.
 */
export function partitionEndpoint(topic: string, partition: number): string {
  return `/v1/ws/p/${encodeURIComponent(topic)}/${partition}`;
}

export function partitionStub(env: Env, topic: string, partition: number): DurableObjectStub<PartitionDO> {
  return env.PARTITION.getByName(partitionObjectName(topic, partition));
}

/** One replica of a replicated partition, created in its region when first called. */
export function replicaStub(env: Env, topic: string, partition: number, region: string): DurableObjectStub<PartitionDO> {
  const ns = regionPartitions(env, region);
  return ns.get(ns.idFromName(partitionObjectName(topic, partition, region)), { locationHint: region as DurableObjectLocationHint });
}

/**
 * Where a region's replicas live: PARTITION, unless the Worker has a binding PARTITION_<REGION> (such as
 * PARTITION_WEUR). Deployed, PARTITION and the location hint are all there is. Locally such a binding is
 * the PartitionDO of another workerd process (miniflare's dev registry), so that each region's replicas
 * run on a thread of their own, as each region runs on machines of its own when deployed (the replication
 * bench, bench/replication.ts; test/edge/edge-deployment.ts startEdgeRegions).
 */
function regionPartitions(env: Env, region: string): DurableObjectNamespace<PartitionDO> {
  return (env as unknown as Partial<Record<string, DurableObjectNamespace<PartitionDO>>>)[`PARTITION_${region.toUpperCase()}`] ?? env.PARTITION;
}

/** A replica's own endpoint (reads up to the high watermark; the leader's takes produce too). */
export function replicaEndpoint(topic: string, partition: number, region: string): string {
  return `/v1/ws/p/${encodeURIComponent(topic)}/${partition}/${region}`;
}

export function topicStub(env: Env, topic: string): DurableObjectStub<TopicDO> {
  return env.TOPIC.getByName(topic);
}

export function clusterStub(env: Env): DurableObjectStub<ClusterDO> {
  return env.CLUSTER.getByName(CLUSTER_OBJECT_NAME);
}

/**
 * A group's coordinator endpoint in metadata (relative, like a partition's): the SDK opens one socket to
 * it for the group's heartbeats and commits. Group ids follow the topic-name rule, so the encoding is a
 * formality that keeps the path a path whatever the rule becomes.
 */
export function groupEndpoint(groupId: string): string {
  return `/v1/ws/g/${encodeURIComponent(groupId)}`;
}

export function groupStub(env: Env, groupId: string): DurableObjectStub<GroupDO> {
  return env.GROUP.getByName(groupId);
}
