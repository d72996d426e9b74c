// Consumer groups in Chromium (issue 11): two tabs of one origin, in one browser context, are members of one
// group against the real Node broker. They split a 6-partition topic; a tab reloaded under its
// groupInstanceId gets its partitions back while the other sees no rebalance; a closed tab's partitions go
// to the other after its session timeout. Each tab reports to Node through an exposed binding its handler
// awaits, so a record counts as finished (and can be committed) only once Node has it; waits are on those events.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog, type GroupConsumer } from "../../client/node.ts";
import { groupHandoffRule, History, readTwice } from "../support/history.ts";
import { Progress } from "../support/progress.ts";
import { SDK_PAGE_PATH, skipBrowser, startRig, type BrowserRig, type SdkModule } from "./chromium.ts";

const PARTITION_COUNT = 6;
const PARTITIONS = Array.from({ length: PARTITION_COUNT }, (_, p) => p);
/** Records per partition in each round of produce(). */
const PER_PARTITION = 50;
/**
 * The tab that is closed: 3 s, the shortest that keeps three heartbeats (1 s apart) per session even where
 * Chromium throttles a hidden tab's timers to one a second.
 */
const SESSION_SHORT_MS = 3000;
/** The tab that is reloaded: it must be back well within it, on a loaded machine too. */
const SESSION_LONG_MS = 30_000;
/** Bounds a hang; no wait below is a measurement. */
const EVENT_WAIT_MS = 20_000;
/** The whole scenario's bound: its waits together, on a loaded machine (it takes ~5 s here). */
const SCENARIO_TIMEOUT_MS = 120_000;

/** What a tab reports; `reader` names the page incarnation (a reload starts a new one). */
interface TabEvent {
  reader: string;
  kind: "assigned" | "revoked" | "record" | "failed";
  partitions?: number[];
  lost?: boolean;
  partition?: number;
  offset?: number;
  value?: string;
  message?: string;
}

interface JoinArgs {
  groupId: string;
  topic: string;
  instanceId: string;
  reader: string;
  sessionTimeoutMs: number;
}

/** The page's globals: the SDK, the binding to Node, the member this page runs and how many records its handler returned from. */
type TabWindow = { edgelog: SdkModule; edgelogReport(event: TabEvent): Promise<void>; member: GroupConsumer; finishedCount: number };

/**
 * Runs in the page: joins the group as a static member, reports its assignments and every finished record
 * (the handler returns once Node has it), and resolves once joined with its first partitions started.
 */
async function joinGroup({ groupId, topic, instanceId, reader, sessionTimeoutMs }: JoinArgs): Promise<{ memberId: string; visibility: string }> {
  const w = window as unknown as TabWindow;
  const el = new w.edgelog.Edgelog({ url: `ws://${location.host}` }); // the SDK adds /v1/ws
  const decoder = new TextDecoder();
  const member = el.consumer({
    groupId,
    topics: [topic],
    groupInstanceId: instanceId,
    from: "earliest",
    sessionTimeoutMs,
    onAssigned: (ps) => w.edgelogReport({ reader, kind: "assigned", partitions: ps.map((p) => p.partition) }),
    onRevoked: (ps, info) => w.edgelogReport({ reader, kind: "revoked", partitions: ps.map((p) => p.partition), lost: info.lost }),
  });
  w.member = member;
  w.finishedCount = 0;
  member
    .run({
      eachRecord: async (r) => {
        await w.edgelogReport({ reader, kind: "record", partition: r.partition, offset: r.offset, value: decoder.decode(r.value!) });
        w.finishedCount++;
      },
    })
    .catch((err: Error) => w.edgelogReport({ reader, kind: "failed", message: `${err.name}: ${err.message}` }));
  await member.start();
  return { memberId: member.memberId, visibility: document.visibilityState };
}

