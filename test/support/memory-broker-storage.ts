/** BrokerStorage over MemoryStore: the core broker without a disk, for pure tests. */
import type { BrokerStorage, TopicRecord } from "../../src/core/broker.ts";
import type { Clock } from "../../src/core/clock.ts";
import type { LogStore } from "../../src/core/log-store.ts";
import { MemoryStore } from "../../src/core/memory-store.ts";

export class MemoryBrokerStorage implements BrokerStorage {
  readonly topics = new Map<string, TopicRecord>();
  constructor(private readonly clock: Clock) {}
  async loadTopics(): Promise<TopicRecord[]> {
    return [...this.topics.values()];
  }
  async saveTopic(t: TopicRecord): Promise<void> {
    this.topics.set(t.name, t);
  }
  async removeTopic(name: string): Promise<void> {
    this.topics.delete(name);
  }
  async openPartition(t: TopicRecord): Promise<LogStore> {
    return new MemoryStore({ segmentBytes: t.config.segmentBytes, now: this.clock });
  }
}
