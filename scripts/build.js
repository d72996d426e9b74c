// The browser bundles, with esbuild: `npm run build` writes dist/ (ESM, minified, with sourcemaps).
//   dist/edgelog.js    the SDK (client/index.ts)
//   dist/subscribe.js  the subscribe-only entry (client/subscribe.ts): a live feed without producer or groups
//   dist/track.js      the tracker (client/track.ts): HTTP only, no protobuf
//   dist/bundles.json  every file above as text, by name: what the edge Worker imports (src/edge/worker.ts)
// The Node broker and the edge Worker serve them at /edgelog.js, /subscribe.js and /track.js (and the
// maps), src/core/bundle-files.ts. An entry whose source does not exist is skipped with a line that says so
// (the build does not fail on it).
// Sizes are min+gzip bytes (1 KB = 1,000 bytes). budgetGzipBytes is issue 13's budget; ceilingGzipBytes is
// what test/unit/bundle-budget.test.ts enforces: the budget where it is met, else a ratchet a little above
// today's size (so the bundle cannot grow while it is over budget). Lower the ceiling as the size comes down.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = join(root, "dist");

/**
 * @type {{ name: string, entry: string, budgetGzipBytes: number, ceilingGzipBytes: number, ceilingTotalGzipBytes: number }[]}
 * budgetGzipBytes and ceilingGzipBytes are of what a page loads first (the entry file and the chunks it
 * imports statically); ceilingTotalGzipBytes is of every file of the bundle, the chunks loaded on demand too.
 */
export const bundles = [
  // 31.5 KB on 2026-12-06: the client modules alone are ~28 KB; the codec is ~3 KB (protobufjs was 20 KB).
  { name: "edgelog", entry: "client/index.ts", budgetGzipBytes: 25_000, ceilingGzipBytes: 30_000, ceilingTotalGzipBytes: 34_500 },
  // 18.6 KB on 2026-12-06: connection, partition set, shared feed, codec, record decoding, errors.
  { name: "subscribe", entry: "client/subscribe.ts", budgetGzipBytes: 12_000, ceilingGzipBytes: 19_500, ceilingTotalGzipBytes: 19_500 },
  { name: "track", entry: "client/track.ts", budgetGzipBytes: 4_000, ceilingGzipBytes: 4_000, ceilingTotalGzipBytes: 4_000 },
];

/**
 * esbuild's options for one bundle: what `npm run build` writes and what the budget test measures. Code
 * that a page needs only for some calls is imported with `import()` and lands in chunks of its own,
 * loaded when first used: dist/<bundle>-<module>.js for a module imported that way, and
 * dist/<bundle>-chunk.js for code those chunks share with each other (src/core/bundle-files.ts lists the
 * names both deployments serve; the budget test fails on a file it does not list).
 */
export function bundleOptions(bundle) {
  return {
    entryPoints: [{ in: join(root, bundle.entry), out: bundle.name }],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: "linked",
    outdir: distDir,
    entryNames: "[name]",
    chunkNames: `${bundle.name}-[name]`,
    logLevel: "error",
  };
}

/** gzip as servers and budget tools measure it (level 9). */
export function gzipBytes(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Builds every bundle whose entry exists. With write, its files land in dist/, each written under a
 * temporary name and renamed into place, so a broker or test reading dist/ while another build runs sees
 * the old file or the new one, never half of one.
 * @returns per bundle: { name, entry, budgetGzipBytes, built, minBytes?, gzipBytes?, totalGzipBytes?,
 *   files?: { name, minBytes, gzipBytes, initial }[], js?, metafile? }, where minBytes and gzipBytes are of
 *   the files a page loads first (`initial`: the entry and what it imports statically) and js is the entry's.
 */
export async function buildBundles({ write = true, metafile = false } = {}) {
  const results = [];
  const texts = {};
  for (const bundle of bundles) {
    if (!existsSync(join(root, bundle.entry))) {
      if (write) for (const ext of [".js", ".js.map"]) rmSync(join(distDir, bundle.name + ext), { force: true });
      results.push({ ...bundle, built: false });
      continue;
    }
    const r = await build({ ...bundleOptions(bundle), write: false, metafile: true });
    if (write) for (const f of r.outputFiles) writeAtomically(f.path, f.contents);
    for (const f of r.outputFiles) texts[basename(f.path)] = f.text;
    const initial = initialFiles(r.metafile, `${bundle.name}.js`);
    const files = r.outputFiles
      .filter((f) => f.path.endsWith(".js"))
      .map((f) => ({ name: basename(f.path), minBytes: f.contents.length, gzipBytes: gzipBytes(f.contents), initial: initial.has(basename(f.path)) }));
    const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
    const first = files.filter((f) => f.initial);
    const js = r.outputFiles.find((f) => basename(f.path) === `${bundle.name}.js`).contents;
    results.push({
      ...bundle,
      built: true,
      minBytes: sum(first, "minBytes"),
      gzipBytes: sum(first, "gzipBytes"),
      totalGzipBytes: sum(files, "gzipBytes"),
      files,
      js,
      metafile: metafile ? r.metafile : undefined,
    });
  }
  if (write) writeAtomically(join(distDir, "bundles.json"), JSON.stringify(texts));
  return results;
}

/** The entry's file and every chunk it imports statically, transitively: what loads before its code runs. */
function initialFiles(meta, entryName) {
  const byName = new Map(Object.entries(meta.outputs).map(([path, out]) => [basename(path), out]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of byName.get(name)?.imports ?? []) if (i.kind === "import-statement" && !i.external) visit(basename(i.path));
  };
  visit(entryName);
  return seen;
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await buildBundles();
  for (const r of results) {
    if (!r.built) {
      console.log(`dist/${r.name}.js skipped: ${r.entry} does not exist`);
      continue;
    }
    const kb = (n) => (n / 1000).toFixed(1);
    const over = r.gzipBytes > r.budgetGzipBytes ? `, ${kb(r.gzipBytes - r.budgetGzipBytes)} KB over` : "";
    const lazy = r.files.filter((f) => !f.initial);
    const later = lazy.length ? `; on demand: ${lazy.map((f) => `${f.name} ${kb(f.gzipBytes)}`).join(", ")}` : "";
    console.log(`dist/${r.name}.js  ${kb(r.minBytes)} KB min, ${kb(r.gzipBytes)} KB min+gzip first (budget ${kb(r.budgetGzipBytes)}${over})${later}`);
  }
}
