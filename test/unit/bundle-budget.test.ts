// The browser bundles, built in memory exactly as `npm run build` writes them (scripts/build.js), stay within
// their size ceilings (min+gzip) and carry only what their promise allows: no protobufjs in any of them (the
// SDK's codec is the table-driven one), no protobuf at all in the tracker, no producer or groups in the
// subscribe-only entry. A bundle's size is what a page loads first: the entry file and the chunks it imports
// statically; chunks loaded on demand (import()) are measured too, in total, and what is loaded first is
// checked by source file. What a page loads in all for one use (the first load and the on-demand files its
// calls load) is checked too: issue 13's budget holds for a page that only produces and one that only consumes.
import { beforeAll, describe, expect, it } from "vitest";
import { bundleFileNames } from "../../src/core/bundle-files.ts";
// @ts-expect-error scripts/build.js is plain JavaScript without types
import { buildBundles } from "../../scripts/build.js";

interface Built {
  name: string;
  entry: string;
  built: boolean;
  minBytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
  ceilingGzipBytes: number;
  totalGzipBytes: number;
  ceilingTotalGzipBytes: number;
  files: { name: string; minBytes: number; gzipBytes: number; initial: boolean; loads: string[]; inputs: string[] }[];
  metafile: { inputs: Record<string, unknown> };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Bytes a page loads in all: the first load and the on-demand files `names` (with what each loads statically). */
function inAll(r: Built, ...names: string[]): number {
  const loaded = new Set(r.files.filter((f) => f.initial).map((f) => f.name));
  for (const n of names) {
    const file = r.files.find((f) => f.name === n);
    expect(file, `${n} is not built`).toBeDefined();
    for (const m of file!.loads) loaded.add(m);
  }
  return r.files.filter((f) => loaded.has(f.name)).reduce((n, f) => n + f.gzipBytes, 0);
}

describe("browser bundle budgets (min+gzip)", () => {
  let bundles: Map<string, Built>;

  beforeAll(async () => {
    const results = (await buildBundles({ write: false, metafile: true })) as Built[];
    bundles = new Map(results.map((r) => [r.name, r]));
    for (const r of results) {
      if (!r.built) {
        console.log(`${r.name}.js: not built (${r.entry} missing)`);
        continue;
      }
      const files = r.files.map((f) => `${f.name} ${kb(f.gzipBytes)}${f.initial ? "" : " on demand"}`).join(", ");
      console.log(`${r.name}.js: ${kb(r.gzipBytes)} min+gzip first (${kb(r.minBytes)} min), ceiling ${kb(r.ceilingGzipBytes)}, budget ${kb(r.budgetGzipBytes)}; all files ${kb(r.totalGzipBytes)} (${files})`);
    }
    const sdk = bundles.get("edgelog")!;
    if (sdk.built) {
      const use = (...names: string[]) => kb(inAll(sdk, ...names));
      console.log(`edgelog.js in all: a page that only produces ${use("edgelog-producer-engine.js")}, only consumes (el.consumer) ${use("edgelog-consumer-engine.js")}, uses consumer groups ${use("edgelog-extras.js")}`);
    }
  });

  const inputs = (name: string) => Object.keys(bundles.get(name)!.metafile.inputs);

  for (const name of ["edgelog", "subscribe", "track"]) {
    it(`${name}.js is within its ceiling`, (ctx) => {
      const r = bundles.get(name)!;
      if (!r.built) return ctx.skip();
      expect(r.gzipBytes, `${name}.js is ${kb(r.gzipBytes)} min+gzip, over its ceiling of ${kb(r.ceilingGzipBytes)}`).toBeLessThanOrEqual(r.ceilingGzipBytes);
      expect(r.totalGzipBytes, `${name}.js with its chunks is ${kb(r.totalGzipBytes)} min+gzip, over ${kb(r.ceilingTotalGzipBytes)}`).toBeLessThanOrEqual(r.ceilingTotalGzipBytes);
    });
  }

  it("every file a bundle is made of is one the broker and the Worker serve (src/core/bundle-files.ts)", () => {
    for (const r of bundles.values()) {
      if (!r.built) continue;
      for (const f of r.files) expect(bundleFileNames, `${f.name} is built but not served`).toEqual(expect.arrayContaining([f.name, `${f.name}.map`]));
    }
  });

  it("no bundle carries protobufjs, Long or the static generated code", () => {
    for (const name of ["edgelog", "subscribe", "track"]) {
      if (!bundles.get(name)!.built) continue;
      expect(inputs(name).filter((f) => /node_modules\/(protobufjs|long)\/|gen\/edgelog\.js$/.test(f))).toEqual([]);
    }
  });

  it("the tracker speaks HTTP only: no protobuf codec, no WebSocket connection", (ctx) => {
    if (!bundles.get("track")!.built) return ctx.skip();
    expect(inputs("track").filter((f) => /compact-codec|edgelog-tables|client\/connection\.ts/.test(f))).toEqual([]);
  });

  it("the subscribe-only entry has no producer, no record encoder and no consumer groups", (ctx) => {
    if (!bundles.get("subscribe")!.built) return ctx.skip();
    expect(inputs("subscribe").filter((f) => /client\/(producer|producer-engine|group-consumer|group-member|extras)\.ts|produce-frame\.ts/.test(f))).toEqual([]);
  });

  it("the SDK loads the group membership and the live feeds on demand, not first", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    const firstInputs = r.files.filter((f) => f.initial).flatMap((f) => f.inputs);
    expect(firstInputs.filter((f) => /client\/(group-member|group-admin|subscribe|shared-feed|feed-leader)\.ts/.test(f))).toEqual([]);
  });

  it("the SDK loads the producer's engine on demand, in a file of its own that shares no chunk with the entry", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    const engine = r.files.find((f) => f.inputs.some((i) => i.endsWith("client/producer-engine.ts")))!;
    expect(engine.name).toBe("edgelog-producer-engine.js");
    expect(engine.initial).toBe(false);
    expect(engine.inputs.filter((f) => !/client\/producer-engine\.ts|produce-frame\.ts/.test(f))).toEqual([]);
    // Shared code reaches the engine through link() (producer-engine.ts says why): the first load stays three files.
    expect(r.files.filter((f) => f.initial).length).toBeLessThanOrEqual(3);
  });

