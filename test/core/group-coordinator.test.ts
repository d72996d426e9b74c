// The group coordinator rule by rule (join, heartbeat, leave, revoke-then-assign, fencing, expiry, static
// rejoin without a rebalance, topic growth and deletion, commit validation, snapshot/restore), each driven
// by hand with an injected clock; then a seeded simulation of whole groups (fast-check) checks the invariants
// after every step of random joins, leaves, crashes, expiries, lost answers, topic changes and commits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyGroupChanges,
  GroupCoordinator,
  groupLimits,
  type HeartbeatRequest,
  type GroupSnapshot,
  type HeartbeatResponse,
  type TopicPartition,
} from "../../src/core/group-coordinator.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";

const groupId = "g";
const tps = (topic: string, ...partitions: number[]): TopicPartition[] => partitions.map((partition) => ({ topic, partition }));

function group(partitionCounts: Record<string, number> = { t: 4 }): GroupCoordinator {
  return new GroupCoordinator({ groupId, partitionCounts: new Map(Object.entries(partitionCounts)) });
}

function join(c: GroupCoordinator, nowMs: number, extra: Partial<HeartbeatRequest> = {}): HeartbeatResponse {
  return c.heartbeat({ groupId, memberEpoch: 0, subscribedTopics: ["t"], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 5000, ...extra }, nowMs);
}

/** A heartbeat from a member that holds exactly what it was last told (it releases revoked partitions at once). */
function beat(c: GroupCoordinator, r: HeartbeatResponse, nowMs: number, extra: Partial<HeartbeatRequest> = {}): HeartbeatResponse {
  return c.heartbeat({ groupId, memberId: r.memberId, memberEpoch: r.memberEpoch, ownedPartitions: r.assignment, ...extra }, nowMs);
}

function codeOf(f: () => unknown): number | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ProtocolError) return e.code;
    throw e;
  }
  return undefined;
}

describe("membership", () => {
  it("a first member joins at group epoch 1 and gets every partition; ids and intervals come from the coordinator", () => {
    const c = group();
    const a = join(c, 0);
    expect(a).toEqual({ memberId: "member-1", memberEpoch: 1, assignment: tps("t", 0, 1, 2, 3), heartbeatIntervalMs: 3333 });
    expect(c.describe().state).toBe("stable");
    c.verify();
  });

  it("an injected id function names members", () => {
    let n = 0;
    const c = new GroupCoordinator({ groupId, partitionCounts: new Map([["t", 1]]), newMemberId: () => `id-${++n}` });
    expect(join(c, 0).memberId).toBe("id-1");
  });

  it("revokes before it assigns: a moved partition reaches the newcomer only after its owner acknowledged", () => {
    const c = group();
    let a = join(c, 0);
    let b = join(c, 10);
    expect(b.memberEpoch).toBe(2);
    expect(b.assignment).toEqual([]); // all four are still a's
    // a's heartbeat: the target gives it two; it keeps those and is told to give up the two that move.
    const aTold = c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 1, ownedPartitions: a.assignment }, 20);
    expect(aTold.memberEpoch).toBe(1); // stays at its epoch until it acknowledges
    expect(aTold.assignment).toHaveLength(2);
    const moving = a.assignment.filter((tp) => !aTold.assignment.some((k) => k.partition === tp.partition));
    expect(c.describe().members.find((m) => m.memberId === a.memberId)!.revoking).toEqual(moving);
    b = beat(c, b, 30);
    expect(b.assignment).toEqual([]); // not yet acknowledged
    // a acknowledges: ownedPartitions without the moving ones.
    a = beat(c, aTold, 40);
    expect(a.memberEpoch).toBe(2);
    expect(a.assignment).toEqual(aTold.assignment); // it gave up only what moved
    b = beat(c, b, 50);
    expect(b.assignment).toEqual(moving);
    expect(c.describe().state).toBe("stable");
    c.verify();
  });

  it("a heartbeat that changes nothing durable writes nothing", () => {
    const c = group();
    const a = join(c, 0);
    c.takeChanges();
    beat(c, a, 1000);
    beat(c, a, 2000);
    expect(c.takeChanges()).toEqual([]);
  });

  it("a leave (epoch -1) bumps the epoch and hands the leaver's partitions to the others; a second leave is harmless", () => {
    const c = group();
    let a = join(c, 0);
    let b = join(c, 1);
    a = beat(c, beat(c, a, 2), 3);
    b = beat(c, b, 4);
    expect(b.assignment).toHaveLength(2);
    const left = c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: -1 }, 5);
    expect(left).toMatchObject({ memberEpoch: -1, assignment: [] });
    expect(c.describe().groupEpoch).toBe(3);
    b = beat(c, b, 6);
    expect(b).toMatchObject({ memberEpoch: 3, assignment: tps("t", 0, 1, 2, 3) });
    expect(c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: -1 }, 7).memberEpoch).toBe(-1);
    expect(c.describe().groupEpoch).toBe(3);
  });

  it("changing the subscription bumps the epoch and revokes partitions of topics no longer subscribed", () => {
    const c = group({ t: 2, u: 2 });
    let a = join(c, 0, { subscribedTopics: ["t", "u"] });
    expect(a.assignment).toHaveLength(4);
    a = beat(c, a, 1, { subscribedTopics: ["u"] });
    expect(a).toMatchObject({ memberEpoch: 1, assignment: tps("u", 0, 1) });
    expect(c.describe().groupEpoch).toBe(2);
    a = beat(c, a, 2);
    expect(a).toMatchObject({ memberEpoch: 2, assignment: tps("u", 0, 1) });
  });

  it("members pick the assignor: the one most of them name", () => {
    const c = group({ t: 4 });
    let a = join(c, 0, { assignor: "range" });
    let b = join(c, 1, { assignor: "range" });
    a = beat(c, beat(c, a, 2), 3);
    b = beat(c, b, 4);
    expect(c.describe().assignor).toBe("range");
    expect([a.assignment, b.assignment]).toEqual([tps("t", 0, 1), tps("t", 2, 3)]);
    expect(codeOf(() => join(c, 5, { assignor: "sticky" }))).toBe(ErrorCode.UNSUPPORTED);
  });

  it("refuses malformed requests, changing nothing", () => {
    const c = group();
    const a = join(c, 0);
    c.takeChanges();
    expect(codeOf(() => c.heartbeat({ groupId, memberEpoch: 0 }, 1))).toBe(ErrorCode.INVALID_REQUEST); // join without subscription
    expect(codeOf(() => join(c, 1, { sessionTimeoutMs: 10 }))).toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => c.heartbeat({ groupId: "other", memberId: a.memberId, memberEpoch: 1 }, 1))).toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: -2 }, 1))).toBe(ErrorCode.INVALID_REQUEST); // -2 needs an instance id
    expect(c.takeChanges()).toEqual([]);
  });

  it("refuses a join past the group's partition bound with GROUP_FULL", () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 10; i++) counts[`big${i}`] = 1024;
    const c = group(counts);
    expect(codeOf(() => join(c, 0, { subscribedTopics: Object.keys(counts) }))).toBe(ErrorCode.GROUP_FULL);
    expect(c.describe().members).toEqual([]);
  });
});

