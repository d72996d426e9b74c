/**
 * User paths that no other suite walks, run against both deployments (test/node/user-paths.test.ts: the
 * Node broker; test/edge/user-paths.test.ts: the Worker in workerd) through the public SDK: retention
 * overtaking a lagging live consumer, a topic deleted and re-created under a connected producer and
 * consumer, and a 64-partition topic. Every wait is on a record, an answer or an error, bounded so that a
 * hang fails with what was awaited; assertions are on offsets and counts.
 */
import { expect } from "vitest";
import {
  Edgelog,
  OffsetOutOfRangeError,
  UnknownTopicError,
  partitionForKey,
  type ConsumerRecord,
} from "../../client/node.ts";

export interface UserPathsDeployment {
  /** Bootstrap WebSocket URL. */
  url: string;
  /** Runs retention now on every partition (the Node broker's timer, the edge's alarm). */
  enforceRetention(): Promise<void>;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
export const str = (b: Uint8Array | null) => (b === null ? null : utf8.decode(b));

/** A bound on a wait that should end by itself: a hang fails with what was awaited, not with vitest's timeout. */
const WAIT_MS = 10_000;

/** Resolves with `promise`, or fails after WAIT_MS naming what did not come. */
export function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The next `count` records of `iterator`. An iterator that ends first, or goes quiet, fails with how many of
 * the `count` it gave: a short read never passes as a shorter list.
 */
export async function take<T>(iterator: AsyncIterator<ConsumerRecord<T>>, count: number, what: string): Promise<ConsumerRecord<T>[]> {
  const out: ConsumerRecord<T>[] = [];
  while (out.length < count) {
    const next = await within(iterator.next(), `record ${out.length + 1} of ${count} (${what})`);
    if (next.done) throw new Error(`the consumer ended after ${out.length} of ${count} records (${what})`);
    out.push(next.value);
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Retention moves the log start past a live consumer's position while it reads slowly (a small credit, and
 * it stops pulling): it gets what it was already sent, then what onOutOfRange says. 'error': the buffered
 * records, then OffsetOutOfRangeError, and seek('earliest') resumes at the new log start. 'earliest': the
 * buffered records, then the new log start onwards. 'latest': the buffered records, then the next record
 * produced. Never a record skipped without one of these, never a hang.
 */
export async function retentionOvertakesLaggingConsumer(d: UserPathsDeployment, mode: "error" | "earliest" | "latest"): Promise<void> {
  const client = new Edgelog({ url: d.url });
  const topic = `lagging-${mode}`;
  try {
    // 200-byte records, one batch each: segments of 1 KiB hold a few, and 4 KiB of retention keeps ~20 of 60.
    await client.admin.createTopic(topic, { partitions: 1, segmentBytes: 1024, retentionBytes: 4096 });
    const producer = client.producer({ lingerMs: 0 });
    const value = (i: number) => `r${i}`.padEnd(200, ".");
    for (let i = 0; i < 10; i++) await producer.send(topic, { value: value(i) });
    // A credit of 600 bytes: the broker sends two or three records ahead of what the application took.
    const consumer = client.consumer({ topic, from: "earliest", creditBytes: 600, onOutOfRange: mode });
    const it = consumer[Symbol.asyncIterator]();
    const seen = await take(it, 2, "the first records, before retention");
    for (let i = 10; i < 60; i++) await producer.send(topic, { value: value(i) });
    await d.enforceRetention();
    const { logStartOffset, highWatermark } = (await client.admin.describeTopic(topic)).partitions[0]!;
    expect(highWatermark).toBe(60);
    // Well past what the consumer holds (its credit), so its next read is out of range.
    expect(logStartOffset).toBeGreaterThan(10);

    // What it was sent before the log start moved comes first, in order; then the mode's outcome.
    let raised: unknown = null;
    let firstAfterGap: ConsumerRecord<Uint8Array> | null = null;
    let producedAfter = 0;
    while (firstAfterGap === null) {
      const next = it.next();
      let settled = false;
      next.then(
        () => (settled = true),
        () => (settled = true),
      );
      // 'latest' jumps to the end while the consumer reads what it holds, and nothing tells the application
      // when: keep producing until a record arrives. Whichever comes first sits at 60 + its index.
      while (mode === "latest" && !settled) {
        if (producedAfter === 1000) throw new Error("1000 records produced and none delivered after the jump to 'latest'");
        await producer.send(topic, { value: `after-${producedAfter++}` });
      }
      let r: IteratorResult<ConsumerRecord<Uint8Array>>;
      try {
        r = await within(next, `a record or OffsetOutOfRangeError after ${seen.length} records (onOutOfRange '${mode}')`);
      } catch (err) {
        if (!(err instanceof OffsetOutOfRangeError)) throw err;
        raised = err;
        break;
      }
      if (r.done) throw new Error(`the consumer ended after ${seen.length} records (onOutOfRange '${mode}')`);
      if (r.value.offset < logStartOffset) seen.push(r.value);
      else firstAfterGap = r.value;
    }
    // No skip before the gap: offsets 0, 1, 2, … up to where the broker stopped sending.
    expect(seen.map((r) => r.offset)).toEqual(range(0, seen.length));
    expect(seen.map((r) => str(r.value))).toEqual(seen.map((r) => value(r.offset)));

    if (mode === "error") {
      expect(raised).toBeInstanceOf(OffsetOutOfRangeError);
      // The partition stays readable: seek('earliest') resumes at the new log start.
      await consumer.seek(0, "earliest");
      const resumed = await take(it, 60 - logStartOffset, "records after seek('earliest')");
      expect(resumed.map((r) => r.offset)).toEqual(range(logStartOffset, 60));
    } else if (mode === "earliest") {
      expect(raised).toBeNull();
      const rest = [firstAfterGap!, ...(await take(it, 59 - logStartOffset, "the records from the new log start"))];
      expect(rest.map((r) => r.offset)).toEqual(range(logStartOffset, 60));
      expect(rest.map((r) => str(r.value))).toEqual(range(logStartOffset, 60).map(value));
    } else {
      expect(raised).toBeNull();
      // Nothing of 10..59 (deleted or not, they were behind the end it jumped to).
      const index = Number(/^after-(\d+)$/.exec(str(firstAfterGap!.value) ?? "")?.[1]);
      expect(firstAfterGap!.offset).toBe(60 + index);
    }
    await consumer.close();
  } finally {
    await client.close();
  }
}

/**
 * A topic deleted and re-created with another partition count while a producer and a consumer are connected:
 * the consumer's subscriptions end with UnknownTopicError, the producer's next send gets UnknownTopicError,
 * and after re-creation the same producer routes keys by the new count and reaches the new partitions; a
 * reader of the new topic finds only new records. A second producer that never saw the topic missing still
 * reaches a partition beyond the count it knew (it fetches metadata again instead of refusing).
 */
export async function topicDeletedAndRecreated(d: UserPathsDeployment): Promise<void> {
  const client = new Edgelog({ url: d.url });
  const admin = new Edgelog({ url: d.url });
  const topic = "recreated";
  const keys = Array.from({ length: 16 }, (_, i) => `key-${i}`);
  const partitionOf = (key: string, count: number) => partitionForKey(encoder.encode(key), count);
  try {
    await admin.admin.createTopic(topic, { partitions: 2 });
    const producer = client.producer({ lingerMs: 0 });
    const unaware = client.producer({ lingerMs: 0 });
    const old = await producer.send(topic, keys.map((key) => ({ key, value: `old-${key}` })));
    await unaware.send(topic, { key: "unaware", value: "old-unaware" });
    expect(old.map((r) => r.partition)).toEqual(keys.map((k) => partitionOf(k, 2)));
    const consumer = client.consumer({ topic, from: "earliest" });
    const it = consumer[Symbol.asyncIterator]();
    expect((await take(it, keys.length + 1, "the old topic's records")).every((r) => str(r.value)!.startsWith("old-"))).toBe(true);

    await admin.admin.deleteTopic(topic);
    // The consumer's subscriptions end (they are not resumed against whatever takes the name next).
    await expect(within(it.next(), "the consumer's error for the deleted topic")).rejects.toMatchObject({ code: "UNKNOWN_TOPIC" });
    const refused = await producer.send(topic, { key: "key-0", value: "into the void" }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(UnknownTopicError);
    expect(refused).toMatchObject({ code: "UNKNOWN_TOPIC", retriable: false });

    await admin.admin.createTopic(topic, { partitions: 4 });
    const fresh = await producer.send(topic, keys.map((key) => ({ key, value: `new-${key}` })));
    expect(fresh.map((r) => r.partition)).toEqual(keys.map((k) => partitionOf(k, 4)));
    expect((await producer.send(topic, { value: "new-explicit-3", partition: 3 }))[0]).toMatchObject({ partition: 3 });
    // This one last fetched metadata when the topic had 2 partitions.
    expect((await unaware.send(topic, { value: "new-unaware-3", partition: 3 }))[0]).toMatchObject({ partition: 3 });
    await expect(unaware.send(topic, { value: "x", partition: 4 })).rejects.toMatchObject({ code: "UNKNOWN_PARTITION" });

    const described = await admin.admin.describeTopic(topic);
    expect(described.partitionCount).toBe(4);
    const stored = described.partitions.reduce((n, p) => n + p.highWatermark, 0);
    expect(stored).toBe(keys.length + 2);
    const reader = client.consumer({ topic, from: "earliest" });
    const all = await take(reader[Symbol.asyncIterator](), stored, "the new topic's records");
    expect(all.map((r) => str(r.value)).sort()).toEqual([...keys.map((k) => `new-${k}`), "new-explicit-3", "new-unaware-3"].sort());
    await reader.close();
    await consumer.close();
  } finally {
    await client.close();
    await admin.close();
  }
}

/**
 * A topic of 64 partitions: keyed records land where murmur2 puts them, every partition gets records, and one
 * consumer of every partition gets each record once, at its acknowledged offset, per-key order kept.
 */
export async function sixtyFourPartitions(d: UserPathsDeployment): Promise<void> {
  const client = new Edgelog({ url: d.url });
  const topic = "wide";
  const partitionCount = 64;
  try {
    const created = await client.admin.createTopic(topic, { partitions: partitionCount });
    expect(created.partitions.map((p) => p.partition)).toEqual(range(0, partitionCount));
    // 256 keys cover all 64 partitions under murmur2 (checked here, so a change of keys cannot hide a gap).
    const keys = Array.from({ length: 256 }, (_, i) => `user-${i}`);
    const partitionOf = (key: string) => partitionForKey(encoder.encode(key), partitionCount);
    expect(new Set(keys.map(partitionOf)).size).toBe(partitionCount);
    const records = [0, 1, 2].flatMap((seq) => keys.map((key) => ({ key, value: `${key}#${seq}` })));
    const acks = await client.producer({ lingerMs: 5 }).send(topic, records);
    expect(acks.map((a) => a.partition)).toEqual(records.map((r) => partitionOf(r.key)));

    const perPartition = new Array<number>(partitionCount).fill(0);
    for (const r of records) perPartition[partitionOf(r.key)]!++;
    const described = await client.admin.describeTopic(topic);
    expect(described.partitions.map((p) => p.highWatermark)).toEqual(perPartition);
    expect(Math.min(...perPartition)).toBeGreaterThan(0);

    const consumer = client.consumer({ topic, from: "earliest" });
    const got = await take(consumer[Symbol.asyncIterator](), records.length, "every record of the 64 partitions");
    await consumer.close();
    const where = new Map(acks.map((a, i) => [records[i]!.value, `${a.partition}@${a.offset}`]));
    expect(new Set(got.map((r) => str(r.value))).size).toBe(records.length);
    for (const r of got) expect(`${r.partition}@${r.offset}`, str(r.value)!).toBe(where.get(str(r.value)!));
    const seqsByKey = new Map<string, number[]>();
    for (const r of got) {
      const [key, seq] = str(r.value)!.split("#");
      seqsByKey.set(key!, [...(seqsByKey.get(key!) ?? []), Number(seq)]);
    }
    for (const [key, seqs] of seqsByKey) expect(seqs, key).toEqual([0, 1, 2]);
  } finally {
    await client.close();
  }
}

/** admin.listOffsets of a partition the topic does not have: UNKNOWN_PARTITION, not a retriable error. */
export async function listOffsetsOfMissingPartition(d: UserPathsDeployment): Promise<void> {
  const client = new Edgelog({ url: d.url });
  try {
    await client.admin.createTopic("two", { partitions: 2 });
    expect((await client.admin.listOffsets("two", 1, "latest")).offset).toBe(0);
    await expect(within(client.admin.listOffsets("two", 5, "earliest"), "an answer for partition 5")).rejects.toMatchObject({
      code: "UNKNOWN_PARTITION",
      retriable: false,
    });
  } finally {
    await client.close();
  }
}
