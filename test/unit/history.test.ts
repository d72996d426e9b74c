// The shared history checker's History names each kind of violation it exists to catch (lost, duplicated,
// reordered, misplaced, skipped, unexpected, a feature rule), and finds nothing in a clean run: a checker
// that passes everything would make every fault test that uses it pass too.
import { describe, expect, it } from "vitest";
import { History, type HistoryRule } from "../support/history.ts";

/** Partition 0 acknowledged a, b, c at offsets 0, 1, 2. */
function acked(): History {
  const h = new History();
  ["a", "b", "c"].forEach((value, offset) => h.acknowledge(0, value, offset));
  return h;
}

function seeAll(h: History, values: [string, number][], reader = "reader"): History {
  for (const [value, offset] of values) h.observe({ partition: 0, offset, value }, reader);
  return h;
}

const start = new Map([[0, 0]]);

describe("History", () => {
  it("finds nothing in a clean run", () => {
    const check = seeAll(acked(), [["a", 0], ["b", 1], ["c", 2]]).check({ startOffsets: start, acknowledgedOnly: true });
    expect(check).toMatchObject({ ok: true, summary: "" });
  });

  it("names each violation", () => {
    const cases: [string, [string, number][]][] = [
      ["lost", [["a", 0], ["c", 2]]],
      ["duplicated", [["a", 0], ["b", 1], ["b", 2], ["c", 3]]],
      ["reordered", [["a", 0], ["c", 1], ["b", 2]]],
      ["misplaced", [["a", 0], ["b", 2], ["c", 3]]],
      ["skipped", [["a", 0], ["b", 1], ["x", 2], ["c", 4]]],
      ["unexpected", [["a", 0], ["b", 1], ["x", 2], ["c", 3]]],
      ["offsetsBackwards", [["a", 0], ["b", 1], ["c", 1]]],
    ];
    for (const [rule, seen] of cases) {
      const check = seeAll(acked(), seen).check({ startOffsets: start, acknowledgedOnly: true });
      expect(check.ok, rule).toBe(false);
      expect(check.violations[rule]!.length, `${rule}: ${check.summary}`).toBeGreaterThan(0);
    }
  });

  it("checks every reader, tells readers apart, and runs feature rules", () => {
    const h = seeAll(seeAll(acked(), [["a", 0], ["b", 1], ["c", 2]], "member-1"), [["a", 0], ["c", 2]], "member-2");
    expect(h.check().violations.lost).toEqual(["member-2: 0/b"]);
    // A group shares the records out: each needs to be seen by some member, in order for each.
    expect(h.check({ everyReaderSeesAll: false }).ok).toBe(true);
    const onePerRecord: HistoryRule = {
      name: "seenOnce",
      check: (view) => ([...view.readers.values()].flat().length > 3 ? ["a record went to two members"] : []),
    };
    expect(h.check({ everyReaderSeesAll: false, rules: [onePerRecord] }).summary).toBe("seenOnce (1): a record went to two members");
  });
});
