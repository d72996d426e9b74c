/**
 * The tracker's browser cases, shared by the Node broker (track.browser.test.ts) and the edge deployment in
 * workerd (track-edge.browser.test.ts): a shop page on an origin of its own (a second local server, which
 * serves client/track.ts bundled with esbuild as /track.js) tracks into the broker over HTTP; the records
 * are read back with the Node SDK and counted by event id and in the log.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionForKey, type Edgelog } from "../../client/node.ts";
import { createToken } from "../../src/core/auth.ts";
import type { Tracker } from "../../client/track.ts";
import { repoRoot } from "../support/broker-process.ts";
import { Progress } from "../support/progress.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";
import type { BrowserTarget } from "./targets.ts";

/** Bounds a hang; no wait here is a measurement. */
const EVENT_WAIT_MS = 20_000;

/** The deployment a page's tracker posts to (its httpUrl), with a Node SDK client of it. */
export type TrackTarget = BrowserTarget;

/** A record as the tracker wrote it. */
export interface TrackedRecord {
  partition: number;
  offset: number;
  key: string;
  eventId: string;
  timestampMs: number;
  value: {
    event: string;
    properties: Record<string, unknown>;
    eventId: string;
    anonymousId: string;
    sessionId: string;
    url: string;
    path: string;
    title: string;
    referrer: string;
    timestampMs: number;
  };
}

/**
 * The shop page: its tracker is configured from the query string (broker, topic, from=broker, flushMs, batchMax, queueMax, pageViews=0, key,
 * token: given as a function, so that at unload the tracker uses the last one it was given) and
 * exposed as `window.t`; `window.queuedInDb()` counts the events in the IndexedDB queue (a test's look at
 * what survives a reload). Cached (max-age) so that a reload works offline.
 */
