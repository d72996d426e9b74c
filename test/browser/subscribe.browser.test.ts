// Live feeds in Chromium (issue 13), on the Node broker and on the edge deployment in workerd: a feed page
// served from another origin than the broker shows records as they are produced from Node; a reload while
// records are produced resumes with no gap and no repeat; ten tabs in one browser context share one set of
// sockets (WebSockets counted per page) and each sees every record; closing the leader's tab hands over to
// another tab with no gap and no repeat in any tab, and a tab that does not lead reloads the same way. Each
// page reports every record its loop gets to Node through a binding (waits are on those reports) and, for
// reloads, keeps the list in its sessionStorage.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog, normalizeUrl, positionKey } from "../../client/node.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { repoRoot } from "../support/broker-process.ts";
import { Progress } from "../support/progress.ts";
import { startEdge, type EdgeDeployment } from "../edge/edge-deployment.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipBrowser } from "./chromium.ts";

const PARTITION_COUNT = 2;
const TAB_COUNT = 10;
/** Bounds a hang; no wait is a measurement. */
const EVENT_WAIT_MS = 30_000;
const SCENARIO_TIMEOUT_MS = 120_000;

/**
 * The feed page: `?broker=URL&topic=T&scripts=ORIGIN[&api=sdk]`. It subscribes with the subscribe-only
 * entry (or Edgelog.subscribe with api=sdk) imported from ORIGIN, shows each record newest first and reports it to Node.
 */
const FEED_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>feed</title>
<ul id="feed"></ul>
<script type="module">
const q = new URLSearchParams(location.search);
const broker = q.get("broker"), topic = q.get("topic");
const incarnation = crypto.randomUUID();
const feed = q.get("api") === "sdk"
  ? new (await import(q.get("scripts") + "/edgelog.js")).Edgelog({ url: broker }).subscribe(topic, { from: "earliest" })
  : (await import(q.get("scripts") + "/subscribe.js")).subscribe(broker, topic, { from: "earliest" });
