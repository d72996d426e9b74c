// The SDK conformance suite's consumer-group cases (run by sdk-suite.ts where a deployment declares
// capabilities.consumerGroups): members of one group split a topic, hand partitions over on rebalances,
// crashes, expiries and restarts, and commit only what their application finished. Every member records a
// record when its handler finishes with it (after an await, so a handler is often in flight); the shared
// history checker (test/support/history.ts, with its group hand-off rule) then names anything lost, read
// twice outside a crashed member's uncommitted tail, skipped or reordered. Members that "crash" sit behind
// a relay of their own that the test closes (no leave, no close frame, no reconnect); waits are on events.
import { expect, it } from "vitest";
import { FencedError, type ConsumerRecord, type Edgelog, type GroupConsumer, type GroupConsumerOptions } from "../../client/node.ts";
import type { pb } from "../../src/protocol/frames.ts";
import { groupHandoffRule, History, readTwice } from "../support/history.ts";
import type { TcpRelay } from "../support/tcp-relay.ts";
import type { SuiteHarness } from "./sdk-suite.ts";

const text = new TextDecoder();

/** Session timeout where a case waits for none to expire: far above any wait, so an expiry is a failure. */
const SESSION_LONG_MS = 60_000;
/** Automatic commits in cases that crash a member: often, so a crash falls between two of them. */
const AUTO_COMMIT_OFTEN_MS = 50;

interface GroupEvent {
  member: string;
  kind: "assigned" | "revoked";
  partitions: number[];
  lost: boolean;
}

interface Member {
  /** Names the member in the history (a reader); may depend on the member id (see readerName). */
  name: string;
  consumer: GroupConsumer;
  running: Promise<void>;
  failure: Error | null;
  /** Records whose handler finished (and were recorded). */
  finished: number;
  /** A handler is in flight. */
  busy: boolean;
  /** Stopped recording: its process is dead as far as the test is concerned. */
  killed: boolean;
}

/** What every group case shares: a topic, its group, the history, the members and their events. */
class GroupRun {
  readonly history = new History();
  readonly events: GroupEvent[] = [];
  readonly members: Member[] = [];
  /** Distinct records finished by any member. */
  readonly done = new Set<string>();
  private seq = 0;

  constructor(
    readonly h: SuiteHarness,
    readonly topic: string,
    readonly groupId: string,
  ) {}

  /**
   * Starts a member that runs eachRecord; its handler awaits a macrotask (so records are often in flight
   * when something happens), then records the record under `readerName()` unless the member was killed.
   */
  join(
    client: Edgelog,
    name: string,
    options: Partial<GroupConsumerOptions> = {},
    hooks: { readerName?: (m: Member) => string; beforeHandle?: (m: Member) => void | Promise<void> } = {},
  ): Member {
    const m = { name, failure: null, finished: 0, busy: false, killed: false } as unknown as Member;
    m.consumer = client.consumer({
      groupId: this.groupId,
      topics: [this.topic],
      from: "earliest",
      sessionTimeoutMs: SESSION_LONG_MS,
      ...options,
      onAssigned: (ps) => {
        this.events.push({ member: name, kind: "assigned", partitions: ps.map((p) => p.partition), lost: false });
        this.h.progress.poke();
      },
      onRevoked: (ps, info) => {
        this.events.push({ member: name, kind: "revoked", partitions: ps.map((p) => p.partition), lost: info.lost });
        this.h.progress.poke();
      },
    });
    m.running = m.consumer.run({
      eachRecord: async (r: ConsumerRecord) => {
        m.busy = true;
        await hooks.beforeHandle?.(m);
        await new Promise((resolve) => setImmediate(resolve));
        if (m.killed) return;
        const value = text.decode(r.value!);
        this.history.observe({ partition: r.partition, offset: r.offset, value }, hooks.readerName ? hooks.readerName(m) : m.name);
        this.done.add(`${r.partition}/${value}`);
        m.finished++;
        m.busy = false;
        this.h.progress.poke();
      },
    });
    m.running.catch((err: Error) => {
      m.failure = err;
      this.h.progress.poke();
    });
    this.members.push(m);
    return m;
  }

