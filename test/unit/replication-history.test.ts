// The replication history checker names each kind of violation on a small 3-replica history broken in exactly
// that way, and nothing else; it passes clean histories, including a deposed leader's truncated writes and a
// lagging out-of-sync replica, and a 3 × 100k-record one seeded at random (whose one lost record it then finds).
import { describe, expect, it } from "vitest";
import { checkHistory, formatReport, VIOLATION_KINDS, type ReplicationHistory, type ViolationKind } from "../support/replication-history.ts";
import { intBetween, mulberry32 } from "../support/rng.ts";

/** Partition 0's log: [id, leader epoch, acknowledged]. q:2's answer was lost. Epoch 1 led by a, epoch 2 by b. */
type Entry = [id: string, leaderEpoch: number, acked: boolean];
const LOG: Entry[] = [
  ["p:0", 1, true],
  ["q:0", 1, true],
  ["p:1", 1, true],
  ["q:1", 2, true],
  ["q:2", 2, false],
  ["p:2", 2, true],
];

/** Replicas a, b, c all in sync holding `log`; c1 reads it all, c2 reads three records, restarts and reads it all. */
function history(log: Entry[] = LOG): ReplicationHistory {
  const records = log.map(([id, leaderEpoch], offset) => ({ offset, id, leaderEpoch }));
  const read = (consumer: string, count: number) => records.slice(0, count).map((r) => ({ consumer, partition: 0, offset: r.offset, id: r.id }));
  return {
    acked: log.flatMap(([id, , acked], offset) => (acked ? [{ id, partition: 0, offset }] : [])),
    consumed: [...read("c1", records.length), ...read("c2", 3), ...read("c2", records.length)],
    replicas: ["a", "b", "c"].map((replica) => ({ replica, partition: 0, inSync: true, highWatermark: records.length, records: records.map((r) => ({ ...r })) })),
    leaderWrites: [
      { replica: "a", partition: 0, leaderEpoch: 1, offset: 0 },
      { replica: "a", partition: 0, leaderEpoch: 1, offset: 2 },
      // a, isolated, accepted two more batches in epoch 1 that never committed; b, leading epoch 2, truncated
      // them and wrote from offset 3. A lower epoch at a higher offset than a newer leader's write is fine.
      { replica: "a", partition: 0, leaderEpoch: 1, offset: 3 },
      { replica: "a", partition: 0, leaderEpoch: 1, offset: 4 },
      { replica: "b", partition: 0, leaderEpoch: 2, offset: 3 },
      { replica: "b", partition: 0, leaderEpoch: 2, offset: 5 },
    ],
  };
}

const replica = (h: ReplicationHistory, name: string) => h.replicas.find((r) => r.replica === name)!;
const zero = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0])) as Record<ViolationKind, number>;

/** Asserts the history breaks exactly `counts` and returns the violations' details. */
function expectOnly(h: ReplicationHistory, counts: Partial<Record<ViolationKind, number>>): string[] {
  const report = checkHistory(h);
  expect(report.counts, formatReport(report)).toEqual({ ...zero, ...counts });
  return report.violations.map((v) => v.detail);
}

