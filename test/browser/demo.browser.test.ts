// The demo pages (examples/demo, what `npm start` serves) in Chromium, served from an origin of their own (a
// second local server, as edge-dev.ts serves them) against the Node broker and the edge deployment in workerd:
// clicks in the shop appear in the live feed (the click-to-feed delay is measured and reported, not asserted),
// feed tabs of one browser share one tab's socket, a shop page closed with events still buffered delivers them,
// clicks made offline arrive once each when the browser is back online, and the topics page shows the topics and a
// group's lag as it changes. Screenshots of each page go to $EDGELOG_ARTIFACTS_DIR or test-artifacts/demo-*/.
import { mkdir, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tracker } from "../../client/track.ts";
import { buildDemo, demoTopics, serveFiles } from "../../src/node/demo.ts";
import { repoRoot } from "../support/broker-process.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipBrowser } from "./chromium.ts";
import { startEdgeTarget, startNodeTarget, type BrowserTarget } from "./targets.ts";

/** Bounds a hang; no wait here is a measurement. */
const WAIT_MS = 15_000;
/** Bounds a case, over vitest's 30 s: the cases run concurrently and share the CPU. */
const CASE_TIMEOUT_MS = 90_000;
const newDataDir = tempDirs("edgelog-demo-");
const artifactsRoot = process.env.EDGELOG_ARTIFACTS_DIR ?? join(repoRoot, "test-artifacts");


type ShopWindow = { demoTracker: Tracker };

