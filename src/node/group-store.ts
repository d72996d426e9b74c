/**
 * The Node broker's GroupStore: one append-only file per group, `<dataDir>/~groups/<groupId>.log`, made of
 * JSON lines: `{"s": snapshot}` (the whole group, written by compaction) and `{"c": [changes]}` (one save).
 * A save is one write and one fdatasync, so a commit is durable before its answer. The file is compacted
 * (rewritten as one snapshot line: temp file, fsync, rename, directory fsync) at load when it has grown
 * past compactLinesMax lines, and after as many saves.
 *
 * A crash mid-save leaves a torn last line: load reads every whole line, cuts the file back to the end of
 * the last one (so later appends never follow garbage) and ignores the rest, which was never acknowledged.
 * `~` cannot start a topic name, so the directory never collides with a topic's.
 */
import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { applyGroupChanges, type GroupChange, type GroupSnapshot } from "../core/group-coordinator.ts";
import type { GroupStore } from "../core/group-manager.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { sharedFilePool, type FilePool } from "./file-pool.ts";

export const groupsDirName = "~groups";
/** Lines a group file may reach before it is rewritten as one snapshot: bounds load time and disk use. */
export const compactLinesMax = 1000;

interface Line {
  s?: GroupSnapshot;
  c?: GroupChange[];
}

export class FileGroupStore implements GroupStore {
  private readonly dir: string;
  /** Lines in each loaded group's file (compaction trigger). */
  private readonly lines = new Map<string, number>();
  private dirMade = false;

  constructor(
    dataDir: string,
    private readonly files: FilePool = sharedFilePool(),
    private readonly log: (line: string) => void = () => {},
  ) {
    this.dir = join(dataDir, groupsDirName);
  }

  async load(groupId: string): Promise<GroupSnapshot | null> {
    const path = this.path(groupId);
    let text: string;
    try {
      text = await this.files.withSlot(async () => {
        const fh = await open(path, "r");
        try {
          return await fh.readFile("utf8");
        } finally {
          await fh.close();
        }
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw this.failure(`cannot read group ${groupId}`, err);
    }
    let snapshot: GroupSnapshot | null = null;
    const changes: GroupChange[] = [];
    /** Characters of whole lines read so far: what a torn save leaves after them is cut. */
    let goodChars = 0;
    let lineCount = 0;
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf("\n", at);
      if (end < 0) break; // a torn last line: never acknowledged
      let line: Line;
      try {
        line = JSON.parse(text.slice(at, end)) as Line;
      } catch {
        break;
      }
      if (line.s) {
        snapshot = line.s;
        changes.length = 0;
      } else if (line.c) changes.push(...line.c);
      at = end + 1;
      goodChars = at;
      lineCount++;
    }
    if (goodChars < text.length) {
      const goodBytes = Buffer.byteLength(text.slice(0, goodChars));
      this.log(`group ${groupId}: cut ${Buffer.byteLength(text) - goodBytes} bytes of a torn save`);
      await this.files.withSlot(async () => {
        const fh = await open(path, "r+");
        try {
          await fh.truncate(goodBytes);
          await fh.datasync();
        } finally {
          await fh.close();
        }
      });
    }
    if (snapshot === null && changes.length === 0) return null;
    const result = applyGroupChanges(snapshot, changes);
    this.lines.set(groupId, lineCount);
    if (lineCount > compactLinesMax) await this.compact(groupId, result);
    return result;
  }

  async save(groupId: string, changes: readonly GroupChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.ensureDir();
    const line = `${JSON.stringify({ c: [...changes] } satisfies Line)}\n`;
    try {
      await this.files.withSlot(async () => {
        const fh = await open(this.path(groupId), "a");
        try {
          await fh.appendFile(line);
          await fh.datasync();
        } finally {
          await fh.close();
        }
      });
    } catch (err) {
      throw this.failure(`cannot save group ${groupId}`, err);
    }
    const count = (this.lines.get(groupId) ?? 0) + 1;
    this.lines.set(groupId, count);
    if (count > compactLinesMax) {
      const snapshot = await this.load(groupId);
      if (snapshot) await this.compact(groupId, snapshot);
    }
  }

  async remove(groupId: string): Promise<void> {
    this.lines.delete(groupId);
    await this.files.withSlot(() => rm(this.path(groupId), { force: true }));
    await this.syncDir();
  }

  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.files.withSlot(() => readdir(this.dir));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw this.failure("cannot list groups", err);
    }
    return names
      .filter((n) => n.endsWith(".log"))
      .map((n) => n.slice(0, -4))
      .sort();
  }

  private async compact(groupId: string, snapshot: GroupSnapshot): Promise<void> {
    const tmp = `${this.path(groupId)}.tmp`;
    await this.files.withSlot(async () => {
      const fh = await open(tmp, "w");
      try {
        await fh.writeFile(`${JSON.stringify({ s: snapshot } satisfies Line)}\n`);
        await fh.datasync();
      } finally {
        await fh.close();
      }
    });
    await rename(tmp, this.path(groupId));
    await this.syncDir();
    this.lines.set(groupId, 1);
  }

  private path(groupId: string): string {
    return join(this.dir, `${groupId}.log`);
  }

  private async ensureDir(): Promise<void> {
    if (this.dirMade) return;
    await mkdir(this.dir, { recursive: true });
    await this.syncDir();
    this.dirMade = true;
  }

  private async syncDir(): Promise<void> {
    await this.files.withSlot(async () => {
      const fh = await open(this.dir, "r");
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    });
  }

  /** A storage failure for the client (no path, no errno); the cause goes to the broker's log. */
  private failure(what: string, err: unknown): ProtocolError {
    this.log(`${what}: ${(err as Error)?.message ?? String(err)}`);
    return new ProtocolError(ErrorCode.STORAGE_ERROR, what);
  }
}
