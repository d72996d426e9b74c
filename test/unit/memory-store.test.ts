// The in-memory reference store against the shared LogStore conformance suite, plus its failure hook.
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/core/memory-store.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { storeConformanceSuite } from "../conformance/store-suite.ts";

storeConformanceSuite("MemoryStore", async ({ segmentBytes, now }) => ({
  store: new MemoryStore({ segmentBytes, now }),
  cleanup: async () => {},
}));

describe("MemoryStore", () => {
  it("resolves appends on a microtask and fails like a broken disk on injectFailure", async () => {
    const store = new MemoryStore();
    const batch = (base: number) => encodeBatch([{ value: "x", timestampMs: 1 }], { baseOffset: base });
    const first = store.append(batch(0), { baseOffset: 0, lastOffset: 0, maxTimestampMs: 1 });
    expect(store.endOffset()).toBe(1);
    expect(store.durableEndOffset()).toBe(0);
    await first;
    expect(store.durableEndOffset()).toBe(1);
    const pending = store.append(batch(1), { baseOffset: 1, lastOffset: 1, maxTimestampMs: 1 });
    store.injectFailure(new Error("disk on fire"));
    await expect(pending).rejects.toThrow("disk on fire");
    await expect(store.append(batch(2), { baseOffset: 2, lastOffset: 2, maxTimestampMs: 1 })).rejects.toThrow("disk on fire");
    expect(store.durableEndOffset()).toBe(1);
  });
});
