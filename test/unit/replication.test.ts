// The core of replication without I/O (src/core/replication.ts): the controller's decisions, the leader's
// view of its followers (high watermark, ISR changes), where diverged logs part, and the nearest region.
import { describe, expect, it } from "vitest";
import { alterIsr, divergenceOffset, electLeader, EpochHistory, LeaderView, nearestRegion, resolveReplication } from "../../src/core/replication.ts";
import { ErrorCode, ProtocolError } from "../../src/protocol/errors.ts";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof ProtocolError ? err.code : "not a ProtocolError";
  }
  return "no error";
};

describe("topic config", () => {
  it("fills defaults and refuses what cannot be placed", () => {
    expect(resolveReplication({}, 1)).toMatchObject({ replicas: 1, minInsyncReplicas: 1 });
    expect(resolveReplication({ replicas: 3, regions: ["wnam", "weur", "apac"], minInsyncReplicas: 2 }, 9)).toMatchObject({ replicas: 3, minInsyncReplicas: 2, replicaLagMaxMs: 10_000 });
    expect(code(() => resolveReplication({ replicas: 3, regions: ["wnam", "weur", "apac"] }, 1))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(() => resolveReplication({ replicas: 3, regions: ["wnam", "weur"] }, 9))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(() => resolveReplication({ replicas: 2, regions: ["wnam", "wnam"] }, 9))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(() => resolveReplication({ replicas: 2, regions: ["wnam", "mars"] }, 9))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(() => resolveReplication({ replicas: 2, regions: ["wnam", "weur"], minInsyncReplicas: 3 }, 9))).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe("the controller", () => {
  const lead = { leader: "a", epoch: 4, isr: ["a", "b", "c"] };
  it("elects the in-sync replica with the longest log, drops the old leader from the ISR and bumps the epoch", () => {
    expect(electLeader(lead, new Map([["b", 10], ["c", 12]]))).toEqual({ leader: "c", epoch: 5, isr: ["c", "b"] });
    expect(electLeader(lead, new Map([["b", 10]]))).toEqual({ leader: "b", epoch: 5, isr: ["b", "c"] });
  });
  it("never elects outside the ISR (no unclean election): NOT_LEADER until one comes back", () => {
    expect(code(() => electLeader({ leader: "a", epoch: 1, isr: ["a"] }, new Map([["b", 100]])))).toBe(ErrorCode.NOT_LEADER);
  });
  it("moves leadership on request to an in-sync replica, keeping the old leader in the ISR", () => {
    expect(electLeader(lead, new Map([["b", 10], ["c", 12]]), "b")).toEqual({ leader: "b", epoch: 5, isr: ["b", "a", "c"] });
    expect(code(() => electLeader({ ...lead, isr: ["a", "b"] }, new Map([["b", 1], ["c", 1]]), "c"))).toBe(ErrorCode.INVALID_REQUEST);
  });
  it("takes ISR changes only from the current leader in the current epoch", () => {
    expect(alterIsr(lead, "a", 4, ["a", "b"], ["a", "b", "c"])).toEqual({ leader: "a", epoch: 4, isr: ["a", "b"] });
    expect(code(() => alterIsr(lead, "a", 3, ["a"], ["a", "b", "c"]))).toBe(ErrorCode.FENCED);
    expect(code(() => alterIsr(lead, "b", 4, ["b"], ["a", "b", "c"]))).toBe(ErrorCode.FENCED);
    expect(code(() => alterIsr(lead, "a", 4, ["b"], ["a", "b", "c"]))).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe("the leader's view", () => {
  const config = { minInsyncReplicas: 2, replicaLagMaxMs: 1000 };
  it("puts the high watermark at the slowest in-sync replica, never below the floor", () => {
    const v = new LeaderView("a", 0, ["a", "b", "c"], ["a", "b", "c"], config, 0);
    expect(v.highWatermark(50, 10)).toBe(10);
    v.acked("b", 40, 50, 0);
    v.acked("c", 30, 50, 0);
    expect(v.highWatermark(50, 10)).toBe(30);
  });
  it("drops a follower that has not caught up within replicaLagMaxMs, and counts it until the controller agrees", () => {
    const v = new LeaderView("a", 0, ["a", "b", "c"], ["a", "b", "c"], config, 0);
    v.acked("b", 50, 50, 100);
    v.acked("c", 20, 50, 100);
    expect(v.wantedIsr(50, 20, 500)).toBeNull();
    const wanted = v.wantedIsr(50, 20, 1200);
    expect(wanted).toEqual(["a", "b"]);
    v.asking(wanted!);
    expect(v.highWatermark(50, 0)).toBe(20);
    v.answered(wanted);
    expect(v.highWatermark(50, 0)).toBe(50);
    expect(v.enoughInSync()).toBe(true);
  });
  it("adds a follower back once it reached the high watermark, counting it from the moment it asks", () => {
    const v = new LeaderView("a", 0, ["a", "b", "c"], ["a", "b"], config, 0);
    v.acked("b", 50, 50, 0);
    v.acked("c", 50, 50, 0);
    const wanted = v.wantedIsr(50, 50, 10);
    expect(wanted).toEqual(["a", "b", "c"]);
    v.asking(wanted!);
    expect(v.maximalIsr.sort()).toEqual(["a", "b", "c"]);
  });
});

describe("epochs and divergence", () => {
  it("finds where a follower's log stops agreeing with the leader's", () => {
    const leader = new EpochHistory([{ epoch: 0, startOffset: 0 }, { epoch: 2, startOffset: 10 }]);
    // The follower wrote epoch 1 as a leader that lost its place, from offset 8: it keeps 0..7.
    expect(divergenceOffset({ history: leader, logEnd: 20 }, { history: [{ epoch: 0, startOffset: 0 }, { epoch: 1, startOffset: 8 }], logEnd: 12, logStart: 0 })).toBe(8);
    // A follower behind in epoch 2 keeps everything.
    expect(divergenceOffset({ history: leader, logEnd: 20 }, { history: [{ epoch: 0, startOffset: 0 }, { epoch: 2, startOffset: 10 }], logEnd: 15, logStart: 0 })).toBe(15);
    // A follower whose epoch 0 ran past the leader's: cut at the leader's end of epoch 0.
    expect(divergenceOffset({ history: leader, logEnd: 20 }, { history: [{ epoch: 0, startOffset: 0 }], logEnd: 14, logStart: 0 })).toBe(10);
    expect(leader.endOffsetFor(1, 20)).toEqual({ epoch: 0, endOffset: 10 });
    expect(leader.endOffsetFor(2, 20)).toEqual({ epoch: 2, endOffset: 20 });
  });
});

describe("nearest region", () => {
  it("picks the replica nearest the caller's position, or none when it is unknown", () => {
    const regions = ["wnam", "weur", "apac"];
    expect(nearestRegion({ latitude: "48.85", longitude: "2.35" }, regions)).toBe("weur");
    expect(nearestRegion({ latitude: 35.68, longitude: 139.69 }, regions)).toBe("apac");
    expect(nearestRegion({ latitude: 40.7, longitude: -74 }, regions)).toBe("wnam");
    expect(nearestRegion({}, regions)).toBeNull();
    expect(nearestRegion(undefined, regions)).toBeNull();
  });
});
