/**
 * The browser bundles (`npm run build` writes them to dist/, scripts/build.js), served alike by the Node
 * broker (read from dist/ at start) and the edge Worker (bundled into it as text modules):
 *
 *   GET|HEAD  /edgelog.js  /subscribe.js  /track.js   and their sourcemaps (/edgelog.js.map, …)
 *             /edgelog-extras.js, /subscribe-feed-reader.js, …  the chunks they load on demand (import())
 *
 * - CORS: `Access-Control-Allow-Origin: *` whatever the origin allow-list says (origins.ts guards the API,
 *   not these): they are public code, and a page of any origin loads them as module scripts, which are
 *   fetched with CORS.
 * - Caching: an ETag (CRC-32C and length of the bytes) and `Cache-Control: public, max-age=300, …`: a page
 *   importing `/edgelog.js` by its plain URL gets a new build within five minutes of a deploy, and a
 *   revalidation after that costs a 304 without the body. A page whose entry is older than a chunk it loads
 *   later refuses that chunk and says to reload (client/on-demand.ts compares the builds' stamps).
 * - A bundle that was not built answers 404 JSON whose message says to run `npm run build`.
 */
import { crc32c } from "../protocol/crc32c.ts";
import { httpError, RouteError } from "./http-api.ts";

/**
 * The files by name, as dist/ holds them: each entry, the chunks it loads on demand (`<entry>-<module>.js`)
 * and the chunks of code its files share (`<entry>-chunk-<n>.js`), as scripts/build.js names them. Fixed
 * names, not content hashes, because the Node broker registers a route per name when it starts; a file that
 * is built but not listed here fails test/unit/bundle-budget.test.ts, and one listed but not built is a 404.
 */
export const bundleFileNames = [
  "edgelog.js",
  "edgelog-extras.js",
  "edgelog-consumer-engine.js",
  "edgelog-feed-reader.js",
  "edgelog-producer-engine.js",
  ...[1, 2, 3, 4].map((n) => `edgelog-chunk-${n}.js`),
  "subscribe.js",
  "subscribe-feed-reader.js",
  ...[1, 2].map((n) => `subscribe-chunk-${n}.js`),
  "track.js",
].flatMap((name) => [name, `${name}.map`]);

/** Seconds a browser or CDN may use a bundle without asking again. */
export const bundleMaxAgeSeconds = 300;

/** The bytes (or text) of the bundles that exist, by file name (bundleFileNames); a missing one is not built. */
export type BundleContents = Partial<Record<string, string | Uint8Array>>;

interface Served {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

const corsHeaders: [string, string][] = [
  ["Access-Control-Allow-Origin", "*"],
  ["Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"],
  ["Access-Control-Expose-Headers", "ETag"],
];

/**
 * A handler for the bundle paths: a Response for /edgelog.js, /track.js, … (and their maps), null for any
 * other path (the caller's routes take it).
 */
export function bundleRoute(contents: BundleContents): (request: Request) => Response | null {
  // Each file's bytes and ETag are made at its first request: the Worker's module is loaded by every
  // Durable Object too, and most of them never serve a bundle.
  const files = new Map<string, Served | null>();
  const served = (name: string): Served | null => {
    let file = files.get(name);
    if (file !== undefined) return file;
    const raw = contents[name];
    const body = raw === undefined ? null : new Uint8Array(typeof raw === "string" ? new TextEncoder().encode(raw) : raw);
    file = body && {
      body,
      etag: `"${crc32c(body).toString(16)}-${body.length.toString(16)}"`,
      contentType: name.endsWith(".map") ? "application/json" : "text/javascript; charset=utf-8",
    };
    files.set(name, file);
    return file;
  };
  const paths = new Set(bundleFileNames.map((n) => `/${n}`));
  return (request) => {
    const path = new URL(request.url).pathname;
    if (!paths.has(path)) return null;
    const method = request.method;
    if (method === "OPTIONS") return new Response(null, { status: 204, headers: corsHeaders });
    if (method !== "GET" && method !== "HEAD") return refuse(405, `${path} takes GET, HEAD or OPTIONS`, "GET, HEAD, OPTIONS");
    const file = served(path.slice(1));
    if (!file) return refuse(404, `dist${path} is not built: run \`npm run build\` (it writes dist/), then restart the server`);
    const headers: [string, string][] = [
      ...corsHeaders,
      ["Content-Type", file.contentType],
      ["Cache-Control", `public, max-age=${bundleMaxAgeSeconds}, must-revalidate`],
      ["ETag", file.etag],
    ];
    const match = request.headers.get("if-none-match");
    if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === file.etag)) return new Response(null, { status: 304, headers });
    // HEAD too: the Node adapter sends its length and not the body, the edge's runtime drops it.
    return new Response(file.body, { status: 200, headers });
  };
}

/** The HTTP routes' error answer (http-api.ts: JSON `{ error: { code, name, message } }`, CORS for any origin). */
function refuse(status: number, message: string, allow?: string): Response {
  return httpError(new RouteError(status, message, allow)).response();
}
