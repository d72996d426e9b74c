/**
 * Retention policy: which whole segments to delete and when to roll the active one. Pure functions over
 * the store's segment list, so the same rules drive segment files (Node) and batch rows (edge).
 * Retention never renumbers offsets: it only moves the log start forward to a segment boundary.
 */
import { limits } from "../protocol/limits.ts";
import type { SegmentInfo } from "./log-store.ts";

export interface RetentionConfig {
  /** Delete a sealed segment once its newest record is older than this. -1 = forever. */
  retentionMs: number;
  /** Delete the oldest sealed segments while the log is bigger than this. -1 = unbounded. */
  retentionBytes: number;
  /** Roll the active segment once it is this old, bounded by retentionMs. */
  segmentMs: number;
  /**
   * Roll the active segment before it passes this size, bounded by retentionBytes (see segmentBytesFor).
   * Absent: only the store's own size rolls it.
   */
  segmentBytes?: number;
}

/**
 * The size a segment rolls at: the topic's segmentBytes, bounded by its retentionBytes as the segment age
 * is bounded by retentionMs. Retention deletes whole segments and never the active one, so with 256 MiB
 * segments a 1 MB bound would delete nothing; with segments of retentionBytes / retentionSegmentsPerBound
 * (at least retentionSegmentBytesMin, see limits.ts) a partition holds at most about retentionBytes plus
 * one segment. Both deployments roll through PartitionLog, so this is the one place the rule lives.
 */
export function segmentBytesFor(config: Pick<RetentionConfig, "retentionBytes" | "segmentBytes">): number {
  const configured = config.segmentBytes ?? Infinity;
  if (config.retentionBytes < 0) return configured;
  const bounded = Math.max(limits.retentionSegmentBytesMin, Math.ceil(config.retentionBytes / limits.retentionSegmentsPerBound));
  return Math.min(configured, bounded);
}

/**
 * The offset to pass to deleteSegmentsBefore, or null when nothing is due. The active (last) segment is
 * never deleted; roll it first (see shouldRoll) so expired records in it become deletable.
 */
export function retentionCutOffset(segments: readonly SegmentInfo[], config: RetentionConfig, nowMs: number): number | null {
  const sealed = segments.length - 1;
  let totalBytes = 0;
  for (const s of segments) totalBytes += s.sizeBytes;
  let cut = -1;
  for (let i = 0; i < sealed; i++) {
    const s = segments[i]!;
    const expired = config.retentionMs >= 0 && s.maxTimestampMs >= 0 && nowMs - s.maxTimestampMs > config.retentionMs;
    const emptyExpired = config.retentionMs >= 0 && s.maxTimestampMs < 0;
    const overBytes = config.retentionBytes >= 0 && totalBytes - s.sizeBytes >= config.retentionBytes;
    if (!(expired || overBytes || emptyExpired)) break;
    totalBytes -= s.sizeBytes;
    cut = i;
  }
  return cut < 0 ? null : segments[cut]!.endOffset;
}

/**
 * Whether the active segment should roll now, before an append of `appendBytes` (0 for a check without
 * one): it holds data and either is older than min(segmentMs, retentionMs) or would pass segmentBytesFor.
 */
export function shouldRoll(active: SegmentInfo | undefined, config: RetentionConfig, nowMs: number, appendBytes = 0): boolean {
  if (!active || active.endOffset === active.baseOffset) return false;
  if (active.sizeBytes + appendBytes > segmentBytesFor(config)) return true;
  let ageMaxMs = config.segmentMs;
  if (config.retentionMs >= 0) ageMaxMs = Math.min(ageMaxMs, config.retentionMs);
  return nowMs - active.createdMs >= ageMaxMs;
}

/**
 * When retention next has work for this log, epoch ms (at least nowMs), or null when nothing can become due
 * without new appends. The edge sets its partition object's one alarm from this instead of polling:
 * - now, when a cut is due already (by bytes or time), or the active segment is past segmentBytesFor
 *   (a smaller bound than the one it was written under);
 * - when the active segment, if it holds data, reaches min(segmentMs, retentionMs) and rolls;
 * - when the oldest sealed segment expires (cuts are prefixes, so it is the one that decides).
 * Byte bounds change only on append, so callers recompute after appends.
 */
export function nextRetentionDueMs(segments: readonly SegmentInfo[], config: RetentionConfig, nowMs: number): number | null {
  if (retentionCutOffset(segments, config, nowMs) !== null) return nowMs;
  let due: number | null = null;
  const active = segments.at(-1);
  if (active && active.endOffset > active.baseOffset) {
    if (active.sizeBytes > segmentBytesFor(config)) return nowMs;
    let ageMaxMs = config.segmentMs;
    if (config.retentionMs >= 0) ageMaxMs = Math.min(ageMaxMs, config.retentionMs);
    due = active.createdMs + ageMaxMs;
  }
  if (config.retentionMs >= 0 && segments.length > 1) {
    const oldest = segments[0]!;
    // retentionCutOffset deletes when now - maxTimestamp > retentionMs: one millisecond after the bound.
    const expiresMs = oldest.maxTimestampMs >= 0 ? oldest.maxTimestampMs + config.retentionMs + 1 : nowMs;
    due = due === null ? expiresMs : Math.min(due, expiresMs);
  }
  return due === null ? null : Math.max(due, nowMs);
}