describe("fencing", () => {
  it("a stale or future epoch is FENCED, an unknown member UNKNOWN_MEMBER; a fenced member rejoins with epoch 0 and its partitions come back without a bump", () => {
    const c = group();
    const a = join(c, 0);
    expect(codeOf(() => c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 7 }, 1))).toBe(ErrorCode.FENCED);
    expect(codeOf(() => c.heartbeat({ groupId, memberId: "nobody", memberEpoch: 1 }, 1))).toBe(ErrorCode.UNKNOWN_MEMBER);
    const b = join(c, 2); // epoch 2: a is now behind
    const aAt2 = beat(c, beat(c, a, 3), 4);
    expect(aAt2.memberEpoch).toBe(2);
    // Epoch 1 is a's previous epoch; holding a partition it no longer has, it cannot pass as a lost answer.
    expect(codeOf(() => c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 1, ownedPartitions: a.assignment }, 5))).toBe(ErrorCode.FENCED);
    const epochBefore = c.describe().groupEpoch;
    const again = c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 0, subscribedTopics: ["t"] }, 6);
    expect(again.memberId).toBe(a.memberId);
    expect(again.assignment).toEqual(aAt2.assignment);
    expect(c.describe().groupEpoch).toBe(epochBefore);
    beat(c, b, 7);
    c.verify();
  });

  it("accepts the previous epoch once when the answer that raised it was lost (the member holds only what it was given)", () => {
    const c = group();
    const a = join(c, 0);
    join(c, 1);
    const told = beat(c, a, 2); // epoch 1, two partitions to revoke
    const raised = beat(c, told, 3); // acknowledged: epoch 2 (this answer is "lost")
    expect(raised.memberEpoch).toBe(2);
    const retry = c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 1, ownedPartitions: told.assignment }, 4);
    expect(retry).toEqual({ ...raised, heartbeatIntervalMs: retry.heartbeatIntervalMs });
  });

  it("a commit with a stale epoch is FENCED; with the epoch before the last bump it passes for partitions still held", () => {
    const c = group();
    const a = join(c, 0);
    join(c, 1);
    const told = beat(c, a, 2);
    const raised = beat(c, told, 3);
    expect(raised.memberEpoch).toBe(2);
    const kept = raised.assignment[0];
    expect(c.commit({ memberId: a.memberId, memberEpoch: 1, offsets: [{ ...kept, offset: 5 }] }, 4)).toEqual({ ignored: [] });
    expect(codeOf(() => c.commit({ memberId: a.memberId, memberEpoch: 3, offsets: [{ ...kept, offset: 6 }] }, 4))).toBe(ErrorCode.FENCED);
    expect(codeOf(() => c.commit({ memberId: "nobody", memberEpoch: 1, offsets: [] }, 4))).toBe(ErrorCode.UNKNOWN_MEMBER);
  });
});

