// The consumer-group hand-off rule of the shared history checker names each way a group can break its
// promises (a member skipping or repeating, a live hand-over that re-reads or skips, a crashed member's
// successor starting before its last commit or past what it finished, two members interleaving) and passes
// a clean run with a crash: the group cases of the SDK suite are only as strict as this rule.
import { describe, expect, it } from "vitest";
import { groupHandoffRule, History, readTwice } from "../support/history.ts";

/** Partition 0 holds v0..v9 at offsets 0..9; `reads` are [reader, offset] in the order they finished. */
function run(reads: [string, number][]): History {
  const h = new History();
  for (let o = 0; o < 10; o++) h.acknowledge(0, `v${o}`, o);
  for (const [reader, offset] of reads) h.observe({ partition: 0, offset, value: `v${offset}` }, reader);
  return h;
}

const seq = (reader: string, from: number, to: number): [string, number][] => Array.from({ length: to - from + 1 }, (_, i) => [reader, from + i]);
const rule = (crashedCommit?: number) =>
  groupHandoffRule({ startOffsets: new Map([[0, 0]]), crashed: crashedCommit === undefined ? undefined : new Map([["a", new Map([[0, crashedCommit]])]]) });
const violations = (h: History, crashedCommit?: number) => h.check({ everyReaderSeesAll: false, rules: [rule(crashedCommit)] }).violations.groupHandoff;

describe("groupHandoffRule", () => {
  it("passes a live hand-over and a crash whose successor starts at the last commit", () => {
    expect(violations(run([...seq("a", 0, 4), ...seq("b", 5, 9)]))).toEqual([]);
    const crash = run([...seq("a", 0, 6), ...seq("b", 4, 9)]);
    expect(violations(crash, 4)).toEqual([]);
    expect(readTwice(crash.view).map((t) => t.offset)).toEqual([4, 5, 6]);
  });

  it("names each violation", () => {
    expect(violations(run(seq("a", 1, 9)))).toEqual(["0: first owner a started at 1, not 0"]);
    expect(violations(run([...seq("a", 0, 3), ...seq("a", 5, 9)]))).toEqual(["0: a read 3 then 5"]);
    expect(violations(run([...seq("a", 0, 4), ...seq("b", 3, 9)]))).toEqual(["0: b took over from a at 3; a finished 4"]);
    expect(violations(run([...seq("a", 0, 4), ...seq("b", 6, 9)]))).toEqual(["0: b took over from a at 6; a finished 4"]);
    expect(violations(run([...seq("a", 0, 6), ...seq("b", 3, 9)]), 4)).toEqual(["0: b took over from crashed a at 3, before its last commit 4"]);
    expect(violations(run([...seq("a", 0, 4), ...seq("b", 6, 9)]), 6)).toEqual(["0: b took over from crashed a at 6; a finished only up to 4"]);
    // Two members reading one partition at once: the first interleaving is a hand-over that re-reads.
    expect(violations(run([["a", 0], ["a", 1], ["b", 2], ["a", 2], ["b", 3]]))).not.toEqual([]);
  });
});
