// The descriptor pool: never more than openFilesMax open, least recently used idle ones closed first, leased
// and unsynced ones never closed, waiters served in order (a fake open/close records every call); then
// segment stores sharing a pool of 3 with real files, checked call by call: no descriptor closed with unsynced writes.
import * as fs from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultOpenFilesMax, FilePool, softOpenFilesLimit, type PoolFs } from "../../src/node/file-pool.ts";
import { SegmentStore, type CommitFs } from "../../src/node/segment-store.ts";
import { batchSpans, encodeBatch } from "../../src/protocol/record-batch.ts";

/** An open/close that hands out fake descriptors and records every call as "open a" / "close a". */
function fakeFs() {
  let nextFd = 100;
  const open = new Map<number, string>();
  const events: string[] = [];
  let openPeak = 0;
  const impl: PoolFs = {
    open: async (path) => {
      const fd = nextFd++;
      open.set(fd, path);
      openPeak = Math.max(openPeak, open.size);
      events.push(`open ${path}`);
      return fd;
    },
    close: async (fd) => {
      events.push(`close ${open.get(fd)}`);
      open.delete(fd);
    },
  };
  return { impl, open, events, peak: () => openPeak };
}

/** Lets every pending promise callback run (the fake fs resolves at once). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

describe("FilePool", () => {
  it("never holds more than openFilesMax descriptors, however many files and concurrent users", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 3, fsImpl: f.impl });
    const files = Array.from({ length: 20 }, (_, i) => pool.file(`f${i}`));
    // 20 users, each leasing files in its own order; a lease must always be the file's open descriptor.
    await Promise.all(
      files.map(async (_, u) => {
        for (let k = 0; k < 10; k++) {
          const file = files[(u * 7 + k * 3) % files.length]!;
          const fd = await file.acquire();
          expect(f.open.get(fd)).toBe(file.path);
          await new Promise((r) => setImmediate(r));
          file.release();
        }
      }),
    );
    expect(f.peak()).toBe(3);
    expect(pool.stats.openPeak).toBe(3);
    expect(pool.openCount).toBe(f.open.size);
    expect(pool.stats.waits).toBeGreaterThan(0);
  });

  it("closes the least recently used idle descriptor to make room", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 2, fsImpl: f.impl });
    const [a, b, c, d] = ["a", "b", "c", "d"].map((p) => pool.file(p));
    for (const file of [a!, b!, a!]) {
      await file.acquire();
      file.release();
    }
    await c!.acquire(); // b is the least recently used
    c!.release();
    await d!.acquire(); // then a
    d!.release();
    expect(f.events).toEqual(["open a", "open b", "close b", "open c", "close a", "open d"]);
  });

  it("never closes a leased descriptor: acquirers wait for a release, first come first served", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 2, fsImpl: f.impl });
    const [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map((p) => pool.file(p));
    await a!.acquire();
    await b!.acquire();
    const served: string[] = [];
    const pending = [c!, d!, e!].map((file) => file.acquire().then(() => void served.push(file.path)));
    await settle();
    expect(served).toEqual([]);
    expect(f.events).toEqual(["open a", "open b"]);
    a!.release();
    await settle();
    expect(served).toEqual(["c"]);
    b!.release();
    await settle();
    c!.release();
    await Promise.all(pending);
    expect(served).toEqual(["c", "d", "e"]);
    expect(f.events).toEqual(["open a", "open b", "close a", "open c", "close b", "open d", "close c", "open e"]);
    expect(pool.stats.waits).toBe(3);
  });

  it("keeps a descriptor with unsynced writes open until they are synced", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 1, fsImpl: f.impl });
    const a = pool.file("a");
    const b = pool.file("b");
    await a.acquire();
    a.markWritten();
    a.release(); // before its sync (the store never does this; the pool refuses to close it all the same)
    let bServed = false;
    const bLease = b.acquire().then(() => (bServed = true));
    await settle();
    expect(bServed).toBe(false);
    expect(f.events).toEqual(["open a"]);
    await a.acquire(); // the same descriptor: it was never closed
    a.markSynced();
    a.release();
    await bLease;
    expect(f.events).toEqual(["open a", "close a", "open b"]);
  });

  it("counts withSlot's descriptor against the bound", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 1, fsImpl: f.impl });
    const a = pool.file("a");
    await a.acquire();
    a.release();
    let release!: () => void;
    const slot = pool.withSlot(() => new Promise<void>((r) => (release = r)));
    await settle();
    expect(f.events).toEqual(["open a", "close a"]); // a made room for the slot
    let aServed = false;
    const aLease = a.acquire().then(() => (aServed = true));
    await settle();
    expect(aServed).toBe(false);
    release();
    await slot;
    await aLease;
    expect(f.events).toEqual(["open a", "close a", "open a"]);
  });

  it("close() waits for the last lease, frees the slot, and refuses later leases", async () => {
    const f = fakeFs();
    const pool = new FilePool({ openFilesMax: 2, fsImpl: f.impl });
    const a = pool.file("a");
    await a.acquire();
    await a.close();
    expect(f.events).toEqual(["open a"]);
    a.release();
    await settle();
    expect(f.events).toEqual(["open a", "close a"]);
    expect(pool.openCount).toBe(0);
    await expect(a.acquire()).rejects.toThrow(/closed/);
  });

  it("defaults to half the soft open-file limit, within [4, limits.openFilesMax]", async () => {
    expect(defaultOpenFilesMax(4096, 128)).toBe(64);
    expect(defaultOpenFilesMax(4096, 1024)).toBe(512);
    expect(defaultOpenFilesMax(4096, 1_048_576)).toBe(4096);
    expect(defaultOpenFilesMax(4096, 6)).toBe(4);
    expect(defaultOpenFilesMax(4096, null)).toBe(128);
    if (process.platform === "linux") {
      const text = await readFile("/proc/self/limits", "utf8");
      expect(softOpenFilesLimit()).toBe(Number(/^Max open files\s+(\d+)/m.exec(text)![1]));
    }
  });
});

describe("SegmentStores sharing a tiny pool", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it("fdatasync every write before its descriptor is closed, and lose nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-file-pool-"));
    dirs.push(dir);
    // Every call on a descriptor, checked as it happens: writes and syncs only while open, close only when clean.
    const state = new Map<number, "clean" | "dirty">();
    const violations: string[] = [];
    let closesAfterWrites = 0;
    const files = new FilePool({
      openFilesMax: 3,
      fsImpl: {
        open: (path, flags) =>
          new Promise((resolve, reject) =>
            fs.open(path, flags, 0o644, (err, fd) => {
              if (err) return reject(err);
              state.set(fd, "clean");
              resolve(fd);
            }),
          ),
        close: (fd) => {
          const s = state.get(fd);
          if (s !== "clean") violations.push(`close of fd ${fd} while ${s ?? "not open"}`);
          state.delete(fd);
          closesAfterWrites++;
          return new Promise((resolve, reject) => fs.close(fd, (err) => (err ? reject(err) : resolve())));
        },
      },
    });
    const commitFs: CommitFs = {
      writev: (fd, buffers, position) => {
        if (!state.has(fd)) violations.push(`writev on fd ${fd} that is not open`);
        state.set(fd, "dirty");
        return new Promise((resolve, reject) => fs.writev(fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n))));
      },
      fdatasync: (fd) =>
        new Promise((resolve, reject) =>
          fs.fdatasync(fd, (err) => {
            if (err) return reject(err);
            if (!state.has(fd)) violations.push(`fdatasync on fd ${fd} that is not open`);
            state.set(fd, "clean");
            resolve();
          }),
        ),
    };
    const storeCount = 12;
    const open = () =>
      Promise.all(Array.from({ length: storeCount }, (_, i) => SegmentStore.open(join(dir, String(i)), { files, fsImpl: commitFs, segmentBytes: 2048 })));
    let stores = await open();
    const written: Uint8Array[][] = stores.map(() => []);
    // Rounds on every store at once, with reads in between, so leases overlap and descriptors are evicted.
    for (let round = 0; round < 6; round++) {
      await Promise.all(
        stores.map(async (store, i) => {
          const base = store.endOffset();
          const bytes = encodeBatch([{ key: `k${i}`, value: `store ${i} round ${round}`.padEnd(300, ".") }], { baseOffset: base });
          written[i]!.push(bytes);
          await store.append(bytes, { baseOffset: base, lastOffset: base, maxTimestampMs: 0 });
          await store.read(0, 1 << 20, store.durableEndOffset());
        }),
      );
    }
    expect(stores[0]!.segments().length).toBeGreaterThan(1); // rolls happened too
    await Promise.all(stores.map((s) => s.close()));
    expect(files.openCount).toBe(0);

    stores = await open();
    for (const [i, store] of stores.entries()) {
      const got: Uint8Array[] = [];
      let offset = 0;
      while (offset < store.durableEndOffset()) {
        const part = await store.read(offset, 1 << 20, store.durableEndOffset());
        for (const s of batchSpans(part)) {
          got.push(part.subarray(s.start, s.end));
          offset = s.header.baseOffset + s.header.lastOffsetDelta + 1;
        }
      }
      expect(Buffer.concat(got).equals(Buffer.concat(written[i]!)), `store ${i}`).toBe(true);
    }
    await Promise.all(stores.map((s) => s.close()));
    expect(violations).toEqual([]);
    expect(closesAfterWrites).toBeGreaterThan(storeCount); // descriptors really were closed and reopened
    expect(files.stats.openPeak).toBeLessThanOrEqual(3);
    expect(files.stats.waits).toBeGreaterThan(0);
  });
});