describe("expiry", () => {
  it("removes a member whose session timed out, at the time nextDeadlineMs names, and gives its partitions to the others", () => {
    const c = group();
    let a = join(c, 0);
    const b = join(c, 0);
    a = beat(c, beat(c, a, 0), 0);
    expect(c.nextDeadlineMs()).toBe(10_000);
    expect(c.expire(5000)).toEqual([]);
    a = beat(c, a, 5000); // a heartbeats; b never does again
    expect(c.expire(9999)).toEqual([]);
    expect(c.expire(10_000)).toEqual([{ memberId: b.memberId, reason: "session" }]);
    a = beat(c, a, 10_001);
    expect(a.assignment).toEqual(tps("t", 0, 1, 2, 3));
    expect(c.nextDeadlineMs()).toBe(20_001);
  });

  it("removes a member that does not acknowledge a revocation within its rebalance timeout", () => {
    const c = group();
    const a = join(c, 0);
    let b = join(c, 0);
    beat(c, a, 100); // told to revoke two partitions at 100; never acknowledges
    for (let t = 1000; t <= 5000; t += 1000) {
      c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: 1, ownedPartitions: a.assignment }, t); // still owns them
      b = beat(c, b, t);
    }
    expect(b.assignment).toEqual([]);
    expect(c.nextDeadlineMs()).toBe(5100);
    expect(c.expire(5100)).toEqual([{ memberId: a.memberId, reason: "rebalance" }]);
    b = beat(c, b, 5200);
    expect(b.assignment).toEqual(tps("t", 0, 1, 2, 3));
  });
});

describe("static membership", () => {
  function twoStatic() {
    const c = group();
    let a = join(c, 0, { groupInstanceId: "tab-a" });
    let b = join(c, 0, { groupInstanceId: "tab-b" });
    a = beat(c, beat(c, a, 0), 0);
    b = beat(c, b, 0);
    return { c, a, b };
  }

  it("a member back within its session timeout (after a -2 leave) gets its partitions back under a new id, with no rebalance of the others", () => {
    const { c, a, b } = twoStatic();
    c.takeChanges();
    const before = c.describe();
    expect(c.heartbeat({ groupId, memberId: a.memberId, groupInstanceId: "tab-a", memberEpoch: -2 }, 1000).memberEpoch).toBe(-2);
    expect(c.describe().members.find((m) => m.memberId === a.memberId)!.state).toBe("left");
    expect(beat(c, b, 2000)).toEqual(b); // b sees nothing
    const back = join(c, 3000, { groupInstanceId: "tab-a" });
    expect(back.memberId).not.toBe(a.memberId);
    expect(back.assignment).toEqual(a.assignment);
    expect(back.memberEpoch).toBe(a.memberEpoch);
    const after = c.describe();
    expect(after.groupEpoch).toBe(before.groupEpoch);
    expect(after.members.find((m) => m.memberId === b.memberId)).toEqual(before.members.find((m) => m.memberId === b.memberId));
    expect(c.takeChanges().map((ch) => ch.key).sort()).toEqual([a.memberId, back.memberId, "g"].sort()); // b's record untouched
    expect(codeOf(() => beat(c, a, 3001))).toBe(ErrorCode.UNKNOWN_MEMBER);
  });

  it("a new incarnation that never saw a leave (a killed tab) takes over; the old member id is FENCED_INSTANCE_ID", () => {
    const { c, a, b } = twoStatic();
    const epoch = c.describe().groupEpoch;
    const back = join(c, 1000, { groupInstanceId: "tab-a" });
    expect(back.assignment).toEqual(a.assignment);
    expect(c.describe().groupEpoch).toBe(epoch);
    expect(codeOf(() => beat(c, a, 1001, { groupInstanceId: "tab-a" }))).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(codeOf(() => c.commit({ memberId: a.memberId, memberEpoch: a.memberEpoch, offsets: [] }, 1001))).toBe(ErrorCode.UNKNOWN_MEMBER);
    expect(beat(c, b, 1002)).toEqual(b);
  });

  it("a static member that stays away past its session timeout is removed and its partitions rebalance", () => {
    const { c, a, b } = twoStatic();
    c.heartbeat({ groupId, memberId: a.memberId, groupInstanceId: "tab-a", memberEpoch: -2 }, 1000);
    let bb = beat(c, b, 9000);
    expect(c.nextDeadlineMs()).toBe(11_000);
    expect(c.expire(11_000)).toEqual([{ memberId: a.memberId, reason: "session" }]);
    bb = beat(c, bb, 11_001);
    expect(bb.assignment).toEqual(tps("t", 0, 1, 2, 3));
  });
});

