// The shared GroupStore suite on the memory store and on the Node broker's files (each restart is a new
// FileGroupStore over the same directory), then what only files have: a save torn by a crash is cut at
// load, the whole lines before it are kept, and saves after it are not hidden behind the garbage.
import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GroupChange } from "../../src/core/group-coordinator.ts";
import { MemoryGroupStore } from "../../src/core/memory-group-store.ts";
import { FileGroupStore, groupsDirName } from "../../src/node/group-store.ts";
import { groupStoreConformanceSuite } from "../conformance/group-store-suite.ts";

groupStoreConformanceSuite("MemoryGroupStore", async () => {
  const store = new MemoryGroupStore();
  // A memory store lives as long as its object: "reopening" hands back the same one.
  return { store, reopen: async () => store, cleanup: async () => {} };
});

groupStoreConformanceSuite("FileGroupStore", async () => {
  const dir = await mkdtemp(join(tmpdir(), "edgelog-group-store-"));
  return {
    store: new FileGroupStore(dir),
    reopen: async () => new FileGroupStore(dir),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe("FileGroupStore after a crash mid-save", () => {
  const group = (epoch: number): GroupChange => ({ kind: "group", key: "g", value: { groupId: "g", groupEpoch: epoch, assignor: "uniform", partitionCounts: [["t", 2]], memberSeq: 0 } });
  const offset = (partition: number, value: number): GroupChange => ({ kind: "offset", key: `t:${partition}`, value: { topic: "t", partition, offset: value, metadata: "", committedAtMs: 1 } });

  it("ignores a torn last line, cuts it off, and keeps later saves readable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-group-store-torn-"));
    try {
      const logs: string[] = [];
      await new FileGroupStore(dir).save("g", [group(1), offset(0, 5)]);
      await new FileGroupStore(dir).save("g", [offset(1, 6)]);
      const path = join(dir, groupsDirName, "g.log");
      const whole = await readFile(path, "utf8");
      // Half of a third save: what a crash between write and fsync (or mid-write) leaves.
      const torn = `${JSON.stringify({ c: [offset(0, 99)] })}\n`.slice(0, 25);
      await appendFile(path, torn);

      const store = new FileGroupStore(dir, undefined, (line) => logs.push(line));
      const loaded = await store.load("g");
      expect(loaded!.offsets.map((o) => [o.partition, o.offset])).toEqual([
        [0, 5],
        [1, 6],
      ]);
      expect(logs).toEqual([`group g: cut ${Buffer.byteLength(torn)} bytes of a torn save`]);
      expect(await readFile(path, "utf8")).toBe(whole);
      await store.save("g", [offset(0, 7)]);
      const again = await new FileGroupStore(dir).load("g");
      expect(again!.offsets.map((o) => [o.partition, o.offset])).toEqual([
        [0, 7],
        [1, 6],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads a file that is nothing but a torn first save as no group", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-group-store-torn-"));
    try {
      await new FileGroupStore(dir).save("other", [{ ...group(1), key: "other" }]); // makes the directory
      await appendFile(join(dir, groupsDirName, "g.log"), '{"c":[{"kind":"gro');
      const store = new FileGroupStore(dir);
      expect(await store.load("g")).toBeNull();
      await store.save("g", [group(2)]);
      expect((await new FileGroupStore(dir).load("g"))!.group.groupEpoch).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
