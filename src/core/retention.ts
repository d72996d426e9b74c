/**
 * Retention policy: which whole segments to delete and when to roll the active one. Pure functions over
 * the store's segment list, so the same rules drive segment files (Node) and batch rows (edge).
 * Retention never renumbers offsets: it only moves the log start forward to a segment boundary.
 */
import type { SegmentInfo } from "./log-store.ts";

export interface RetentionConfig {
  /** Delete a sealed segment once its newest record is older than this. -1 = forever. */
  retentionMs: number;
  /** Delete the oldest sealed segments while the log is bigger than this. -1 = unbounded. */
  retentionBytes: number;
  /** Roll the active segment once it is this old, bounded by retentionMs. */
  segmentMs: number;
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

/** Whether the active segment should roll now: it holds data and is older than min(segmentMs, retentionMs). */
export function shouldRoll(active: SegmentInfo | undefined, config: RetentionConfig, nowMs: number): boolean {
  if (!active || active.endOffset === active.baseOffset) return false;
  let ageMaxMs = config.segmentMs;
  if (config.retentionMs >= 0) ageMaxMs = Math.min(ageMaxMs, config.retentionMs);
  return nowMs - active.createdMs >= ageMaxMs;
}