describe("topics", () => {
  it("new partitions of a subscribed topic are assigned; a deleted topic's partitions are revoked and its offsets dropped", () => {
    const c = group({ t: 2, u: 1 });
    let a = join(c, 0, { subscribedTopics: ["t", "u"] });
    c.commit({ memberId: a.memberId, memberEpoch: a.memberEpoch, offsets: [{ topic: "u", partition: 0, offset: 9 }] }, 1);
    c.topicsChanged(new Map([["t", 3], ["u", 1]]));
    a = beat(c, a, 2);
    expect(a.assignment).toEqual([...tps("t", 0, 1, 2), ...tps("u", 0)]);
    c.topicsChanged(new Map([["t", 3]]));
    expect(c.committed()).toEqual([]);
    const told = beat(c, a, 3);
    expect(told.assignment).toEqual(tps("t", 0, 1, 2));
    // Committing the deleted partition while revoking it is not an error, but nothing is stored.
    expect(c.commit({ memberId: a.memberId, memberEpoch: told.memberEpoch, offsets: [{ topic: "u", partition: 0, offset: 10 }] }, 4)).toEqual({
      ignored: [{ topic: "u", partition: 0, reason: "deleted" }],
    });
    a = beat(c, told, 5);
    expect(c.describe().state).toBe("stable");
  });
});

describe("offsets", () => {
  it("accepts commits for held and revoking partitions, refuses others, and never moves an offset backwards", () => {
    const c = group();
    const a = join(c, 0);
    const commit = (offsets: { partition: number; offset: number; metadata?: string }[], epoch = a.memberEpoch) =>
      c.commit({ memberId: a.memberId, memberEpoch: epoch, offsets: offsets.map((o) => ({ topic: "t", ...o })) }, 100);
    expect(commit([{ partition: 0, offset: 10, metadata: "m" }])).toEqual({ ignored: [] });
    expect(commit([{ partition: 0, offset: 4 }])).toEqual({ ignored: [{ topic: "t", partition: 0, reason: "behind" }] });
    expect(c.committed(tps("t", 0, 1))).toEqual([{ topic: "t", partition: 0, offset: 10, metadata: "m", committedAtMs: 100 }]);
    expect(codeOf(() => commit([{ partition: 0, offset: -1 }]))).toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => commit([{ partition: 0, offset: 11, metadata: "x".repeat(groupLimits.offsetMetadataLengthMax + 1) }]))).toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => commit([{ partition: 1, offset: 1 }, { partition: 1, offset: 2 }]))).toBe(ErrorCode.INVALID_REQUEST);
    join(c, 1); // b joins; a will be told to revoke two partitions
    const told = beat(c, a, 2);
    const revoking = c.describe().members.find((m) => m.memberId === a.memberId)!.revoking;
    expect(revoking).toHaveLength(2);
    expect(commit([{ partition: revoking[0].partition, offset: 3 }], told.memberEpoch)).toEqual({ ignored: [] });
    beat(c, told, 3); // acknowledged: no longer a's
    expect(codeOf(() => commit([{ partition: revoking[0].partition, offset: 4 }], 2))).toBe(ErrorCode.INVALID_REQUEST);
  });

  it("admin commits and deletes only while the group is empty; they may move an offset backwards (the explicit reset)", () => {
    const c = group();
    const a = join(c, 0);
    c.commit({ memberId: a.memberId, memberEpoch: 1, offsets: [{ topic: "t", partition: 0, offset: 50 }] }, 1);
    expect(codeOf(() => c.adminCommit([{ topic: "t", partition: 0, offset: 0 }], 2))).toBe(ErrorCode.GROUP_NOT_EMPTY);
    expect(codeOf(() => c.deleteOffsets())).toBe(ErrorCode.GROUP_NOT_EMPTY);
    c.heartbeat({ groupId, memberId: a.memberId, memberEpoch: -1 }, 3);
    c.adminCommit([{ topic: "t", partition: 0, offset: 7 }], 4);
    expect(c.committed()[0].offset).toBe(7);
    expect(codeOf(() => c.adminCommit([{ topic: "nope", partition: 0, offset: 0 }], 5))).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect(codeOf(() => c.adminCommit([{ topic: "t", partition: 9, offset: 0 }], 5))).toBe(ErrorCode.UNKNOWN_PARTITION);
    c.deleteOffsets(tps("t", 0));
    expect(c.committed()).toEqual([]);
  });
});

