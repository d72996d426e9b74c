/**
 * The edge's GroupStore: a group's records as SQLite rows in its Durable Object's storage, one row per
 * change key (the group record, each member, each committed offset), the value as JSON.
 *
 *   group_records (group_id, kind, key, value)   PRIMARY KEY (group_id, kind, key), WITHOUT ROWID
 *
 * Rows per key rather than a change log folded on load: a change record *is* an upsert (or, with a null
 * value, a delete) of one key, so SQLite does the compaction a log would need (the Node store rewrites
 * its file as a snapshot every 1,000 saves). Storage stays the size of the live group, a commit is one
 * small row write, and a load reads the current rows only, never a history. A save is one transaction:
 * all of its changes or none, so there is no torn tail to cut as on Node. It resolves after
 * `storage.sync()`, i.e. once the rows are durable, whatever the caller does with the answer (the output
 * gate would also hold a socket's answer until then, but the contract is the store's).
 *
 * A value is one row: a member record of a group at its bounds (10,000 partitions in each of its
 * assigned, revoking and target lists) is ~150 KB of JSON, far under Durable Objects' 2 MB per row.
 */
import { applyGroupChanges, type GroupChange, type GroupSnapshot } from "../core/group-coordinator.ts";
import type { GroupStore } from "../core/group-manager.ts";

const statements = {
  create: "CREATE TABLE IF NOT EXISTS group_records (group_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (group_id, kind, key)) WITHOUT ROWID",
  load: "SELECT kind, key, value FROM group_records WHERE group_id = ?",
  put: "INSERT INTO group_records (group_id, kind, key, value) VALUES (?, ?, ?, ?) ON CONFLICT (group_id, kind, key) DO UPDATE SET value = excluded.value",
  delete: "DELETE FROM group_records WHERE group_id = ? AND kind = ? AND key = ?",
  remove: "DELETE FROM group_records WHERE group_id = ?",
  // Group ids are ASCII ([a-zA-Z0-9._-]), so SQLite's byte order is JavaScript's sort order.
  list: "SELECT DISTINCT group_id FROM group_records ORDER BY group_id",
} as const;

interface Row extends Record<string, SqlStorageValue> {
  kind: string;
  key: string;
  value: string;
}

export class SqliteGroupStore implements GroupStore {
  constructor(private readonly storage: DurableObjectStorage) {
    storage.sql.exec(statements.create);
  }

  async load(groupId: string): Promise<GroupSnapshot | null> {
    const rows = this.storage.sql.exec<Row>(statements.load, groupId).toArray();
    if (rows.length === 0) return null;
    // Keys are distinct, so the order of the fold does not matter.
    return applyGroupChanges(
      null,
      rows.map((r) => ({ kind: r.kind, key: r.key, value: JSON.parse(r.value) }) as GroupChange),
    );
  }

  async save(groupId: string, changes: readonly GroupChange[]): Promise<void> {
    if (changes.length === 0) return;
    const sql = this.storage.sql;
    this.storage.transactionSync(() => {
      for (const c of changes) {
        if (c.value === null) sql.exec(statements.delete, groupId, c.kind, c.key);
        else sql.exec(statements.put, groupId, c.kind, c.key, JSON.stringify(c.value));
      }
    });
    await this.storage.sync();
  }

  async remove(groupId: string): Promise<void> {
    this.storage.sql.exec(statements.remove, groupId);
    await this.storage.sync();
  }

  async list(): Promise<string[]> {
    return this.storage.sql
      .exec<{ group_id: string }>(statements.list)
      .toArray()
      .map((r) => r.group_id);
  }
}
