/**
 * The GroupStore contract (src/core/group-manager.ts) as one suite that every group store runs: the memory
 * store, the Node broker's files and SQLite inside a Durable Object. It imports vitest and platform-free
 * modules only. Each rule is pinned by hand; a real coordinator's change feed must come back as its own
 * snapshot; a seeded random run compares the store with a model (the changes folded by applyGroupChanges).
 */
import { describe, expect, it as vitestIt, onTestFinished, type TestContext } from "vitest";
import { applyGroupChanges, GroupCoordinator, type GroupChange, type GroupRecord, type GroupSnapshot, type MemberRecord, type OffsetRecord } from "../../src/core/group-coordinator.ts";
import type { GroupStore } from "../../src/core/group-manager.ts";
import { mulberry32 } from "./store-suite.ts";

export interface GroupStoreHarness {
  store: GroupStore;
  /** Opens the same storage again (a restart); afterwards the returned store is the current one. */
  reopen?: () => Promise<GroupStore>;
  /** Removes whatever the harness created. */
  cleanup: () => Promise<void>;
}

export type MakeGroupStore = () => Promise<GroupStoreHarness>;

export interface GroupStoreSuiteOptions {
  /** Runs each test's body; default: calls it. (workerd lets only code inside a Durable Object use its storage.) */
  runTest?: (body: () => Promise<void>) => Promise<void>;
  /** Offsets in the large-group test; default 20,000 (a fifth of groupLimits.committedOffsetsMax). */
  largeOffsetCount?: number;
}

function groupRecord(groupId: string, groupEpoch = 1): GroupRecord {
  return { groupId, groupEpoch, assignor: "uniform", partitionCounts: [["t", 4]], memberSeq: groupEpoch };
}

function memberRecord(memberId: string, memberEpoch = 1, partitions: number[] = []): MemberRecord {
  return {
    memberId,
    groupInstanceId: null,
    memberEpoch,
    previousMemberEpoch: memberEpoch - 1,
    left: false,
    subscribedTopics: ["t"],
    assignor: null,
    sessionTimeoutMs: 45_000,
    rebalanceTimeoutMs: 300_000,
    assigned: partitions.length > 0 ? [{ topic: "t", partitions }] : [],
    revoking: [],
    target: partitions.length > 0 ? [{ topic: "t", partitions }] : [],
  };
}

function offsetRecord(topic: string, partition: number, offset: number, metadata = ""): OffsetRecord {
  return { topic, partition, offset, metadata, committedAtMs: 1_000 + offset };
}

const g = (groupId: string, epoch?: number): GroupChange => ({ kind: "group", key: groupId, value: groupRecord(groupId, epoch) });
const m = (memberId: string, value: MemberRecord | null): GroupChange => ({ kind: "member", key: memberId, value });
const o = (topic: string, partition: number, offset: number | null, metadata?: string): GroupChange => ({
  kind: "offset",
  key: `${topic}:${partition}`,
  value: offset === null ? null : offsetRecord(topic, partition, offset, metadata),
});

