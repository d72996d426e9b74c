// nextRetentionDueMs, the schedule the edge's one alarm per partition follows: pure cases over segment lists,
// plus a seeded check that at the time it names enforce-or-roll has work, and before it nothing changes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { SegmentInfo } from "../../src/core/log-store.ts";
import { nextRetentionDueMs, retentionCutOffset, shouldRoll, type RetentionConfig } from "../../src/core/retention.ts";

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
        fc.record({ retentionMs: fc.integer({ min: -1, max: 5000 }), retentionBytes: fc.integer({ min: -1, max: 2000 }), segmentMs: fc.integer({ min: 1, max: 8000 }) }),
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
