// The assignors as pure functions: worked examples of range (Kafka's contiguous ranges) and uniform (balanced,
// sticky), then seeded properties over random members, subscriptions, counts and current assignments: every
// subscribed partition assigned once to a subscriber, uniform balanced per subscription and a fixed point.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rangeAssignor, uniformAssignor, type AssignorMember, type TopicPartition } from "../../src/core/assignors.ts";

const tps = (topic: string, ...partitions: number[]): TopicPartition[] => partitions.map((partition) => ({ topic, partition }));
const member = (memberId: string, subscribedTopics: string[], current: TopicPartition[] = [], groupInstanceId: string | null = null): AssignorMember => ({ memberId, subscribedTopics, current, groupInstanceId });
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const seed = Number(process.env.ASSIGNOR_SEED ?? 20260711);

describe("rangeAssignor", () => {
  it("splits each topic into contiguous ranges over members sorted by id, the first ones taking one more", () => {
    const out = rangeAssignor([member("b", ["t", "u"]), member("a", ["t", "u"])], counts({ t: 5, u: 2 }));
    expect(out.get("a")).toEqual([...tps("t", 0, 1, 2), ...tps("u", 0)]);
    expect(out.get("b")).toEqual([...tps("t", 3, 4), ...tps("u", 1)]);
  });

  it("sorts static members by instance id, so a restarted member (new member id) keeps its range", () => {
    const out = rangeAssignor([member("a", ["t"], [], "z-instance"), member("b", ["t"], [], "a-instance")], counts({ t: 4 }));
    expect(out.get("b")).toEqual(tps("t", 0, 1));
    expect(out.get("a")).toEqual(tps("t", 2, 3));
  });

  it("assigns a topic only over its subscribers and ignores topics that do not exist", () => {
    const out = rangeAssignor([member("a", ["t", "gone"]), member("b", ["u"])], counts({ t: 2, u: 1 }));
    expect(out.get("a")).toEqual(tps("t", 0, 1));
    expect(out.get("b")).toEqual(tps("u", 0));
  });
});

describe("uniformAssignor", () => {
  it("deals a fresh group round-robin, so each topic spreads over the members", () => {
    const out = uniformAssignor([member("a", ["t", "u"]), member("b", ["t", "u"])], counts({ t: 2, u: 2 }));
    expect(out.get("a")).toEqual([...tps("t", 0), ...tps("u", 0)]);
    expect(out.get("b")).toEqual([...tps("t", 1), ...tps("u", 1)]);
  });

  it("on a join moves only what balance needs: the newcomer takes one partition from each of the fuller members", () => {
    const before = uniformAssignor([member("a", ["t"]), member("b", ["t"])], counts({ t: 6 }));
    const after = uniformAssignor(
      [member("a", ["t"], before.get("a")), member("b", ["t"], before.get("b")), member("c", ["t"])],
      counts({ t: 6 }),
    );
    const kept = (id: string) => after.get(id)!.filter((tp) => before.get(id)!.some((b) => b.partition === tp.partition)).length;
    expect(after.get("c")).toHaveLength(2);
    expect(kept("a")).toBe(2);
    expect(kept("b")).toBe(2);
  });

  it("on a leave hands the leaver's partitions out and moves nothing else", () => {
    const three = uniformAssignor([member("a", ["t"]), member("b", ["t"]), member("c", ["t"])], counts({ t: 6 }));
    const two = uniformAssignor([member("a", ["t"], three.get("a")), member("b", ["t"], three.get("b"))], counts({ t: 6 }));
    for (const id of ["a", "b"]) for (const tp of three.get(id)!) expect(two.get(id)).toContainEqual(tp);
  });

  it("with different subscriptions balances members of the same subscription and keeps each topic on its subscribers", () => {
    const out = uniformAssignor([member("a", ["t"]), member("b", ["t"]), member("c", ["t", "u"]), member("d", ["t", "u"])], counts({ t: 4, u: 8 }));
    for (const tp of [...out.get("a")!, ...out.get("b")!]) expect(tp.topic).toBe("t");
    expect(Math.abs(out.get("a")!.length - out.get("b")!.length)).toBeLessThanOrEqual(1);
    expect(Math.abs(out.get("c")!.length - out.get("d")!.length)).toBeLessThanOrEqual(1);
    expect(out.get("c")!.length + out.get("d")!.length).toBeGreaterThanOrEqual(8);
  });
});