describe.skipIf(skipBrowser)("consumer groups in Chromium", () => {
  let rig: BrowserRig;
  let node: Edgelog;

  beforeAll(async () => {
    rig = await startRig();
    node = new Edgelog({ url: rig.server.url });
  });

  afterAll(async () => {
    await node?.close();
    await rig?.close();
  });

  it("two tabs of one origin in one group split a topic; a reloaded tab gets its partitions back with no rebalance; a closed tab's partitions go to the other", async () => {
    const topic = "tabs";
    const groupId = "tab-group";
    await node.admin.createTopic(topic, { partitions: PARTITION_COUNT });
    const progress = new Progress(EVENT_WAIT_MS);
    const history = new History();
    /** Distinct records finished by some tab, "partition/value". */
    const done = new Set<string>();
    /** Per reader: the partitions it holds (from its onAssigned / onRevoked) and those events in order. */
    const held = new Map<string, Set<number>>();
    const membership = new Map<string, TabEvent[]>();
    const failures: string[] = [];
    const onEvent = (e: TabEvent) => {
      if (e.kind === "record") {
        history.observe({ partition: e.partition!, offset: e.offset!, value: e.value! }, e.reader);
        done.add(`${e.partition}/${e.value}`);
      } else if (e.kind === "failed") {
        failures.push(`${e.reader}: ${e.message}`);
      } else {
        const set = held.get(e.reader) ?? new Set<number>();
        held.set(e.reader, set);
        for (const p of e.partitions!) e.kind === "assigned" ? set.add(p) : set.delete(p);
        membership.set(e.reader, [...(membership.get(e.reader) ?? []), e]);
      }
      progress.poke();
    };
    const healthy = () => {
      if (failures.length > 0) throw new Error(`a tab's member failed: ${failures.join("; ")}`);
      return true;
    };
    const holds = (reader: string) => [...(held.get(reader) ?? [])].sort((a, b) => a - b);
    const state = () => `${[...held.keys()].map((r) => `${r} holds [${holds(r)}]`).join(", ")}; finished ${done.size} of ${history.acknowledgedCount()}`;

    let seq = 0;
    const producer = node.producer({ lingerMs: 0 });
    const produce = async () => {
      const records = PARTITIONS.flatMap((p) => Array.from({ length: PER_PARTITION }, () => ({ partition: p, value: `${p}:${seq++}` })));
      const acks = await producer.send(topic, records);
      acks.forEach((ack, i) => history.acknowledge(ack.partition, records[i]!.value, ack.offset));
    };
    const allDone = () => progress.until(() => healthy() && done.size === history.acknowledgedCount(), () => `every record finished (${state()})`);
    /** Per partition, the readers of the records observed from `from` (an index into the history's sequence) on. */
    const readersSince = (from: number) => {
      const by = new Map<number, Set<string>>();
      for (const o of history.view.sequence.slice(from)) by.set(o.partition, (by.get(o.partition) ?? new Set()).add(o.reader));
      return new Map([...by].map(([p, readers]) => [p, [...readers]]));
    };
    const committedOffsets = async () => new Map((await node.admin.fetchOffsets(groupId)).map((o) => [o.partition, o.offset]));
    const logEnds = () => new Map(PARTITIONS.map((p) => [p, (history.view.acknowledged.get(p) ?? []).length]));

    const context = await rig.browser.newContext();
    const openTab = async () => {
      const tab = await rig.openPage(context);
      await tab.page.exposeFunction("edgelogReport", onEvent); // stays across reloads
      await tab.page.goto(`${rig.server.httpUrl}${SDK_PAGE_PATH}`);
      await tab.page.waitForFunction(() => document.title === "ready");
      return tab;
    };
    const join = (page: Page, args: Omit<JoinArgs, "groupId" | "topic">) => page.evaluate(joinGroup, { groupId, topic, ...args });
    /**
     * Commits what the tab finished, once every record Node saw from `reader` has returned from its handler
     * there (Node sees a record just before its handler returns, and only a returned one is committed).
     */
    const commit = async (page: Page, reader: string) => {
      await page.waitForFunction((n) => (window as unknown as TabWindow).finishedCount === n, history.observedCount(reader));
      await page.evaluate(() => (window as unknown as TabWindow).member.commit());
    };

    // 1. Two tabs split the topic: disjoint, together every partition (the uniform assignor: 3 each).
    const a = await openTab();
    const b = await openTab();
    const joinedA = await join(a.page, { instanceId: "tab-a", reader: "a", sessionTimeoutMs: SESSION_SHORT_MS });
    const joinedB = await join(b.page, { instanceId: "tab-b", reader: "b", sessionTimeoutMs: SESSION_LONG_MS });
    expect(joinedA.memberId).not.toBe(joinedB.memberId);
    await progress.until(() => healthy() && holds("a").length > 0 && holds("b").length > 0 && holds("a").length + holds("b").length === PARTITION_COUNT && holds("a").every((p) => !holds("b").includes(p)), () => `a split (${state()})`);
    const [ofA, ofB] = [holds("a"), holds("b")];
    expect(ofA).toHaveLength(3);
    expect(ofB).toHaveLength(3);
    expect([...ofA, ...ofB].sort()).toEqual(PARTITIONS);
    // What each page's consumer says agrees with what its callbacks reported.
    const assignmentOf = (page: Page) => page.evaluate(() => (window as unknown as TabWindow).member.assignment().map((tp) => tp.partition));
    expect(await assignmentOf(a.page)).toEqual(ofA);
    expect(await assignmentOf(b.page)).toEqual(ofB);

    // Records produced from Node: each is finished once, by the tab holding its partition.
    await produce();
    await allDone();
    const owner = (p: number) => (ofA.includes(p) ? "a" : "b");
    expect(readersSince(0)).toEqual(new Map(PARTITIONS.map((p) => [p, [owner(p)]])));

    // Both tabs commit what they finished (as a page may on `visibilitychange`), so the hand-overs below must
    // continue exactly there: nothing read twice, nothing skipped.
    await Promise.all([commit(a.page, "a"), commit(b.page, "b")]);
    expect(await committedOffsets()).toEqual(logEnds());

    // 2. Tab b reloads and joins again under its groupInstanceId within its session timeout: it takes over its
    // old membership with the same partitions, the group epoch stays, and tab a hears of nothing.
    const before = await node.admin.describeGroup(groupId);
    const eventsOfA = membership.get("a")!.length;
    await b.page.reload();
    await b.page.waitForFunction(() => document.title === "ready");
    const rejoined = await join(b.page, { instanceId: "tab-b", reader: "b reloaded", sessionTimeoutMs: SESSION_LONG_MS });
    expect(rejoined.memberId).not.toBe(joinedB.memberId); // a new incarnation, under the same instance id
    expect(holds("b reloaded")).toEqual(ofB);
    expect(await assignmentOf(b.page)).toEqual(ofB);
    const after = await node.admin.describeGroup(groupId);
    expect(after.groupEpoch).toBe(before.groupEpoch);
    expect(after.members.map((m) => [m.groupInstanceId, m.memberId]).sort()).toEqual([
      ["tab-a", joinedA.memberId],
      ["tab-b", rejoined.memberId],
    ]);
    const secondRound = history.view.sequence.length;
    await produce();
    await allDone();
    expect(readersSince(secondRound)).toEqual(new Map(PARTITIONS.map((p) => [p, [owner(p) === "a" ? "a" : "b reloaded"]])));
    expect(membership.get("a")!.length).toBe(eventsOfA); // no revocation, no assignment: tab a saw no rebalance
    expect(holds("a")).toEqual(ofA);
    await Promise.all([commit(a.page, "a"), commit(b.page, "b reloaded")]);
    expect(await committedOffsets()).toEqual(logEnds());

    // 3. Tab a closes. Its page cannot finish close() (the requests would outlive the page), and a static
    // member that leaves keeps its partitions reserved for its session timeout anyway: after that the
    // coordinator gives them to tab b, which reads what was produced meanwhile and after, from a's commits.
    await a.page.close();
    const thirdRound = history.view.sequence.length;
    await produce(); // while tab a's partitions wait for their session timeout
    await progress.until(() => healthy() && holds("b reloaded").length === PARTITION_COUNT, () => `tab b to take over tab a's partitions (${state()})`, SESSION_SHORT_MS + EVENT_WAIT_MS);
    expect(await assignmentOf(b.page)).toEqual(PARTITIONS);
    expect(membership.get("b reloaded")!.filter((e) => e.kind === "revoked")).toEqual([]);
    await produce();
    await allDone();
    expect(readersSince(thirdRound)).toEqual(new Map(PARTITIONS.map((p) => [p, ["b reloaded"]])));
    expect((await node.admin.describeGroup(groupId)).members.map((m) => m.groupInstanceId)).toEqual(["tab-b"]);

    // The whole run: nothing lost, nothing read twice, per-partition order, and each hand-over (a reload, a
    // takeover) continued right after the last record the previous owner finished.
    const check = history.check({ everyReaderSeesAll: false, acknowledgedOnly: true, rules: [groupHandoffRule({ startOffsets: new Map(PARTITIONS.map((p) => [p, 0])) })] });
    expect(check.summary).toBe("");
    expect(readTwice(history.view)).toEqual([]);

    await b.page.evaluate(() => (window as unknown as TabWindow).member.close());
    expect((await node.admin.describeGroup(groupId)).members.map((m) => ({ id: m.groupInstanceId, assigned: m.assigned.length }))).toEqual([{ id: "tab-b", assigned: 6 }]);
    await context.close();
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(failures).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});
