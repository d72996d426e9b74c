/**
 * A GroupStore in memory: for core tests and as the reference the group-store conformance suite holds the
 * durable stores to. It keeps changes as the durable stores do (a log per group, folded on load).
 */
import { applyGroupChanges, type GroupChange, type GroupSnapshot } from "./group-coordinator.ts";
import type { GroupStore } from "./group-manager.ts";

export class MemoryGroupStore implements GroupStore {
  private readonly logs = new Map<string, GroupChange[]>();

  async load(groupId: string): Promise<GroupSnapshot | null> {
    const log = this.logs.get(groupId);
    return log && log.length > 0 ? applyGroupChanges(null, structuredClone(log)) : null;
  }

  async save(groupId: string, changes: readonly GroupChange[]): Promise<void> {
    let log = this.logs.get(groupId);
    if (!log) this.logs.set(groupId, (log = []));
    log.push(...structuredClone(changes));
  }

  async remove(groupId: string): Promise<void> {
    this.logs.delete(groupId);
  }

  async list(): Promise<string[]> {
    return [...this.logs.keys()].sort();
  }
}
