/**
 * What a live feed reads from the broker with, loaded on demand (shared-feed.ts's loadFeedReader;
 * dist/subscribe-feed-reader.js in the browser): the connections, the consumer's engine (consumer-engine.ts,
 * given the SDK's code it uses here: read-kit.ts), and the leader's side of sharing one socket per browser. A
 * tab that only receives a shared feed from another tab never loads it.
 */
import { link } from "./partition-set.ts";
import { readKit } from "./read-kit.ts";

export { ConnectionPool } from "./connection.ts";
export { ConsumerEngine } from "./consumer-engine.ts";
export { FeedLeader } from "./feed-leader.ts";

link(readKit);

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";
