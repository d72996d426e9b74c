// nextRetentionDueMs, the schedule the edge's one alarm per partition follows: pure cases over segment lists,
// plus a seeded check that at the time it names enforce-or-roll has work, and before it nothing changes;
// segmentBytesFor, the segment size bounded by retentionBytes, and the size rule of shouldRoll.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { SegmentInfo } from "../../src/core/log-store.ts";
import { nextRetentionDueMs, retentionCutOffset, segmentBytesFor, shouldRoll, type RetentionConfig } from "../../src/core/retention.ts";
import { limits } from "../../src/protocol/limits.ts";

const seg = (baseOffset: number, endOffset: number, sizeBytes: number, maxTimestampMs: number, createdMs: number): SegmentInfo => ({ baseOffset, endOffset, sizeBytes, maxTimestampMs, createdMs });
const config = (c: Partial<RetentionConfig>): RetentionConfig => ({ retentionMs: -1, retentionBytes: -1, segmentMs: 1_000_000, ...c });

describe("nextRetentionDueMs", () => {
  it("is null when only an append can make work: an empty active segment and nothing to expire", () => {
    expect(nextRetentionDueMs([seg(0, 0, 0, -1, 0)], config({ retentionMs: 1000 }), 50)).toBeNull();
    expect(nextRetentionDueMs([seg(0, 10, 100, 5, 0), seg(10, 10, 0, -1, 40)], config({}), 50)).toBeNull();
  });

  it("names the active segment's roll time, bounded by retentionMs", () => {
    expect(nextRetentionDueMs([seg(0, 10, 100, 5, 100)], config({ segmentMs: 5000 }), 200)).toBe(5100);
    expect(nextRetentionDueMs([seg(0, 10, 100, 5, 100)], config({ segmentMs: 5000, retentionMs: 1000 }), 200)).toBe(1100);
  });

  it("names the oldest sealed segment's expiry, and now when a cut is due by bytes", () => {
    const segments = [seg(0, 10, 100, 300, 0), seg(10, 20, 100, 900, 400), seg(20, 20, 0, -1, 1000)];
    expect(nextRetentionDueMs(segments, config({ retentionMs: 1000 }), 1000)).toBe(1301);
    expect(nextRetentionDueMs(segments, config({ retentionBytes: 100 }), 1000)).toBe(1000);
  });

  it("seeded: before the time it names nothing is due; at it, a roll or a cut is", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 500 }), ts: fc.integer({ min: 0, max: 10_000 }), age: fc.integer({ min: 0, max: 5000 }) }), { minLength: 1, maxLength: 6 }),
        fc.record({
          retentionMs: fc.integer({ min: -1, max: 5000 }),
          retentionBytes: fc.integer({ min: -1, max: 2000 }),
          segmentMs: fc.integer({ min: 1, max: 8000 }),
          segmentBytes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
        }),
        (spec, c) => {
          let offset = 0;
          let created = 0;
          const segments = spec.map((s) => {
            created += s.age;
            const out = seg(offset, offset + 1, s.size, s.ts, created);
            offset += 1;
            return out;
          });
          const now = created;
          const due = nextRetentionDueMs(segments, c, now);
          const work = (t: number) => retentionCutOffset(segments, c, t) !== null || shouldRoll(segments.at(-1), c, t);
          if (due === null) return !work(now) && !work(now + 1_000_000);
          return due >= now && work(due) && (due === now || !work(due - 1));
        },
      ),
      { seed: 20260420, numRuns: 500 },
    );
  });
});

describe("segmentBytesFor and the size rule of shouldRoll", () => {
  const MiB = 1024 * 1024;
  const GiB = 1024 * MiB;

  it("bounds the segment size by retentionBytes / retentionSegmentsPerBound, with a floor, never above segmentBytes", () => {
    expect(limits.retentionSegmentsPerBound).toBe(4);
    expect(segmentBytesFor({ retentionBytes: -1, segmentBytes: 256 * MiB })).toBe(256 * MiB);
    expect(segmentBytesFor({ retentionBytes: -1 })).toBe(Infinity);
    expect(segmentBytesFor({ retentionBytes: 1_000_000, segmentBytes: 256 * MiB })).toBe(limits.retentionSegmentBytesMin);
    expect(segmentBytesFor({ retentionBytes: 0, segmentBytes: 256 * MiB })).toBe(limits.retentionSegmentBytesMin);
    expect(segmentBytesFor({ retentionBytes: 100 * MiB, segmentBytes: 256 * MiB })).toBe(25 * MiB);
    expect(segmentBytesFor({ retentionBytes: 10 * GiB, segmentBytes: 256 * MiB })).toBe(256 * MiB);
    // An explicit segment size below the floor is the user's choice and stays.
    expect(segmentBytesFor({ retentionBytes: 1_000_000, segmentBytes: 4096 })).toBe(4096);
  });

  it("rolls before an append that would pass the bound, and at a check when the active segment is already past it", () => {
    const c = config({ retentionBytes: 1_000_000, segmentBytes: 256 * MiB });
    const active = (sizeBytes: number) => seg(0, 10, sizeBytes, 5, 100);
    expect(shouldRoll(active(MiB - 100), c, 100, 100)).toBe(false);
    expect(shouldRoll(active(MiB - 100), c, 100, 101)).toBe(true);
    expect(shouldRoll(seg(0, 0, 0, -1, 100), c, 100, 2 * MiB)).toBe(false); // an empty segment takes any batch
    // Written under a larger bound (before this rule, or before the topic's config changed): rolls now.
    expect(shouldRoll(active(200 * MiB), c, 100)).toBe(true);
    expect(nextRetentionDueMs([active(200 * MiB)], c, 150)).toBe(150);
    expect(shouldRoll(active(MiB), c, 100)).toBe(false);
    expect(nextRetentionDueMs([active(MiB)], c, 150)).toBe(100 + c.segmentMs);
  });
});
