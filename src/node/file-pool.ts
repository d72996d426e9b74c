/**
 * A bound on the file descriptors the Node broker's storage holds, shared by every partition.
 *
 * Every partition used to keep its active segment open for its whole life, so the number of partitions was
 * bounded by the open-file limit (RLIMIT_NOFILE: 1,024 by default on Linux, 256 in a macOS shell), not
 * by disk: the 246th topic of 4 partitions failed with EMFILE under `ulimit -n 1024`. Now a segment file
 * is a PooledFile whose descriptor is opened on demand, and one FilePool bounds all of them together.
 *
 * Using a descriptor is a lease: `acquire()` returns an open fd (opening it if needed), `release()` ends
 * the lease. The pool counts every descriptor it stands for: leased, idle (open, kept for the next lease),
 * opening or closing, plus transient ones (`withSlot`: a directory fsync, an index file written by path).
 * When the count is at openFilesMax, a new open first closes the least recently used idle descriptor;
 * when none is idle, it waits, first come first served, for one to be released. So the bound only
 * changes how often files are reopened, never whether an operation succeeds.
 *
 * What keeps this safe:
 * - a leased descriptor is never closed: writes, fdatasyncs and reads in flight keep their fd;
 * - a descriptor with written but not yet synced bytes (`markWritten` until `markSynced`) is never closed
 *   to make room. Acknowledged data never depends on a descriptor closed before its fdatasync (close does
 *   not flush, and a writeback error after the last close is reported to no one);
 * - an operation holds at most one slot at a time (one lease, or one withSlot), so waiting cannot
 *   deadlock: every holder finishes without needing a second slot. The segment store keeps to this.
 */
import * as fs from "node:fs";
import { readFileSync } from "node:fs";
import { limits } from "../protocol/limits.ts";

/**
 * The share of the process's soft open-file limit the default pool takes. The rest is for what the pool
 * does not count: sockets (every WebSocket and HTTP connection is a descriptor), the data directory's
 * topic files, and Node's own (stdio, epoll, the libuv thread pool's pipes).
 */
const rlimitShareForFiles = 0.5;
/** The default pool where the soft limit cannot be read (no /proc: macOS, Windows): half of macOS's shell default of 256. */
const openFilesWhenRlimitUnknown = 128;
/** The smallest default: one descriptor suffices for correctness, a few keep a small broker from reopening on every round. */
const openFilesFloor = 4;

/** The two calls the pool makes; replaceable to observe the order of opens and closes (tests). */
export interface PoolFs {
  open(path: string, flags: string): Promise<number>;
  close(fd: number): Promise<void>;
}

export interface FilePoolOptions {
  /** Descriptors open at once, at most. */
  openFilesMax: number;
  /** Replaces open/close (tests). */
  fsImpl?: Partial<PoolFs>;
}

export interface FilePoolStats {
  opens: number;
  closes: number;
  /** Idle descriptors closed to make room for another. */
  evictions: number;
  /** Acquisitions (or slots) that had to wait because every descriptor was in use. */
  waits: number;
  /** Largest number of descriptors counted at once. */
  openPeak: number;
  /** close() calls that failed (the descriptor is gone all the same). */
  closeFailures: number;
}

/**
 * The soft RLIMIT_NOFILE of this process, from /proc/self/limits (Linux), or null where it cannot be
 * read. Node raises the soft limit to the hard one at start, so this is what the process really has.
 */
