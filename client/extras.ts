/**
 * The SDK's code that a page loads on demand (load-extras.ts; dist/edgelog-extras.js in the browser bundle):
 * consumer groups (a member's membership, the group admin calls that take more than one request) and live
 * feeds (opening one, sharing sockets between tabs, the leading tab's relay, the standalone subscribe()).
 *
 * One module rather than one per feature: each on-demand module shares a different part of the entry's code,
 * and the bundler makes each such part a file of its own that the entry then loads first (with two, the SDK's
 * first load was six files and ~1 KB more gzip for the same code). The producer's engine, the other module
 * loaded on demand (producer-engine.ts), is given the entry's code it uses (link()) rather than importing it,
 * for the same reason.
 */
export { GroupMember } from "./group-member.ts";
export { describeGroup, fetchOffsets, resetOffsets } from "./group-admin.ts";
export { openFeed, subscribe } from "./subscribe.ts";
export { browserSharedEnv, FeedHub } from "./shared-feed.ts";
// What shared-feed.ts loads on demand itself (in the subscribe-only entry, a chunk of its own).
export { ConnectionPool, Consumer, FeedLeader } from "./feed-reader.ts";

declare const EDGELOG_BUILD: string | undefined;

/** This file's build stamp: on-demand.ts refuses a chunk of another build than the page's entry. */
export const build = typeof EDGELOG_BUILD === "string" ? EDGELOG_BUILD : "";