  /**
   * Sends `perPartition` records to each of `partitions` partitions, acknowledged into the history (unless
   * `acknowledge` is false: records no member is to read).
   */
  async produce(client: Edgelog, partitions: number, perPartition: number, acknowledge = true): Promise<void> {
    const records: { partition: number; value: string }[] = [];
    for (let p = 0; p < partitions; p++) for (let i = 0; i < perPartition; i++) records.push({ partition: p, value: `${p}:${this.seq++}` });
    const metas = await client.producer({ lingerMs: 0 }).send(this.topic, records);
    if (acknowledge) metas.forEach((meta, i) => this.history.acknowledge(meta.partition, records[i]!.value, meta.offset));
    this.h.progress.poke();
  }

  /** Fails the wait at once when a member that should be running failed. */
  healthy(...members: Member[]): true {
    for (const m of members.length ? members : this.members) {
      if (m.failure && !m.killed) throw new Error(`member ${m.name} failed: ${m.failure.message}`);
    }
    return true;
  }

  held(m: Member): number[] {
    return m.consumer.assignment().map((tp) => tp.partition);
  }

  describe(): string {
    return this.members.map((m) => `${m.name}${m.killed ? " (killed)" : ""}: [${this.held(m)}] finished ${m.finished}`).join("; ") + `; done ${this.done.size} of ${this.history.acknowledgedCount()}`;
  }

  /**
   * Waits until every acknowledged record was finished by some member or, should one never be (a broken
   * promise), until each partition's owner has been handed everything up to the end and holds nothing in
   * its handler: the history check then names what is missing, instead of the test timing out on it.
   */
  async allDone(timeoutMs?: number): Promise<void> {
    const ends = new Map<number, number>();
    const caughtUp = () => {
      ends.clear();
      for (const [p, acks] of this.history.view.acknowledged) ends.set(p, Math.max(...acks.map((a) => a.offset ?? -1)) + 1);
      const live = this.members.filter((m) => !m.killed && !m.failure);
      if (live.some((m) => m.busy)) return false;
      return [...ends].every(([p, end]) => live.some((m) => m.consumer.position({ topic: this.topic, partition: p }) === end && this.held(m).includes(p)));
    };
    await this.h.until(() => this.healthy() && (this.done.size === this.history.acknowledgedCount() || caughtUp()), () => `every record finished (${this.describe()})`, timeoutMs);
  }
}

/**
 * Follows a member's commits on its relay: per partition, the last offset the coordinator answered
 * without error (an answer the relay saw is stored, whether or not the member got it). `onAnswered`
 * runs after each answered commit, inside the relay: killing the relay there keeps that answer from the
 * member.
 */
function followCommits(relay: TcpRelay, onAnswered: () => void = () => {}): Map<number, number> {
  const committed = new Map<number, number>();
  const asked = new Map<string, pb.IPartitionOffset[]>();
  relay.onFrame = (link, from, f) => {
    const key = `${link.id}:${f.correlationId}`;
    if (from === "client") {
      if (f.offsetCommitRequest) asked.set(key, f.offsetCommitRequest.offsets ?? []);
      return;
    }
    const offsets = asked.get(key);
    if (!offsets) return;
    asked.delete(key);
    if (f.error?.code || !f.offsetCommitResponse) return;
    const ignored = new Set((f.offsetCommitResponse.ignored ?? []).map((o) => o.partition));
    for (const o of offsets) {
      if (ignored.has(o.partition ?? 0)) continue;
      committed.set(o.partition ?? 0, Math.max(committed.get(o.partition ?? 0) ?? -1, Number(o.offset)));
    }
    onAnswered();
  };
  return committed;
}

/** Kills a member: it records nothing more, and its links die with no leave and no close frame. */
function kill(m: Member, relay: TcpRelay): void {
  m.killed = true;
  relay.dropAll("reset");
  void relay.close();
}