const topicNames = ["t0", "t1", "t2", "t3"];
const scenario = fc
  .record({
    partitionCounts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 }),
    members: fc.array(
      fc.record({
        topics: fc.subarray(topicNames, { minLength: 1 }),
        // Random current partitions, possibly of unsubscribed topics, out of range or claimed twice.
        current: fc.array(fc.record({ topic: fc.constantFrom(...topicNames), partition: fc.integer({ min: 0, max: 14 }) }), { maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    homogeneous: fc.boolean(),
  })
  .map(({ partitionCounts, members, homogeneous }) => ({
    partitionCounts: new Map(topicNames.map((t, i) => [t, partitionCounts[i]])),
    members: members.map((m, i) => member(`m${i}`, homogeneous ? members[0].topics : m.topics, m.current)),
  }));

/** Every partition of a subscribed, existing topic is in exactly one list, that of a subscriber. Throws if not. */
function checkComplete(members: AssignorMember[], partitionCounts: Map<string, number>, out: Map<string, TopicPartition[]>): void {
  const owner = new Map<string, string>();
  for (const m of members) {
    for (const tp of out.get(m.memberId)!) {
      const key = `${tp.topic}:${tp.partition}`;
      if (owner.has(key)) throw new Error(`${key} assigned to ${owner.get(key)} and ${m.memberId}`);
      if (!m.subscribedTopics.includes(tp.topic)) throw new Error(`${key} assigned to ${m.memberId}, not subscribed`);
      if (tp.partition >= partitionCounts.get(tp.topic)!) throw new Error(`${key} does not exist`);
      owner.set(key, m.memberId);
    }
  }
  for (const [topic, count] of partitionCounts) {
    if (!members.some((m) => m.subscribedTopics.includes(topic))) continue;
    for (let p = 0; p < count; p++) if (!owner.has(`${topic}:${p}`)) throw new Error(`${topic}:${p} unassigned`);
  }
}

describe("assignor properties (seeded)", () => {
  it("range and uniform assign every subscribed partition exactly once, to a subscriber", () => {
    fc.assert(
      fc.property(scenario, ({ members, partitionCounts }) => {
        checkComplete(members, partitionCounts, rangeAssignor(members, partitionCounts));
        checkComplete(members, partitionCounts, uniformAssignor(members, partitionCounts));
      }),
      { seed, numRuns: 300 },
    );
  });

  it("uniform: members with the same subscription differ by at most one partition", () => {
    fc.assert(
      fc.property(scenario, ({ members, partitionCounts }) => {
        const out = uniformAssignor(members, partitionCounts);
        for (const a of members) {
          for (const b of members) {
            if (a.subscribedTopics.join() !== b.subscribedTopics.join()) continue;
            expect(Math.abs(out.get(a.memberId)!.length - out.get(b.memberId)!.length)).toBeLessThanOrEqual(1);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it("uniform is sticky: its answer is a fixed point, and with one subscription each member keeps min(valid current, floor(P/M))", () => {
    fc.assert(
      fc.property(scenario, ({ members, partitionCounts }) => {
        const first = uniformAssignor(members, partitionCounts);
        const again = uniformAssignor(members.map((m) => ({ ...m, current: first.get(m.memberId)! })), partitionCounts);
        expect(again).toEqual(first);
        const subscriptions = new Set(members.map((m) => m.subscribedTopics.join()));
        if (subscriptions.size !== 1) return;
        let partitionCount = 0;
        for (const t of members[0].subscribedTopics) partitionCount += partitionCounts.get(t)!;
        const floorQuota = Math.floor(partitionCount / members.length);
        const claimed = new Set<string>();
        for (const m of members) {
          // The current partitions the assignor may keep: subscribed, existing, first claim wins.
          const valid = [...m.current]
            .sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))
            .filter((tp) => {
              const key = `${tp.topic}:${tp.partition}`;
              if (!m.subscribedTopics.includes(tp.topic) || tp.partition >= partitionCounts.get(tp.topic)! || claimed.has(key)) return false;
              claimed.add(key);
              return true;
            });
          const kept = valid.filter((tp) => first.get(m.memberId)!.some((o) => o.topic === tp.topic && o.partition === tp.partition));
          expect(kept.length).toBeGreaterThanOrEqual(Math.min(valid.length, floorQuota));
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