describe("checkHistory", () => {
  it("finds nothing in a clean history", () => {
    const report = checkHistory(history());
    expect(report.counts, formatReport(report)).toEqual(zero);
    expect(report.violations).toEqual([]);
    expect(report.checked).toEqual({ acked: 5, consumed: 15, replicas: 3 });
  });

  it("lets an out-of-sync replica lag, records differ above the high watermark and an unacknowledged record go", () => {
    const lagging = history();
    replica(lagging, "c").inSync = false;
    replica(lagging, "c").records.splice(2);
    replica(lagging, "c").highWatermark = 2;
    expectOnly(lagging, {});

    const aboveWatermark = history();
    for (const r of aboveWatermark.replicas) r.highWatermark = 4;
    replica(aboveWatermark, "c").records[4]!.id = "r:0";
    aboveWatermark.consumed = aboveWatermark.consumed.filter((c) => c.offset < 4);
    expectOnly(aboveWatermark, {});

    // q:2 was never acknowledged: losing it, along with everything after it that nobody acknowledged, is fine.
    const unacked = history(LOG.slice(0, 5));
    for (const r of unacked.replicas) r.records.splice(4);
    for (const r of unacked.replicas) r.highWatermark = 4;
    unacked.consumed = unacked.consumed.filter((c) => c.offset < 4);
    expectOnly(unacked, {});

    // a, deposed while isolated, still holds the batch it accepted in epoch 1 at offset 3 (p:2, which b later
    // committed at offset 5): a stale suffix on an out-of-sync replica, waiting to be truncated.
    const stale = history();
    Object.assign(replica(stale, "a"), {
      inSync: false,
      highWatermark: 3,
      records: [...replica(stale, "a").records.slice(0, 3), { offset: 3, id: "p:2", leaderEpoch: 1 }],
    });
    expectOnly(stale, {});

    // An id that is not "<producer>:<seq>" is skipped by the order rules, not a crash.
    const odd = history([...LOG, ["no-seq", 2, false]]);
    expectOnly(odd, {});
  });

  it("acked-missing: an in-sync replica lacks an acknowledged record or holds it at another offset", () => {
    const lost = history();
    replica(lost, "c").records.pop();
    replica(lost, "c").highWatermark = 5;
    lost.consumed = lost.consumed.filter((c) => c.offset !== 5);
    expect(expectOnly(lost, { "acked-missing": 1 })).toEqual(["replica c: lacks p:2, acknowledged at offset 5"]);

    const misplaced = history();
    misplaced.acked.find((a) => a.id === "p:1")!.offset = 3;
    expect(expectOnly(misplaced, { "acked-missing": 3 })[0]).toBe("replica a: holds p:1 at offset 2, acknowledged at offset 3");

    // Below a replica's log start retention may have removed it.
    const retained = history();
    replica(retained, "c").records.splice(0, 2);
    replica(retained, "c").logStartOffset = 2;
    expectOnly(retained, {});
  });

  it("acked-missing and consumed-then-lost: a partition with no in-sync replica left", () => {
    const h = history();
    for (const r of h.replicas) r.inSync = false;
    expect(expectOnly(h, { "acked-missing": 1, "consumed-then-lost": 1 })).toEqual([
      "no in-sync replica holds its 5 acknowledged records",
      "no in-sync replica holds its 6 consumed records",
    ]);
  });

  it("acked-duplicate: an id stored twice in one log, or acknowledged at two offsets", () => {
    const stored = history();
    replica(stored, "c").records.push({ offset: 6, id: "p:1", leaderEpoch: 2 }, { offset: 7, id: "q:2", leaderEpoch: 2 });
    expect(expectOnly(stored, { "acked-duplicate": 2 })).toEqual([
      "replica c: p:1 (acknowledged) at offsets 2 and 6",
      "replica c: q:2 (never acknowledged) at offsets 4 and 7",
    ]);

    const answered = history();
    answered.acked.push({ id: "p:1", partition: 0, offset: 7 });
    expect(expectOnly(answered, { "acked-duplicate": 1 })).toEqual(["p:1 acknowledged at offsets 2 and 7"]);
  });

  it("acked-out-of-order: a producer's seqs going backwards in a log, or a gap before an acknowledged record", () => {
    const swapped = LOG.map((e) => [...e] as Entry);
    [swapped[0]![0], swapped[2]![0]] = ["p:1", "p:0"];
    expect(expectOnly(history(swapped), { "acked-out-of-order": 3 })[0]).toBe("replica a: p:0 at offset 2 after p:1 at offset 0");

    // c, out of sync, holds p:2 without p:1: a follower copies a prefix of its leader's log, never skips.
    const gap = history();
    Object.assign(replica(gap, "c"), {
      inSync: false,
      highWatermark: 2,
      records: [
        { offset: 0, id: "p:0", leaderEpoch: 1 },
        { offset: 1, id: "q:0", leaderEpoch: 1 },
        { offset: 2, id: "p:2", leaderEpoch: 1 },
      ],
    });
    expect(expectOnly(gap, { "acked-out-of-order": 1 })).toEqual(["replica c: holds p:2 at offset 2 but not p:1, acknowledged and sent before it"]);
  });

  it("consumed-then-lost: a record read that the in-sync replicas no longer hold, or two ids read at one offset", () => {
    const lost = history();
    lost.consumed.push({ consumer: "c1", partition: 0, offset: 6, id: "p:3" });
    expect(expectOnly(lost, { "consumed-then-lost": 3 })[0]).toBe("replica a: c1 read p:3 at offset 6; the replica holds nothing there");

    const twoIds = history();
    twoIds.consumed.push({ consumer: "c2", partition: 0, offset: 0, id: "x:0" });
    const details = expectOnly(twoIds, { "consumed-then-lost": 4 });
    expect(details[0]).toBe("offset 0: c1 read p:0, c2 read x:0");
    expect(details[1]).toBe("replica a: c2 read x:0 at offset 0; the replica holds p:0 there");
  });

  it("two-leaders-one-epoch: two replicas accepting writes in one epoch, reported once per pair", () => {
    const h = history();
    h.leaderWrites.push({ replica: "c", partition: 0, leaderEpoch: 2, offset: 5 }, { replica: "c", partition: 0, leaderEpoch: 2, offset: 6 });
    expect(expectOnly(h, { "two-leaders-one-epoch": 1 })).toEqual(["epoch 2: b and c both accepted writes (c at offset 5)"]);
  });

  it("epoch-regressed: leader epochs decreasing along a log, or a leader going back to an older epoch", () => {
    const inLog = LOG.map((e) => [...e] as Entry);
    inLog[4]![1] = 1;
    expect(expectOnly(history(inLog), { "epoch-regressed": 3 })[0]).toBe("replica a: offset 4 has leader epoch 1 after epoch 2 at offset 3");

    const writes = history();
    writes.leaderWrites.push({ replica: "a", partition: 0, leaderEpoch: 3, offset: 6 }, { replica: "a", partition: 0, leaderEpoch: 1, offset: 7 });
    expect(expectOnly(writes, { "epoch-regressed": 1 })).toEqual(["replica a: accepted a write in epoch 1 at offset 7 after one in epoch 3 at offset 6"]);
  });

  it("isr-diverged: in-sync replicas disagreeing below their high watermarks, or records of an epoch no leader wrote in", () => {
    const id = history();
    replica(id, "c").records[4]!.id = "r:0";
    id.consumed = id.consumed.filter((c) => c.offset !== 4);
    expect(expectOnly(id, { "isr-diverged": 2 })[0]).toBe("replicas a and c differ at 1 offsets below 6; first at offset 4 a holds q:2 (epoch 2), c holds r:0 (epoch 2)");

    const epoch = history();
    replica(epoch, "c").records[3]!.leaderEpoch = 1;
    expectOnly(epoch, { "isr-diverged": 2 });

    const unknownEpoch = history();
    replica(unknownEpoch, "c").inSync = false;
    replica(unknownEpoch, "c").records.push({ offset: 6, id: "r:0", leaderEpoch: 7 });
    expect(expectOnly(unknownEpoch, { "isr-diverged": 1 })).toEqual(["replica c: holds 1 records of leader epoch 7, in which no leader wrote"]);
  });

  it("offset-gap: records not contiguous, or a high watermark past the log end", () => {
    const hole = history();
    replica(hole, "c").inSync = false;
    replica(hole, "c").records.splice(4, 1);
    expect(expectOnly(hole, { "offset-gap": 1 })).toEqual(["replica c: offset 5 follows 3"]);

    const unsorted = history();
    replica(unsorted, "c").inSync = false;
    const records = replica(unsorted, "c").records;
    [records[2], records[3]] = [records[3]!, records[2]!];
    expectOnly(unsorted, { "offset-gap": 3 });

    const watermark = history();
    replica(watermark, "c").highWatermark = 9;
    expect(expectOnly(watermark, { "offset-gap": 1 })).toEqual(["replica c: high watermark 9 past its log end 6"]);
  });
});

