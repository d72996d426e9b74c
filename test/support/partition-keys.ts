/**
 * Group assignments as sorted "topic-partition" keys, for tests that drive group heartbeats by hand: the
 * keys compare with toEqual, and turn back into the wire's topic/partitions list for `owned`.
 */
import type { pb } from "../../src/protocol/frames.ts";

/** An assignment (or owned list) as sorted "topic-partition" keys. */
export const owned = (a: pb.ITopicPartitions[] | null | undefined): string[] =>
  (a ?? []).flatMap((t) => (t.partitions ?? []).map((p) => `${t.topic}-${p}`)).sort();

/** "topic-partition" keys back as the wire's list (a topic name may itself hold dashes: the last one splits). */
export const asList = (keys: string[]): { topics: { topic: string; partitions: number[] }[] } => {
  const by = new Map<string, number[]>();
  for (const k of keys) {
    const i = k.lastIndexOf("-");
    const t = k.slice(0, i);
    by.set(t, [...(by.get(t) ?? []), Number(k.slice(i + 1))]);
  }
  return { topics: [...by].map(([topic, partitions]) => ({ topic, partitions })) };
};
