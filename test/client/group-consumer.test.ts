// The group consumer's side of the protocol, frame by frame, against the fake broker with a real
// GroupCoordinator (src/core) behind it and errors injected on demand: a revocation waits for the handler
// in flight, commits, and only then acknowledges; FENCED, UNKNOWN_MEMBER, FENCED_INSTANCE_ID and
// NOT_COORDINATOR get the coordinator's advised answers; a GroupChanged push heartbeats at once; leaving a
// loop or closing commits only finished records and leaves with -1 (or -2 when static).
import { describe, expect, it } from "vitest";
import { Edgelog, FencedError, type GroupConsumer, type GroupConsumerOptions } from "../../client/index.ts";
import { GroupCoordinator, type TopicPartition } from "../../src/core/group-coordinator.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import type { DecodedFrame, Frame, pb } from "../../src/protocol/frames.ts";
import { FakeBroker, type FakeSocket } from "./fake-broker.ts";

const text = new TextDecoder();
const GROUP = "g";
/** Timer heartbeats never come within a test: every heartbeat here has a cause the test controls. */
const HEARTBEAT_INTERVAL_MS = 600_000;

/**
 * The group family over a real coordinator. It pushes GroupChanged to every member socket whenever what
 * any member holds moved, releases included (the Node broker pushes on epoch moves only), so partitions
 * released by one member reach the next without a timer.
 */
class FakeCoordinator {
  readonly coordinator: GroupCoordinator;
  /** Error code for the next heartbeat, then cleared. */
  failNextHeartbeat: number | null = null;
  private readonly sockets = new Set<FakeSocket>();

  constructor(
    private readonly broker: FakeBroker,
    partitionCounts: Map<string, number>,
  ) {
    this.coordinator = new GroupCoordinator({ groupId: GROUP, partitionCounts, heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS });
    broker.extraHandler = (socket, f) => this.handle(socket, f);
  }

  /** Pushes GroupChanged to every member socket. */
  pushChanged(): void {
    for (const s of this.sockets) s.deliver({ correlationId: 0, groupChanged: { groupId: GROUP, groupEpoch: this.coordinator.describe().groupEpoch } });
  }

  private handle(socket: FakeSocket, f: DecodedFrame): Frame | null {
    const c = this.coordinator;
    switch (f.body) {
      case "groupHeartbeatRequest": {
        const r = f.groupHeartbeatRequest as pb.GroupHeartbeatRequest;
        if (this.failNextHeartbeat !== null) {
          const code = this.failNextHeartbeat;
          this.failNextHeartbeat = null;
          throw Object.assign(new Error(`injected error ${code}`), { code });
        }
        const before = JSON.stringify(c.describe().members.map((m) => [m.memberId, m.assigned, m.revoking]));
        const answer = c.heartbeat(
          {
            groupId: r.groupId,
            memberId: r.memberId || undefined,
            groupInstanceId: r.groupInstanceId || null,
            memberEpoch: r.memberEpoch,
            subscribedTopics: r.subscribedTopics ? [...(r.subscribedTopics.values ?? [])] : undefined,
            ownedPartitions: r.owned ? flatten(r.owned.topics) : undefined,
            sessionTimeoutMs: r.sessionTimeoutMs || undefined,
            rebalanceTimeoutMs: r.rebalanceTimeoutMs || undefined,
            assignor: r.assignor || undefined,
          },
          Date.now(),
        );
        if (answer.memberEpoch > 0) this.sockets.add(socket);
        else if (answer.memberEpoch < 0) this.sockets.delete(socket);
        if (JSON.stringify(c.describe().members.map((m) => [m.memberId, m.assigned, m.revoking])) !== before) setTimeout(() => this.pushChanged(), 0);
        return { groupHeartbeatResponse: { memberId: answer.memberId, memberEpoch: answer.memberEpoch, heartbeatIntervalMs: answer.heartbeatIntervalMs, assignment: group(answer.assignment) } };
      }
      case "offsetCommitRequest": {
        const r = f.offsetCommitRequest as pb.OffsetCommitRequest;
        const result = c.commit({ memberId: r.memberId, memberEpoch: r.memberEpoch, offsets: r.offsets.map((o) => ({ topic: o.topic ?? "", partition: o.partition ?? 0, offset: Number(o.offset) })) }, Date.now());
        return { offsetCommitResponse: { ignored: result.ignored.map((i) => ({ topic: i.topic, partition: i.partition, offset: -1, metadata: i.reason })) } };
      }
      case "offsetFetchRequest": {
        const r = f.offsetFetchRequest as pb.OffsetFetchRequest;
        return { offsetFetchResponse: { offsets: c.committed(flatten(r.partitions)).map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset })) } };
      }
      default:
        throw Object.assign(new Error(`unsupported ${f.body}`), { code: ErrorCode.UNSUPPORTED });
    }
  }
}

