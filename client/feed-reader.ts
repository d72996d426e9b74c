/**
 * What a live feed reads from the broker with, loaded on demand (shared-feed.ts's loadFeedReader;
 * dist/subscribe-feed-reader.js in the browser): the connections, the Consumer, and the leader's side of
 * sharing one socket per browser. A tab that only receives a shared feed from another tab never loads it.
 */
export { ConnectionPool } from "./connection.ts";
export { Consumer } from "./consumer.ts";
export { FeedLeader } from "./feed-leader.ts";

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";
