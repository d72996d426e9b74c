/**
 * The demo served by `npm start` (and by `npm start -- --edge`, see edge-dev.ts): an activity feed page
 * that uses the browser build of the SDK to subscribe to topic "demo" and to produce into it. The SDK is
 * bundled with esbuild at start.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export async function bundleBrowserClient(): Promise<Uint8Array> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [`${root}client/index.ts`],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0]!.contents;
}

/**
 * The page and the SDK bundle, by path.
 * @param opts.wsUrl the bootstrap WebSocket URL the page connects to (set as `globalThis.edgelogUrl` before
 *   the page's script runs); default: none, the page connects to the host that served it.
 */
export async function buildDemo(opts: { wsUrl?: string } = {}): Promise<Record<string, [string, string | Uint8Array]>> {
  let page = await readFile(`${root}examples/activity-feed.html`, "utf8");
  if (opts.wsUrl !== undefined) {
    // JSON of a URL string is a safe JS literal; "<" is escaped so it cannot end the script element.
    const setting = `<script>globalThis.edgelogUrl = ${JSON.stringify(opts.wsUrl).replace(/</g, "\\u003c")};</script>\n`;
    page = page.replace("<script type=\"module\">", `${setting}<script type="module">`);
  }
  return {
    "/": ["text/html; charset=utf-8", page],
    "/edgelog.js": ["text/javascript; charset=utf-8", await bundleBrowserClient()],
  };
}