function flatten(list: readonly pb.ITopicPartitions[] | null | undefined): TopicPartition[] {
  return (list ?? []).flatMap((t) => (t.partitions ?? []).map((partition) => ({ topic: t.topic ?? "", partition })));
}

function group(list: readonly TopicPartition[]): pb.ITopicPartitions[] {
  const by = new Map<string, number[]>();
  for (const tp of list) by.set(tp.topic, [...(by.get(tp.topic) ?? []), tp.partition]);
  return [...by].map(([topic, partitions]) => ({ topic, partitions }));
}

function setup(partitions = 2) {
  const broker = new FakeBroker();
  broker.createTopic("t", partitions);
  const coordinator = new FakeCoordinator(broker, new Map([["t", partitions]]));
  const clients: Edgelog[] = [];
  const client = () => {
    const c = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 5 } });
    clients.push(c);
    return c;
  };
  const close = () => Promise.all(clients.map((c) => c.close()));
  return { broker, coordinator, client, close };
}

async function fill(client: Edgelog, n: number, partition: number): Promise<void> {
  await client.producer({ lingerMs: 0 }).send("t", Array.from({ length: n }, (_, i) => ({ value: `${partition}:${i}`, partition })));
}

const sent = (broker: FakeBroker, body: string) => broker.received.filter((f) => f.body === body);
const heartbeats = (broker: FakeBroker) => sent(broker, "groupHeartbeatRequest").map((f) => f.groupHeartbeatRequest as pb.GroupHeartbeatRequest);
const owned = (r: pb.GroupHeartbeatRequest) => (r.owned ? flatten(r.owned.topics).map((tp) => tp.partition).sort() : null);

function member(client: Edgelog, options: Partial<GroupConsumerOptions> = {}): GroupConsumer {
  return client.consumer({ groupId: GROUP, topics: ["t"], from: "earliest", autoCommitIntervalMs: HEARTBEAT_INTERVAL_MS, assignor: "range", ...options });
}

describe("group consumer: revocation", () => {
  it("waits for the handler in flight, commits after it, and only then leaves the partition out of owned", async () => {
    const { broker, coordinator, client, close } = setup();
    const producer = client();
    await fill(producer, 5, 0);
    await fill(producer, 5, 1);
    const a = member(client());
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let blocked = false;
    const events: string[] = [];
    const running = a.run({
      eachRecord: async (r) => {
        // The record at partition 1, offset 2 is in the handler when the revocation comes.
        if (r.partition === 1 && r.offset === 2) {
          blocked = true;
          broker.progress.poke();
          await gate;
        }
        seen.push(`a ${r.partition}@${r.offset}`);
        broker.progress.poke();
      },
    });
    await broker.progress.until(() => blocked && seen.filter((s) => s.startsWith("a 0@")).length === 5, "a to finish partition 0 and block in partition 1's offset 2");
    const memberA = a.memberId;

    // B joins; with the range assignor A (member-1) keeps partition 0 and gives up partition 1.
    const b = member(client(), { onAssigned: (ps) => void events.push(`b assigned ${ps.map((p) => p.partition)}`) });
    const bSeen: string[] = [];
    const bRunning = b.run({
      eachRecord: (r) => {
        bSeen.push(`${r.partition}@${r.offset}`);
        broker.progress.poke();
      },
    });
    await broker.progress.until(() => coordinator.coordinator.describe().members.some((m) => m.memberId === memberA && m.revoking.length === 1), "A told to revoke partition 1");
    await broker.progress.until(() => broker.quiet(), "nothing in flight");
    // The handler holds offset 2: no commit of partition 1, no acknowledgement, B has nothing yet.
    const commitsOf = (p: number) => sent(broker, "offsetCommitRequest").filter((f) => (f.offsetCommitRequest as pb.OffsetCommitRequest).offsets.some((o) => o.partition === p));
    expect(commitsOf(1)).toEqual([]);
    expect(heartbeats(broker).filter((h) => h.memberId === memberA && owned(h)?.join() === "0")).toEqual([]);
    expect(b.assignment()).toEqual([]);

    release();
    await broker.progress.until(() => bSeen.length === 2, "B to read the rest of partition 1");
    // B starts right after the record A finished last: offset 3.
    expect(bSeen).toEqual(["1@3", "1@4"]);
    const commitAt = broker.received.findIndex((f) => f.offsetCommitRequest && (f.offsetCommitRequest as pb.OffsetCommitRequest).offsets.some((o) => o.partition === 1));
    const ackAt = broker.received.findIndex((f) => f.groupHeartbeatRequest && (f.groupHeartbeatRequest as pb.GroupHeartbeatRequest).memberId === memberA && owned(f.groupHeartbeatRequest as pb.GroupHeartbeatRequest)?.join() === "0");
    expect(commitAt).toBeGreaterThan(-1);
    expect(ackAt).toBeGreaterThan(commitAt);
    expect((broker.received[commitAt]!.offsetCommitRequest as pb.OffsetCommitRequest).offsets.map((o) => [o.partition, Number(o.offset)])).toEqual([[1, 3]]);
    expect(a.assignment()).toEqual([{ topic: "t", partition: 0 }]);
    expect(events).toEqual(["b assigned 1"]);
    await close();
    await running;
    await bRunning;
  });
});

