/**
 * The demo served by `npm start` (and by `npm start -- --edge`, see edge-dev.ts): an activity feed page
 * that uses the browser build of the SDK to subscribe to topic "demo" and to produce into it. The SDK is
 * dist/edgelog.js, which `npm run build` writes (`npm start` builds first); the broker serves it.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { distDir } from "./bundles.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

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
 * The page (and, with opts.sdk, the SDK bundle), by path.
 * @param opts.wsUrl the bootstrap WebSocket URL the page connects to (set as `globalThis.edgelogUrl` before
 *   the page's script runs); default: none, the page connects to the host that served it.
 * @param opts.sdk include /edgelog.js from dist/, for a server that is not a broker (edge-dev.ts's page
 *   server); default false: the broker serves the bundles itself (bundle-files.ts).
 */
export async function buildDemo(opts: { wsUrl?: string; sdk?: boolean } = {}): Promise<Record<string, [string, string | Uint8Array]>> {
  let page = await readFile(`${root}examples/activity-feed.html`, "utf8");
  if (opts.wsUrl !== undefined) {
    // JSON of a URL string is a safe JS literal; "<" is escaped so it cannot end the script element.
    const setting = `<script>globalThis.edgelogUrl = ${JSON.stringify(opts.wsUrl).replace(/</g, "\\u003c")};</script>\n`;
    page = page.replace("<script type=\"module\">", `${setting}<script type="module">`);
  }
  const files: Record<string, [string, string | Uint8Array]> = { "/": ["text/html; charset=utf-8", page] };
  if (opts.sdk) files["/edgelog.js"] = ["text/javascript; charset=utf-8", await browserClient()];
  return files;
}
