// Bindings of the test Worker (test/workers/wrangler.toml), as `env` from "cloudflare:workers" sees them.
declare namespace Cloudflare {
  interface Env {
    STORE_TEST: DurableObjectNamespace<import("./store-worker.ts").StoreTestDO>;
  }
}
