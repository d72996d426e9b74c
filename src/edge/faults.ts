/**
 * Test-only fault injection for replicated partitions (issue 14), off unless the Worker has
 * EDGELOG_FAULTS = "1". A test sets a replica's faults through its `injectFault` RPC; they live in the
 * replica's storage, so they outlast a crash (an isolated replica stays isolated until healed).
 *
 * - unreachable: every RPC to the replica and every socket upgrade fails as if its region were cut off,
 *   its open sockets are closed, and its own calls out (replication, the controller) fail too.
 * - hang: the same, except that calls do not fail: they never answer (until the fault is lifted), as calls
 *   into a region cut off by a network partition may; its open sockets are closed.
 * - roundTripMs: per peer region, a wait before each call this replica makes to it (a cross-region round
 *   trip; the other direction is the peer's setting).
 * - crashAfterWrites: the replica aborts (ctx.abort()) after this many more writes reach its storage and
 *   before it answers the last one (as leader: a produce; as follower: a replicated batch). Kept in memory
 *   only, so the restarted object does not crash again.
 */
import type { Env } from "./env.ts";

export interface Faults {
  unreachable?: boolean;
  hang?: boolean;
  roundTripMs?: Record<string, number>;
  crashAfterWrites?: number;
}

const FAULTS_KEY = "faults";

export function faultsEnabled(env: Env): boolean {
  return env.EDGELOG_FAULTS === "1";
}

/** The error an unreachable replica's calls fail with (what a caller sees of a region it cannot reach). */
export class UnreachableError extends Error {
  constructor(what: string) {
    super(`injected fault: ${what} is unreachable`);
  }
}

/** One object's faults, read once from storage and kept in memory while it runs. */
export class FaultState {
  private faults: Faults;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly enabled: boolean,
  ) {
    this.faults = enabled ? (ctx.storage.kv.get<Faults>(FAULTS_KEY) ?? {}) : {};
  }

  get unreachable(): boolean {
    return this.faults.unreachable === true;
  }

  /** Replaces the faults (the test's RPC); refused when fault injection is off. */
  set(faults: Faults): void {
    if (!this.enabled) throw new Error("fault injection is off (set EDGELOG_FAULTS=1 in tests only)");
    this.faults = { ...faults };
    // Calls held by a hang go on once it is lifted (late, like packets after a partition heals).
    if (!faults.hang) for (const release of this.held.splice(0)) release();
    const { crashAfterWrites: _inMemoryOnly, ...kept } = this.faults;
    this.ctx.storage.kv.put(FAULTS_KEY, kept);
  }

  private readonly held: (() => void)[] = [];

  /** Throws UnreachableError when this object is cut off; with a hang, waits until the fault is lifted. */
  async check(what: string): Promise<void> {
    if (this.faults.unreachable) throw new UnreachableError(what);
    if (this.faults.hang) await new Promise<void>((release) => this.held.push(release));
    if (this.faults.unreachable) throw new UnreachableError(what);
  }

  /** Waits the round trip to `peer`, if one is injected. */
  async roundTrip(peer: string): Promise<void> {
    const ms = this.faults.roundTripMs?.[peer] ?? 0;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  /** Counts one write; true when the object must crash now (before answering it). */
  crashDue(): boolean {
    const n = this.faults.crashAfterWrites;
    if (n === undefined || n <= 0) return false;
    this.faults = { ...this.faults, crashAfterWrites: n - 1 };
    return n - 1 === 0;
  }
}
