/**
 * Topic-partition lists between the SDK's flat { topic, partition } form and the wire's grouped
 * ITopicPartitions (one entry per topic), shared by the admin client and the group consumer.
 */
import type { pb } from "../src/protocol/frames.ts";

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

/** A map key for one topic-partition (a topic name cannot hold a newline). */
export const partitionKey = (topic: string, partition: number): string => `${topic}\n${partition}`;

export function partitionsFromWire(list: readonly pb.ITopicPartitions[] | null | undefined): TopicPartitionRef[] {
  return (list ?? []).flatMap((t) => (t.partitions ?? []).map((partition) => ({ topic: t.topic ?? "", partition })));
}

/** Topics in first-seen order, each one's partitions ascending. */
export function partitionsToWire(list: Iterable<TopicPartitionRef>): pb.ITopicPartitions[] {
  const byTopic = new Map<string, number[]>();
  for (const { topic, partition } of list) {
    let partitions = byTopic.get(topic);
    if (!partitions) byTopic.set(topic, (partitions = []));
    partitions.push(partition);
  }
  return [...byTopic].map(([topic, partitions]) => ({ topic, partitions: partitions.sort((a, b) => a - b) }));
}
