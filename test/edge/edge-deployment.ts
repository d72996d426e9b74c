/**
 * The edge deployment on loopback for tests: src/edge/worker.ts bundled with esbuild as wrangler would
 * (ESM, workerd conditions, `cloudflare:*` left to the runtime) and run in workerd through miniflare's
 * API, with the Durable Object classes of the root wrangler.toml on SQLite storage.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { Progress } from "../support/progress.ts";

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
  const script = await bundleEdgeWorker();
  const onOutput = opts.onRuntimeOutput;
  const mf = new Miniflare({
    handleRuntimeStdio: onOutput
      ? (stdout, stderr) => {
          createInterface(stdout).on("line", (line) => onOutput(line, "stdout"));
          createInterface(stderr).on("line", (line) => onOutput(line, "stderr"));
        }
      : undefined,
    modules: true,
    script,
    scriptPath: `${root}/src/edge/worker.js`,
    compatibilityDate,
    durableObjects: {
      PARTITION: { className: "PartitionDO", useSQLite: true },
      TOPIC: { className: "TopicDO", useSQLite: true },
      CLUSTER: { className: "ClusterDO", useSQLite: true },
      GROUP: { className: "GroupDO", useSQLite: true },
      RELAY: { className: "RelayDO", useSQLite: true },
    },
    durableObjectsPersist: opts.persistDir ?? false,
    bindings: opts.bindings ?? {},
    host: "127.0.0.1",
    port: opts.port ?? 0,
  });
  let ready: URL;
  try {
    ready = await mf.ready;
  } catch (err) {
    await mf.dispose().catch(() => {});
    throw err;
  }
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

/** Stubs of one Durable Object namespace by name, typed with the RPC methods a caller uses. */
async function objects<T>(mf: Miniflare, binding: string): Promise<(name: string) => T> {
  const ns = await mf.getDurableObjectNamespace(binding);
  return (name) => ns.get(ns.idFromName(name)) as unknown as T;
}