function demoCases(deployment: "node" | "edge", start: () => Promise<BrowserTarget>): void {
  // The cases run concurrently: each has browser contexts of its own (its own visitor, filtered by its
  // anonymous id), its own records or topic, so they overlap instead of waiting for each other's pages. Each
  // asserts with its context's expect, which concurrent cases need (expect.poll above all).
  describe.concurrent(`the demo pages in Chromium (${deployment})`, { timeout: CASE_TIMEOUT_MS }, () => {
    let target: BrowserTarget;
    let pages: Server;
    let pagesOrigin: string;
    let browser: Browser;
    const shots = join(artifactsRoot, `demo-${deployment}`);

    beforeAll(async () => {
      const [t, files, b] = await Promise.all([start(), buildDemo(), chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }), mkdir(shots, { recursive: true })]);
      [target, browser] = [t, b];
      for (const t of demoTopics) await target.client.admin.createTopic(t.name, { partitions: t.partitions }); // what `serve --demo` does
      pages = await serveFiles(files, "127.0.0.1", 0);
      pagesOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
      await target?.close();
    });

    const pageUrl = (path: string, params: Record<string, string> = {}) => `${pagesOrigin}/${path}?${new URLSearchParams({ broker: target.httpUrl, ...params })}`;

    /** A page of `context` at `path`, waited for until its body says `state`, and the errors it logs. */
    async function open(context: BrowserContext, path: string, state: string, params: Record<string, string> = {}): Promise<{ page: Page; errors: string[] }> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
      page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
      await page.goto(pageUrl(path, params));
      await page.waitForSelector(`body[data-state="${state}"]`, { timeout: WAIT_MS });
      return { page, errors };
    }

    it("a click in the shop appears in the live feed; the delay from click to feed is measured", async ({ expect }) => {
      const feedContext = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const shopContext = await browser.newContext({ viewport: { width: 1200, height: 800 } }); // another visitor: no shared storage
      const feed = await open(feedContext, "feed.html", "live");
      const shop = await open(shopContext, "shop.html", "ready");
      const skus = await shop.page.locator(".product").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.sku!));
      const anonymousId = await shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.anonymousId);
      const clicked = skus.slice(0, 5);
      for (const sku of clicked) {
        await shop.page.click(`.product[data-sku="${sku}"] .add`);
        // The feed shows this click's event (a row of the shop's visitor naming the product).
        await feed.page.waitForFunction(
          ([id, s]) => [...document.querySelectorAll(`#feed li[data-event="add_to_cart"][data-anonymous-id="${id}"]`)].some((li) => li.textContent!.includes(`sku=${s} `)),
          [anonymousId, sku] as const,
          { timeout: WAIT_MS },
        );
      }
      await shop.page.click("#checkout");
      await feed.page.waitForSelector(`#feed li[data-event="checkout"][data-anonymous-id="${anonymousId}"]`, { timeout: WAIT_MS });
      await expect.poll(() => shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.queuedEventCount()), { timeout: WAIT_MS }).toBe(0);

      const rows = await feed.page.locator(`#feed li[data-anonymous-id="${anonymousId}"]`).evaluateAll((lis) =>
        lis.map((li) => ({ event: (li as HTMLElement).dataset.event, delayMs: Number((li as HTMLElement).dataset.receivedMs) - Number((li as HTMLElement).dataset.eventMs) })),
      );
      // Each event once, newest first: the page view, five clicks, the checkout.
      expect(rows.map((r) => r.event).reverse()).toEqual(["page_view", ...clicked.map(() => "add_to_cart"), "checkout"]);
      const delays = rows.filter((r) => r.event !== "page_view").map((r) => r.delayMs).sort((a, b) => a - b);
      const report = { deployment, events: delays.length, delayMs: { min: delays[0], median: delays[Math.floor(delays.length / 2)], max: delays.at(-1) }, flushIntervalMs: 500 };
      console.log(`[demo ${deployment}] click → feed delay (event timestamp to row shown): ${JSON.stringify(report.delayMs)} ms over ${delays.length} events`);
      await writeFile(join(shots, "click-to-feed.json"), JSON.stringify(report, null, 2) + "\n");
      expect(await feed.page.locator("#rate").textContent()).not.toBe("0.0"); // seven events in the last ten seconds

      await shop.page.screenshot({ path: join(shots, "shop.png"), fullPage: true });
      await feed.page.screenshot({ path: join(shots, "feed.png"), fullPage: true });
      expect(shop.errors).toEqual([]);
      expect(feed.errors).toEqual([]);
      await shopContext.close();
      await feedContext.close();
    });

    it("three feed tabs of one browser share one tab's socket, and each shows a record produced from Node", async ({ expect }) => {
      const context = await browser.newContext();
      const tabs = [];
      const socketsByTab: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await context.newPage();
        socketsByTab.push(0);
        page.on("websocket", () => socketsByTab[i]!++);
        await page.goto(pageUrl("feed.html", { topic: "demo" }));
        await page.waitForSelector('body[data-state="live"]', { timeout: WAIT_MS });
        tabs.push(page);
      }
      const text = `shared ${Date.now()}`;
      await target.client.producer({ lingerMs: 0 }).send("demo", [{ value: text }]);
      for (const page of tabs) await page.waitForFunction((t) => [...document.querySelectorAll("#feed li .value")].some((v) => v.textContent === t), text, { timeout: WAIT_MS });
      // One tab leads and holds the sockets (one, or more at the edge: a partition's object has its own); the others open none.
      expect(socketsByTab.filter((n) => n > 0)).toHaveLength(1);
      await context.close();
    });

    it("closing the shop page with events still buffered delivers them", async ({ expect }) => {
      const feedContext = await browser.newContext();
      const shopContext = await browser.newContext();
      const feed = await open(feedContext, "feed.html", "live");
      // A minute of flush interval: nothing leaves the tracker's buffer before the page closes.
      const shop = await open(shopContext, "shop.html", "ready", { flushMs: "60000" });
      const anonymousId = await shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.anonymousId);
      const skus = await shop.page.locator(".product").evaluateAll((cards) => cards.slice(0, 3).map((c) => (c as HTMLElement).dataset.sku!));
      for (const sku of skus) await shop.page.click(`.product[data-sku="${sku}"] .add`);
      expect(await shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.queuedEventCount())).toBe(4); // the page view and three clicks
      expect(await feed.page.locator(`#feed li[data-anonymous-id="${anonymousId}"]`).count()).toBe(0);
      await shop.page.close({ runBeforeUnload: true });
      await feed.page.waitForFunction((id) => document.querySelectorAll(`#feed li[data-anonymous-id="${id}"]`).length >= 4, anonymousId, { timeout: WAIT_MS });
      const events = await feed.page.locator(`#feed li[data-anonymous-id="${anonymousId}"]`).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event).reverse());
      expect(events).toEqual(["page_view", "add_to_cart", "add_to_cart", "add_to_cart"]);
      expect(shop.errors).toEqual([]);
      expect(feed.errors).toEqual([]);
      await shopContext.close();
      await feedContext.close();
    });

    it("clicks in the shop while the browser is offline reach the feed once each when it is back online", async ({ expect }) => {
      const feedContext = await browser.newContext();
      const shopContext = await browser.newContext();
      const feed = await open(feedContext, "feed.html", "live");
      const shop = await open(shopContext, "shop.html", "ready");
      const anonymousId = await shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.anonymousId);
      const rowsOfVisitor = () => feed.page.locator(`#feed li[data-anonymous-id="${anonymousId}"]`).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event).reverse());
      await expect.poll(rowsOfVisitor, { timeout: WAIT_MS }).toEqual(["page_view"]);
      await shopContext.setOffline(true);
      const skus = await shop.page.locator(".product").evaluateAll((cards) => cards.slice(0, 2).map((c) => (c as HTMLElement).dataset.sku!));
      for (const sku of skus) await shop.page.click(`.product[data-sku="${sku}"] .add`);
      await shop.page.click("#checkout");
      // Offline: the events wait in the tracker's queue (a send fails at once into its backoff).
      await expect.poll(() => shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.queuedEventCount()), { timeout: WAIT_MS }).toBe(3);
      expect(await rowsOfVisitor()).toEqual(["page_view"]);
      await shopContext.setOffline(false);
      await expect.poll(() => shop.page.evaluate(() => (window as unknown as ShopWindow).demoTracker.queuedEventCount()), { timeout: WAIT_MS }).toBe(0);
      await expect.poll(rowsOfVisitor, { timeout: WAIT_MS }).toEqual(["page_view", "add_to_cart", "add_to_cart", "checkout"]);
      expect(feed.errors).toEqual([]);
      await shopContext.close();
      await feedContext.close();
    });

    it("the topics page lists the topics with their high watermarks and a group's lag, and refreshes", async ({ expect }) => {
      const { admin } = target.client;
      await admin.createTopic("ledger", { partitions: 2 });
      const producer = target.client.producer({ lingerMs: 0 });
      await producer.send("ledger", [...Array.from({ length: 10 }, (_, i) => ({ value: `a${i}`, partition: 0 })), ...Array.from({ length: 4 }, (_, i) => ({ value: `b${i}`, partition: 1 }))]);
      // The group has read 6 of partition 0 and all of partition 1 (an offset past the end is clamped to it): lag 4.
      await admin.resetOffsets("ledger-readers", { topic: "ledger", to: 6 });
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(err.message));
      await page.goto(pageUrl("topics.html"));
      await page.waitForSelector('section[data-group="ledger-readers"][data-lag="4"]', { timeout: WAIT_MS });
      const listed = await page.locator("section.topic[data-topic]").evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.topic));
      expect(listed).toEqual(["activity", "demo", "ledger"]);
      const ledger = page.locator('section[data-topic="ledger"] tbody tr');
      expect(await ledger.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.partition, (tr as HTMLElement).dataset.highWatermark]))).toEqual([["0", "10"], ["1", "4"]]);
      const lags = page.locator('section[data-group="ledger-readers"] tbody tr');
      expect(await lags.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 5).map((td) => td.textContent)))).toEqual([
        ["ledger", "0", "6", "10", "4"],
        ["ledger", "1", "4", "4", "0"],
      ]);
      // Two more records in partition 1: the page shows the new lag without a reload.
      await producer.send("ledger", [{ value: "b4", partition: 1 }, { value: "b5", partition: 1 }]);
      await page.waitForSelector('section[data-group="ledger-readers"][data-lag="6"]', { timeout: WAIT_MS });
      await page.screenshot({ path: join(shots, "topics.png"), fullPage: true });

      // The start page: its nav keeps ?broker= so every page reaches the same broker.
      await page.goto(pageUrl(""));
      const links = await page.locator("nav a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(["", "feed.html", "shop.html", "topics.html"].map((p) => `${pagesOrigin}/${p}?${new URLSearchParams({ broker: target.httpUrl })}`));
      await page.screenshot({ path: join(shots, "index.png"), fullPage: true });
      expect(errors).toEqual([]);
      await producer.close();
      await context.close();
    });
  });
}

describe.skipIf(skipBrowser)("demo, Node broker", () => {
  demoCases("node", async () => startNodeTarget({ dataDir: await newDataDir() }));
});

describe.skipIf(skipBrowser)("demo, edge deployment", () => {
  demoCases("edge", () => startEdgeTarget());
});
