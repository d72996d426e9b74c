/**
 * `edgelog serve --demo --edge` (`npm start -- --edge`): the demo against the edge deployment running
 * locally. Starts `wrangler dev` (workerd, no login, no network) as a child process, waits until the
 * Worker answers /v1/health, creates the demo's topics (demo.ts demoTopics) through the SDK, and serves the
 * demo pages (and the browser SDK) from a small Node HTTP server; the pages connect to the Worker's
 * WebSocket endpoint and import the bundles from the Worker, which serves them with CORS.
 *
 * wrangler runs as three processes: bin/wrangler.js (which forwards SIGINT/SIGTERM), its CLI, and workerd.
 * It is stopped through the first, by its PID; any of its descendants still running after it exited
 * (workerd holding the port) is then stopped by its own PID, so nothing is left behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Edgelog } from "../../client/node.ts";
import { buildDemo, demoTopics, serveFiles } from "./demo.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** How long wrangler may take to answer /v1/health, ms (~2 s here; the first run also bundles). */
const EDGE_READY_TIMEOUT_MS = 60_000;
/** Between two /v1/health attempts, ms. */
const HEALTH_POLL_INTERVAL_MS = 200;
/** How long wrangler gets to stop after SIGTERM before it and its descendants are killed, ms. */
const EDGE_STOP_TIMEOUT_MS = 5_000;

export interface EdgeDemoOptions {
  /** Port of the demo page; 0 picks a free one. */
  port: number;
  /** Interface of the demo page and of wrangler dev. */
  host: string;
  /** Port of wrangler dev. */
  edgePort: number;
  /** Where wrangler keeps Durable Object storage (--persist-to); default: wrangler's .wrangler/state. */
  persistDir?: string;
}

export interface EdgeDemo {
  /** http://host:port/ — the demo page */
  pageUrl: string;
  /** ws://host:edgePort/v1/ws — the Worker's bootstrap endpoint */
  edgeUrl: string;
  /** Settles when wrangler exits (by itself, or through close()), with its exit code. */
  edgeExited: Promise<number | null>;
  /** Stops the page server and wrangler (and workerd). */
  close(): Promise<void>;
}

export async function startEdgeDemo(opts: EdgeDemoOptions): Promise<EdgeDemo> {
  const edgeHttpUrl = `http://${opts.host}:${opts.edgePort}`;
  const edgeUrl = `ws://${opts.host}:${opts.edgePort}/v1/ws`;
  // Reading the page and the SDK (dist/) runs while wrangler starts.
  const files = buildDemo({ wsUrl: edgeUrl, sdk: true });
  const wrangler = startWrangler(opts);
  const edgeExited = new Promise<number | null>((resolve) => wrangler.once("exit", (code) => resolve(code)));
  let server: Server | undefined;
  try {
    await waitForHealth(wrangler, `${edgeHttpUrl}/v1/health`);
    await ensureDemoTopics(edgeUrl);
    server = await serveFiles(await files, opts.host, opts.port);
  } catch (err) {
    await stopWrangler(wrangler);
    throw err;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  // A last resort when this process ends without close() (an uncaught error): ask wrangler to stop.
  const onExit = () => wrangler.exitCode === null && wrangler.signalCode === null && wrangler.kill("SIGTERM");
  process.once("exit", onExit);
  let closing: Promise<void> | null = null;
  return {
    pageUrl: `http://${opts.host}:${port}/`,
    edgeUrl,
    edgeExited,
    close() {
      closing ??= (async () => {
        process.off("exit", onExit);
        server!.closeAllConnections();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
        await stopWrangler(wrangler);
      })();
      return closing;
    },
  };
}

function startWrangler(opts: EdgeDemoOptions): ChildProcess {
  const args = [`${root}node_modules/wrangler/bin/wrangler.js`, "dev", "--config", `${root}wrangler.toml`, "--ip", opts.host, "--port", String(opts.edgePort)];
  if (opts.persistDir) args.push("--persist-to", opts.persistDir);
  const child = spawn(process.execPath, args, {
    cwd: root,
    // No telemetry; no interactive hotkeys (stdin is not a terminal); colours only if ours go to a terminal.
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface(stream).on("line", (line) => console.log(`[wrangler] ${line}`));
  }
  return child;
}

/** Resolves once the Worker answers /v1/health; rejects if wrangler exits or the deadline passes. */
async function waitForHealth(wrangler: ChildProcess, healthUrl: string): Promise<void> {
  const deadline = Date.now() + EDGE_READY_TIMEOUT_MS;
  let exited = false;
  wrangler.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`wrangler dev exited (code ${wrangler.exitCode}) before ${healthUrl} answered`);
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${healthUrl} did not answer within ${EDGE_READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, HEALTH_POLL_INTERVAL_MS));
  }
}

async function ensureDemoTopics(edgeUrl: string): Promise<void> {
  const el = new Edgelog({ url: edgeUrl, clientId: "edgelog-demo" });
  try {
    const existing = await el.admin.listTopics();
    for (const { name, partitions } of demoTopics) {
      if (existing.includes(name)) continue;
      await el.admin.createTopic(name, { partitions }).catch((err: { code?: string }) => {
        if (err.code !== "TOPIC_EXISTS") throw err;
      });
    }
  } finally {
    await el.close();
  }
}

/**
 * SIGTERM to bin/wrangler.js (it forwards it to its CLI, which stops workerd); then whatever of its
 * process tree outlived it, and the whole tree after EDGE_STOP_TIMEOUT_MS, each by its own PID.
 */
async function stopWrangler(wrangler: ChildProcess): Promise<void> {
  const tree = descendants(wrangler.pid!);
  if (wrangler.exitCode === null && wrangler.signalCode === null) {
    const exited = new Promise<void>((resolve) => wrangler.once("exit", () => resolve()));
    wrangler.kill("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), EDGE_STOP_TIMEOUT_MS))]);
    if (!stopped) {
      wrangler.kill("SIGKILL");
      await exited;
    }
  }
  // The CLI stops workerd as it exits; give it that moment, then stop any survivor.
  for (let i = 0; i < 20 && tree.some((p) => alive(p)); i++) await new Promise((r) => setTimeout(r, 100));
  for (const p of tree) if (alive(p)) kill(p, "SIGKILL");
}

interface ProcessId {
  pid: number;
  /** The process's start time (clock ticks after boot): tells it apart from a later process given the same PID. */
  startTicks: string;
}

/** Every process below `pid` (Linux /proc; none elsewhere). */
function descendants(pid: number): ProcessId[] {
  const children = new Map<number, ProcessId[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (!stat) continue;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), { pid: Number(entry), startTicks: stat.startTicks }]);
  }
  const out: ProcessId[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c.pid);
    }
  };
  walk(pid);
  return out;
}

function procStat(pid: number): { state: string; ppid: number; startTicks: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // pid (comm) state ppid … starttime (field 22): comm may hold spaces, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0]!, ppid: Number(fields[1]), startTicks: fields[19]! };
  } catch {
    return null;
  }
}

/** Still running: the same process (not a later one with its PID), and not a zombie awaiting its parent. */
function alive(p: ProcessId): boolean {
  const stat = procStat(p.pid);
  return stat !== null && stat.startTicks === p.startTicks && stat.state !== "Z";
}

function kill(p: ProcessId, signal: NodeJS.Signals): void {
  try {
    process.kill(p.pid, signal);
  } catch {
    // already gone
  }
}