describe("durable state", () => {
  it("snapshot → JSON → restore gives the same describe(); the change feed folds into the same snapshot", () => {
    const c = group({ t: 4, u: 2 });
    const fed = applyGroupChanges(null, c.takeChanges());
    let a = join(c, 0, { subscribedTopics: ["t", "u"], groupInstanceId: "i" });
    const b = join(c, 1, { subscribedTopics: ["t"] });
    a = beat(c, a, 2); // a is now revoking
    c.commit({ memberId: b.memberId, memberEpoch: b.memberEpoch, offsets: [] }, 3);
    c.commit({ memberId: a.memberId, memberEpoch: a.memberEpoch, offsets: [{ topic: "u", partition: 1, offset: 12, metadata: "why" }] }, 3);
    const snapshot = JSON.parse(JSON.stringify(c.snapshot()));
    const restored = GroupCoordinator.restore(snapshot, 100_000);
    expect(restored.describe()).toEqual(c.describe());
    expect(restored.snapshot()).toEqual(c.snapshot());
    expect(restored.takeChanges()).toEqual([]);
    expect(applyGroupChanges(fed, c.takeChanges())).toEqual(c.snapshot());
  });

  it("after a restore, members are alive until their session timeout counted from the restore", () => {
    const c = group();
    const a = join(c, 0);
    const restored = GroupCoordinator.restore(c.snapshot(), 60_000);
    expect(restored.nextDeadlineMs()).toBe(70_000);
    expect(restored.expire(69_999)).toEqual([]);
    expect(beat(restored, a, 69_999)).toEqual(a);
    expect(restored.expire(79_998)).toEqual([]);
    expect(restored.expire(79_999)).toEqual([{ memberId: a.memberId, reason: "session" }]);
  });
});

// ---- The seeded simulation ----
//
// Simulated members drive one coordinator through random sequences of joins (static and dynamic), heartbeats
// (some acknowledging revocations late, some whose answers are lost), subscription changes, leaves (-1 and
// -2), crashes (a process that stops and may come back as a new incarnation), clock advances with expiry,
// topic growth and deletion, commits (some behind) and admin resets, and restores from a JSON snapshot.
// After every step: (1) no partition is held by two members (the coordinator's view, and what each member
// that is still in the group physically holds lies within it), and a commit is accepted only from the
// partition's holder; (3) no committed offset goes backwards except by an admin reset; (4) restore(snapshot)
// describes the same group, and the change feed folded from the start equals the snapshot. When the random
// changes stop and the live members keep heartbeating: (2) the group is stable, every subscribed partition is
// held by exactly one subscriber, and "uniform" is balanced. The seed is printed on failure (GROUP_SEED=...).

const simTopics = ["t0", "t1", "t2"];
const slotCount = 5;
const simSeed = Number(process.env.GROUP_SEED ?? 20260711);

type Op =
  | { kind: "join"; pick: number; topics: string[]; lost: boolean }
  | { kind: "heartbeat"; pick: number; late: boolean; lost: boolean }
  | { kind: "subscribe"; pick: number; topics: string[] }
  | { kind: "leave"; pick: number; temporary: boolean }
  | { kind: "crash"; pick: number }
  | { kind: "advance"; ms: number }
  | { kind: "topics"; topic: string; count: number }
  | { kind: "commit"; pick: number; delta: number; behind: boolean }
  | { kind: "reset"; topic: string; partition: number; offset: number }
  | { kind: "restore" };

interface SlotConfig {
  isStatic: boolean;
  assignor: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
}

interface Sim {
  slot: number;
  config: SlotConfig;
  /** The process runs. */
  alive: boolean;
  /** It wants to be in the group (joined and did not leave). */
  wantsIn: boolean;
  memberId: string | null;
  /** 0 = must (re)join. */
  epoch: number;
  /** What it physically holds (consumes, may commit). */
  held: Set<string>;
  /** Held partitions it was told to give up and has not yet dropped. */
  revoked: Set<string>;
  subscription: string[];
}

const keyOf = (tp: TopicPartition) => `${tp.topic}:${tp.partition}`;
const toTp = (key: string): TopicPartition => ({ topic: key.slice(0, key.lastIndexOf(":")), partition: Number(key.slice(key.lastIndexOf(":") + 1)) });

function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

class World {
  c: GroupCoordinator;
  nowMs = 1_000_000;
  readonly sims: Sim[];
  readonly partitionCounts: Map<string, number>;
  /** The snapshot folded from every change the coordinator reported (what a host would have stored). */
  persisted: GroupSnapshot;
  /** The last committed offset seen per partition: no later one may be lower, except after a reset. */
  floors = new Map<string, number>();
  readonly log: string[] = [];

  constructor(configs: SlotConfig[], counts: number[]) {
    this.partitionCounts = new Map(simTopics.map((t, i) => [t, counts[i]] as [string, number]).filter(([, n]) => n > 0));
    this.c = new GroupCoordinator({ groupId, partitionCounts: this.partitionCounts });
    this.persisted = applyGroupChanges(null, this.c.takeChanges());
    this.sims = configs.map((config, slot) => ({ slot, config, alive: false, wantsIn: false, memberId: null, epoch: 0, held: new Set(), revoked: new Set(), subscription: [] }));
  }

  private fenced(sim: Sim, e: unknown): void {
    if (!(e instanceof ProtocolError)) throw e;
    ensure(
      e.code === ErrorCode.FENCED || e.code === ErrorCode.UNKNOWN_MEMBER,
      `slot ${sim.slot}: unexpected ${e.name}: ${e.message}`,
    );
    // Fenced or forgotten: drop everything and rejoin with epoch 0 (a dynamic member keeps its id after FENCED).
    sim.held.clear();
    sim.revoked.clear();
    sim.epoch = 0;
    if (e.code === ErrorCode.UNKNOWN_MEMBER || sim.config.isStatic) sim.memberId = null;
  }

