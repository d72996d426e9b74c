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
const thisBuild = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";

const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 5000;

/**
 * Loads asked for and not handed out yet, oldest first. Loads are handed out in the order they were asked
 * for, across modules, so calls to different facades reach their engines in the order they were made: a
 * consumer read before a producer's send is in place (its start's requests written) before the send goes out,
 * as when both engines were part of the first load. A load whose first try failed stops holding the others up.
 */
const queue: { ready?: () => void }[] = [];

function handOut(): void {
  while (queue[0]?.ready) queue.shift()!.ready!();
}

/**
 * A loader of the module `load` imports. Each call resolves with the module (null when `stop` said to give
 * up), after `use` was called with it, synchronously, when its turn came: a facade makes its engine and
 * hands it the calls that waited there, before any later load is handed out.
 */
export function onDemand<M extends { build: string }>(load: () => Promise<M>): (stop: (err: unknown) => boolean, use?: (mod: M) => void) => Promise<M | null> {
  let loaded: Promise<M> | null = null;
  const attempt = async (stop: (err: unknown) => boolean, retrying: () => void): Promise<M | null> => {
    for (let attempt = 0; ; attempt++) {
      let mod: M;
      try {
        mod = await (loaded ??= load());
      } catch (err) {
        loaded = null;
        if (err instanceof SyntaxError) throw changedOnServer(err);
        if (stop(err)) return null;
        retrying();
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** attempt)));
        continue;
      }
      if (mod.build !== thisBuild) throw changedOnServer();
      return mod;
    }
  };
  return (stop, use) =>
    new Promise<M | null>((resolve, reject) => {
      const turn: { ready?: () => void } = {};
      queue.push(turn);
      // Its turn, or at once when it left the queue (a first try that failed).
      const settle = (ready: () => void) => (turn.ready ? ready() : ((turn.ready = ready), handOut()));
      attempt(stop, () => settle(() => {})).then(
        (mod) =>
          settle(() => {
            try {
              if (mod) use?.(mod);
              resolve(mod);
            } catch (err) {
              reject(err);
            }
          }),
        (err: unknown) => settle(() => reject(err)),
      );
    });
}

function changedOnServer(cause?: unknown): EdgelogError {
  return new EdgelogError("UNSUPPORTED", "the edgelog scripts on the server changed since this page loaded them: reload the page", { cause });
}