describe("group consumer: the coordinator's errors", () => {
  it("FENCED: drops every partition without committing and rejoins with epoch 0, its member id and nothing owned", async () => {
    const { broker, coordinator, client, close } = setup();
    await fill(client(), 3, 0);
    const revoked: string[] = [];
    const a = member(client(), { onRevoked: (ps, info) => void revoked.push(`${ps.map((p) => p.partition)} lost ${info.lost}`) });
    const seen: number[] = [];
    const running = a.run({
      eachRecord: (r) => {
        seen.push(r.offset);
        broker.progress.poke();
      },
    });
    await broker.progress.until(() => seen.length === 3, "three records");
    const id = a.memberId;
    const before = broker.received.length;
    coordinator.failNextHeartbeat = ErrorCode.FENCED;
    coordinator.pushChanged();
    await broker.progress.until(() => heartbeats(broker).length > 0 && broker.received.slice(before).filter((f) => f.groupHeartbeatRequest).length === 2, "the fenced heartbeat and the rejoin");
    const [fenced, rejoin] = broker.received.slice(before).filter((f) => f.groupHeartbeatRequest).map((f) => f.groupHeartbeatRequest as pb.GroupHeartbeatRequest);
    expect(fenced!.memberEpoch).toBeGreaterThan(0);
    expect(rejoin).toMatchObject({ memberId: id, memberEpoch: 0 });
    expect(owned(rejoin!)).toEqual([]);
    expect(revoked).toEqual(["0,1 lost true"]);
    // Nothing was committed for partitions it had lost.
    expect(broker.received.slice(before).filter((f) => f.offsetCommitRequest)).toEqual([]);
    await broker.progress.until(() => a.assignment().length === 2, "its partitions back");
    expect(a.memberId).toBe(id);
    await close();
    await running;
  });

  it("UNKNOWN_MEMBER: drops every partition and rejoins without a member id", async () => {
    const { broker, coordinator, client, close } = setup();
    const a = member(client());
    await a.start();
    const before = broker.received.length;
    coordinator.failNextHeartbeat = ErrorCode.UNKNOWN_MEMBER;
    coordinator.pushChanged();
    await broker.progress.until(() => broker.received.slice(before).filter((f) => f.groupHeartbeatRequest).length === 2, "the refused heartbeat and the rejoin");
    const rejoin = heartbeats(broker).at(-1)!;
    expect(rejoin).toMatchObject({ memberId: "", memberEpoch: 0 });
    expect(rejoin.subscribedTopics?.values).toEqual(["t"]);
    await close();
  });

  it("FENCED_INSTANCE_ID: run() fails with FencedError and the member does not leave or rejoin", async () => {
    const { broker, coordinator, client, close } = setup();
    const a = member(client(), { groupInstanceId: "tab-1" });
    const running = a.run({ eachRecord: () => {} });
    await a.start();
    coordinator.failNextHeartbeat = ErrorCode.FENCED_INSTANCE_ID;
    coordinator.pushChanged();
    const err = await running.then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(FencedError);
    expect((err as FencedError).code).toBe("FENCED_INSTANCE_ID");
    const count = heartbeats(broker).length;
    await a.close();
    await broker.progress.until(() => broker.quiet(), "nothing in flight");
    expect(heartbeats(broker).length).toBe(count);
    await close();
  });

  it("NOT_COORDINATOR: finds the coordinator again through metadata, then heartbeats there", async () => {
    const { broker, coordinator, client, close } = setup();
    const a = member(client());
    await a.start();
    const before = broker.received.length;
    coordinator.failNextHeartbeat = ErrorCode.NOT_COORDINATOR;
    coordinator.pushChanged();
    await broker.progress.until(() => broker.received.slice(before).filter((f) => f.groupHeartbeatRequest).length === 2, "the refused heartbeat and the retry");
    const after = broker.received.slice(before).map((f) => f.body);
    const lookup = after.findIndex((b, i) => b === "metadataRequest" && i > after.indexOf("groupHeartbeatRequest"));
    expect(lookup).toBeGreaterThan(-1);
    expect((broker.received[before + lookup]!.metadataRequest as pb.MetadataRequest).groups).toEqual([GROUP]);
    expect(after.lastIndexOf("groupHeartbeatRequest")).toBeGreaterThan(lookup);
    await close();
  });

  it("a GroupChanged push makes the member heartbeat at once", async () => {
    const { broker, coordinator, client, close } = setup();
    const a = member(client());
    await a.start();
    await broker.progress.until(() => broker.quiet(), "nothing in flight");
    const count = heartbeats(broker).length;
    coordinator.pushChanged();
    await broker.progress.until(() => heartbeats(broker).length === count + 1, "a heartbeat after the push");
    await close();
  });
});