  private apply(sim: Sim, r: HeartbeatResponse): void {
    sim.memberId = r.memberId;
    sim.epoch = r.memberEpoch;
    const assignment = new Set(r.assignment.map(keyOf));
    for (const key of sim.held) if (!assignment.has(key)) sim.revoked.add(key);
    for (const key of assignment) {
      sim.held.add(key);
      sim.revoked.delete(key);
    }
  }

  private release(sim: Sim): void {
    for (const key of sim.revoked) sim.held.delete(key);
    sim.revoked.clear();
  }

  private send(sim: Sim, req: HeartbeatRequest, lost = false): void {
    let r: HeartbeatResponse;
    try {
      r = this.c.heartbeat(req, this.nowMs);
    } catch (e) {
      this.fenced(sim, e);
      return;
    }
    if (!lost) this.apply(sim, r);
  }

  join(sim: Sim, topics: string[], lost = false): void {
    if (!sim.alive) {
      // A new process (a first start, or a crashed one restarted): it holds nothing and knows no member id.
      Object.assign(sim, { alive: true, memberId: null, epoch: 0, held: new Set(), revoked: new Set() });
    }
    sim.wantsIn = true;
    sim.subscription = [...topics].sort();
    const instanceId = sim.config.isStatic ? `inst-${sim.slot}` : undefined;
    const before = this.c.describe();
    const previous = before.members.find((m) => instanceId !== undefined && m.groupInstanceId === instanceId);
    const quietReturn = previous !== undefined && previous.subscribedTopics.join() === sim.subscription.join() && previous.assignor === sim.config.assignor;
    this.send(
      sim,
      {
        groupId,
        memberId: sim.memberId ?? undefined,
        groupInstanceId: instanceId,
        memberEpoch: 0,
        subscribedTopics: topics,
        ownedPartitions: [...sim.held].map(toTp),
        sessionTimeoutMs: sim.config.sessionTimeoutMs,
        rebalanceTimeoutMs: sim.config.rebalanceTimeoutMs,
        assignor: sim.config.assignor,
      },
      lost,
    );
    if (quietReturn) {
      // Static membership: a returning instance changes neither the group epoch nor any other member.
      const after = this.c.describe();
      ensure(after.groupEpoch === before.groupEpoch, `static return of inst-${sim.slot} bumped the epoch ${before.groupEpoch} → ${after.groupEpoch}`);
      for (const m of before.members) {
        if (m.memberId === previous.memberId) continue;
        ensure(JSON.stringify(after.members.find((x) => x.memberId === m.memberId)) === JSON.stringify(m), `static return of inst-${sim.slot} changed ${m.memberId}`);
      }
    }
  }

  heartbeat(sim: Sim, opts: { late?: boolean; lost?: boolean; subscribedTopics?: string[] } = {}): void {
    if (!opts.late) this.release(sim);
    if (opts.subscribedTopics !== undefined) sim.subscription = [...opts.subscribedTopics].sort();
    this.send(
      sim,
      {
        groupId,
        memberId: sim.memberId!,
        groupInstanceId: sim.config.isStatic ? `inst-${sim.slot}` : undefined,
        memberEpoch: sim.epoch,
        ownedPartitions: [...sim.held].map(toTp),
        subscribedTopics: opts.subscribedTopics,
      },
      opts.lost,
    );
  }

  commit(sim: Sim, delta: number, behind: boolean): void {
    const offsets = [...sim.held].map((key) => {
      const floor = this.floors.get(key) ?? 0;
      return { ...toTp(key), offset: behind && floor > 0 ? floor - 1 : floor + delta, metadata: `slot ${sim.slot}` };
    });
    const before = this.c.describe();
    let result;
    try {
      result = this.c.commit({ memberId: sim.memberId!, memberEpoch: sim.epoch, offsets }, this.nowMs);
    } catch (e) {
      this.fenced(sim, e);
      return;
    }
    // Only the partition's holder, as the coordinator sees it, may commit it.
    const m = before.members.find((x) => x.memberId === sim.memberId);
    ensure(m !== undefined && m.state !== "left", `commit accepted from ${sim.memberId}, not in the group`);
    const holds = new Set([...m.assigned, ...m.revoking].map(keyOf));
    for (const o of offsets) ensure(holds.has(keyOf(o)), `commit of ${keyOf(o)} accepted from ${sim.memberId}, which does not hold it`);
    for (const ig of result.ignored) if (ig.reason === "behind") ensure(offsets.find((o) => keyOf(o) === keyOf(ig))!.offset < this.floors.get(keyOf(ig))!, "a commit ignored as behind was not behind");
  }