export function softOpenFilesLimit(): number | null {
  try {
    const line = /^Max open files\s+(\S+)/m.exec(readFileSync("/proc/self/limits", "utf8"));
    const n = Number(line?.[1]);
    return Number.isSafeInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/**
 * The default bound: half the soft open-file limit, at most `ceiling` (limits.openFilesMax), at least
 * openFilesFloor.
 */
export function defaultOpenFilesMax(ceiling: number = limits.openFilesMax, softLimit: number | null = softOpenFilesLimit()): number {
  const share = softLimit === null ? openFilesWhenRlimitUnknown : Math.floor(softLimit * rlimitShareForFiles);
  return Math.max(openFilesFloor, Math.min(ceiling, share));
}

let shared: FilePool | null = null;

/** The process-wide pool: used by every store and broker not given one of its own. Sized at first use. */
export function sharedFilePool(): FilePool {
  shared ??= new FilePool({ openFilesMax: defaultOpenFilesMax() });
  return shared;
}

export class FilePool {
  readonly openFilesMax: number;
  readonly stats: FilePoolStats = { opens: 0, closes: 0, evictions: 0, waits: 0, openPeak: 0, closeFailures: 0 };

  private readonly fs: PoolFs;
  /** Descriptors counted against the bound: open, opening, closing, or lent to withSlot. */
  private held = 0;
  /** Open and unleased files, least recently released first (a Set keeps insertion order). */
  private readonly idle = new Set<PooledFile>();
  /** Waiting for a slot, first come first served; each is handed a slot already counted in `held`. */
  private readonly waiters: (() => void)[] = [];
  /** Descriptors being closed to hand their slot to a waiter: no more are closed than there are waiters. */
  private handoffs = 0;

  constructor(opts: FilePoolOptions) {
    if (!(Number.isSafeInteger(opts.openFilesMax) && opts.openFilesMax >= 1)) {
      throw new RangeError(`openFilesMax must be an integer >= 1, got ${opts.openFilesMax}`);
    }
    this.openFilesMax = opts.openFilesMax;
    this.fs = { open: opts.fsImpl?.open ?? fsOpen, close: opts.fsImpl?.close ?? fsClose };
  }

  /**
   * A file whose descriptor this pool manages; nothing is opened yet. With `create`, the first open
   * creates it and fails if it exists ("wx+"); later opens (after an eviction) reopen it ("r+").
   */
  file(path: string, opts: { create?: boolean } = {}): PooledFile {
    return new PooledFile(this, path, opts.create ? "wx+" : "r+");
  }

  /** Descriptors counted against the bound now. */
  get openCount(): number {
    return this.held;
  }

  /** Idle descriptors (open, unleased). */
  get idleCount(): number {
    return this.idle.size;
  }

  /**
   * Runs `fn` with one descriptor's worth of the bound reserved, for calls that open a file by path and
   * close it before they return (fsync of a directory, writeFile, readFile, readdir). `fn` must not
   * acquire a PooledFile or another slot.
   */
  async withSlot<T>(fn: () => Promise<T>): Promise<T> {
    await this.takeSlot();
    try {
      return await fn();
    } finally {
      this.giveSlot();
    }
  }

  /** @internal Opens `file`'s descriptor within the bound. */
  async open(file: PooledFile): Promise<number> {
    await this.takeSlot();
    let fd: number;
    try {
      fd = await this.fs.open(file.path, file.flags);
    } catch (err) {
      this.giveSlot();
      throw err;
    }
    this.stats.opens++;
    return fd;
  }

  /** @internal A file with an open descriptor was leased: it is no longer a candidate for eviction. */
  leased(file: PooledFile): void {
    this.idle.delete(file);
  }

  /** @internal `file` has an open descriptor and no lease: keep it for the next lease, or close it for a waiter. */
  unleased(file: PooledFile): void {
    if (file.unsynced) return; // never closed to make room; it becomes idle when its sync completes
    this.idle.delete(file);
    this.idle.add(file); // most recently used
    this.serveWaiters();
  }

  /** @internal Closes `file`'s descriptor for good (its store is done with it) and frees its slot. */
  async closeNow(file: PooledFile): Promise<void> {
    this.idle.delete(file);
    const fd = file.fd;
    if (fd === null) return;
    file.fd = null;
    await this.closeFd(fd);
    this.giveSlot();
  }

  private async takeSlot(): Promise<void> {
    if (this.waiters.length === 0) {
      if (this.held < this.openFilesMax) {
        this.held++;
        if (this.held > this.stats.openPeak) this.stats.openPeak = this.held;
        return;
      }
      const victim = this.idle.values().next();
      if (!victim.done) {
        // The victim's slot passes to this caller once its descriptor is closed.
        await this.evict(victim.value);
        return;
      }
    }
    this.stats.waits++;
    const served = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.serveWaiters();
    await served;
  }

  /** Closes least recently used idle descriptors for the waiters that no close in flight will serve. */
  private serveWaiters(): void {
    while (this.waiters.length > this.handoffs) {
      const victim = this.idle.values().next();
      if (victim.done) return;
      this.handoffs++;
      void this.evict(victim.value).then(() => {
        this.handoffs--;
        this.giveSlot();
      });
    }
  }

  /** Frees one counted descriptor: to the first waiter if any, else back to the bound. */
  private giveSlot(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held--;
  }

  /** Closes an idle file's descriptor, keeping its slot counted (the caller passes it on). */
  private async evict(file: PooledFile): Promise<void> {
    this.idle.delete(file);
    const fd = file.fd!;
    file.fd = null;
    this.stats.evictions++;
    await this.closeFd(fd);
  }

  private async closeFd(fd: number): Promise<void> {
    try {
      await this.fs.close(fd);
    } catch {
      // close() releases the descriptor even when it reports an error; nothing to retry.
      this.stats.closeFailures++;
    }
    this.stats.closes++;
  }
}

/** One file's descriptor, opened on demand within a FilePool. See the file comment for the lease rules. */
export class PooledFile {
  /** The open descriptor, or null. Valid for use only under a lease. */
  fd: number | null = null;
  /** Leases held. */
  users = 0;
  /** Bytes written through the descriptor that are not yet known to be synced. */
  unsynced = false;
  private opening: Promise<number> | null = null;
  /** Its owner is done with it: no new lease; the descriptor closes when the last lease ends. */
  private retired = false;

  constructor(
    private readonly pool: FilePool,
    readonly path: string,
    /** @internal */
    public flags: string,
  ) {}

  /** Leases the descriptor, opening it within the pool's bound (and waiting for room) if needed. */
  async acquire(): Promise<number> {
    if (this.retired) throw new Error("file is closed");
    this.users++;
    if (this.fd !== null) {
      this.pool.leased(this);
      return this.fd;
    }
    try {
      this.opening ??= this.openOnce();
      return await this.opening;
    } catch (err) {
      this.release();
      throw err;
    }
  }

  /** Ends a lease. */
  release(): void {
    this.users--;
    if (this.users > 0) return;
    if (this.retired) void this.pool.closeNow(this);
    else if (this.fd !== null) this.pool.unleased(this);
  }

  /** Call under a lease before writing: the descriptor must not be closed until markSynced. */
  markWritten(): void {
    this.unsynced = true;
  }

  /** Call under a lease after an fdatasync that covers every write so far. */
  markSynced(): void {
    this.unsynced = false;
    if (this.users === 0 && this.fd !== null && !this.retired) this.pool.unleased(this);
  }

  /**
   * Call under a lease when the writes since markWritten are given up: their store failed and will
   * acknowledge none of them, so the descriptor may be closed unsynced. (Otherwise every partition failed
   * by a full disk would keep a descriptor the pool can never take back.)
   */
  abandonWrites(): void {
    this.markSynced();
  }

  /**
   * Its owner is done with the file (deleted, or the store closed): the descriptor is closed now, or when
   * the last lease ends. Resolves when it is closed (at once when a lease defers it).
   */
  close(): Promise<void> {
    this.retired = true;
    if (this.users > 0) return Promise.resolve();
    return this.pool.closeNow(this);
  }

  private async openOnce(): Promise<number> {
    try {
      const fd = await this.pool.open(this);
      this.fd = fd;
      // A created file exists from now on: a reopen after an eviction must not create it again.
      if (this.flags === "wx+") this.flags = "r+";
      if (this.users === 0) {
        // Every acquirer gave up meanwhile (they cannot: acquire awaits this); keep the invariant anyway.
        if (this.retired) void this.pool.closeNow(this);
        else this.pool.unleased(this);
      }
      return fd;
    } finally {
      this.opening = null;
    }
  }
}

function fsOpen(path: string, flags: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(path, flags, 0o644, (err, fd) => (err ? reject(err) : resolve(fd))));
}
function fsClose(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.close(fd, (err) => (err ? reject(err) : resolve())));
}
