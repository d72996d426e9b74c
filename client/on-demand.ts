/**
 * Code a page loads on demand: a module imported with `import()`, which the browser bundle keeps in a chunk
 * of its own (scripts/build.js), fetched the first time a page needs it. Loaded once; a load that fails
 * (offline, a server restarting) is tried again with the backoff sockets use, as long as the caller still
 * wants it (`stop` is asked with each failure).
 *
 * Chunks have fixed names, so a page that loaded its entry before a deploy gets the new build's chunk. The
 * two cannot be mixed: the chunk may not link against the old files at all (a SyntaxError), or link to the
 * wrong exports. Each on-demand module exports the stamp of its build (`build`, which scripts/build.js
 * writes into every file of a bundle); one that differs from this file's fails the load for good, with an
 * error that says to reload the page, instead of running mixed code.
 */
import { EdgelogError } from "./errors.ts";

declare const EDGELOG_BUILD: string | undefined;

/** The stamp of the build this file belongs to ("" when the sources run unbundled, as in Node). */
export const thisBuild = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";

const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 5000;

export function onDemand<M extends { build: string }>(load: () => Promise<M>): (stop: (err: unknown) => boolean) => Promise<M | null> {
  let loaded: Promise<M> | null = null;
  return async (stop) => {
    for (let attempt = 0; ; attempt++) {
      let mod: M;
      try {
        mod = await (loaded ??= load());
      } catch (err) {
        loaded = null;
        if (err instanceof SyntaxError) throw changedOnServer(err);
        if (stop(err)) return null;
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** attempt)));
        continue;
      }
      if (mod.build !== thisBuild) throw changedOnServer();
      return mod;
    }
  };
}

function changedOnServer(cause?: unknown): EdgelogError {
  return new EdgelogError("UNSUPPORTED", "the edgelog scripts on the server changed since this page loaded them: reload the page", { cause });
}