  step(op: Op): void {
    this.log.push(JSON.stringify(op));
    // `pick` chooses among the members the op applies to (joining: those out of the group; else those in it).
    const isIn = (s: Sim) => s.alive && s.epoch !== 0 && s.memberId !== null;
    const candidates = this.sims.filter((s) => (op.kind === "join" ? !isIn(s) : op.kind === "crash" ? s.alive : isIn(s)));
    const sim = "pick" in op && candidates.length > 0 ? candidates[op.pick % candidates.length] : null;
    const joined = sim !== null && isIn(sim);
    switch (op.kind) {
      case "join":
        if (sim !== null) this.join(sim, op.topics, op.lost);
        break;
      case "heartbeat":
        if (joined) this.heartbeat(sim!, op);
        break;
      case "subscribe":
        if (joined) this.heartbeat(sim!, { subscribedTopics: op.topics });
        break;
      case "leave":
        if (!joined) break;
        this.c.heartbeat({ groupId, memberId: sim!.memberId!, groupInstanceId: sim!.config.isStatic ? `inst-${sim!.slot}` : undefined, memberEpoch: op.temporary && sim!.config.isStatic ? -2 : -1 }, this.nowMs);
        Object.assign(sim!, { wantsIn: false, memberId: null, epoch: 0, held: new Set(), revoked: new Set() });
        break;
      case "crash":
        if (sim === null) break;
        Object.assign(sim, { alive: false, wantsIn: false, memberId: null, epoch: 0, held: new Set(), revoked: new Set() });
        break;
      case "advance": {
        const dueMs = this.c.nextDeadlineMs();
        this.nowMs += op.ms;
        const expired = this.c.expire(this.nowMs);
        ensure((expired.length > 0) === (dueMs !== null && this.nowMs >= dueMs), `expire at ${this.nowMs} removed ${expired.length}, nextDeadlineMs said ${dueMs}`);
        break;
      }
      case "topics":
        if (op.count === 0) this.partitionCounts.delete(op.topic);
        else this.partitionCounts.set(op.topic, op.count);
        this.c.topicsChanged(this.partitionCounts);
        break;
      case "commit":
        if (joined && sim!.held.size > 0) this.commit(sim!, op.delta, op.behind);
        break;
      case "reset": {
        const memberCount = this.c.describe().members.length;
        const count = this.partitionCounts.get(op.topic);
        const expected = memberCount > 0 ? ErrorCode.GROUP_NOT_EMPTY : count === undefined ? ErrorCode.UNKNOWN_TOPIC : op.partition >= count ? ErrorCode.UNKNOWN_PARTITION : undefined;
        const got = codeOf(() => this.c.adminCommit([op], this.nowMs));
        ensure(got === expected, `adminCommit gave ${got}, expected ${expected}`);
        if (got === undefined) this.floors.set(`${op.topic}:${op.partition}`, op.offset);
        break;
      }
      case "restore":
        this.c = GroupCoordinator.restore(JSON.parse(JSON.stringify(this.c.snapshot())), this.nowMs);
        break;
    }
    this.check();
  }

  /** The invariants after a step; `exact` adds the restore and change-feed comparisons (the costly part). */
  check(exact = true): void {
    const c = this.c;
    c.verify();
    const d = c.describe();
    // (1) The coordinator's view: assigned and revoking partitions of all members are disjoint.
    const holder = new Map<string, string>();
    for (const m of d.members) {
      for (const tp of [...m.assigned, ...m.revoking]) {
        const key = keyOf(tp);
        ensure(!holder.has(key), `${key} held by ${holder.get(key)} and ${m.memberId}`);
        holder.set(key, m.memberId);
      }
    }
    // (1) What each member still in the group physically holds lies within what the coordinator counts as its.
    for (const sim of this.sims) {
      const m = d.members.find((x) => x.memberId === sim.memberId && x.state !== "left");
      if (!sim.alive || m === undefined) continue;
      for (const key of sim.held) ensure(holder.get(key) === m.memberId, `slot ${sim.slot} (${m.memberId}) holds ${key}, which the coordinator gives to ${holder.get(key)}`);
    }
    // (3) Committed offsets never go backwards (an admin reset updated the floor before this check).
    const committed = new Map(c.committed().map((o) => [keyOf(o), o.offset]));
    for (const [key, offset] of committed) {
      const floor = this.floors.get(key);
      ensure(floor === undefined || offset >= floor, `committed offset of ${key} went back from ${floor} to ${offset}`);
    }
    this.floors = committed;
    if (!exact) return;
    // (4) Restore from the snapshot describes the same group; the change feed folds into the same snapshot.
    const snapshot = c.snapshot();
    const restored = GroupCoordinator.restore(JSON.parse(JSON.stringify(snapshot)), this.nowMs);
    ensure(JSON.stringify(restored.describe()) === JSON.stringify(d), "restore(snapshot).describe() differs");
    this.persisted = applyGroupChanges(this.persisted, c.takeChanges());
    ensure(JSON.stringify(this.persisted) === JSON.stringify(snapshot), "the change feed does not fold into the snapshot");
  }

