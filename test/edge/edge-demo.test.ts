// `edgelog serve --demo --edge` (what `npm start -- --edge` runs) as a user meets it: the command starts
// `wrangler dev` (workerd on loopback, no login, no network), serves the demo page whose SDK connects to the
// Worker, takes records from the CLI and from the page, and on SIGINT leaves no wrangler or workerd behind.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { repoRoot } from "../support/broker-process.ts";

const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const skipBrowser = process.env.EDGELOG_SKIP_BROWSER === "1" || !existsSync(CHROMIUM_PATH);
const cli = join(repoRoot, "bin/edgelog.js");
const dirs: string[] = [];
let serve: ChildProcess | undefined;

afterAll(async () => {
  if (serve && serve.exitCode === null && serve.signalCode === null) serve.kill("SIGTERM");
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

it("serves the demo against wrangler dev; CLI and page records meet; SIGINT stops every process it started", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-edge-demo-"));
  dirs.push(dataDir);
  const edgePort = await freePort();
  const edgeUrl = `ws://127.0.0.1:${edgePort}/v1/ws`;
  const proc = spawn(process.execPath, [cli, "serve", "--demo", "--edge", "--port", "0", "--edge-port", String(edgePort), "--data-dir", dataDir], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  serve = proc;
  const lines: string[] = [];
  const produceLine = `[edgelog]   seq 1 100000 | npx edgelog produce demo --url ${edgeUrl}`;
  // The banner is several lines: the page's address first, the CLI hints after it. Wait for the hint line
  // (the last one the test reads), not only the first.
  let opened: string | null = null;
  const pageUrl = await new Promise<string>((resolve, reject) => {
    const onLine = (l: string) => {
      lines.push(l);
      opened ??= /\[edgelog\] demo: open (http:\/\/\S+) /.exec(l)?.[1] ?? null;
      if (opened && l === produceLine) resolve(opened);
    };
    createInterface(proc.stdout!).on("line", onLine);
    createInterface(proc.stderr!).on("line", onLine);
    proc.once("exit", (code, signal) => reject(new Error(`serve exited ${code ?? signal}:\n${lines.join("\n")}`)));
  });
  expect(lines).toContain(produceLine);

  // The page is told where the edge is.
  const html = await (await fetch(pageUrl)).text();
  expect(html).toContain(`globalThis.edgelogUrl = "${edgeUrl}";`);
  expect((await fetch(`${pageUrl}edgelog.js`)).status).toBe(200);
  for (const page of ["feed.html", "shop.html", "topics.html", "demo.js", "demo.css"]) expect((await fetch(`${pageUrl}${page}`)).status).toBe(200);

  // The CLI command the banner prints.
  const produce = spawn(process.execPath, [cli, "produce", "demo", "--url", edgeUrl], { cwd: repoRoot, stdio: ["pipe", "inherit", "inherit"] });
  produce.stdin!.end("from the cli 1\nfrom the cli 2\n");
  expect(await new Promise((resolve) => produce.once("exit", resolve))).toBe(0);

  const node = new Edgelog({ url: edgeUrl });
  try {
    if (!skipBrowser) {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        // The feed page on topic "demo"; its bundles come from the Worker (CORS), its socket goes to the Worker.
        await page.goto(`${pageUrl}feed.html?topic=demo`);
        const rows = () => page.locator("#feed li[data-offset]").evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.partition}:${(li as HTMLElement).dataset.offset}${li.querySelector(".value")!.textContent}`));
        await expect.poll(rows, { timeout: 15_000 }).toEqual(["0:1from the cli 2", "0:0from the cli 1"]);
        expect(await page.textContent("#status")).toBe(`subscribed to demo at ${edgeUrl}`);
        await page.fill("#text", "from the page");
        await page.press("#text", "Enter");
        await expect.poll(async () => (await rows())[0], { timeout: 15_000 }).toBe("0:2from the page");
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }
    const consumer = node.consumer({ topic: "demo", from: "earliest" });
    const values: string[] = [];
    for await (const r of consumer) {
      values.push(new TextDecoder().decode(r.value!));
      if (values.length === (skipBrowser ? 2 : 3)) break;
    }
    expect(values).toEqual(["from the cli 1", "from the cli 2", ...(skipBrowser ? [] : ["from the page"])]);
  } finally {
    await node.close();
  }

  // What it started: wrangler's launcher, its CLI and workerd (two: the Worker and wrangler's inspector proxy).
  const started = descendants(proc.pid!);
  expect(started.filter((p) => p.comm === "workerd").length).toBeGreaterThanOrEqual(1);
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  proc.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(lines).toContain("[edgelog] SIGINT: shutting down");
  for (let i = 0; i < 50 && started.some(running); i++) await new Promise((r) => setTimeout(r, 100));
  expect(started.filter(running).map((p) => `${p.pid} ${p.comm}`)).toEqual([]);
  await expect(fetch(`http://127.0.0.1:${edgePort}/v1/health`)).rejects.toThrow();
}, 60_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Proc {
  pid: number;
  comm: string;
  startTicks: string;
}

/** Linux /proc: pid (comm) state ppid … starttime (field 22). */
function stat(pid: number): (Proc & { state: string; ppid: number }) | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { pid, comm: s.slice(s.indexOf("(") + 1, s.lastIndexOf(")")), state: fields[0]!, ppid: Number(fields[1]), startTicks: fields[19]! };
  } catch {
    return null;
  }
}

function descendants(root: number): Proc[] {
  const all = readdirSync("/proc").filter((e) => /^\d+$/.test(e)).map((e) => stat(Number(e))).filter((p) => p !== null);
  const out: Proc[] = [];
  const walk = (pid: number) => {
    for (const p of all) if (p.ppid === pid) (out.push(p), walk(p.pid));
  };
  walk(root);
  return out;
}

/** Still running (a zombie has stopped; a new process with the same PID is another). */
function running(p: Proc): boolean {
  const now = stat(p.pid);
  return now !== null && now.startTicks === p.startTicks && now.state !== "Z";
}
