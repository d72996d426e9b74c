/**
 * The demo served by `npm start` (and by `npm start -- --edge`, see edge-dev.ts): the static pages of
 * examples/demo — a start page, a live activity feed (feed.html), a shop instrumented with the tracker
 * (shop.html) and a topics page (topics.html). The pages import the browser bundles (dist/, which
 * `npm run build` writes; `npm start` builds first) from the broker's origin, which serves them with CORS.
 */
import { readdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { distDir } from "./bundles.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** Where the demo's pages are. */
export const demoDir = `${root}examples/demo`;

/** The topics the pages use, created by `serve --demo` (and edge-dev.ts) when missing. */
export const demoTopics: readonly { name: string; partitions: number }[] = [
  { name: "demo", partitions: 1 }, // the CLI's hints and the feed's form
  { name: "activity", partitions: 3 }, // the shop's tracker; the feed's default topic
];

const contentTypes: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
};

/** dist/edgelog.js, or an error that says to build it. */
export async function browserClient(): Promise<Uint8Array> {
  try {
    return await readFile(`${distDir}/edgelog.js`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new Error("dist/edgelog.js is not built: run `npm run build`");
    throw err;
  }
}

/**
 * The pages (and, with opts.sdk, the SDK bundle), by path: `/` is index.html.
 * @param opts.wsUrl the broker the pages use (set as `globalThis.edgelogUrl` before their scripts run);
 *   default: none, the pages use the origin that served them (or `?broker=`).
 * @param opts.sdk include /edgelog.js from dist/, for a server that is not a broker (edge-dev.ts's page
 *   server); default false. The pages themselves import the bundles from the broker's origin.
 */
export async function buildDemo(opts: { wsUrl?: string; sdk?: boolean } = {}): Promise<Record<string, [string, string | Uint8Array]>> {
  const files: Record<string, [string, string | Uint8Array]> = {};
  for (const name of (await readdir(demoDir)).sort()) {
    const type = contentTypes[name.slice(name.lastIndexOf(".") + 1)];
    if (!type) continue;
    let text = await readFile(`${demoDir}/${name}`, "utf8");
    if (name.endsWith(".html") && opts.wsUrl !== undefined) {
      // JSON of a URL string is a safe JS literal; "<" is escaped so it cannot end the script element.
      const setting = `<script>globalThis.edgelogUrl = ${JSON.stringify(opts.wsUrl).replace(/</g, "\\u003c")};</script>\n`;
      text = text.replace("</head>", `${setting}</head>`);
    }
    files[`/${name}`] = [type, text];
  }
  if (!files["/index.html"]) throw new Error(`${demoDir}/index.html is missing`);
  files["/"] = files["/index.html"];
  if (opts.sdk) files["/edgelog.js"] = ["text/javascript; charset=utf-8", await browserClient()];
  return files;
}

/** A plain HTTP server for `files` (GET and HEAD, no caching): the edge demo's page server and the browser tests' second origin. */
export function serveFiles(files: Record<string, [string, string | Uint8Array]>, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = req.method === "GET" || req.method === "HEAD" ? files[path] : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
