/**
 * Code a page loads on demand: a module imported with `import()`, which the browser bundle keeps in a chunk
 * of its own (scripts/build.js), fetched the first time a page needs it. Loaded once; a load that fails
 * (offline, a server restarting) is tried again with the backoff sockets use, as long as the caller still
 * wants it (`stop` is asked with each failure).
 */
const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 5000;

export function onDemand<M>(load: () => Promise<M>): (stop: (err: unknown) => boolean) => Promise<M | null> {
  let loaded: Promise<M> | null = null;
  return async (stop) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await (loaded ??= load());
      } catch (err) {
        loaded = null;
        if (stop(err)) return null;
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MS * 2 ** attempt)));
      }
    }
  };
}
