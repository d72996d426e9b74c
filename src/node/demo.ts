/**
 * The demo served by `npm start`: an activity feed page that uses the browser build of the SDK to
 * subscribe to topic "demo" and to produce into it. The SDK is bundled with esbuild at start.
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

export async function buildDemo(): Promise<Record<string, [string, string | Uint8Array]>> {
  return {
    "/": ["text/html; charset=utf-8", await readFile(`${root}examples/activity-feed.html`, "utf8")],
    "/edgelog.js": ["text/javascript; charset=utf-8", await bundleBrowserClient()],
  };
}
