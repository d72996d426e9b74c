/**
 * `edgelog` — the broker and console tools, like Kafka's kafka-server-start / kafka-topics /
 * kafka-console-producer / kafka-console-consumer. Errors are one line on stderr and a non-zero exit.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { Edgelog } from "../../client/node.ts";
import type { GroupDescription, GroupPartitionRef, OffsetResetSpec, PartitionInfo, ReplicaInfo } from "../../client/admin.ts";
import { AuthError, ConnectionError, EdgelogError } from "../../client/errors.ts";
import { writeFile, readFile } from "node:fs/promises";
import { calculateJwkThumbprint } from "jose";
import { createToken, generateSigningKey, type PublicKeyAlgorithm, type SigningJwk } from "../core/auth.ts";
import { parseOriginList } from "../core/origins.ts";
import { parseQuotas } from "../core/quota.ts";

const usage = `usage:
  edgelog serve [--port P] [--host H] [--data-dir D] [--port-wait-ms MS] [--retention-check-interval-ms MS] [--demo]
        [--auth-secret S]   (or $EDGELOG_AUTH_SECRET: every request then needs a capability token)
        [--auth-jwks URL|FILE]   (or $EDGELOG_AUTH_JWKS: public keys of ES256/EdDSA tokens; with or without a secret)
        [--allow-origin https://a,https://b]   (or $EDGELOG_ALLOWED_ORIGINS: the pages that may connect; * for all;
         default * with auth, pages on localhost without)
        [--insecure-open]   (open mode, no auth, on a host other than loopback: refused without this flag)
        [--quotas JSON]   (or $EDGELOG_QUOTAS: produce quotas and connections per principal over the defaults,
         e.g. '{"produceBytesPerSecondPerConnection":1048576,"connectionsPerPrincipalMax":16}')
  edgelog serve --demo --edge [--port P] [--host H] [--edge-port P] [--data-dir D]
        (the demo page on P, default 8080, against the edge deployment in \`wrangler dev\` on --edge-port, default 8787)
  edgelog topics create NAME [--partitions N] [--retention-ms MS] [--retention-bytes B] [--segment-bytes B]
        [--replicas N --regions R1,R2,...] [--min-insync-replicas N] [--replica-lag-max-ms MS]
        (replicas: the edge only, one per region, the first region leading; regions are Durable Object location
         hints: wnam enam sam weur eeur apac oc afr me; --min-insync-replicas defaults to 1, the lag bound to 10000)
  edgelog topics list
  edgelog topics describe NAME
        (replicated partitions also show their leader, epoch, replicas, ISR, and each replica's log end and lag)
  edgelog topics elect-leader NAME --partition P --region R
        (the edge: moves partition P's leadership to its in-sync replica in region R, once it has caught up)
  edgelog topics delete NAME
  edgelog produce TOPIC [--key-separator C] [--partition P]   (one record per stdin line)
  edgelog consume TOPIC [--from earliest|latest|OFFSET] [--max N] [--partition P] [--print-key]
        (an OFFSET is in one partition: with several, name it with --partition)
  edgelog consume TOPIC --group G [--group-instance-id ID] [--from earliest|latest] [--max N] [--print-key]
        (members of one group split the topic's partitions; each commits what it printed, also on Ctrl-C;
         --from is where a partition with no committed offset starts, default latest)
        (either form: [--min-bytes B --max-wait-ms MS] has the broker hold new records until B bytes are waiting
         or MS (<= 30000) passed, Kafka's fetch.min.bytes / fetch.max.wait.ms; default 0: each pushed at once)
  edgelog groups list
  edgelog groups describe GROUP [--members]
        (per partition: committed offset, log end, lag, owning member; with --members, per member instead:
         instance id, epoch, state, and the partitions it is assigned, is giving up and is waiting for)
  edgelog groups reset-offsets GROUP --topic T (--to earliest|latest|OFFSET | --to-timestamp MS) [--partition P]
        (only while the group has no members)
  edgelog groups delete GROUP
  edgelog token create (--secret S | --key private.jwk.json) --sub SUBJECT [--produce P]... [--consume P]...
        [--commit G]... [--admin P]... [--key-is-subject] [--ttl 1h]
        (prints a token: HS256 with --secret, default $EDGELOG_AUTH_SECRET; ES256/EdDSA with --key, the alg and kid
         from the key; P a topic pattern, G a group pattern, * a wildcard; --ttl defaults to 1h: Ns, Nm, Nh, Nd)
  edgelog token keygen --out private.jwk.json [--alg ES256|EdDSA] [--kid K]
        (writes a new private key, mode 0600, never over an existing file, and prints its public JWKS;
         --alg defaults to ES256, --kid to the key's thumbprint)
common: --url ws://host:port (default ws://localhost:8080, or $EDGELOG_URL)
        --token T (default $EDGELOG_TOKEN): the capability token for a broker with auth on`;

class UsageError extends Error {}

/**
 * How long the console tools wait for the broker's first answer, ms. The SDK reconnects for ever (right for
 * an application), but a person at a terminal, or a script, must get an error instead of a silent hang.
 */