  /**
   * No more changes: live members heartbeat (releasing at once) until every dead or silent member has
   * expired (a session, counted from its last heartbeat or leave) and a few rounds more for the moves.
   */
  settle(): void {
    const tickMs = 450;
    let ticks = Math.ceil(simSessionTimeoutMsMax / tickMs) + 6;
    while (ticks-- > 0) {
      this.nowMs += tickMs;
      for (const sim of this.sims) {
        if (!sim.alive || !sim.wantsIn) continue;
        if (sim.epoch === 0 || sim.memberId === null) this.join(sim, sim.subscription);
        else this.heartbeat(sim);
      }
      this.c.expire(this.nowMs);
      this.check(ticks === 0);
    }
    const d = this.c.describe();
    ensure(d.state === (d.members.length === 0 ? "empty" : "stable"), `${d.state} after settling: ${JSON.stringify(d.members.map((m) => [m.memberId, m.state]))}`);
    const live = this.sims.filter((s) => s.alive && s.wantsIn);
    ensure(
      JSON.stringify(d.members.map((m) => m.memberId).sort()) === JSON.stringify(live.map((s) => s.memberId).sort()),
      `members ${d.members.map((m) => m.memberId)} vs live ${live.map((s) => s.memberId)}`,
    );
    // (2) Every partition of a subscribed topic is held by exactly one member subscribed to it.
    const owner = new Map<string, string>();
    for (const m of d.members) {
      const sim = live.find((s) => s.memberId === m.memberId)!;
      ensure(JSON.stringify([...sim.held].sort()) === JSON.stringify(m.assigned.map(keyOf).sort()), `${m.memberId} holds ${[...sim.held]} but is assigned ${m.assigned.map(keyOf)}`);
      for (const tp of m.assigned) {
        ensure(m.subscribedTopics.includes(tp.topic), `${m.memberId} holds ${keyOf(tp)} without subscribing`);
        owner.set(keyOf(tp), m.memberId);
      }
    }
    const subscribed = new Set(d.members.flatMap((m) => m.subscribedTopics));
    for (const [topic, count] of this.partitionCounts) {
      if (!subscribed.has(topic)) continue;
      for (let p = 0; p < count; p++) ensure(owner.has(`${topic}:${p}`), `${topic}:${p} has no owner after settling`);
    }
    if (d.assignor === "uniform") {
      for (const a of d.members) {
        for (const b of d.members) {
          if (a.subscribedTopics.join() !== b.subscribedTopics.join()) continue;
          ensure(Math.abs(a.assigned.length - b.assigned.length) <= 1, `uniform unbalanced: ${a.memberId} ${a.assigned.length}, ${b.memberId} ${b.assigned.length}`);
        }
      }
    }
  }
}

const sessionTimeoutChoicesMs = [1000, 3000, 10_000];
const rebalanceTimeoutChoicesMs = [1000, 2000, 5000];
const simSessionTimeoutMsMax = Math.max(...sessionTimeoutChoicesMs);

const pickArb = fc.nat(99);
const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);
const topicsArb = fc.subarray(simTopics, { minLength: 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("join" as const), pick: pickArb, topics: topicsArb, lost: rarely }) },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant("heartbeat" as const),
      pick: pickArb,
      late: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      lost: rarely,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("subscribe" as const), pick: pickArb, topics: topicsArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick: pickArb, temporary: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("crash" as const), pick: pickArb }) },
  // Mostly short steps (members keep up), sometimes long enough to expire sessions and revocations.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("advance" as const), ms: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 800 }) }, fc.integer({ min: 800, max: 6000 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("topics" as const), topic: fc.constantFrom(...simTopics), count: fc.integer({ min: 0, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("commit" as const), pick: pickArb, delta: fc.integer({ min: 0, max: 5 }), behind: rarely }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reset" as const), topic: fc.constantFrom(...simTopics), partition: fc.integer({ min: 0, max: 5 }), offset: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("restore" as const) }) },
);
const slotConfigArb: fc.Arbitrary<SlotConfig> = fc.record({
  isStatic: fc.boolean(),
  assignor: fc.constantFrom(null, null, null, "uniform", "range"),
  sessionTimeoutMs: fc.constantFrom(...sessionTimeoutChoicesMs),
  rebalanceTimeoutMs: fc.constantFrom(...rebalanceTimeoutChoicesMs),
});

describe("group simulation (seeded, fast-check)", () => {
  it("no double ownership, offsets never go back, restore is exact, and the group settles complete and balanced", () => {
    fc.assert(
      fc.property(
        fc.array(slotConfigArb, { minLength: slotCount, maxLength: slotCount }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: simTopics.length, maxLength: simTopics.length }),
        fc.array(opArb, { minLength: 1, maxLength: 80, size: "max" }),
        (configs, counts, ops) => {
          const world = new World(configs, counts);
          for (const op of ops) world.step(op);
          world.settle();
        },
      ),
      { seed: simSeed, numRuns: 250 },
    );
  });
});