const SHOP_HTML = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>shop</title>
<script type="module">
const q = new URLSearchParams(location.search);
const url = q.get("broker"), topic = q.get("topic");
// from=broker: the bundle the broker serves (dist/track.js, CORS), as the README's snippet imports it.
const { tracker } = await import(q.get("from") === "broker" ? url + "/track.js" : "/track.js");
const token = q.get("token");
const number = (name) => (q.has(name) ? Number(q.get(name)) : undefined);
window.t = tracker({
  url, topic, flushIntervalMs: number("flushMs"), batchEventsMax: number("batchMax"), queueEventsMax: number("queueMax"),
  pageViews: q.get("pageViews") !== "0", key: q.get("key") ?? undefined, token: token ? async () => token : undefined,
});
window.queuedInDb = () => new Promise((resolve, reject) => {
  const r = indexedDB.open("edgelog-track " + url + " " + topic);
  r.onerror = () => reject(r.error);
  r.onsuccess = () => {
    if (!r.result.objectStoreNames.contains("q")) return resolve(0); // no queue in IndexedDB at all
    const all = r.result.transaction("q").objectStore("q").getAll();
    all.onsuccess = () => { resolve(all.result.reduce((n, b) => n + b.recs.length, 0)); r.result.close(); };
  };
});
window.trackerReady = true;
</script>`;

export type ShopWindow = { t: Tracker; queuedInDb(): Promise<number>; trackerReady: boolean };

/** The page's origin: a local server on a port of its own serving the shop page and /track.js. */
async function startShopServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const bundle = await build({ entryPoints: [`${repoRoot}client/track.ts`], bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, write: false, logLevel: "silent" });
  const script = bundle.outputFiles[0]!.text;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/track.js") res.writeHead(200, { "content-type": "text/javascript", "cache-control": "max-age=3600" }).end(script);
    else if (path.startsWith("/shop")) res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "max-age=3600" }).end(SHOP_HTML);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads `count` records of `topic` from the start (fails if they do not come). */
export async function readTracked(client: Edgelog, topic: string, count: number): Promise<TrackedRecord[]> {
  const out: TrackedRecord[] = [];
  const progress = new Progress(EVENT_WAIT_MS);
  const text = new TextDecoder();
  const consumer = client.consumer({ topic, from: "earliest" });
  const running = consumer.run({
    eachRecord: async (r) => {
      const eventId = r.headers.find((h) => h.key === "event-id");
      out.push({ partition: r.partition, offset: r.offset, key: text.decode(r.key!), eventId: eventId ? text.decode(eventId.value) : "", timestampMs: r.timestampMs, value: JSON.parse(text.decode(r.value!)) });
      progress.poke();
    },
  });
  try {
    await progress.until(() => out.length >= count, () => `records of ${topic}: ${out.length} of ${count}`);
  } finally {
    await consumer.close();
    await running.catch(() => {});
  }
  return out.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}

/** Records in the log of `topic` (every partition's high watermark; nothing is deleted in these tests). */
async function logRecordCount(client: Edgelog, topic: string): Promise<number> {
  const d = await client.admin.describeTopic(topic);
  return d.partitions.reduce((n, p) => n + p.highWatermark - p.logStartOffset, 0);
}

/** Waits until the page's IndexedDB queue and buffer hold nothing (everything acknowledged by the broker). */
async function queueEmptied(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as ShopWindow).t.queuedEventCount()), { timeout: EVENT_WAIT_MS }).toBe(0);
}

/** Each event id once; returns them. */
function distinctIds(records: TrackedRecord[]): Set<string> {
  const ids = new Set(records.map((r) => r.eventId));
  expect(ids.size).toBe(records.length);
  for (const r of records) expect(r.value.eventId).toBe(r.eventId);
  return ids;
}

/** Starts the deployment, with auth on when a secret is given (HS256 capability tokens). */
export type StartTarget = (opts: { authSecret?: string }) => Promise<TrackTarget>;

export function trackerCases(deployment: string, start: StartTarget): void {
  describe(`the tracker in Chromium (${deployment})`, () => {
    let target: TrackTarget;
    let shop: { origin: string; close(): Promise<void> };
    let browser: Browser;

    beforeAll(async () => {
      [target, shop, browser] = await Promise.all([start({}), startShopServer(), chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })]);
    });

    afterAll(async () => {
      await browser?.close();
      await shop?.close();
      await target?.close();
    });

    const shopUrl = (topic: string, params: Record<string, string> = {}, path = "/shop") =>
      `${shop.origin}${path}?${new URLSearchParams({ broker: target.httpUrl, topic, ...params })}`;

    /** A page of `context` on the shop, its tracker ready, and the errors it logs. */
    async function openShop(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as ShopWindow).trackerReady === true);
      return { page, errors };
    }

    it("tracked events reach the topic once each, keyed by the anonymous id, with session, event id and page data; the ids survive a reload", async () => {
      const topic = "track-basic";
      await target.client.admin.createTopic(topic, { partitions: 3 });
      const context = await browser.newContext();
      const { page, errors } = await openShop(context, shopUrl(topic));
      const first = await page.evaluate(async () => {
        const t = (window as unknown as ShopWindow).t;
        const ids = [t.track("signup", { plan: "pro" }), t.track("click", { n: 1 }), t.track("click", { n: 2 })];
        await t.flush();
        return { ids, anonymousId: t.anonymousId, href: location.href };
      });
      await page.reload();
      await page.waitForFunction(() => (window as unknown as ShopWindow).trackerReady === true);
      const second = await page.evaluate(async () => {
        const t = (window as unknown as ShopWindow).t;
        await t.flush();
        return { anonymousId: t.anonymousId };
      });
      await queueEmptied(page);

      const records = await readTracked(target.client, topic, 5);
      expect(records.map((r) => r.value.event)).toEqual(["page_view", "signup", "click", "click", "page_view"]);
      distinctIds(records);
      expect(records.slice(1, 4).map((r) => r.eventId)).toEqual(first.ids);
      expect(second.anonymousId).toBe(first.anonymousId);
      // One key, so one partition, in order: the one Kafka's partitioner gives the anonymous id.
      const partition = partitionForKey(new TextEncoder().encode(first.anonymousId), 3);
      for (const r of records) {
        expect(r.key).toBe(first.anonymousId);
        expect(r.partition).toBe(partition);
        expect(r.value.anonymousId).toBe(first.anonymousId);
        expect(r.value.sessionId).toBe(records[0]!.value.sessionId); // within the idle timeout, across the reload
        expect(r.value).toMatchObject({ url: first.href, path: "/shop", title: "shop", referrer: "" });
        expect(r.timestampMs).toBe(r.value.timestampMs);
      }
      expect(records[1]!.value.properties).toEqual({ plan: "pro" });
      expect(records.map((r) => r.offset)).toEqual(records.map((_, i) => records[0]!.offset + i));
      expect(await logRecordCount(target.client, topic)).toBe(5);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("a page of another site imports the tracker from the broker's /track.js (the served bundle) and its events arrive", async () => {
      const topic = "track-served";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      const scripts: string[] = [];
      context.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      const { page, errors } = await openShop(context, shopUrl(topic, { from: "broker" }));
      expect(scripts).toEqual([`${target.httpUrl}/track.js`]);
      const id = await page.evaluate(async () => {
        const t = (window as unknown as ShopWindow).t;
        const id = t.track("signup", { plan: "pro" });
        await t.flush();
        return id;
      });
      const records = await readTracked(target.client, topic, 2);
      expect(records.map((r) => [r.value.event, r.eventId === id || r.value.event === "page_view"])).toEqual([
        ["page_view", true],
        ["signup", true],
      ]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("history navigation makes page views: pushState, replaceState to a new URL, a hash change, back twice; a replaceState to the same URL does not", async () => {
      const topic = "track-history";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      const { page, errors } = await openShop(context, shopUrl(topic, { flushMs: "60000" }));
      const first = await page.evaluate(async () => {
        const w = window as unknown as ShopWindow;
        const start = location.href;
        // The tracker looks after the navigation's task, so a title set right after pushState is the page's.
        const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
        history.pushState({}, "", "/shop/cart");
        document.title = "cart";
        await settle();
        history.replaceState({ again: true }, "", "/shop/cart");
        await settle();
        history.replaceState({}, "", "/shop/checkout");
        document.title = "checkout";
        await settle();
        const hashed = new Promise((resolve) => addEventListener("hashchange", resolve, { once: true }));
        location.hash = "pay";
        await hashed;
        await settle();
        // Back to the entry without the hash (popstate and hashchange), then back past the pushState (popstate only).
        const unhashed = Promise.all(["popstate", "hashchange"].map((type) => new Promise((resolve) => addEventListener(type, resolve, { once: true }))));
        history.back();
        await unhashed;
        await settle();
        const popped = new Promise((resolve) => addEventListener("popstate", resolve, { once: true }));
        history.back();
        await popped;
        await settle();
        await w.t.flush();
        return { start, origin: location.origin };
      });
      await queueEmptied(page);
      const records = await readTracked(target.client, topic, 6);
      const o = first.origin;
      expect(records.map((r) => [r.value.event, r.value.url, r.value.path, r.value.title, r.value.referrer])).toEqual([
        ["page_view", first.start, "/shop", "shop", ""],
        ["page_view", `${o}/shop/cart`, "/shop/cart", "cart", first.start],
        ["page_view", `${o}/shop/checkout`, "/shop/checkout", "checkout", `${o}/shop/cart`],
        ["page_view", `${o}/shop/checkout#pay`, "/shop/checkout", "checkout", `${o}/shop/checkout`],
        ["page_view", `${o}/shop/checkout`, "/shop/checkout", "checkout", `${o}/shop/checkout#pay`],
        // A same-document traversal keeps the document's title.
        ["page_view", first.start, "/shop", "checkout", `${o}/shop/checkout`],
      ]);
      expect(await logRecordCount(target.client, topic)).toBe(6);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("closing the page with events still buffered delivers them (keepalive), and the next page's resend of its queue stores nothing twice", async () => {
      const topic = "track-close";
      await target.client.admin.createTopic(topic, { partitions: 2 });
      const context = await browser.newContext();
      // A minute of flush interval: nothing leaves the buffer before the page closes.
      const { page } = await openShop(context, shopUrl(topic, { flushMs: "60000" }));
      const ids = await page.evaluate(() => {
        const t = (window as unknown as ShopWindow).t;
        return Array.from({ length: 5 }, (_, i) => t.track("add_to_cart", { item: i }));
      });
      await page.close({ runBeforeUnload: true });
      const records = await readTracked(target.client, topic, 6);
      expect(records.map((r) => r.value.event)).toEqual(["page_view", ...ids.map(() => "add_to_cart")]);
      expect(records.slice(1).map((r) => r.eventId)).toEqual(ids);
      distinctIds(records);

      // Navigating away delivers too. Then a new page of the origin sends whatever the queue kept (a batch whose
      // answer the closed page never read is resent with its producer id and sequence: duplicate, stored once).
      const { page: second } = await openShop(context, shopUrl(topic, { flushMs: "60000", pageViews: "0" }));
      const more = await second.evaluate(() => (window as unknown as ShopWindow).t.track("checkout"));
      await second.goto("about:blank");
      const third = await openShop(context, shopUrl(topic, { pageViews: "0" }));
      await queueEmptied(third.page);
      const all = await readTracked(target.client, topic, 7);
      expect(all.map((r) => r.eventId)).toContain(more);
      distinctIds(all);
      expect(await logRecordCount(target.client, topic)).toBe(7);
      await context.close();
    });

    it("offline: events wait in IndexedDB through a reload and go once when the browser is back online", async () => {
      const topic = "track-offline";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      const url = shopUrl(topic);
      const { page, errors } = await openShop(context, url);
      await page.evaluate(() => (window as unknown as ShopWindow).t.flush());
      await queueEmptied(page); // the first page view is in

      await context.setOffline(true);
      await page.waitForFunction(() => !navigator.onLine);
      const ids = await page.evaluate(() => {
        const t = (window as unknown as ShopWindow).t;
        return Array.from({ length: 5 }, (_, i) => t.track("view_item", { item: i }));
      });
      // Offline they go to the queue at once (no flush call): a reload finds them there.
      await expect.poll(() => page.evaluate(() => (window as unknown as ShopWindow).queuedInDb()), { timeout: EVENT_WAIT_MS }).toBe(5);
      await page.goto(url); // offline: the page and /track.js come from the HTTP cache
      await page.waitForFunction(() => (window as unknown as ShopWindow).trackerReady === true);
      // The reloaded page's own page view joins the queue; nothing is sent while offline.
      await expect.poll(() => page.evaluate(() => (window as unknown as ShopWindow).queuedInDb()), { timeout: EVENT_WAIT_MS }).toBe(6);
      expect(await logRecordCount(target.client, topic)).toBe(1);

      await context.setOffline(false);
      await queueEmptied(page);
      const records = await readTracked(target.client, topic, 7);
      expect(records.map((r) => r.value.event)).toEqual(["page_view", ...ids.map(() => "view_item"), "page_view"]);
      expect(records.slice(1, 6).map((r) => r.eventId)).toEqual(ids);
      distinctIds(records);
      expect(await logRecordCount(target.client, topic)).toBe(7);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("the IndexedDB queue keeps the newest queueEventsMax events: the oldest batches are dropped and counted", async () => {
      const topic = "track-bound";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      const { page } = await openShop(context, shopUrl(topic, { pageViews: "0", batchMax: "2", queueMax: "4" }));
      await context.setOffline(true);
      await page.waitForFunction(() => !navigator.onLine);
      const ids = await page.evaluate(async () => {
        const t = (window as unknown as ShopWindow).t;
        const ids = Array.from({ length: 10 }, (_, i) => t.track("e", { i }));
        await t.flush();
        return ids;
      });
      expect(await page.evaluate(() => (window as unknown as ShopWindow).queuedInDb())).toBe(4);
      expect(await page.evaluate(() => (window as unknown as ShopWindow).t.droppedEventCount)).toBe(6);
      await context.setOffline(false);
      await queueEmptied(page);
      const records = await readTracked(target.client, topic, 4);
      expect(records.map((r) => r.eventId)).toEqual(ids.slice(6));
      expect(await logRecordCount(target.client, topic)).toBe(4);
      await context.close();
    });

    it("an answer lost after the broker stored the batch: the retry carries the same producer id and sequence and is stored once", async () => {
      const topic = "track-lost-answer";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      const bodies: string[] = [];
      let lost = 0;
      // The first two requests reach the broker (route.fetch, from Node), then the page sees a reset.
      await context.route(`${target.httpUrl}/v1/topics/${topic}/records`, async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        bodies.push(route.request().postData() ?? "");
        if (lost < 2) {
          lost++;
          const answer = await route.fetch();
          expect(answer.status()).toBe(200);
          return route.abort("connectionreset");
        }
        return route.continue();
      });
      const { page } = await openShop(context, shopUrl(topic, { flushMs: "60000", pageViews: "0" }));
      const ids = await page.evaluate(async () => {
        const t = (window as unknown as ShopWindow).t;
        const ids = [t.track("a"), t.track("b")];
        await t.flush();
        return ids;
      });
      await queueEmptied(page);
      const records = await readTracked(target.client, topic, 2);
      expect(records.map((r) => r.eventId)).toEqual(ids);
      expect(await logRecordCount(target.client, topic)).toBe(2);
      // Three requests, one body: the retries resent the same producer id, sequence and records.
      expect(bodies.length).toBe(3);
      expect(new Set(bodies).size).toBe(1);
      expect(JSON.parse(bodies[0]!).producer).toMatchObject({ sequence: 0 });
      await context.close();
    });

    it("two tabs of an origin share the queue: offline, both track; back online, every event is in the log once", async () => {
      const topic = "track-tabs";
      await target.client.admin.createTopic(topic, { partitions: 2 });
      const context = await browser.newContext();
      const url = shopUrl(topic, { pageViews: "0" });
      const tabs = [await openShop(context, url), await openShop(context, url)];
      await context.setOffline(true);
      const ids: string[] = [];
      for (const [n, { page }] of tabs.entries()) {
        await page.waitForFunction(() => !navigator.onLine);
        ids.push(...(await page.evaluate((n) => Array.from({ length: 4 }, (_, i) => (window as unknown as ShopWindow).t.track("tab_event", { tab: n, i })), n)));
      }
      // One queue (one IndexedDB database) for the origin: each tab sees the other's events.
      await expect.poll(() => tabs[0]!.page.evaluate(() => (window as unknown as ShopWindow).queuedInDb()), { timeout: EVENT_WAIT_MS }).toBe(8);
      await context.setOffline(false); // both tabs get `online` and pass over the queue, one at a time (Web Lock)
      for (const { page } of tabs) await queueEmptied(page);
      const records = await readTracked(target.client, topic, 8);
      expect(new Set(records.map((r) => r.eventId))).toEqual(new Set(ids));
      distinctIds(records);
      expect(await logRecordCount(target.client, topic)).toBe(8);
      for (const { errors } of tabs) expect(errors).toEqual([]);
      await context.close();
    });

    it("where fetch has no keepalive, closing the page sends the buffer with sendBeacon (text/plain, no preflight); the resend from the queue is stored once", async () => {
      const topic = "track-beacon";
      await target.client.admin.createTopic(topic, { partitions: 1 });
      const context = await browser.newContext();
      // A browser without keepalive (Firefox before 133): the feature test sees none. Beacons are counted in
      // localStorage, which is written at once (the closing page has no time to report otherwise).
      await context.addInitScript(() => {
        delete (Request.prototype as { keepalive?: boolean }).keepalive;
        const beacon = navigator.sendBeacon.bind(navigator);
        navigator.sendBeacon = (url, data) => {
          localStorage.setItem("beacons", String(Number(localStorage.getItem("beacons") ?? 0) + 1));
          return beacon(url, data);
        };
      });
      const { page } = await openShop(context, shopUrl(topic, { flushMs: "60000", pageViews: "0" }));
      const ids = await page.evaluate(() => [(window as unknown as ShopWindow).t.track("a"), (window as unknown as ShopWindow).t.track("b")]);
      await page.close({ runBeforeUnload: true });
      const records = await readTracked(target.client, topic, 2);
      expect(records.map((r) => r.eventId)).toEqual(ids);
      // The beacon's answer is never read, so its batch stayed queued; the next page resends it: a duplicate.
      const next = await openShop(context, shopUrl(topic, { pageViews: "0" }));
      expect(await next.page.evaluate(() => localStorage.getItem("beacons"))).toBe("1");
      await next.page.evaluate(() => (window as unknown as ShopWindow).t.flush());
      await queueEmptied(next.page);
      expect(await logRecordCount(target.client, topic)).toBe(2);
      await context.close();
    });

    describe("with auth on", () => {
      const secret = "track-test-secret-track-test-secret!";
      let authed: TrackTarget;

      beforeAll(async () => {
        authed = await start({ authSecret: secret });
      });

      afterAll(async () => {
        await authed?.close();
      });

      it("a keyIsSubject token: records keyed by the user, sent with Authorization: Bearer, also at page close (keepalive after a preflight)", async () => {
        const topic = "track-auth";
        await authed.client.admin.createTopic(topic, { partitions: 4 });
        const token = await createToken(secret, { sub: "alice", produce: [topic], keyIsSubject: true }, 3_600_000);
        const context = await browser.newContext();
        const params = new URLSearchParams({ broker: authed.httpUrl, topic, flushMs: "60000", key: "alice", token });
        const { page, errors } = await openShop(context, `${shop.origin}/shop?${params}`);
        const sent = await page.evaluate(async () => {
          const t = (window as unknown as ShopWindow).t;
          const id = t.track("login");
          await t.flush();
          return id;
        });
        await queueEmptied(page);
        const buffered = await page.evaluate(() => [(window as unknown as ShopWindow).t.track("buy"), (window as unknown as ShopWindow).t.track("logout")]);
        await page.close({ runBeforeUnload: true });
        const records = await readTracked(authed.client, topic, 4);
        expect(records.map((r) => r.value.event)).toEqual(["page_view", "login", "buy", "logout"]);
        expect(records.map((r) => r.eventId).slice(1)).toEqual([sent, ...buffered]);
        for (const r of records) expect(r.key).toBe("alice");
        expect(await logRecordCount(authed.client, topic)).toBe(4);
        expect(errors).toEqual([]);
        await context.close();
      });
    });
  });
}