const CONNECT_TIMEOUT_MS = 10_000;
/** serve --edge: how often it checks that its parent process is still there, ms. */
const PARENT_CHECK_INTERVAL_MS = 1_000;
/** produce: send() calls (one per piece of stdin, ≤ 64 KiB each) awaiting their acknowledgement. */
const PRODUCE_CALLS_IN_FLIGHT_MAX = 64;
/**
 * A tail stopped by a signal exits 128 + the signal's number, what a shell reports for a process the signal
 * killed (kafka-console-consumer, a JVM, exits 130 on Ctrl-C), so scripts still see how it ended.
 */
const SIGNAL_EXIT_CODES: Record<"SIGINT" | "SIGTERM" | "SIGHUP" | "EPIPE", number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, EPIPE: 0 };
type StopCause = keyof typeof SIGNAL_EXIT_CODES;
/** Set while a group consumer runs: stdout's reader went away (`| head`), so it stops as on a signal. */
let onReaderGone: (() => void) | null = null;
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Calls `onStop` on Ctrl-C, SIGTERM or a closed terminal (SIGHUP); returns what stops listening. */
function onStopSignals(onStop: (signal: StopCause) => void): () => void {
  for (const signal of STOP_SIGNALS) process.on(signal, onStop);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onStop);
  };
}
/**
 * consume --group: how often the offsets of what was printed are committed, ms. They are also committed
 * before a partition is given up and at exit, so this only bounds what a killed (SIGKILL) process prints
 * twice: the next owner starts at the last commit. Kafka's console consumer auto-commits every 5 s.
 */
const GROUP_COMMIT_INTERVAL_MS = 1_000;

