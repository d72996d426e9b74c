/**
 * The SDK's code that a page loads on demand (load-extras.ts; dist/edgelog-extras.js in the browser bundle):
 * consumer groups (the group consumer's engine and its membership, the group admin calls that take more than
 * one request) and live feeds (opening one, sharing sockets between tabs, the leading tab's relay, the
 * standalone subscribe()), with the read path (partition-set.ts) they share with a consumer's engine.
 *
 * One module rather than one per feature: each on-demand module shares a different part of the entry's code,
 * and the bundler makes each such part a file of its own that the entry then loads first (with two, the SDK's
 * first load was six files and ~1 KB more gzip for the same code). The producer's engine, the other module
 * loaded on demand (producer-engine.ts), is given the entry's code it uses (link()) rather than importing it,
 * for the same reason; so is the read path (read-kit.ts), here and with the consumer's engine.
 */
import { link } from "./partition-set.ts";
import { readKit } from "./read-kit.ts";

export { GroupConsumerEngine } from "./group-consumer-engine.ts";
export { describeGroup, fetchOffsets, resetOffsets } from "./group-admin.ts";
export { subscribe } from "./subscribe.ts";
export { groupFeed, openClientFeed } from "./client-feeds.ts";
// What shared-feed.ts loads on demand itself (in the subscribe-only entry, a chunk of its own).
export { ConnectionPool, ConsumerEngine, FeedLeader } from "./feed-reader.ts";

// The SDK's code that the read path (partition-set.ts) uses: read-kit.ts says why it is handed over.
link(readKit);

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";