describe("formatReport", () => {
  it("prints one line per kind with its count, then the first details of each kind that has any", () => {
    const h = history();
    h.consumed.push(...Array.from({ length: 3 }, (_, i) => ({ consumer: "c1", partition: 0, offset: 6 + i, id: `p:${3 + i}` })));
    const text = formatReport(checkHistory(h));
    const lines = text.split("\n");
    expect(lines[0]).toBe("replication history: 9 violations (checked 5 acked, 18 consumed, 3 replica logs)");
    expect(lines.slice(1, 1 + VIOLATION_KINDS.length)).toEqual(VIOLATION_KINDS.map((k) => `  ${k}: ${k === "consumed-then-lost" ? 9 : 0}`));
    expect(lines[1 + VIOLATION_KINDS.length]).toBe("consumed-then-lost, first 5 of 9:");
    expect(lines.slice(2 + VIOLATION_KINDS.length)).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/^ {2}partition 0: replica /);
  });
});

/**
 * A clean seeded run of `recordCount` records per partition on replicas a, b, c: producers interleave, about
 * one answer in a hundred is lost, leadership moves every few thousand records (the deposed leader having
 * accepted a batch that never committed), two consumers read everything.
 */
function bigHistory(seed: number, partitions: number, recordCount: number): ReplicationHistory {
  const random = mulberry32(seed);
  const h: ReplicationHistory = { acked: [], consumed: [], replicas: [], leaderWrites: [] };
  const names = ["a", "b", "c"];
  for (let partition = 0; partition < partitions; partition++) {
    const records: { offset: number; id: string; leaderEpoch: number }[] = [];
    const seqs = new Array<number>(8).fill(0);
    let epoch = 1;
    let leader = names[0]!;
    for (let offset = 0; offset < recordCount; ) {
      const batchCount = Math.min(intBetween(random, 1, 50), recordCount - offset);
      h.leaderWrites.push({ replica: leader, partition, leaderEpoch: epoch, offset });
      for (let i = 0; i < batchCount; i++, offset++) {
        const producer = intBetween(random, 0, seqs.length - 1);
        const id = `producer-${producer}:${seqs[producer]!++}`;
        records.push({ offset, id, leaderEpoch: epoch });
        if (random() >= 0.01) h.acked.push({ id, partition, offset });
      }
      if (random() < 0.01) {
        h.leaderWrites.push({ replica: leader, partition, leaderEpoch: epoch, offset: offset + intBetween(random, 0, 20) });
        epoch++;
        leader = names[epoch % names.length]!;
      }
    }
    for (const replica of names) h.replicas.push({ replica, partition, inSync: true, highWatermark: recordCount, records: records.map((r) => ({ ...r })) });
    for (const consumer of ["c1", "c2"]) for (const r of records) h.consumed.push({ consumer, partition, offset: r.offset, id: r.id });
  }
  return h;
}

describe("checkHistory at scale", () => {
  it("passes clean seeded histories with leader changes over several partitions", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const report = checkHistory(bigHistory(seed, 3, 2_000));
      expect(report.counts, `seed ${seed}: ${formatReport(report)}`).toEqual(zero);
    }
  });

  it("passes 3 replicas × 100k clean records, and finds the one record an in-sync replica lost", () => {
    const h = bigHistory(14, 1, 100_000);
    const report = checkHistory(h);
    expect(report.counts, formatReport(report)).toEqual(zero);
    expect(report.checked).toEqual({ acked: h.acked.length, consumed: 200_000, replicas: 3 });
    expect(h.acked.length).toBeGreaterThan(95_000);

    const lostOffset = h.acked[50_000]!.offset;
    const b = replica(h, "b");
    b.records.splice(b.records.findIndex((r) => r.offset === lostOffset), 1);
    const broken = checkHistory(h);
    // The hole, the acknowledged record it held, the gap in its producer's acknowledged seqs it leaves, and the
    // record both consumers read there.
    expect(broken.counts, formatReport(broken)).toEqual({ ...zero, "acked-missing": 1, "offset-gap": 1, "acked-out-of-order": 1, "consumed-then-lost": 1 });
  });
});