window.feedIncarnation = incarnation;
document.title = "subscribed";
const list = document.getElementById("feed");
const decoder = new TextDecoder();
// This tab's history across reloads, written in the same task as the SDK stores the position (at the next
// pull), so a reload falls between records, never inside one. The binding reports are for waiting: a
// call still in flight when the page unloads may be lost.
const history = JSON.parse(sessionStorage.getItem("feed-history") || "[]");
for await (const r of feed) {
  const text = decoder.decode(r.value);
  history.push([incarnation, r.partition, r.offset]);
  sessionStorage.setItem("feed-history", JSON.stringify(history));
  window.feedReport(incarnation, r.partition, r.offset, text);
  const li = document.createElement("li");
  li.textContent = r.partition + ":" + r.offset + " " + text;
  list.prepend(li);
}
</script>`;

interface Report {
  incarnation: string;
  partition: number;
  offset: number;
  value: string;
}

/** The SDK and the subscribe-only entry as they are now (dist/ may be older than the sources). */
async function buildScripts(): Promise<{ "edgelog.js": Uint8Array; "subscribe.js": Uint8Array }> {
  const esbuild = await import("esbuild");
  const bundle = async (entry: string) =>
    (
      await esbuild.build({ entryPoints: [entry], absWorkingDir: repoRoot, bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, write: false, logLevel: "error" })
    ).outputFiles[0]!.contents;
  return { "edgelog.js": await bundle("client/index.ts"), "subscribe.js": await bundle("client/subscribe.ts") };
}

/** The page origin: a server of its own on another port than the broker (a different origin). */
async function startPageServer(scripts: Awaited<ReturnType<typeof buildScripts>>): Promise<{ server: Server; origin: string }> {
  const files: Record<string, [string, string | Uint8Array]> = {
    "/feed.html": ["text/html; charset=utf-8", FEED_PAGE],
    "/subscribe.js": ["text/javascript; charset=utf-8", scripts["subscribe.js"]],
    "/edgelog.js": ["text/javascript; charset=utf-8", scripts["edgelog.js"]],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://x").pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Deployment {
  name: string;
  /**
   * `scriptsOrigin`: where pages import the scripts from. The Node broker serves these builds itself (a page
   * imports /subscribe.js from the broker, as the README says); the Worker serves dist/ (whatever the last
   * `npm run build` wrote), so edge pages take them from the page server.
   */
  start(scripts: Awaited<ReturnType<typeof buildScripts>>, pageOrigin: string): Promise<{ url: string; scriptsOrigin: string; stop(): Promise<void>; connectionCount?: () => number }>;
}

const deployments: Deployment[] = [
  {
    name: "the Node broker",
    async start(scripts) {
      const dataDir = await mkdtemp(join(tmpdir(), "edgelog-feed-"));
      const broker: BrokerServer = await startBroker({ port: 0, dataDir, log: () => {}, bundles: scripts });
      return {
        url: broker.url,
        scriptsOrigin: broker.httpUrl,
        connectionCount: () => broker.connectionCount(),
        async stop() {
          await broker.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "the edge deployment in workerd",
    async start(_scripts, pageOrigin) {
      const edge: EdgeDeployment = await startEdge();
      return { url: edge.url, scriptsOrigin: pageOrigin, stop: () => edge.stop() };
    },
  },
];

for (const deployment of deployments) {
  describe.skipIf(skipBrowser)(`live feeds in Chromium against ${deployment.name}`, () => {
    let browser: Browser;
    let pages: { server: Server; origin: string };
    let broker: Awaited<ReturnType<Deployment["start"]>>;
    let node: Edgelog;
    let topicCount = 0;

    beforeAll(async () => {
      const scripts = await buildScripts();
      [browser, pages] = await Promise.all([chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }), startPageServer(scripts)]);
      broker = await deployment.start(scripts, pages.origin);
      node = new Edgelog({ url: broker.url });
    }, 60_000);

    afterAll(async () => {
      await node?.close();
      await browser?.close();
      await broker?.stop();
      await new Promise((resolve) => pages?.server.close(resolve));
    });

    /** A browser context whose pages report records to `reports`, with their WebSockets counted per page. */
    async function feedContext() {
      const context: BrowserContext = await browser.newContext();
      const reports: Report[] = [];
      const progress = new Progress(EVENT_WAIT_MS);
      const errors: string[] = [];
      const sockets = new Map<Page, number>();
      await context.exposeFunction("feedReport", (incarnation: string, partition: number, offset: number, value: string) => {
        reports.push({ incarnation, partition, offset, value });
        progress.poke();
      });
      const open = async (topic: string, api: "subscribe" | "sdk" = "subscribe") => {
        const page = await context.newPage();
        sockets.set(page, 0);
        page.on("websocket", () => {
          sockets.set(page, sockets.get(page)! + 1);
          progress.poke();
        });
        page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(`console: ${m.text()}`);
        });
        await page.goto(`${pages.origin}/feed.html?broker=${encodeURIComponent(broker.url)}&topic=${topic}&api=${api}&scripts=${encodeURIComponent(broker.scriptsOrigin)}`);
        await page.waitForFunction(() => document.title === "subscribed");
        return page;
      };
      const socketTotal = () => [...sockets.values()].reduce((a, b) => a + b, 0);
      return { context, reports, progress, errors, sockets, socketTotal, open };
    }

    async function newTopic(): Promise<string> {
      const topic = `feed-${++topicCount}`;
      await node.admin.createTopic(topic, { partitions: PARTITION_COUNT });
      return topic;
    }

    /** Produces `count` records one send at a time (so pushes arrive while the page works), values `tag-i`. */
    async function produce(topic: string, count: number, tag: string): Promise<void> {
      const producer = node.producer({ lingerMs: 0 });
      for (let i = 0; i < count; i++) await producer.send(topic, [{ key: `k${i % 5}`, value: `${tag}-${i}` }]);
      await producer.close();
    }

    /** Per partition, the offsets of `list` in the order reported. */
    function byPartition(list: Report[]): number[][] {
      return Array.from({ length: PARTITION_COUNT }, (_, p) => list.filter((r) => r.partition === p).map((r) => r.offset));
    }

    /** 0, 1, … end-1 per partition: every offset the log has, once, in order. */
    async function logOffsets(topic: string): Promise<number[][]> {
      const described = await node.admin.describeTopic(topic);
      return described.partitions.map((p) => Array.from({ length: p.highWatermark }, (_, i) => i));
    }

    it("a feed page shows records produced from Node as they happen; a reload while records are produced resumes with no gap and no repeat", async () => {
      const topic = await newTopic();
      const tab = await feedContext();
      const page = await tab.open(topic, "sdk");
      const first = await page.evaluate(() => (window as unknown as { feedIncarnation: string }).feedIncarnation);
      await produce(topic, 3, "live");
      await page.waitForFunction(() => document.querySelectorAll("#feed li").length === 3);
      expect((await page.locator("#feed li").allTextContents()).map((t) => t.replace(/^\d+:\d+ /, "")).sort()).toEqual(["live-0", "live-1", "live-2"]);
      await produce(topic, 1, "now");
      await page.waitForFunction(() => /^\d+:\d+ now-0$/.test(document.querySelector("#feed li")?.textContent ?? ""));

      // Records keep coming while the page reloads: some before it, some during it, some after it.
      const before60 = produce(topic, 60, "before");
      await tab.progress.until(() => tab.reports.length >= 30, "30 records before the reload");
      const reloading = page.reload();
      await Promise.all([before60, produce(topic, 60, "during"), reloading]);
      await page.waitForFunction(() => document.title === "subscribed");
      const second = await page.evaluate(() => (window as unknown as { feedIncarnation: string }).feedIncarnation);
      expect(second).not.toBe(first);
      await produce(topic, 4, "after");
      const expected = await logOffsets(topic);
      const total = expected.flat().length;
      expect(total).toBe(128);
      // Until each partition's last offset is in the tab's history (a gap or a repeat does not stop the wait).
      const ends = expected.map((list) => list.length);
      await page.waitForFunction((ends) => {
        const h = JSON.parse(sessionStorage.getItem("feed-history") ?? "[]") as [string, number, number][];
        return ends.every((end, p) => end === 0 || h.some(([, q, o]) => q === p && o === end - 1));
      }, ends);
      const history = (JSON.parse((await page.evaluate(() => sessionStorage.getItem("feed-history")))!) as [string, number, number][]).map(
        ([incarnation, partition, offset]) => ({ incarnation, partition, offset, value: "" }),
      );
      const before = history.filter((r) => r.incarnation === first);
      const after = history.filter((r) => r.incarnation === second);
      expect(before.length).toBeGreaterThanOrEqual(30);
      expect(after.length).toBeGreaterThanOrEqual(4);
      // What the page processed before the reload, then after it: every offset once, in order, per partition.
      expect(byPartition([...before, ...after])).toEqual(expected);
      expect(history).toHaveLength(total);
      expect(tab.errors).toEqual([]);
      await tab.context.close();
    }, SCENARIO_TIMEOUT_MS);

    it(`${TAB_COUNT} tabs share one set of sockets and each sees every record; closing the leader's tab hands over with no gap and no repeat; a tab that does not lead reloads the same`, async () => {
      const topic = await newTopic();
      const tabs = await feedContext();
      // One tab alone: the sockets one feed needs (Node: 1; edge: the bootstrap and the partitions' objects).
      const firstPage = await tabs.open(topic);
      await produce(topic, 4, "warm");
      await tabs.progress.until(() => tabs.reports.length === 4, "the first tab's 4 records");
      const alone = tabs.socketTotal();
      if (broker.connectionCount) {
        expect(alone).toBe(1);
        expect(broker.connectionCount()).toBe(1 + 1); // the page's and this test's producer client
      }
      const opened: Page[] = [firstPage];
      for (let i = 1; i < TAB_COUNT; i++) opened.push(await tabs.open(topic));
      const incarnations = await Promise.all(opened.map((p) => p.evaluate(() => (window as unknown as { feedIncarnation: string }).feedIncarnation)));

      await produce(topic, 40, "all");
      const ofTab = (incarnation: string) => tabs.reports.filter((r) => r.incarnation === incarnation);
      // The first tab has offsets from 0; the others started where the stored positions were (the shared
      // localStorage entry, written by the first tab's loop): each must reach the log's end.
      let expected = await logOffsets(topic);
      const ends = expected.map((list) => list.length);
      const reachedEnd = (incarnation: string) => byPartition(ofTab(incarnation)).every((list, p) => (ends[p] === 0 ? true : list.at(-1) === ends[p]! - 1));
      await tabs.progress.until(() => incarnations.every(reachedEnd), () => `tabs at the end: ${incarnations.filter(reachedEnd).length} of ${TAB_COUNT}`);
      expect(tabs.socketTotal()).toBe(alone); // ten tabs, the sockets of one
      if (broker.connectionCount) expect(broker.connectionCount()).toBe(1 + 1);
      for (const inc of incarnations) {
        const lists = byPartition(ofTab(inc));
        // Contiguous from wherever the tab started, to the end, no repeat.
        lists.forEach((list, p) => expect(list).toEqual(expected[p]!.slice(expected[p]!.length - list.length)));
      }
      expect(byPartition(ofTab(incarnations[0]!))).toEqual(expected);

      // The leader is the tab that opened the sockets; close it.
      const leader = opened.find((p) => tabs.sockets.get(p)! > 0)!;
      const leaderIncarnation = incarnations[opened.indexOf(leader)]!;
      const counts = new Map(incarnations.map((inc) => [inc, ofTab(inc).length]));
      await leader.close();
      await produce(topic, 40, "after");
      expected = await logOffsets(topic);
      const rest = incarnations.filter((inc) => inc !== leaderIncarnation);
      const ends2 = expected.map((list) => list.length);
      const done = (inc: string) => byPartition(ofTab(inc)).every((list, p) => list.at(-1) === ends2[p]! - 1);
      await tabs.progress.until(() => rest.every(done), () => `tabs at the end after the hand-over: ${rest.filter(done).length} of ${rest.length}`);
      for (const inc of rest) {
        const lists = byPartition(ofTab(inc));
        lists.forEach((list, p) => expect(list).toEqual(expected[p]!.slice(expected[p]!.length - list.length)));
        expect(ofTab(inc).length).toBe(counts.get(inc)! + 40);
      }
      // The new leader's sockets replace the old one's: still one set for the browser.
      expect(tabs.socketTotal()).toBe(2 * alone);
      if (broker.connectionCount) await expect.poll(() => broker.connectionCount!(), { timeout: EVENT_WAIT_MS }).toBe(1 + 1); // the old leader's socket went with its tab

      // A tab that does not lead reloads: it resumes from its own position (its sessionStorage, not the
      // origin's localStorage entry, which another tab far behind has just written) through the leader's
      // sockets, and its whole history stays contiguous.
      const newLeader = opened.find((p) => p !== leader && tabs.sockets.get(p)! > 0)!;
      const member = opened.find((p) => p !== leader && p !== newLeader)!;
      const key = positionKey(normalizeUrl(broker.url), topic);
      await newLeader.evaluate((key) => localStorage.setItem(key, JSON.stringify({ 0: 0, 1: 0 })), key);
      await member.reload();
      await member.waitForFunction(() => document.title === "subscribed");
      await produce(topic, 30, "after-member-reload");
      expected = await logOffsets(topic);
      const ends3 = expected.map((list) => list.length);
      await member.waitForFunction((ends) => {
        const h = JSON.parse(sessionStorage.getItem("feed-history") ?? "[]") as [string, number, number][];
        return ends.every((end, p) => h.some(([, q, o]) => q === p && o === end - 1));
      }, ends3);
      const history = (JSON.parse((await member.evaluate(() => sessionStorage.getItem("feed-history")))!) as [string, number, number][]).map(
        ([incarnation, partition, offset]) => ({ incarnation, partition, offset, value: "" }),
      );
      expect(new Set(history.map((r) => r.incarnation)).size).toBe(2);
      byPartition(history).forEach((list, p) => expect(list).toEqual(expected[p]!.slice(expected[p]!.length - list.length)));
      expect(tabs.socketTotal()).toBe(2 * alone); // the reloaded tab opened none
      expect(tabs.errors).toEqual([]);
      await tabs.context.close();
    }, SCENARIO_TIMEOUT_MS);
  });
}
