// The test Worker of the "workers" vitest project (test/workers/wrangler.toml): a SQLite-backed Durable
// Object with no behaviour of its own. Tests run code inside it with runInDurableObject and use its
// ctx.storage.sql as a fresh log store.
import { DurableObject } from "cloudflare:workers";

export class StoreTestDO extends DurableObject {}

export default {
  fetch: (): Response => new Response("edgelog store test worker", { status: 404 }),
} satisfies ExportedHandler;