export function groupStoreConformanceSuite(name: string, makeStore: MakeGroupStore, options: GroupStoreSuiteOptions = {}): void {
  const runTest = options.runTest ?? ((body) => body());
  const largeOffsetCount = options.largeOffsetCount ?? 20_000;
  const it = (title: string, body: (ctx: TestContext) => Promise<void>, timeoutMs?: number) => vitestIt(title, (ctx) => runTest(() => body(ctx)), timeoutMs);

  describe(`GroupStore conformance: ${name}`, () => {
    async function setup() {
      const harness = await makeStore();
      const t = {
        store: harness.store,
        canReopen: harness.reopen !== undefined,
        async reopen(): Promise<GroupStore> {
          t.store = await harness.reopen!();
          return t.store;
        },
      };
      onTestFinished(() => harness.cleanup());
      return t;
    }

    it("knows no group at first: load is null, list is empty", async () => {
      const { store } = await setup();
      expect(await store.load("g")).toBeNull();
      expect(await store.list()).toEqual([]);
    });

    it("folds saved changes on load: later values win, null deletes", async () => {
      const { store } = await setup();
      await store.save("g", [g("g", 1), m("m1", memberRecord("m1", 1, [0, 1])), m("m2", memberRecord("m2", 1, [2, 3])), o("t", 0, 5), o("t", 1, 7, "meta")]);
      await store.save("g", [g("g", 2), m("m2", null), m("m1", memberRecord("m1", 2, [0, 1, 2, 3])), o("t", 0, 9), o("t", 1, null)]);
      expect(await store.load("g")).toEqual({
        version: 1,
        group: groupRecord("g", 2),
        members: [memberRecord("m1", 2, [0, 1, 2, 3])],
        offsets: [offsetRecord("t", 0, 9)],
      } satisfies GroupSnapshot);
    });

    it("keeps one group's saves in order: the last of many values of a key is the one loaded", async () => {
      const { store } = await setup();
      await store.save("g", [g("g")]);
      for (let i = 0; i < 60; i++) {
        // Deleted every fifth time and written again after: the order decides what is there.
        await store.save("g", i % 5 === 4 ? [o("t", 0, null)] : [o("t", 0, i), m("m", memberRecord("m", i + 1))]);
      }
      expect(await store.load("g")).toEqual({ version: 1, group: groupRecord("g"), members: [memberRecord("m", 59)], offsets: [] });
      await store.save("g", [o("t", 0, 60)]);
      expect((await store.load("g"))!.offsets).toEqual([offsetRecord("t", 0, 60)]);
    });

    it("keeps groups apart, also when their saves run at the same time", async () => {
      const { store } = await setup();
      const ids = ["a", "b", "c", "d"];
      await Promise.all(ids.map((id, i) => store.save(id, [g(id, i + 1), o("t", i, i * 10)])));
      await Promise.all(ids.map((id, i) => store.save(id, [m(`m-${id}`, memberRecord(`m-${id}`, i + 1))])));
      for (const [i, id] of ids.entries()) {
        expect(await store.load(id)).toEqual({ version: 1, group: groupRecord(id, i + 1), members: [memberRecord(`m-${id}`, i + 1)], offsets: [offsetRecord("t", i, i * 10)] });
      }
    });

    it("removes a group and nothing else; a group saved again after removal starts afresh", async () => {
      const { store } = await setup();
      await store.save("gone", [g("gone"), m("m", memberRecord("m")), o("t", 0, 1)]);
      await store.save("kept", [g("kept"), o("t", 0, 2)]);
      await store.remove("gone");
      expect(await store.load("gone")).toBeNull();
      expect(await store.list()).toEqual(["kept"]);
      expect((await store.load("kept"))!.offsets).toEqual([offsetRecord("t", 0, 2)]);
      await store.remove("never-there");
      await store.save("gone", [g("gone", 7)]);
      expect(await store.load("gone")).toEqual({ version: 1, group: groupRecord("gone", 7), members: [], offsets: [] });
    });

    it("lists every stored group once, sorted", async () => {
      const { store } = await setup();
      const ids = ["zeta", "a.b", "A", "a-1", "a_1", "0", "alpha", "Alpha"];
      for (const id of ids) await store.save(id, [g(id)]);
      await store.save("alpha", [o("t", 1, 3)]);
      expect(await store.list()).toEqual([...ids].sort());
    });

    it("stores a real coordinator's change feed as its snapshot", async () => {
      const { store } = await setup();
      const c = new GroupCoordinator({ groupId: "real", partitionCounts: new Map([["t", 6], ["u", 2]]) });
      const persist = () => store.save("real", c.takeChanges());
      const a = c.heartbeat({ groupId: "real", memberEpoch: 0, subscribedTopics: ["t", "u"], sessionTimeoutMs: 10_000 }, 0);
      await persist();
      const b = c.heartbeat({ groupId: "real", memberEpoch: 0, subscribedTopics: ["t"], groupInstanceId: "tab-1" }, 1);
      await persist();
      const a2 = c.heartbeat({ groupId: "real", memberId: a.memberId, memberEpoch: a.memberEpoch, ownedPartitions: a.assignment }, 2);
      await persist();
      c.commit({ memberId: a.memberId, memberEpoch: a2.memberEpoch, offsets: a2.assignment.map((tp, i) => ({ ...tp, offset: 100 + i, metadata: `m${i}` })) }, 3);
      await persist();
      c.heartbeat({ groupId: "real", memberId: b.memberId, memberEpoch: b.memberEpoch, ownedPartitions: [] }, 4);
      await persist();
      c.topicsChanged(new Map([["t", 6]])); // u deleted: its offsets go
      await persist();
      expect(await store.load("real")).toEqual(c.snapshot());
      // And it restores to the same group.
      expect(GroupCoordinator.restore((await store.load("real"))!, 5).snapshot()).toEqual(c.snapshot());
    });

    it(
      "holds a large group: many offsets in one save and many small saves",
      async () => {
        const { store, canReopen, reopen } = await setup();
        const big: GroupChange[] = [g("big")];
        for (let p = 0; p < largeOffsetCount; p++) big.push(o(`topic-${p % 50}`, Math.floor(p / 50), p, p % 7 === 0 ? "x".repeat(200) : ""));
        await store.save("big", big);
        for (let s = 0; s < 200; s++) {
          await store.save("big", [o(`topic-${s % 50}`, s, s + 1_000_000), m(`m${s % 10}`, memberRecord(`m${s % 10}`, s + 1))]);
        }
        const expected = applyGroupChanges(null, [...big, ...Array.from({ length: 200 }, (_, s) => [o(`topic-${s % 50}`, s, s + 1_000_000), m(`m${s % 10}`, memberRecord(`m${s % 10}`, s + 1))]).flat()]);
        const loaded = (await store.load("big"))!;
        expect(loaded.offsets.length).toBe(largeOffsetCount);
        expect(loaded).toEqual(expected);
        if (canReopen) expect(await (await reopen()).load("big")).toEqual(expected);
      },
      60_000,
    );

    it("keeps everything across a restart (the store opened again over the same storage)", async (ctx) => {
      const t = await setup();
      if (!t.canReopen) ctx.skip();
      await t.store.save("g1", [g("g1", 3), m("m1", memberRecord("m1", 3, [0, 1])), o("t", 0, 11), o("t", 1, 12)]);
      await t.store.save("g1", [o("t", 1, null), o("t", 2, 13)]);
      await t.store.save("g2", [g("g2"), o("t", 0, 21)]);
      await t.store.save("g3", [g("g3")]);
      await t.store.remove("g3");
      const before = { g1: await t.store.load("g1"), g2: await t.store.load("g2"), list: await t.store.list() };
      const reopened = await t.reopen();
      expect({ g1: await reopened.load("g1"), g2: await reopened.load("g2"), list: await reopened.list() }).toEqual(before);
      expect(await reopened.load("g3")).toBeNull();
      // And it goes on.
      await reopened.save("g1", [o("t", 0, 14)]);
      expect((await (await t.reopen()).load("g1"))!.offsets.map((x) => x.offset)).toEqual([14, 13]);
    });

    it("matches a model under a seeded random run of saves, removes and restarts", async () => {
      const t = await setup();
      const random = mulberry32(0x9e3779b9);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const logs = new Map<string, GroupChange[]>();
      const ids = ["g0", "g1", "g2"];
      for (let step = 0; step < 300; step++) {
        const id = pick(ids);
        const roll = random();
        if (roll < 0.05) {
          await t.store.remove(id);
          logs.delete(id);
        } else if (roll < 0.08 && t.canReopen) {
          await t.reopen();
        } else {
          const changes: GroupChange[] = logs.has(id) ? [] : [g(id, step)];
          for (let n = Math.floor(random() * 6); n > 0; n--) {
            const kind = random();
            if (kind < 0.2) changes.push(g(id, step));
            else if (kind < 0.5) changes.push(m(pick(["a", "b", "c", "d"]), random() < 0.3 ? null : memberRecord("x", step + 1, [step % 4])));
            else changes.push(o(pick(["t", "u"]), Math.floor(random() * 5), random() < 0.2 ? null : step));
          }
          // The member record's id follows its key (what the coordinator emits).
          for (const c of changes) if (c.kind === "member" && c.value) c.value.memberId = c.key;
          await t.store.save(id, changes);
          logs.set(id, [...(logs.get(id) ?? []), ...structuredClone(changes)]);
        }
        if (step % 25 === 24 || step === 299) {
          for (const gid of ids) {
            const log = logs.get(gid);
            expect(await t.store.load(gid), `${gid} after step ${step}`).toEqual(log ? applyGroupChanges(null, log) : null);
          }
          expect(await t.store.list()).toEqual([...logs.keys()].sort());
        }
      }
    });
  });
}
