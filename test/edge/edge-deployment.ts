/**
 * The edge deployment on loopback for tests: src/edge/worker.ts bundled with esbuild as wrangler would
 * (ESM, workerd conditions, `cloudflare:*` left to the runtime) and run in workerd through miniflare's
 * API, with the Durable Object classes of the root wrangler.toml on SQLite storage.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { Progress } from "../support/progress.ts";
import type { Edgelog } from "../../client/node.ts";
import type { PartitionInfo } from "../../client/admin.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The compatibility date the deployment declares (wrangler.toml), so tests run what would be deployed. */
export const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(`${root}/wrangler.toml`, "utf8"))![1]!;

export interface EdgeDeployment {
  /** Bootstrap WebSocket URL: ws://127.0.0.1:PORT/v1/ws */
  url: string;
  /** http://127.0.0.1:PORT */
  httpUrl: string;
  mf: Miniflare;
  /** Runs every partition's retention now (what its alarm does when due). */
  enforceRetention(): Promise<void>;
  stop(): Promise<void>;
}

let bundled: Promise<string> | null = null;

/** The Worker as one ES module (built once per test process). */
export function bundleEdgeWorker(): Promise<string> {
  bundled ??= build({
    entryPoints: [`${root}/src/edge/worker.ts`],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*"],
    write: false,
    logLevel: "silent",
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

/**
 * @param opts.persistDir keep Durable Object storage (SQLite files) here, across restarts; default: in memory.
 * @param opts.port listen on this port (a restart behind the same URL); default: a free one.
 * @param opts.onRuntimeOutput receives each line workerd writes (the objects' console output, the runtime's
 *   warnings) instead of this process's console; default: printed, as miniflare does.
 * @param opts.bindings the Worker's text bindings and secrets (EDGELOG_AUTH_SECRET turns auth on); default none.
 */
/**
 * workerd's output collected for a test that reads it (the objects' wake and removal lines): pass `onLine`
 * as startEdge's onRuntimeOutput; `lines` holds every line in order and `progress` is poked on each, so a
 * test waits for a line with progress.until.
 */
export function collectRuntimeOutput(): { lines: string[]; progress: Progress; onLine: (line: string) => void } {
  const lines: string[] = [];
  const progress = new Progress();
  return {
    lines,
    progress,
    onLine: (line) => {
      lines.push(line);
      progress.poke();
    },
  };
}

export async function startEdge(opts: { persistDir?: string; port?: number; onRuntimeOutput?: (line: string, stream: "stdout" | "stderr") => void; bindings?: Record<string, string> } = {}): Promise<EdgeDeployment> {
  const mf = await launch({ ...opts, durableObjects: OBJECT_CLASSES });
  const ready = await mf.ready;
  const hostPort = `127.0.0.1:${ready.port}`;
  let stopped = false;
  return {
    url: `ws://${hostPort}/v1/ws`,
    httpUrl: `http://${hostPort}`,
    mf,
    async enforceRetention() {
      // The objects' RPC methods, called from Node through miniflare's proxies.
      const cluster = (await objects<{ listTopics(): Promise<string[]> }>(mf, "CLUSTER"))("cluster");
      const topic = await objects<{ getRecord(): Promise<{ partitionCount: number } | null> }>(mf, "TOPIC");
      const partition = await objects<{ enforceRetention(): Promise<{ ok: boolean; message?: string }> }>(mf, "PARTITION");
      for (const name of await cluster.listTopics()) {
        const record = await topic(name).getRecord();
        for (let p = 0; p < (record?.partitionCount ?? 0); p++) {
          const r = await partition(`${name}/${p}`).enforceRetention();
          if (!r.ok) throw new Error(`retention of ${name}-${p}: ${r.message}`);
        }
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await mf.dispose();
    },
  };
}

/** The Durable Object bindings of the root wrangler.toml. */
const OBJECT_CLASSES: ObjectBindings = {
  PARTITION: { className: "PartitionDO", useSQLite: true },
  TOPIC: { className: "TopicDO", useSQLite: true },
  CLUSTER: { className: "ClusterDO", useSQLite: true },
  GROUP: { className: "GroupDO", useSQLite: true },
  RELAY: { className: "RelayDO", useSQLite: true },
};

type ObjectBindings = Record<string, { className: string; useSQLite: true; scriptName?: string }>;

/** One workerd process running the Worker, through miniflare; resolves once it listens. */
async function launch(opts: {
  durableObjects: ObjectBindings;
  name?: string;
  devRegistryPath?: string;
  persistDir?: string;
  port?: number;
  onRuntimeOutput?: (line: string, stream: "stdout" | "stderr") => void;
  bindings?: Record<string, string>;
}): Promise<Miniflare> {
  const script = await bundleEdgeWorker();
  const onOutput = opts.onRuntimeOutput;
  const mf = new Miniflare({
    handleRuntimeStdio: onOutput
      ? (stdout, stderr) => {
          createInterface(stdout).on("line", (line) => onOutput(line, "stdout"));
          createInterface(stderr).on("line", (line) => onOutput(line, "stderr"));
        }
      : undefined,
    ...(opts.name === undefined ? {} : { name: opts.name }),
    ...(opts.devRegistryPath === undefined ? {} : { unsafeDevRegistryPath: opts.devRegistryPath, unsafeDevRegistryDurableObjectProxy: true }),
    modules: true,
    script,
    scriptPath: `${root}/src/edge/worker.js`,
    compatibilityDate,
    durableObjects: opts.durableObjects,
    durableObjectsPersist: opts.persistDir ?? false,
    bindings: opts.bindings ?? {},
    host: "127.0.0.1",
    port: opts.port ?? 0,
  });
  try {
    await mf.ready;
  } catch (err) {
    await mf.dispose().catch(() => {});
    throw err;
  }
  return mf;
}

export interface EdgeRegions {
  /** The first region's process: the Worker clients connect to, the controller objects and that region's replicas. */
  edge: EdgeDeployment;
  /** Each region's process (the first one's too), for its objects' RPC. */
  byRegion: Map<string, Miniflare>;
  /** Stops a region's process other than the first, and starts it again on the same storage. */
  restart(region: string): Promise<void>;
}

/**
 * The edge deployment with each region's replicas in a workerd process of its own (one thread each, as
 * each region has machines of its own when deployed; in one process every object shares one thread).
 * The first region's process serves clients and holds the controllers (TOPIC, CLUSTER, GROUP, RELAY) and
 * its region's replicas; every other region's process holds that region's replicas only. Each process
 * names the others' PartitionDO as PARTITION_<REGION> (src/edge/env.ts regionPartitions), and the others
 * name the first one's controllers, through miniflare's dev registry (calls between processes go
 * workerd to workerd over their debug ports, as DO RPC). A replica reached from another process knows only
 * its id, so each is first started by name in its own process (startReplicas) and keeps that name.
 */
export async function startEdgeRegions(opts: {
  regions: string[];
  persistDir: string;
  onRuntimeOutput?: (line: string, stream: "stdout" | "stderr") => void;
  bindings?: Record<string, string>;
}): Promise<EdgeRegions> {
  const [first] = opts.regions;
  if (first === undefined) throw new Error("startEdgeRegions needs a region");
  const devRegistryPath = await mkdtemp(join(tmpdir(), "edgelog-dev-registry-"));
  const script = (region: string) => `edgelog-${region}`;
  const byRegion = new Map<string, Miniflare>();
  const start = (region: string) => {
    const durableObjects: ObjectBindings = {};
    for (const [binding, spec] of Object.entries(OBJECT_CLASSES)) {
      durableObjects[binding] = binding === "PARTITION" || region === first ? spec : { ...spec, scriptName: script(first) };
    }
    for (const other of opts.regions) {
      if (other !== region) durableObjects[`PARTITION_${other.toUpperCase()}`] = { ...OBJECT_CLASSES.PARTITION, scriptName: script(other) };
    }
    return launch({ durableObjects, name: script(region), devRegistryPath, persistDir: join(opts.persistDir, region), onRuntimeOutput: opts.onRuntimeOutput, bindings: opts.bindings });
  };
  try {
    for (const region of opts.regions) byRegion.set(region, await start(region));
  } catch (err) {
    await Promise.all([...byRegion.values()].map((mf) => mf.dispose().catch(() => {})));
    await rm(devRegistryPath, { recursive: true, force: true });
    throw err;
  }
  const mf = byRegion.get(first)!;
  const hostPort = `127.0.0.1:${(await mf.ready).port}`;
  let stopped = false;
  return {
    byRegion,
    async restart(region) {
      if (region === first || !byRegion.has(region)) throw new Error(`restart: "${region}" is not a region of its own process`);
      await byRegion.get(region)!.dispose();
      byRegion.set(region, await start(region));
    },
    edge: {
      url: `ws://${hostPort}/v1/ws`,
      httpUrl: `http://${hostPort}`,
      mf,
      enforceRetention() {
        throw new Error("enforceRetention: not with replicas in processes of their own");
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await Promise.all([...byRegion.values()].map((m) => m.dispose()));
        await rm(devRegistryPath, { recursive: true, force: true });
      },
    },
  };
}

/**
 * Starts each replica of `topic`'s partitions in its own region's process by name, before the topic is
 * created: calls from other processes reach a replica by its id alone, and it answers them with the name
 * it kept (src/edge/env.ts objectName).
 */
export async function startReplicas(regions: EdgeRegions, topic: string, partitionCount: number): Promise<void> {
  for (const [region, mf] of regions.byRegion) {
    // Any call starts it; describe answers UNKNOWN_TOPIC from a replica not configured yet.
    const replica = await objects<{ describe(): Promise<unknown> }>(mf, "PARTITION");
    for (let p = 0; p < partitionCount; p++) await replica(`${topic}/${p}@${region}`).describe();
  }
}

/** src/edge/faults.ts Faults (not imported: that module's types are the Worker's, not Node's). */
export interface Faults {
  unreachable?: boolean;
  hang?: boolean;
  roundTripMs?: Record<string, number>;
  crashAfterWrites?: number;
}

/** Where a test's replicas run: every object in one process, or a process per region (startEdgeRegions). */
export type ReplicaHost = EdgeDeployment | EdgeRegions;

/**
 * A replica of `topic`'s partition in `region`, by name, through the process that holds it (after a
 * region's restart, its new one), typed with the RPC methods a caller uses.
 */
export async function replicaStub<T>(host: ReplicaHost, topic: string, region: string, partition = 0): Promise<T> {
  const mf = "byRegion" in host ? host.byRegion.get(region)! : host.mf;
  return (await objects<T>(mf, "PARTITION"))(`${topic}/${partition}@${region}`);
}

/**
 * Sets a replica's test-only faults (src/edge/faults.ts; the Worker needs EDGELOG_FAULTS=1). A replica that
 * just crashed may refuse the first calls while it restarts: up to 20 tries, 25 ms apart.
 */
export async function injectFault(host: ReplicaHost, topic: string, region: string, faults: Faults, partition = 0): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await (await replicaStub<{ injectFault(f: Faults): Promise<void> }>(host, topic, region, partition)).injectFault(faults);
    } catch (err) {
      if (attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/**
 * Polls describeTopic until every replica of `topic`'s partition 0 is in sync with no lag (the ISR settles
 * inside the objects, with no event a test can wait on), at most 200 × 50 ms; the last description of it.
 */
export async function untilReplicasInSync(el: Edgelog, topic: string): Promise<PartitionInfo> {
  let p = (await el.admin.describeTopic(topic)).partitions[0]!;
  for (let i = 0; i < 200 && !p.replicas!.every((r) => r.inSync && r.lag === 0); i++) {
    await new Promise((r) => setTimeout(r, 50));
    p = (await el.admin.describeTopic(topic)).partitions[0]!;
  }
  return p;
}

/** Stubs of one Durable Object namespace by name, typed with the RPC methods a caller uses. */
async function objects<T>(mf: Miniflare, binding: string): Promise<(name: string) => T> {
  const ns = await mf.getDurableObjectNamespace(binding);
  return (name) => ns.get(ns.idFromName(name)) as unknown as T;
}
