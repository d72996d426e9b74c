/**
 * The SDK's code that the read path (partition-set.ts and consumer-engine.ts, loaded on demand with a
 * consumer's engine) uses, handed to it by whoever loads it (partition-set.ts's link(): consumer.ts, extras.ts,
 * feed-reader.ts) rather than imported by it. Imported, the bundler would put each module that the entry and a
 * different set of on-demand files share in a file of its own, all loaded first and gzipped apart (the first
 * load was four files and 0.2 KB larger so); producer-engine.ts does the same for the same reason.
 */
import { decodeRecords } from "../src/protocol/record-batch.ts";
import { fetchMetadata, listOffsets } from "./admin.ts";
import {
  ClosedError,
  ConnectionError,
  CorruptBatchError,
  EdgelogError,
  errorFromWire,
  InvalidRequestError,
  NotLeaderError,
  OffsetOutOfRangeError,
  ThrottledError,
  UnknownTopicError,
} from "./errors.ts";
import { validateSeekTarget } from "./start-from.ts";

// A list, not an object: its names would be in the bundle twice (here and where link() takes them apart), a
// list's are not. partition-set.ts's link() takes them in this order.
export const readKit = [
  decodeRecords,
  fetchMetadata,
  listOffsets,
  ClosedError,
  ConnectionError,
  CorruptBatchError,
  EdgelogError,
  errorFromWire,
  InvalidRequestError,
  NotLeaderError,
  OffsetOutOfRangeError,
  ThrottledError,
  UnknownTopicError,
  validateSeekTarget,
] as const;
export type ReadKit = typeof readKit;