const options = {
  url: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  "data-dir": { type: "string" },
  "port-wait-ms": { type: "string" },
  "retention-check-interval-ms": { type: "string" },
  demo: { type: "boolean" },
  edge: { type: "boolean" },
  "edge-port": { type: "string" },
  partitions: { type: "string" },
  "retention-ms": { type: "string" },
  "retention-bytes": { type: "string" },
  "segment-bytes": { type: "string" },
  replicas: { type: "string" },
  regions: { type: "string" },
  "min-insync-replicas": { type: "string" },
  "replica-lag-max-ms": { type: "string" },
  region: { type: "string" },
  "key-separator": { type: "string" },
  partition: { type: "string" },
  from: { type: "string" },
  max: { type: "string" },
  "print-key": { type: "boolean" },
  group: { type: "string" },
  "group-instance-id": { type: "string" },
  "min-bytes": { type: "string" },
  "max-wait-ms": { type: "string" },
  topic: { type: "string" },
  to: { type: "string" },
  "to-timestamp": { type: "string" },
  members: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  "auth-secret": { type: "string" },
  "auth-jwks": { type: "string" },
  key: { type: "string" },
  alg: { type: "string" },
  kid: { type: "string" },
  out: { type: "string" },
  "allow-origin": { type: "string", multiple: true },
  "insecure-open": { type: "boolean" },
  quotas: { type: "string" },
  token: { type: "string" },
  secret: { type: "string" },
  sub: { type: "string" },
  produce: { type: "string", multiple: true },
  consume: { type: "string", multiple: true },
  commit: { type: "string", multiple: true },
  admin: { type: "string", multiple: true },
  "key-is-subject": { type: "boolean" },
  ttl: { type: "string" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

/** Decimal digits only: Number() would also take "", " 5", "1e3" and "0x10". */
const digits = /^\d+$/;

function int(values: Values, name: keyof Values, min: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== "string" || !(min < 0 ? /^-?\d+$/ : digits).test(raw) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${String(raw)}"`);
  return n;
}

/** --port, else $PORT, else 8080: 0..65535 (a larger one wrapped around to another port). */
function portOf(values: Values): number {
  const raw = values.port ?? process.env.PORT;
  if (raw === undefined || raw === "") return 8080;
  const n = Number(raw);
  if (!digits.test(raw) || n > 65535) throw new UsageError(`${values.port === undefined ? "$PORT" : "--port"} must be a port, 0-65535, got "${raw}"`);
  return n;
}

/** --retention-ms / --retention-bytes: -1 (no bound) or >= 1 (0 would reach the broker as "its default"). */
function retention(values: Values, name: "retention-ms" | "retention-bytes"): number | undefined {
  const n = int(values, name, -1);
  if (n === 0) throw new UsageError(`--${name} must be -1 (no bound) or >= 1, got "0"`);
  return n;
}

/** --from / --to: earliest, latest or an offset. */
function offsetOrEnd(name: "from" | "to", raw: string): "earliest" | "latest" | number {
  if (raw === "earliest" || raw === "latest") return raw;
  if (!digits.test(raw) || !Number.isSafeInteger(Number(raw))) throw new UsageError(`--${name} must be earliest, latest or an offset (an integer >= 0), got "${raw}"`);
  return Number(raw);
}

/**
 * `--from -5` as `--from=-5`. parseArgs refuses a value that starts with a dash after a space (it may be a
 * forgotten value before another option) with a message about '--from=-XYZ'; no option here looks like a
 * negative number, so it is the value, and the option's own check says what it accepts.
 */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return [...out, ...argv.slice(i)];
    const option = (options as Record<string, { type: string }>)[arg.slice(2)];
    if (arg.startsWith("--") && option?.type === "string" && /^-\d/.test(argv[i + 1] ?? "")) out.push(`${arg}=${argv[++i]}`);
    else out.push(arg);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs' own words for an option without its value name the wrong fix ('--from=-XYZ') or none.
    const message = (err as Error).message;
    const option = /^Option '(--[\w-]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message)?.[1];
    if (option) throw new UsageError(`${option} needs a value: ${option} VALUE (${option}=VALUE for one that starts with "-")`);
    // Its unknown-option text ends in an unbalanced quote.
    const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
    throw new UsageError(unknown ? `unknown option ${unknown}` : message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const [command, ...rest] = positionals;
  if (command === "serve") return serve(values);
  if (command === "token") return createTokenCommand(rest, values);
  if (command !== "topics" && command !== "groups" && command !== "produce" && command !== "consume") throw new UsageError(`unknown command "${command}"`);
  const url = values.url ?? process.env.EDGELOG_URL ?? "ws://localhost:8080";
  const token = values.token ?? process.env.EDGELOG_TOKEN;
  const el = new Edgelog({ url, clientId: "edgelog-cli", token: token || undefined });
  try {
    switch (command) {
      case "topics":
        return await topics(el, url, rest, values);
      case "groups":
        return await groups(el, url, rest, values);
      case "produce":
        return await produce(el, url, need(rest[0], "TOPIC"), values);
      case "consume":
        return await consume(el, url, need(rest[0], "TOPIC"), values);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await el.close();
  }
}

/** `token create`: prints a signed capability token (src/core/auth.ts) for tests and scripts; `token keygen`. */
async function createTokenCommand(rest: string[], values: Values): Promise<number> {
  if (rest[0] === "keygen") return keygenCommand(values);
  if (rest[0] !== "create") throw new UsageError(`unknown token command "${rest[0] ?? ""}" (expected: token create, token keygen)`);
  if (values.key !== undefined && values.secret !== undefined) throw new UsageError("token create takes --secret or --key, not both");
  const key = values.key !== undefined ? await readSigningKey(values.key) : (values.secret ?? process.env.EDGELOG_AUTH_SECRET);
  if (!key) throw new UsageError("token create needs --secret S (or $EDGELOG_AUTH_SECRET) or --key private.jwk.json");
  const sub = need(values.sub, "--sub SUBJECT");
  console.log(
    await createToken(
      key,
      { sub, produce: values.produce, consume: values.consume, commit: values.commit, admin: values.admin, keyIsSubject: values["key-is-subject"] || undefined },
      durationMs(values.ttl ?? "1h"),
    ),
  );
  return 0;
}

/** A private JWK written by `token keygen`; a one-line error for a file that is not one. */
async function readSigningKey(path: string): Promise<SigningJwk> {
  let jwk: SigningJwk;
  try {
    jwk = JSON.parse(await readFile(path, "utf8")) as SigningJwk;
  } catch (err) {
    throw new UsageError(`--key ${path}: not a readable JSON key: ${(err as Error).message}`);
  }
  if (typeof jwk !== "object" || jwk === null || typeof jwk.d !== "string") throw new UsageError(`--key ${path}: not a private JWK (no "d"); make one with \`edgelog token keygen\``);
  return jwk;
}

/**
 * `token keygen`: a new signing key pair. The private JWK goes to --out (0600, created, never replaced: a
 * key overwritten by mistake cannot be had back), the public half to stdout as a JWKS of one key, ready to
 * serve or to merge into the set the brokers read.
 */
async function keygenCommand(values: Values): Promise<number> {
  const out = need(values.out, "--out private.jwk.json");
  const alg = (values.alg ?? "ES256") as PublicKeyAlgorithm;
  if (alg !== "ES256" && alg !== "EdDSA") throw new UsageError(`--alg must be ES256 or EdDSA, got "${values.alg}"`);
  const draft = await generateSigningKey(alg, values.kid ?? "pending");
  let { privateJwk, publicJwk } = draft;
  if (values.kid === undefined) {
    const kid = (await calculateJwkThumbprint(publicJwk)).slice(0, 16);
    privateJwk = { ...privateJwk, kid };
    publicJwk = { ...publicJwk, kid };
  }
  try {
    await writeFile(out, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(e.code === "EEXIST" ? `--out ${out} exists; a key file is never replaced (remove it first)` : `--out ${out}: ${e.message}`);
  }
  console.log(JSON.stringify({ keys: [publicJwk] }, null, 2));
  return 0;
}

/** "90s", "30m", "1h", "7d" or a number of ms. */
function durationMs(raw: string): number {
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(raw);
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--ttl must look like 90s, 30m, 1h or 7d, got "${raw}"`);
  const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? "ms") as "ms" | "s" | "m" | "h" | "d"];
  return Number(m[1]) * unitMs;
}

function need(v: string | undefined, what: string): string {
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
}

/**
 * The first request, bounded by CONNECT_TIMEOUT_MS: fails fast when the broker is unreachable (a refused
 * connection rejects at once; a silent host times out) and, with a topic, when the topic does not exist.
 * Returns the topic's partition count when one is named.
 */
async function reach(el: Edgelog, url: string, topic?: string): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectionError(`no answer from ${url} within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
  });
  try {
    if (topic === undefined) {
      // A refusal is an answer too: a token without admin may still do the command (groups describe with
      // commit on the group), which then answers for itself.
      await Promise.race([el.admin.listTopics().catch((err: unknown) => {
        if (!(err instanceof AuthError)) throw err;
      }), timeout]);
      return 0;
    }
    const [meta] = await Promise.race([el.admin.fetchMetadata([topic]), timeout]);
    return meta?.partitionCount ?? 0;
  } finally {
    clearTimeout(timer);
  }
}

async function serve(values: Values): Promise<number> {
  if (values.edge) return serveEdgeDemo(values);
  const dataDir = resolve(values["data-dir"] ?? process.env.EDGELOG_DATA_DIR ?? "./edgelog-data");
  const port = portOf(values);
  // Only `serve` loads the broker (uWebSockets.js, storage): client commands start without it.
  const { startBroker } = await import("./broker-server.ts");
  const server = await startBroker({
    port,
    host: values.host ?? process.env.EDGELOG_HOST ?? "127.0.0.1",
    dataDir,
    portWaitMs: int(values, "port-wait-ms", 0) ?? 65_000,
    retentionCheckIntervalMs: int(values, "retention-check-interval-ms", 1),
    staticFiles: values.demo ? await demoFiles() : undefined,
    authSecret: values["auth-secret"] ?? (process.env.EDGELOG_AUTH_SECRET || undefined),
    authJwks: values["auth-jwks"] ?? (process.env.EDGELOG_AUTH_JWKS || undefined),
    allowedOrigins: parseOriginList((values["allow-origin"] ?? []).join(",") || process.env.EDGELOG_ALLOWED_ORIGINS),
    insecureOpen: values["insecure-open"] === true,
    limits: parseQuotas(values.quotas ?? process.env.EDGELOG_QUOTAS, values.quotas !== undefined ? "--quotas" : "EDGELOG_QUOTAS"),
  });
  if (values.demo) {
    const { demoTopics } = await import("./demo.ts");
    for (const t of demoTopics) if (!server.broker.topicNames().includes(t.name)) await server.broker.createTopic(t.name, t.partitions);
    console.log(`[edgelog] demo: open ${server.httpUrl}/ in a browser (live feed, shop, topics); in another shell:`);
    // The client commands' default URL is port 8080's: on another port the hints name the broker's.
    const urlFlag = server.url === "ws://127.0.0.1:8080/v1/ws" ? "" : ` --url ${server.url}`;
    console.log(`[edgelog]   seq 1 100000 | npx edgelog produce demo${urlFlag}`);
    console.log(`[edgelog]   npx edgelog consume demo --from earliest --max 100000${urlFlag}`);
  }
  await new Promise<void>((done) => {
    const stop = () => {
      console.log("[edgelog] shutting down");
      server.close().then(done, done);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

/** The demo page served by Node, against the edge deployment run by `wrangler dev` (see edge-dev.ts). */
async function serveEdgeDemo(values: Values): Promise<number> {
  if (!values.demo) throw new UsageError("--edge serves the demo against the edge: use it with --demo (npm start -- --edge)");
  const { startEdgeDemo } = await import("./edge-dev.ts");
  const dataDir = values["data-dir"] ?? process.env.EDGELOG_DATA_DIR;
  const demo = await startEdgeDemo({
    port: portOf(values),
    host: values.host ?? process.env.EDGELOG_HOST ?? "127.0.0.1",
    edgePort: int(values, "edge-port", 1) ?? 8787,
    persistDir: dataDir === undefined ? undefined : resolve(dataDir),
  });
  console.log(`[edgelog] edge (wrangler dev) at ${demo.edgeUrl}`);
  console.log(`[edgelog] demo: open ${demo.pageUrl} in a browser (live feed, shop, topics); in another shell:`);
  console.log(`[edgelog]   seq 1 100000 | npx edgelog produce demo --url ${demo.edgeUrl}`);
  console.log(`[edgelog]   npx edgelog consume demo --from earliest --max 100000 --url ${demo.edgeUrl}`);
  let stopping = false;
  const edgeFailed = await new Promise<boolean>((done) => {
    const stop = (why: string, failed: boolean) => {
      if (stopping) return;
      stopping = true;
      clearInterval(orphanCheck);
      console.log(`[edgelog] ${why}: shutting down`);
      demo.close().then(() => done(failed), () => done(failed));
    };
    process.once("SIGINT", () => stop("SIGINT", false));
    process.once("SIGTERM", () => stop("SIGTERM", false));
    void demo.edgeExited.then((code) => stop(`wrangler dev exited (code ${code})`, true));
    // `npm start` given SIGTERM stops its shell but not this process: once the parent is gone, stop too,
    // rather than leave wrangler and workerd running with nobody to end them.
    const parentPid = process.ppid;
    const orphanCheck = setInterval(() => process.ppid !== parentPid && stop("parent process gone", false), PARENT_CHECK_INTERVAL_MS);
    orphanCheck.unref();
  });
  return edgeFailed ? 1 : 0;
}

async function demoFiles(): Promise<Record<string, [string, string | Uint8Array]> | undefined> {
  try {
    const { buildDemo } = await import("./demo.ts");
    return await buildDemo();
  } catch (err) {
    console.error(`[edgelog] demo page unavailable: ${(err as Error).message}`);
    return undefined;
  }
}

async function topics(el: Edgelog, url: string, args: string[], values: Values): Promise<number> {
  const [sub, name] = args;
  if (sub !== "create" && sub !== "list" && sub !== "describe" && sub !== "elect-leader" && sub !== "delete") {
    throw new UsageError(sub ? `unknown topics command "${sub}"` : "topics needs a command: create, list, describe, delete or elect-leader");
  }
  if (sub !== "list") need(name, "NAME");
  switch (sub) {
    case "create": {
      // Replication's values are checked by the broker (one table of rules, src/core/replication.ts): the Node
      // broker refuses replicas > 1 and the edge names a bad region, and the CLI prints what it says.
      const options = {
        partitions: int(values, "partitions", 1) ?? 1,
        retentionMs: retention(values, "retention-ms"),
        retentionBytes: retention(values, "retention-bytes"),
        segmentBytes: int(values, "segment-bytes", 1024),
        replicas: int(values, "replicas", 1),
        regions: regionList(values.regions),
        minInsyncReplicas: int(values, "min-insync-replicas", 1),
        replicaLagMaxMs: int(values, "replica-lag-max-ms", 1),
      };
      await reach(el, url);
      await el.admin.createTopic(need(name, "NAME"), options);
      console.log(`created topic ${name}`);
      return 0;
    }
    case "list":
      await reach(el, url);
      for (const t of await el.admin.listTopics()) console.log(t);
      return 0;
    case "describe": {
      await reach(el, url);
      const d = await el.admin.describeTopic(need(name, "NAME"));
      const c = d.config;
      const replication = c.replicas === undefined ? "" : `  replicas ${c.replicas}  regions ${(c.regions ?? []).join(",")}  min.insync.replicas ${c.minInsyncReplicas}  replica.lag.max.ms ${c.replicaLagMaxMs}`;
      console.log(`topic ${d.name}  partitions ${d.partitionCount}  retention.ms ${c.retentionMs}  retention.bytes ${c.retentionBytes}  segment.bytes ${c.segmentBytes}${replication}`);
      for (const p of d.partitions) {
        console.log(`  partition ${p.partition}  log-start ${p.logStartOffset}  high-watermark ${p.highWatermark}  bytes ${p.sizeBytes}${p.replicas ? `  ${leadership(p)}` : ""}`);
        if (p.replicas) process.stdout.write(replicaLines(p.replicas));
      }
      return 0;
    }
    case "elect-leader": {
      const partition = int(values, "partition", 0);
      if (partition === undefined) throw new UsageError("elect-leader needs --partition P");
      const region = need(values.region, "--region R");
      await reach(el, url, name);
      const p = await el.admin.electLeader(need(name, "NAME"), partition, region);
      console.log(`topic ${name}  partition ${p.partition}  ${leadership(p)}`);
      return 0;
    }
    case "delete":
      await reach(el, url);
      await el.admin.deleteTopic(need(name, "NAME"));
      console.log(`deleted topic ${name}`);
      return 0;
  }
}

/** --regions a,b,c: the names in order (the broker checks them); an empty name is a typing slip. */
function regionList(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const regions = raw.split(",").map((r) => r.trim());
  if (regions.some((r) => r === "")) throw new UsageError(`--regions must be region names separated by commas, e.g. wnam,weur,apac, got "${raw}"`);
  return regions;
}

/** kafka-topics --describe's "Leader: 1 Replicas: 1,2,3 Isr: 1,2", with regions for broker ids and the epoch. */
function leadership(p: PartitionInfo): string {
  const replicas = p.replicas ?? [];
  const isr = replicas.filter((r) => r.inSync).map((r) => r.region);
  return `leader ${p.leaderRegion || "-"}  epoch ${p.leaderEpoch ?? "-"}  replicas ${replicas.map((r) => r.region).join(",")}  isr ${isr.join(",") || "-"}`;
}

/** One line per replica under its partition: role, in sync or not, log end and lag ("-" = not known yet). */
function replicaLines(replicas: ReplicaInfo[]): string {
  const known = (n: number) => (n < 0 ? "-" : String(n));
  const rows = replicas.map((r) => [`replica ${r.region}`, r.leader ? "leader" : "follower", r.inSync ? "in-sync" : "out-of-sync", `log-end ${known(r.logEndOffset)}`, `lag ${known(r.lag)}`]);
  return table(rows)
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => `    ${l}\n`)
    .join("");
}

async function groups(el: Edgelog, url: string, args: string[], values: Values): Promise<number> {
  const [sub, group] = args;
  if (sub !== "list" && sub !== "describe" && sub !== "reset-offsets" && sub !== "delete") {
    throw new UsageError(sub ? `unknown groups command "${sub}"` : "groups needs a command: list, describe, reset-offsets or delete");
  }
  if (sub !== "list") need(group, "GROUP");
  switch (sub) {
    case "list":
      await reach(el, url);
      for (const g of await el.admin.listGroups()) console.log(g);
      return 0;
    case "describe": {
      await reach(el, url);
      const d = await el.admin.describeGroup(group!);
      if (d.state === "dead") throw new Error(`group "${group}" does not exist`);
      console.log(`group ${d.groupId}  state ${d.state}  epoch ${d.groupEpoch}  assignor ${d.assignor || "-"}  members ${d.members.length}`);
      process.stdout.write(values.members ? membersTable(d) : partitionsTable(d));
      return 0;
    }
    case "reset-offsets": {
      const topic = values.topic;
      if (!topic) throw new UsageError("reset-offsets needs --topic T");
      const to = resetTarget(values);
      const partition = int(values, "partition", 0);
      await reach(el, url, topic);
      const set = await el.admin.resetOffsets(group!, { topic, to, partitions: partition === undefined ? undefined : [partition] });
      process.stdout.write(table([["TOPIC", "PARTITION", "NEW-OFFSET"], ...set.map((o) => [o.topic, String(o.partition), String(o.offset)])]));
      return 0;
    }
    case "delete":
      await reach(el, url);
      await el.admin.deleteGroup(group!);
      console.log(`deleted group ${group}`);
      return 0;
  }
}

/** --to earliest|latest|OFFSET or --to-timestamp MS: exactly one. */
function resetTarget(values: Values): OffsetResetSpec {
  const to = values.to;
  const timestampMs = int(values, "to-timestamp", 0);
  if ((to === undefined) === (timestampMs === undefined)) throw new UsageError("reset-offsets needs one of --to earliest|latest|OFFSET and --to-timestamp MS");
  if (timestampMs !== undefined) return { timestampMs };
  return offsetOrEnd("to", to!);
}

/** kafka-consumer-groups --describe: one row per partition the group committed or a member owns. */
function partitionsTable(d: GroupDescription): string {
  const dash = (v: number | string | null | undefined) => (v === null || v === undefined || v === "" ? "-" : String(v));
  const rows = d.partitions.map((p) => [p.topic, String(p.partition), dash(p.committedOffset), dash(p.highWatermark), dash(p.lag), dash(p.memberId)]);
  return table([["TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "MEMBER-ID"], ...rows]);
}

/** kafka-consumer-groups --describe --members, with the partitions each member owns, gives up and awaits. */
function membersTable(d: GroupDescription): string {
  const list = (ps: GroupPartitionRef[]) => (ps.length === 0 ? "-" : ps.map((p) => `${p.topic}-${p.partition}`).join(","));
  const rows = d.members.map((m) => [m.memberId, m.groupInstanceId ?? "-", String(m.memberEpoch), m.state, list(m.assigned), list(m.revoking), list(m.pending)]);
  return table([["MEMBER-ID", "INSTANCE-ID", "EPOCH", "STATE", "ASSIGNED", "REVOKING", "PENDING"], ...rows]);
}

/** Left-aligned columns two spaces apart; the last column is not padded. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")).join("\n") + "\n";
}

async function produce(el: Edgelog, url: string, topic: string, values: Values): Promise<number> {
  const separator = values["key-separator"];
  if (separator === "") throw new UsageError("--key-separator must not be empty");
  const partition = int(values, "partition", 0);
  await reach(el, url, topic);
  const producer = el.producer({ lingerMs: 5 });
  // Each piece of stdin is sent as soon as it is read, whole lines only: piped input goes out in large
  // chunks, and a person typing (or a slow pipe) sees every line stored at once, not after 1000 lines.
  // At most PRODUCE_CALLS_IN_FLIGHT_MAX sends are outstanding, so memory stays bounded for any input size;
  // one failed send fails the command.
  let chunk: { key?: string; value: string; partition?: number }[] = [];
  /** Line number (from 1) of the chunk's first line, and of the next line read. */
  let chunkLine = 1;
  let lineNo = 1;
  const pending: Promise<unknown>[] = [];
  let failure: unknown = null;
  /** Input that cannot be a record (a line without the key separator): the lines before it are stored. */
  let badLine: Error | null = null;
  const addLine = (raw: string) => {
    if (badLine) return;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (separator !== undefined) {
      const at = line.indexOf(separator);
      if (at < 0) {
        badLine = new Error(`line ${lineNo} has no key separator "${separator}" (the lines before it were sent, none after): ${line.slice(0, 80)}`);
        return;
      }
      chunk.push({ key: line.slice(0, at), value: line.slice(at + separator.length), partition });
    } else {
      chunk.push({ value: line, partition });
    }
    lineNo++;
  };
  const flushChunk = async () => {
    if (chunk.length === 0) return;
    const first = chunkLine;
    // The SDK names a refused record by its index in the send: the user knows it by its line.
    const p = producer.send(topic, chunk).catch((err: unknown) => {
      if (err instanceof Error) err.message = err.message.replace(/^record (\d+)\b/, (_, i: string) => `line ${first + Number(i)}`);
      throw err;
    });
    p.catch((err) => (failure ??= err));
    pending.push(p);
    chunk = [];
    chunkLine = lineNo;
    while (pending.length >= PRODUCE_CALLS_IN_FLIGHT_MAX) await pending.shift();
  };
  const decoder = new TextDecoder();
  let partial = "";
  for await (const data of process.stdin as AsyncIterable<Uint8Array>) {
    if (failure) throw failure;
    const text = partial + decoder.decode(data, { stream: true });
    const lines = text.split("\n");
    partial = lines.pop()!;
    for (const line of lines) addLine(line);
    await flushChunk();
    if (badLine) break;
  }
  if (!badLine) {
    partial += decoder.decode();
    if (partial) addLine(partial);
    await flushChunk();
  }
  await Promise.all(pending);
  await producer.close();
  if (badLine) throw badLine;
  return 0;
}

/** --min-bytes / --max-wait-ms: Kafka's fetch.min.bytes / fetch.max.wait.ms for the consumer's pushes. */
function fetchWait(values: Values): { minBytes?: number; maxWaitMs?: number } {
  return { minBytes: int(values, "min-bytes", 0), maxWaitMs: int(values, "max-wait-ms", 0) };
}

async function consume(el: Edgelog, url: string, topic: string, values: Values): Promise<number> {
  if (values.group !== undefined) return consumeGroup(el, url, topic, values.group, values);
  if (values["group-instance-id"] !== undefined) throw new UsageError("--group-instance-id needs --group G");
  const max = int(values, "max", 1);
  const partition = int(values, "partition", 0);
  const from = offsetOrEnd("from", values.from ?? "latest");
  const printKey = values["print-key"] === true;
  const wait = fetchWait(values);
  const partitions = await reach(el, url, topic);
  // An offset is a position in one partition: as kafka-console-consumer's --offset, it needs --partition
  // unless the topic has only one.
  if (typeof from === "number" && partition === undefined && partitions > 1) {
    throw new UsageError(`--from ${from} is an offset in one partition: name it with --partition P (${topic} has ${partitions})`);
  }
  const consumer = el.consumer({ topic, partitions: partition === undefined ? undefined : [partition], from, ...wait });
  // Ctrl-C (or SIGTERM) ends a tail as kafka-console-consumer's ends: it stops reading, and every line already
  // written reaches stdout before the exit. Dying at the signal would lose what a slower reader's pipe has not
  // taken yet (Node holds it) and cut the last line in two. A second signal exits at once, for a reader that
  // stopped reading.
  let stoppedBy: StopCause | null = null;
  const onSignal = (signal: StopCause) => {
    if (stoppedBy) process.exit(SIGNAL_EXIT_CODES[stoppedBy]);
    stoppedBy = signal;
    void consumer.close(); // run() resolves once the batch being written, if any, is written
  };
  onStopSignals(onSignal);
  const decoder = new TextDecoder();
  let count = 0;
  // One write per delivered batch (one push, at most limits.pushBytesMax of records): a tail prints each
  // record as soon as it arrives, like kafka-console-consumer, and a bulk read still makes one write per
  // ~256 KiB, not one per record. Output never waits for more to come, so a tail that has caught up with
  // the high watermark has printed everything below it.
  try {
    await consumer.run({
      eachBatch: async ({ records }) => {
        const take = max === undefined ? records.length : Math.min(records.length, max - count);
        const out = recordLines(records, take, printKey, decoder);
        count += take;
        if (out && !process.stdout.write(out)) await new Promise((r) => process.stdout.once("drain", r));
        if (max !== undefined && count >= max) await consumer.close(); // run() resolves once closed
      },
    });
  } finally {
    await consumer.close();
  }
  return stoppedBy ? SIGNAL_EXIT_CODES[stoppedBy] : 0;
}

/** The first `count` records as consume prints them: the value per line, or key TAB value; "null" for none. */
function recordLines(records: readonly { key: Uint8Array | null; value: Uint8Array | null }[], count: number, printKey: boolean, decoder: TextDecoder): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    const r = records[i]!;
    const value = r.value ? decoder.decode(r.value) : "null";
    out += printKey ? `${r.key ? decoder.decode(r.key) : "null"}\t${value}\n` : `${value}\n`;
  }
  return out;
}

/**
 * consume --group: a member of the group, printing the records of the partitions the coordinator gives it.
 * What it commits is exactly what it printed: the offset after the last record written to stdout (handed to
 * the OS), per partition, every GROUP_COMMIT_INTERVAL_MS, before a partition moves to another member, and at
 * exit (--max reached, Ctrl-C, SIGTERM). The SDK's auto-commit is off because it counts a whole batch as
 * finished once the handler returns, and --max can stop half-way through a batch.
 */
async function consumeGroup(el: Edgelog, url: string, topic: string, groupId: string, values: Values): Promise<number> {
  if (groupId === "") throw new UsageError("--group must not be empty");
  if (values.partition !== undefined) throw new UsageError("--partition cannot be used with --group: the group's coordinator assigns partitions");
  const from = values.from ?? "latest";
  if (from !== "earliest" && from !== "latest") throw new UsageError(`with --group, --from must be earliest or latest (where a partition with no committed offset starts), got "${from}"`);
  const instanceId = values["group-instance-id"];
  if (instanceId === "") throw new UsageError("--group-instance-id must not be empty");
  const max = int(values, "max", 1);
  const printKey = values["print-key"] === true;
  const wait = fetchWait(values);
  await reach(el, url, topic);

  /** Per partition, the offset after the last record printed, and whether a commit has stored it yet. */
  const printed = new Map<string, { topic: string; partition: number; offset: number; committed: boolean }>();
  const keyOf = (tp: { topic: string; partition: number }) => `${tp.topic}\n${tp.partition}`;
  const commitPrinted = async (only?: { topic: string; partition: number }[]) => {
    // Where an assigned partition started is committed too (once), as Kafka's auto-commit does, also when
    // nothing of it was printed: else it keeps no offset and the next member starts it at a new "latest",
    // skipping what was produced meanwhile. One with nothing delivered yet has no entry: its position is
    // where it started (a delivered batch makes the entry, below).
    for (const tp of only ?? consumer.assignment()) {
      const offset = printed.has(keyOf(tp)) ? undefined : consumer.position(tp);
      if (offset !== undefined) printed.set(keyOf(tp), { topic: tp.topic, partition: tp.partition, offset, committed: false });
    }
    const entries = only ? only.map((tp) => printed.get(keyOf(tp))).filter((e) => e !== undefined) : [...printed.values()];
    const due = entries.filter((e) => !e.committed);
    if (due.length === 0) return;
    await consumer.commit(due.map(({ topic, partition, offset }) => ({ topic, partition, offset })));
    for (const e of due) if (printed.get(keyOf(e)) === e) e.committed = true;
  };
  const consumer = el.consumer({
    groupId,
    groupInstanceId: instanceId,
    topics: [topic],
    from,
    ...wait,
    autoCommit: false,
    // Runs once the partitions' last batch was printed, before the member acknowledges giving them up.
    onRevoked: async (partitions, { lost }) => {
      // Lost: the membership ended (fenced or expired); another member may read them already, and a commit
      // from here would be refused.
      if (!lost) await commitPrinted(partitions);
      for (const tp of partitions) printed.delete(keyOf(tp));
    },
  });

  let stopping: Promise<void> | null = null;
  /** Commits what was printed, then leaves the group; run() resolves once the consumer is closed. */
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(commitTimer);
      try {
        await commitPrinted();
      } finally {
        await consumer.close();
      }
    })());
  const commitTimer = setInterval(() => {
    // A failed periodic commit is retried by the next one (and the exit commit reports its own failure).
    if (!stopping) commitPrinted().catch(() => {});
  }, GROUP_COMMIT_INTERVAL_MS);
  commitTimer.unref();

  // Ctrl-C (or SIGTERM): the batch being written, if any, is written to the end and counted, then the
  // offsets are committed and the member leaves; a second signal exits at once.
  // A closed terminal (SIGHUP) and a reader that went away (EPIPE: `| head -2`) stop it the same way, so the
  // member commits and leaves rather than holding its partitions until its session times out.
  let stoppedBy: StopCause | null = null;
  let writing: Promise<unknown> | null = null;
  const onSignal = (signal: StopCause) => {
    if (stoppedBy) process.exit(SIGNAL_EXIT_CODES[stoppedBy]);
    stoppedBy = signal;
    // Its failure is reported by the `await stop()` after run().
    void Promise.resolve(writing).then(stop, stop).catch(() => {});
  };
  const stopListening = onStopSignals(onSignal);
  onReaderGone = () => onSignal("EPIPE");
  const decoder = new TextDecoder();
  let count = 0;
  try {
    await consumer.run({
      eachBatch: async ({ topic: t, partition, records }) => {
        const key = keyOf({ topic: t, partition });
        // Where the partition started, before anything of it is printed (or if nothing is: the stop began,
        // or --max was reached): that much is committed whatever happens next.
        if (!printed.has(key)) printed.set(key, { topic: t, partition, offset: records[0]!.offset, committed: false });
        // Delivered after the stop began: not printed, so not committed (auto-commit is off).
        if (stopping || stoppedBy) return;
        const take = max === undefined ? records.length : Math.min(records.length, max - count);
        const out = recordLines(records, take, printKey, decoder);
        if (take > 0) {
          // Counted as printed once stdout has handed it to the OS (a slow reader holds this batch here);
          // not if the reader went away first.
          let written = true;
          writing = new Promise<void>((done) => process.stdout.write(out, (err) => ((written = !err), done())));
          await writing;
          writing = null;
          if (!written) return;
          count += take;
          printed.set(key, { topic: t, partition, offset: records[take - 1]!.offset + 1, committed: false });
        }
        // Not awaited: close() may wait for the handler in flight, which is this one.
        if ((max !== undefined && count >= max) || stoppedBy) void stop().catch(() => {});
      },
    });
    await stop();
  } finally {
    clearInterval(commitTimer);
    stopListening();
    onReaderGone = null;
    await consumer.close();
  }
  return stoppedBy ? SIGNAL_EXIT_CODES[stoppedBy] : 0;
}

/**
 * Exits once everything written to stdout and stderr has been handed to the OS. process.exit() drops what a
 * pipe has not taken yet: `edgelog consume t --max N | slow-reader` lost its last lines.
 */
function exitAfterOutput(code: number): void {
  let streams = 2;
  const flushed = () => {
    if (--streams === 0) process.exit(code);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") return;
  if (onReaderGone) onReaderGone();
  else process.exit(0);
});

/** Errors are one line: a message may span lines (parseArgs writes some in three, an error from below may too). */
const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, " ");

main(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (err) => {
    if (err instanceof UsageError) console.error(`edgelog: ${oneLine(err.message)} (see edgelog --help)`);
    // A code without a class of its own (UNSUPPORTED, NOT_ENOUGH_REPLICAS) is named by its code, not "EdgelogError".
    else if (err instanceof EdgelogError) console.error(`edgelog: ${err.code ? `${err.name === "EdgelogError" ? err.code : err.name}: ` : ""}${oneLine(err.message)}`);
    else console.error(`edgelog: ${oneLine((err as Error)?.message ?? String(err))}`);
    exitAfterOutput(err instanceof UsageError ? 2 : 1);
  },
);