export function groupCases(h: SuiteHarness): void {
  const caps = h.capabilities;
  const sessionMs = () => h.timeouts.groupSessionMs ?? 3000;

  it.runIf(caps.consumerGroups)("a member starts at `from` without a commit, commits only records its application finished, and pause, resume and seek work on its partitions", async () => {
    const steady = h.client({ steady: true });
    const topic = await h.newTopic(2);
    const run = new GroupRun(h, topic, `g-${topic}`);
    await run.produce(steady, 2, 10);
    const c = h.client().consumer({ groupId: run.groupId, topics: [topic], from: "earliest", autoCommit: false });
    expect(c.memberId).toBe("");
    const got = await h.take(c, 6, "six of the 20 records");
    expect(c.memberId).not.toBe("");
    expect(c.assignment()).toEqual([{ topic, partition: 0 }, { topic, partition: 1 }]);
    expect(await c.committed()).toEqual([]);

    // The sixth record is still with the application (the iterator has not asked for the next): a commit
    // stores the offset after each partition's last finished record, and leaves the sixth uncommitted.
    const held = got[5]!;
    // A partition none of whose records was finished commits its start (0): the next owner starts there too.
    const finishedEnd = (p: number) => {
      const finished = got.slice(0, 5).filter((r) => r.partition === p);
      return p === held.partition ? held.offset : finished.length ? finished.at(-1)!.offset + 1 : 0;
    };
    const expected = [0, 1].map((p) => ({ topic, partition: p, offset: finishedEnd(p) }));
    const result = await c.commit();
    expect(result.committed.map(({ topic, partition, offset }) => ({ topic, partition, offset }))).toEqual(expected);
    expect((await c.committed()).map(({ topic, partition, offset }) => ({ topic, partition, offset }))).toEqual(expected);
    // An offset behind the stored one is reported, not an error, and not stored.
    const behind = await c.commit([{ topic, partition: held.partition, offset: 0 }]);
    expect(behind.ignored).toEqual([{ topic, partition: held.partition, reason: "behind" }]);

    // Pause partition 1, rewind partition 0: only partition 0 comes, from offset 2.
    c.pause([{ topic, partition: 1 }]);
    await c.seek({ topic, partition: 0 }, 2);
    const rewound = await h.take(c, 8, "partition 0 from offset 2");
    expect(rewound.map((r) => `${r.partition}@${r.offset}`)).toEqual(Array.from({ length: 8 }, (_, i) => `0@${i + 2}`));
    c.resume([{ topic, partition: 1 }]);
    const rest = await h.take(c, 10 - got.filter((r) => r.partition === 1).length, "the rest of partition 1");
    expect(rest.every((r) => r.partition === 1)).toBe(true);
    expect(rest.at(-1)!.offset).toBe(9);
    // Asking for the next record finished the last one: a commit now stores both partitions' ends.
    const next = c[Symbol.asyncIterator]().next();
    await c.commit();
    expect((await c.committed()).map((o) => o.offset)).toEqual([10, 10]);
    await c.close();
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it.runIf(caps.consumerGroups)("close() commits and leaves at once: the other member takes the partitions without a session timeout, from where the first stopped", async () => {
    const steady = h.client({ steady: true });
    const topic = await h.newTopic(4);
    const run = new GroupRun(h, topic, `g-${topic}`);
    await run.produce(steady, 4, 5, false);
    // From 'latest': the five records already in each partition are never read. Commits come only from
    // revocations and close() (the interval is longer than the test).
    const auto = { sessionTimeoutMs: SESSION_LONG_MS, autoCommitIntervalMs: SESSION_LONG_MS };
    const first = run.join(h.client(), "first", { ...auto, from: "latest" });
    await first.consumer.start();
    expect(run.held(first)).toEqual([0, 1, 2, 3]);
    await run.produce(steady, 4, 10);
    await run.allDone();
    // The second member starts where the first committed on giving partitions up, not at its `from`.
    // (Its own session is short: partitions the first gives up come at its next heartbeat, a third of it.)
    const second = run.join(h.client(), "second", { from: "earliest", sessionTimeoutMs: sessionMs(), autoCommitIntervalMs: SESSION_LONG_MS });
    await h.until(() => run.healthy() && run.held(first).length === 2 && run.held(second).length === 2, () => `a 2 + 2 split (${run.describe()})`);
    await run.produce(steady, 4, 10);
    await run.allDone();
    const revokedFromFirst = run.events.filter((e) => e.member === "first" && e.kind === "revoked");
    expect(revokedFromFirst.map((e) => [e.partitions.length, e.lost])).toEqual([[2, false]]);

    await first.consumer.close();
    // Within one event deadline, far below the 60 s session timeout: the leave moved them, not an expiry.
    await h.until(() => run.healthy(second) && run.held(second).length === 4, () => `the second member to hold all 4 (${run.describe()})`);
    await first.running;
    await run.produce(steady, 4, 10);
    await run.allDone();
    const check = run.history.check({ everyReaderSeesAll: false, acknowledgedOnly: true, rules: [groupHandoffRule({ startOffsets: new Map([0, 1, 2, 3].map((p) => [p, 5])) })] });
    expect(check.summary).toBe("");
    expect(readTwice(run.history.view)).toEqual([]);
    expect(run.done.size).toBe(120);
  });

  it.runIf(caps.consumerGroups)(
    "4 members share a 12-partition topic; one is killed mid-stream; the others take its partitions after its session timeout; nothing is lost, order holds per partition, and only what followed its last commit is read twice",
    async () => {
      const steady = h.client({ steady: true });
      const topic = await h.newTopic(12);
      const run = new GroupRun(h, topic, `g-${topic}`);
      const options = { sessionTimeoutMs: sessionMs(), autoCommitIntervalMs: AUTO_COMMIT_OFTEN_MS };
      const victimRelay = await h.newRelay();
      const victimClient = h.client({ relay: victimRelay });
      let armed = false;
      let finishedAtArm = 0;
      let killOnCommitAnswer = false;
      let ackedAtKill = -1;
      const killVictim = () => {
        ackedAtKill = run.history.acknowledgedCount();
        kill(victim, victimRelay);
      };
      // The victim dies right after the coordinator answered a commit it sent while one of its handlers was
      // in flight: the record in that handler was handed out but not finished, so a commit that covered it
      // (a broken at-least-once promise) would lose it. The answer never reaches the victim.
      const victimCommits = followCommits(victimRelay, () => {
        if (killOnCommitAnswer && !victim.killed) killVictim();
      });
      const members = [0, 1, 2].map((i) => run.join(h.client(), `m${i}`, options));
      const victim = run.join(victimClient, "victim", options, {
        beforeHandle: async (m) => {
          if (!armed || m.finished - finishedAtArm < KILL_AFTER_RECORDS) return;
          armed = false;
          killOnCommitAnswer = true;
          // Nothing to send (all it finished is committed already): no answer comes, so it dies now.
          void m.consumer.commit().then(
            (result) => {
              if (result.committed.length === 0 && !m.killed) killVictim();
            },
            () => {},
          );
          await h.until(() => m.killed, "the victim to die with this handler in flight");
        },
      });
      members.push(victim);

      // Production runs through joins, rebalances, the kill and the takeover, a window ahead of the readers.
      let producing = true;
      let produceFailure: Error | null = null;
      const producer = (async () => {
        while (producing && run.history.acknowledgedCount() < KILL_TEST_RECORDS) {
          await h.until(() => run.done.size + PRODUCE_WINDOW_RECORDS > run.history.acknowledgedCount() || !producing, "the readers to come within a window of the producer", h.timeouts.faultTestMs);
          await run.produce(steady, 12, 10);
        }
      })().catch((err: Error) => {
        produceFailure = err;
        h.progress.poke();
      });
      const healthy = () => {
        if (produceFailure) throw produceFailure;
        return run.healthy();
      };
      try {
        await h.until(() => healthy() && members.every((m) => run.held(m).length === 3), () => `4 members holding 3 partitions each (${run.describe()})`);
        const victimPartitions = run.held(victim);
        finishedAtArm = victim.finished;
        armed = true;
        await h.until(() => healthy() && victim.killed, () => `the victim to be killed after ${KILL_AFTER_RECORDS} records, with a handler in flight, right after a commit (${run.describe()})`, h.timeouts.faultTestMs / 3);
        const survivors = members.slice(0, 3);
        await h.until(
          () => healthy() && survivors.every((m) => run.held(m).length === 4),
          () => `the survivors to take the victim's partitions after its ${sessionMs()} ms session (${run.describe()})`,
          sessionMs() + h.timeouts.eventMs,
        );
        await h.until(() => healthy() && run.history.acknowledgedCount() >= KILL_TEST_RECORDS, () => `the producer to finish (${run.describe()})`, h.timeouts.faultTestMs / 3);
        await run.allDone(h.timeouts.faultTestMs / 3);

        // Mid-stream: records were still being produced when the victim died.
        expect(ackedAtKill).toBeGreaterThan(0);
        expect(ackedAtKill).toBeLessThan(KILL_TEST_RECORDS);
        const takenOver = run.events.filter((e) => e.member !== "victim" && e.kind === "assigned").flatMap((e) => e.partitions);
        for (const p of victimPartitions) expect(takenOver).toContain(p);
        const check = run.history.check({
          everyReaderSeesAll: false,
          acknowledgedOnly: true,
          rules: [groupHandoffRule({ startOffsets: new Map(Array.from({ length: 12 }, (_, p) => [p, 0])), crashed: new Map([["victim", victimCommits]]) })],
        });
        const twice = readTwice(run.history.view);
        const context = `${run.describe()}; victim's partitions ${victimPartitions}, its last answered commits ${JSON.stringify([...victimCommits])}; read twice: ${twice.length}`;
        expect(check.summary, context).toBe("");
        // Read twice: only the victim's records after its last commit, once more by the member that took over.
        for (const t of twice) {
          expect(t.readers, context).toHaveLength(2);
          expect(t.readers[0], context).toBe("victim");
          expect(victimPartitions, context).toContain(t.partition);
          expect(t.offset, context).toBeGreaterThanOrEqual(victimCommits.get(t.partition) ?? 0);
        }
        // No live member lost a partition: the only lost membership was the victim's.
        expect(run.events.filter((e) => e.lost && e.member !== "victim"), context).toEqual([]);
      } finally {
        producing = false;
        h.progress.poke();
        await producer;
      }
    },
    h.timeouts.faultTestMs,
  );

  it.runIf(caps.consumerGroups)(
    "a static member restarted under its groupInstanceId within its session timeout gets its partitions back with no rebalance of the others; the old process is fenced",
    async () => {
      const steady = h.client({ steady: true });
      const topic = await h.newTopic(12);
      const run = new GroupRun(h, topic, `g-${topic}`);
      const options = { sessionTimeoutMs: sessionMs(), autoCommitIntervalMs: AUTO_COMMIT_OFTEN_MS };
      const oldRelay = await h.newRelay();
      const oldCommits = followCommits(oldRelay);
      let armed = false;
      const others = [0, 1, 2].map((i) => run.join(h.client(), `m${i}`, options));
      // It dies at the start of a handler, once an automatic commit of what it read was answered and it read
      // more since: those records are read again by its successor, and no earlier ones.
      let finishedAtArm = 0;
      let commitsAtArm = new Map<number, number>();
      const oldTab = run.join(h.client({ relay: oldRelay, reconnect: { initialDelayMs: 5, maxDelayMs: 50 } }), "tab-old", { ...options, groupInstanceId: "tab" }, {
        beforeHandle: (m) => {
          if (!armed || m.finished - finishedAtArm < STATIC_KILL_AFTER_RECORDS) return;
          if (![...oldCommits].some(([p, offset]) => offset > (commitsAtArm.get(p) ?? -1))) return;
          armed = false;
          kill(m, oldRelay);
        },
      });
      await h.until(() => run.healthy() && [...others, oldTab].every((m) => run.held(m).length === 3), () => `4 members holding 3 partitions each (${run.describe()})`);
      const tabPartitions = run.held(oldTab);
      const epochBefore = (await steady.admin.describeGroup(run.groupId)).groupEpoch;
      const stableEvents = run.events.length;

      // The old process dies mid-stream (no leave); a new one comes back under the same instance id at once.
      finishedAtArm = oldTab.finished;
      commitsAtArm = new Map(oldCommits);
      armed = true;
      for (let batches = 0; !oldTab.killed; batches++) {
        if (batches === STATIC_BATCHES_MAX) throw new Error(`the old tab was not killed after ${batches} batches (${run.describe()}; its commits ${JSON.stringify([...oldCommits])})`);
        run.healthy();
        await run.produce(steady, 12, 10);
      }
      const newTab = run.join(h.client(), "tab-new", { ...options, groupInstanceId: "tab" });
      await h.until(() => run.healthy() && run.held(newTab).length === 3, () => `the new tab to get partitions (${run.describe()})`);
      expect(run.held(newTab)).toEqual(tabPartitions);
      for (let i = 0; i < 5; i++) await run.produce(steady, 12, 10);
      await run.allDone();

      // The old process comes back: its member id now belongs to no one and its instance id to the new
      // tab, so it is told FENCED_INSTANCE_ID and stops with a FencedError instead of rejoining.
      await oldRelay.listen(oldRelay.port);
      await h.until(() => oldTab.failure !== null, () => `the old tab to be fenced (${run.describe()})`);
      expect(oldTab.failure).toBeInstanceOf(FencedError);
      expect((oldTab.failure as FencedError).code).toBe("FENCED_INSTANCE_ID");
      for (let i = 0; i < 2; i++) await run.produce(steady, 12, 10);
      await run.allDone();

      // No rebalance: the group's epoch did not move, and the others were neither given nor asked for anything.
      const after = await steady.admin.describeGroup(run.groupId);
      expect(after.groupEpoch).toBe(epochBefore);
      expect(after.members.filter((m) => m.groupInstanceId === "tab").map((m) => m.memberId)).toEqual([newTab.consumer.memberId]);
      expect(run.events.slice(stableEvents).filter((e) => e.member !== "tab-old")).toEqual([{ member: "tab-new", kind: "assigned", partitions: tabPartitions, lost: false }]);
      const check = run.history.check({
        everyReaderSeesAll: false,
        acknowledgedOnly: true,
        rules: [groupHandoffRule({ startOffsets: new Map(Array.from({ length: 12 }, (_, p) => [p, 0])), crashed: new Map([["tab-old", oldCommits]]) })],
      });
      expect(check.summary, run.describe()).toBe("");
      for (const t of readTwice(run.history.view)) expect(t.readers).toEqual(["tab-old", "tab-new"]);
    },
    h.timeouts.faultTestMs,
  );

  it.runIf(caps.consumerGroups)(
    "a member cut off past its session timeout stops reading its partitions, and when it is back it rejoins as a new member and gets a share again",
    async () => {
      const steady = h.client({ steady: true });
      const topic = await h.newTopic(4);
      const run = new GroupRun(h, topic, `g-${topic}`);
      const options = { sessionTimeoutMs: sessionMs(), autoCommitIntervalMs: AUTO_COMMIT_OFTEN_MS };
      const cutRelay = await h.newRelay();
      const cutCommits = followCommits(cutRelay);
      const stay = run.join(h.client(), "stay", options);
      // Its reader name carries its member id: its records before and after the rejoin are two readers.
      const cut = run.join(h.client({ relay: cutRelay, reconnect: { initialDelayMs: 5, maxDelayMs: 50 } }), "cut", options, { readerName: (m) => `cut@${m.consumer.memberId}` });
      await h.until(() => run.healthy() && run.held(stay).length === 2 && run.held(cut).length === 2, () => `a 2 + 2 split (${run.describe()})`);
      await run.produce(steady, 4, 20);
      await run.allDone();
      const firstId = cut.consumer.memberId;

      cutRelay.dropAll("reset");
      await cutRelay.close();
      // What the first member had committed when it was cut off. The relay goes on counting the commits of
      // the member that rejoins through it, which are not the crashed one's (with them, a takeover below the
      // rejoined member's later commits was reported whenever its autocommit was answered before the check).
      const firstCommits = new Map(cutCommits);
      await h.until(
        () => run.healthy(stay) && run.held(stay).length === 4 && run.events.some((e) => e.member === "cut" && e.lost),
        () => `the other member to take all 4 and the cut one to drop its 2 (${run.describe()})`,
        sessionMs() + h.timeouts.eventMs,
      );
      expect(run.held(cut)).toEqual([]);
      await run.produce(steady, 4, 20);
      await run.allDone();

      await cutRelay.listen(cutRelay.port);
      await h.until(
        () => run.healthy() && run.held(stay).length === 2 && run.held(cut).length === 2 && cut.consumer.memberId !== firstId,
        () => `the cut member to rejoin under a new id and get 2 (${run.describe()})`,
      );
      await run.produce(steady, 4, 20);
      await run.allDone();
      const check = run.history.check({
        everyReaderSeesAll: false,
        acknowledgedOnly: true,
        rules: [groupHandoffRule({ startOffsets: new Map([0, 1, 2, 3].map((p) => [p, 0])), crashed: new Map([[`cut@${firstId}`, firstCommits]]) })],
      });
      expect(check.summary, run.describe()).toBe("");
    },
    h.timeouts.faultTestMs,
  );

  it.runIf(caps.consumerGroups)(
    "close() while the coordinator's socket is down waits for it to come back and commits what the member finished",
    async () => {
      const steady = h.client({ steady: true });
      const topic = await h.newTopic(2);
      const run = new GroupRun(h, topic, `g-${topic}`);
      const relay = await h.newRelay();
      // No autocommit before close(): what is committed below is close()'s commit.
      const member = run.join(h.client({ relay, reconnect: { initialDelayMs: 5, maxDelayMs: 50 } }), "m", { autoCommitIntervalMs: 3_600_000 });
      await h.until(() => run.healthy() && run.held(member).length === 2, () => `the member to hold both partitions (${run.describe()})`);
      await run.produce(steady, 2, 10);
      await run.allDone();
      relay.dropAll("reset");
      await relay.close();
      const closing = member.consumer.close();
      await relay.listen(relay.port);
      await closing;
      await member.running;
      expect((await steady.admin.fetchOffsets(run.groupId)).map((o) => [o.partition, o.offset])).toEqual([
        [0, 10],
        [1, 10],
      ]);
    },
    h.timeouts.faultTestMs,
  );

  it.runIf(caps.consumerGroups && caps.restart)(
    "committed offsets survive a restart of the server: a member rides through one, and a new member resumes after the last commit",
    async () => {
      const steady = h.client({ steady: true });
      const topic = await h.newTopic(4);
      const run = new GroupRun(h, topic, `g-${topic}`);
      const reconnect = { initialDelayMs: 20, maxDelayMs: 200 };
      await run.produce(steady, 4, 25);
      const first = run.join(h.client({ reconnect }), "first", { autoCommitIntervalMs: 100 });
      await run.allDone();
      await h.faults.restart();
      // The member's heartbeats and subscriptions resume on new sockets; it reads on where it was.
      await run.produce(steady, 4, 25);
      await run.allDone();
      // Commit 50 per partition before leaving (close() commits too, waiting up to 5 s for a coordinator
      // socket that is reconnecting: the case above; this one is about what survives a restart).
      await first.consumer.commit();
      await first.consumer.close();
      await first.running;
      await h.faults.restart();

      const reader = h.client({ reconnect });
      expect((await reader.admin.fetchOffsets(run.groupId)).map((o) => [o.partition, o.offset])).toEqual([0, 1, 2, 3].map((p) => [p, 50]));
      await run.produce(steady, 4, 25);
      // From 'earliest', but the group has offsets: it starts after them.
      run.join(reader, "second");
      await run.allDone();
      const check = run.history.check({ everyReaderSeesAll: false, acknowledgedOnly: true, rules: [groupHandoffRule({ startOffsets: new Map([0, 1, 2, 3].map((p) => [p, 0])) })] });
      expect(check.summary, run.describe()).toBe("");
      expect(readTwice(run.history.view)).toEqual([]);
      expect(run.history.observedCount("second")).toBe(100);
    },
    h.timeouts.faultTestMs,
  );
}

/** Records the victim finishes, once the group is stable, before it is killed (it holds 3 of 12 partitions). */
const KILL_AFTER_RECORDS = 100;
/** Records the static member finishes after the group is stable before its process may die. */
const STATIC_KILL_AFTER_RECORDS = 60;
/** Batches (10 records per partition) sent at most while waiting for the static member's death. */
const STATIC_BATCHES_MAX = 1000;
/** Records produced in the kill test, 10 per partition per batch. */
const KILL_TEST_RECORDS = 6000;
/** How far the producer may run ahead of what the members finished. */
const PRODUCE_WINDOW_RECORDS = 1200;
