/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (TOOLCHAIN.md's flags), the
 * in-process uWS broker serving the demo, the SDK bundle at /edgelog.js and a bare page that loads it.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { buildDemo } from "../../src/node/demo.ts";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// EDGELOG_SKIP_BROWSER=1 skips the browser tests on a machine without Chromium; under CI (CI set, as .ci/run
// does) it is ignored, so a CI machine without Chromium fails here instead of passing without the browser half.
export const skipBrowser = process.env.EDGELOG_SKIP_BROWSER === "1" && !process.env.CI;

/**
 * A page on the broker's origin that loads the served bundle and exposes it as `window.edgelog`. The broker
 * serves it (not page.route): Chromium's Local Network Access checks block a WebSocket to 127.0.0.1 from a
 * page whose response did not come from the local network.
 */
export const SDK_PAGE_PATH = "/sdk-test.html";
const SDK_PAGE_HTML = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>sdk test</title>
<script type="module">import * as edgelog from "/edgelog.js"; window.edgelog = edgelog; document.title = "ready";</script>`;

/** The SDK module as pages see it (`window.edgelog`). */
export type SdkModule = typeof import("../../client/index.ts");

export interface BrowserRig {
  browser: Browser;
  server: BrokerServer;
  /** A new page in `context` (default: a context of its own) and the console errors and uncaught exceptions it has had so far. */
  openPage(context?: BrowserContext): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Chromium and a broker (port 0, a fresh data directory) serving the demo and the SDK page. */
export async function startRig(): Promise<BrowserRig> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get update && apt-get install -y chromium); ` +
        (process.env.CI ? "CI runs them always (EDGELOG_SKIP_BROWSER is ignored when CI is set)" : "set EDGELOG_SKIP_BROWSER=1 to skip them"),
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-browser-"));
  const [demo, browser] = await Promise.all([buildDemo(), chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })]);
  const staticFiles = { ...demo, [SDK_PAGE_PATH]: ["text/html; charset=utf-8", SDK_PAGE_HTML] as [string, string] };
  const server = await startBroker({ port: 0, dataDir, staticFiles, log: () => {} }).catch(async (err: Error) => {
    await browser.close();
    throw err;
  });
  return {
    browser,
    server,
    async openPage(context) {
      const page = await (context ?? browser).newPage();
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
      });
      page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