describe("group consumer: leaving", () => {
  it("a loop left with break commits the records it finished, not the one it held, and leaves with epoch -1", async () => {
    const { broker, client, close } = setup(1);
    await fill(client(), 5, 0);
    const a = member(client(), { autoCommit: true });
    let n = 0;
    for await (const r of a) {
      expect(text.decode(r.value!)).toBe(`0:${r.offset}`);
      if (++n === 3) break; // offset 2 was held when the loop was left
    }
    const commits = sent(broker, "offsetCommitRequest").map((f) => (f.offsetCommitRequest as pb.OffsetCommitRequest).offsets.map((o) => Number(o.offset)));
    expect(commits.at(-1)).toEqual([2]);
    expect(heartbeats(broker).at(-1)!.memberEpoch).toBe(-1);
    await close();
  });

  it("close() waits for a run() handler in flight, then commits its record too and leaves", async () => {
    const { broker, client, close } = setup(1);
    await fill(client(), 5, 0);
    const a = member(client(), { autoCommit: true });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inHandler = false;
    const handled: number[] = [];
    const running = a.run({
      eachRecord: async (r) => {
        if (r.offset === 2) {
          inHandler = true;
          broker.progress.poke();
          await gate;
        }
        handled.push(r.offset);
      },
    });
    await broker.progress.until(() => inHandler, "the handler of offset 2 to be in flight");
    const closing = a.close();
    await broker.progress.until(() => broker.quiet(), "nothing in flight");
    expect(sent(broker, "offsetCommitRequest")).toEqual([]);
    expect(heartbeats(broker).at(-1)!.memberEpoch).toBeGreaterThan(0);
    release();
    await closing;
    await running;
    // Offsets 3 and 4 were never handed out; 2's handler returned before the commit.
    expect(handled).toEqual([0, 1, 2]);
    expect(sent(broker, "offsetCommitRequest").map((f) => (f.offsetCommitRequest as pb.OffsetCommitRequest).offsets.map((o) => Number(o.offset)))).toEqual([[3]]);
    expect(heartbeats(broker).at(-1)!.memberEpoch).toBe(-1);
    await close();
  });

  it("close() called inside a handler: that record is the last one handed out, with or without autoCommit", async () => {
    for (const autoCommit of [true, false]) {
      const { client, close } = setup(1);
      await fill(client(), 5, 0);
      const a = member(client(), { autoCommit });
      const handled: number[] = [];
      await a.run({
        eachRecord: (r) => {
          handled.push(r.offset);
          if (r.offset === 2) void a.close();
        },
      });
      expect([autoCommit, handled]).toEqual([autoCommit, [0, 1, 2]]);
      await close();
    }
  });

  it("without autoCommit, close() does not wait for the handler in flight: a handler may await it", async () => {
    const { broker, client, close } = setup(1);
    await fill(client(), 3, 0);
    const a = member(client(), { autoCommit: false });
    await a.run({
      eachRecord: async (r) => {
        if (r.offset === 1) await a.close(); // resolves at once; run() then resolves too
      },
    });
    expect(sent(broker, "offsetCommitRequest")).toEqual([]);
    expect(heartbeats(broker).at(-1)!.memberEpoch).toBe(-1);
    await close();
  });

  it("a static member's close() leaves with epoch -2, keeping its partitions reserved", async () => {
    const { broker, coordinator, client, close } = setup(1);
    const a = member(client(), { groupInstanceId: "tab-1" });
    await a.start();
    await a.close();
    expect(heartbeats(broker).at(-1)).toMatchObject({ memberEpoch: -2, groupInstanceId: "tab-1" });
    expect(coordinator.coordinator.describe().members.map((m) => [m.state, m.assigned.length])).toEqual([["left", 1]]);
    await close();
  });
});
