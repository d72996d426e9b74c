// The SQLite group store inside workerd: the shared GroupStore suite with every test body running in a
// fresh SQLite-backed Durable Object, then what only the edge has: a real object restart (every instance
// aborted) keeps the group, and its rows are one per live key, so storage does not grow with history.
import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { GroupChange } from "../../src/core/group-coordinator.ts";
import { SqliteGroupStore } from "../../src/edge/group-store.ts";
import { groupStoreConformanceSuite } from "../conformance/group-store-suite.ts";
import type { StoreTestDO } from "./store-worker.ts";

function freshObject(): DurableObjectStub<StoreTestDO> {
  return env.STORE_TEST.get(env.STORE_TEST.newUniqueId());
}

/** The object whose I/O context the current conformance test body runs in. */
let current: DurableObjectStorage | null = null;

groupStoreConformanceSuite(
  "SqliteGroupStore (workerd)",
  async () => {
    const storage = current!;
    return {
      store: new SqliteGroupStore(storage),
      // What a restarted Durable Object does: a new store over the same database.
      reopen: async () => new SqliteGroupStore(storage),
      cleanup: async () => {},
    };
  },
  {
    runTest: (body) =>
      runInDurableObject(freshObject(), async (_instance, state) => {
        current = state.storage;
        try {
          await body();
        } finally {
          current = null;
        }
      }),
  },
);

const group = (epoch: number): GroupChange => ({ kind: "group", key: "g", value: { groupId: "g", groupEpoch: epoch, assignor: "uniform", partitionCounts: [["t", 4]], memberSeq: 0 } });
const offset = (partition: number, value: number): GroupChange => ({ kind: "offset", key: `t:${partition}`, value: { topic: "t", partition, offset: value, metadata: "", committedAtMs: value } });

describe("SqliteGroupStore", () => {
  it("keeps a group when the Durable Object itself restarts, in one row per live key", async () => {
    const id = env.STORE_TEST.newUniqueId();
    const before = await runInDurableObject(env.STORE_TEST.get(id), async (_i, state) => {
      const store = new SqliteGroupStore(state.storage);
      await store.save("g", [group(1)]);
      // 1,000 commits over 4 partitions: 4 offset rows, not 1,000.
      for (let i = 0; i < 1000; i++) await store.save("g", [offset(i % 4, i)]);
      await store.save("g", [group(2)]);
      const rows = state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM group_records").one().n;
      return { snapshot: await store.load("g"), rows };
    });
    expect(before.rows).toBe(5);
    expect(before.snapshot!.offsets.map((o) => o.offset)).toEqual([996, 997, 998, 999]);
    await abortAllDurableObjects();
    const after = await runInDurableObject(env.STORE_TEST.get(id), async (_i, state) => {
      const store = new SqliteGroupStore(state.storage);
      return { snapshot: await store.load("g"), list: await store.list() };
    });
    expect(after).toEqual({ snapshot: before.snapshot, list: ["g"] });
  });

  it("applies a save all or nothing: a value SQLite refuses leaves the earlier changes of that save out", async () => {
    await runInDurableObject(freshObject(), async (_i, state) => {
      const store = new SqliteGroupStore(state.storage);
      await store.save("g", [group(1), offset(0, 1)]);
      // A member record over the 2 MB a row may hold, after a change that would otherwise have been kept.
      const huge: GroupChange = { kind: "member", key: "m", value: { memberId: "m", groupInstanceId: "x".repeat(3_000_000), memberEpoch: 1, previousMemberEpoch: 0, left: false, subscribedTopics: ["t"], assignor: null, sessionTimeoutMs: 1000, rebalanceTimeoutMs: 1000, assigned: [], revoking: [], target: [] } };
      await expect(store.save("g", [offset(0, 2), huge])).rejects.toThrow();
      expect((await store.load("g"))!.offsets.map((o) => o.offset)).toEqual([1]);
      expect((await store.load("g"))!.members).toEqual([]);
    });
  });
});
