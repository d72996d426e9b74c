/**
 * The browser bundles as the Node broker serves them (src/core/bundle-files.ts): read from dist/, which
 * `npm run build` writes (`npm start` and the tests build first). A file that is not there is answered 404
 * with a hint to build.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleFileNames, type BundleContents } from "../core/bundle-files.ts";

export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

/** The bundles in `dir` (default dist/), by file name; the ones missing are left out. */
export function readBundles(dir = distDir): BundleContents {
  const contents: BundleContents = {};
  for (const name of bundleFileNames) {
    try {
      contents[name] = readFileSync(`${dir}/${name}`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  return contents;
}