  it("the SDK loads the consumer's engine and the read path on demand, not first", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    const engine = r.files.find((f) => f.name === "edgelog-consumer-engine.js")!;
    expect(engine, "edgelog-consumer-engine.js is built").toBeDefined();
    expect(engine.initial).toBe(false);
    // Its code and the read path's are in the files it loads (a chunk it shares with extras and the feed reader).
    const engineInputs = r.files.filter((f) => engine.loads.includes(f.name)).flatMap((f) => f.inputs);
    expect(engineInputs).toEqual(expect.arrayContaining([expect.stringMatching(/client\/consumer-engine\.ts$/), expect.stringMatching(/client\/partition-set\.ts$/)]));
    const firstInputs = r.files.filter((f) => f.initial).flatMap((f) => f.inputs);
    expect(firstInputs.filter((f) => /client\/(consumer-engine|partition-set|group-consumer-engine)\.ts/.test(f))).toEqual([]);
  });

  // Issue 13's budget for a page that uses one part of the core API: all it loads, first and on demand.
  it("a page that only produces loads ≤ 25 KB min+gzip in all", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    const bytes = inAll(r, "edgelog-producer-engine.js");
    expect(bytes, `a page that only produces loads ${kb(bytes)}`).toBeLessThanOrEqual(25_000);
  });

  it("a page that only consumes (el.consumer) loads ≤ 25 KB min+gzip in all", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    const bytes = inAll(r, "edgelog-consumer-engine.js");
    expect(bytes, `a page that only consumes loads ${kb(bytes)}`).toBeLessThanOrEqual(25_000);
  });

  // Issue 13's budgets, of what a page loads first (the entry and its static imports).
  it("edgelog.js ≤ 25 KB min+gzip first (issue 13's budget)", (ctx) => {
    const r = bundles.get("edgelog")!;
    if (!r.built) return ctx.skip();
    expect(r.gzipBytes, `edgelog.js loads ${kb(r.gzipBytes)} min+gzip first`).toBeLessThanOrEqual(25_000);
  });

  it("subscribe.js ≤ 12 KB min+gzip first (issue 13's budget)", (ctx) => {
    const r = bundles.get("subscribe")!;
    if (!r.built) return ctx.skip();
    expect(r.gzipBytes, `subscribe.js loads ${kb(r.gzipBytes)} min+gzip first`).toBeLessThanOrEqual(12_000);
  });

  it("a tab that receives a shared feed from another tab loads no socket, consumer or codec code", (ctx) => {
    const r = bundles.get("subscribe")!;
    if (!r.built) return ctx.skip();
    const firstInputs = r.files.filter((f) => f.initial).flatMap((f) => f.inputs);
    expect(firstInputs.filter((f) => /client\/(connection|consumer|partition-set)\.ts|compact-codec|record-batch/.test(f))).toEqual([]);
  });
});
