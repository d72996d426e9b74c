/**
 * The edge's bounds: the protocol's defaults (src/protocol/limits.ts) where Durable Objects allow them,
 * tighter where the platform says so. The bootstrap and every partition object announce these in their
 * hello answers, so the SDK sizes its batches and refuses oversized records before sending.
 */
import { limits, type Limits } from "../protocol/limits.ts";
import { parseQuotas } from "../core/quota.ts";
import { EDGE_BATCH_BYTES_MAX, EDGE_SEGMENT_BYTES_DEFAULT } from "./sqlite-store.ts";

export const edgeLimits: Limits = {
  ...limits,
  /** One replica per region (src/core/replication.ts REGIONS). */
  replicasMax: 9,
  /** A batch is one SQLite row, and a row holds at most 2 MB (see EDGE_BATCH_BYTES_MAX). */
  batchBytesMax: EDGE_BATCH_BYTES_MAX,
  /**
   * workerd refuses an incoming WebSocket message over 32 MiB: it closes that socket with 1009 (the
   * object never sees the message, so it cannot answer it). Anything up to this is read and answered.
   */
  frameBytesMax: 32 * 1024 * 1024,
  /**
   * Subscriptions survive hibernation in their socket's attachment, which holds at most 2,048 bytes
   * serialized; 16 compact entries (see attachment.ts) stay well under that.
   */
  subscriptionsPerConnectionMax: 16,
  /** A segment is a range of rows deleted by one statement; 16 MiB keeps each retention step small. */
  segmentBytesDefault: EDGE_SEGMENT_BYTES_DEFAULT,
};

/** What a socket attachment may weigh once serialized, bytes (Cloudflare's limit is 2,048). */
export const attachmentBytesMax = 2048;

let parsed: { json: string | undefined; limits: Limits } | null = null;

/**
 * The limits an object's sessions serve with: edgeLimits, with the quotas the Worker var EDGELOG_QUOTAS
 * sets (JSON, keys in src/core/quota.ts quotaNames). A malformed value throws, naming the problem: every
 * socket then fails and the object logs why, instead of serving with quotas nobody chose.
 */
export function edgeSessionLimits(env: { EDGELOG_QUOTAS?: string }): Limits {
  const json = env.EDGELOG_QUOTAS;
  if (parsed && parsed.json === json) return parsed.limits;
  parsed = { json, limits: { ...edgeLimits, ...parseQuotas(json, "EDGELOG_QUOTAS") } };
  return parsed.limits;
}
