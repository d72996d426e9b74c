// The browser bundles of dist/ (`npm run build`), served by the Node broker and by the edge Worker in
// workerd: a page of another origin (a second local server) imports /edgelog.js, /subscribe.js and /track.js
// from the broker as module scripts (fetched with CORS) and uses the SDK against it; the HTTP answers carry
// CORS for any origin, an ETag that revalidates to 304 and a short max-age; an unbuilt bundle is a 404 JSON
// that says to build.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { distDir } from "../../src/node/bundles.ts";
import { startEdge, type EdgeDeployment } from "../edge/edge-deployment.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipBrowser } from "./chromium.ts";

const bundleNames = ["edgelog.js", "subscribe.js", "track.js"];

/** A page on its own local origin whose module script imports the bundles from `brokerHttp` and uses the SDK. */
function pageServer(brokerHttp: string): Promise<Server> {
  const ws = brokerHttp.replace(/^http/, "ws");
  const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>loading</title>
<script type="module" onerror="document.title = 'import failed'">
  import { Edgelog } from "${brokerHttp}/edgelog.js";
  import * as feed from "${brokerHttp}/subscribe.js";
  import * as track from "${brokerHttp}/track.js";
  const el = new Edgelog({ url: "${ws}" });
  try {
    const topic = "bundle-" + Math.random().toString(36).slice(2, 8);
    await el.admin.createTopic(topic, { partitions: 1 });
    const [ack] = await el.producer({ lingerMs: 0 }).send(topic, [{ key: "k", value: "from another origin" }]);
    const consumer = el.consumer({ topic, from: "earliest" });
    let value = null;
    for await (const r of consumer) { value = new TextDecoder().decode(r.value); break; }
    window.result = { offset: ack.offset, value, subscribe: typeof feed.subscribe, tracker: typeof track.tracker, origin: location.origin };
  } catch (err) {
    window.result = { error: String(err) };
  } finally {
    await el.close();
    document.title = "done";
  }
</script>`;
  const server = createServer((req, res) => {
    if (req.url !== "/") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

describe.skipIf(skipBrowser)("browser bundles served with CORS", () => {
  let browser: Browser;
  let dataDir: string;
  let node: BrokerServer;
  let bare: BrokerServer;
  let edge: EdgeDeployment;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "edgelog-bundles-"));
    [browser, node, bare, edge] = await Promise.all([
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
      startBroker({ port: 0, dataDir: join(dataDir, "a"), log: () => {} }),
      startBroker({ port: 0, dataDir: join(dataDir, "b"), log: () => {}, bundles: {} }),
      startEdge(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([node?.close(), bare?.close(), edge?.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  });

  const deployments = () => [
    ["Node broker", node.httpUrl],
    ["edge Worker", edge.httpUrl],
  ];

  for (const which of ["Node broker", "edge Worker"]) {
    it(`${which}: a page of another origin imports the three bundles as modules and uses the SDK`, async () => {
      const brokerHttp = deployments().find(([name]) => name === which)![1]!;
      const pages = await pageServer(brokerHttp);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (err) => errors.push(err.message));
      try {
        await page.goto(`http://127.0.0.1:${portOf(pages)}/`);
        // "import failed": the module graph did not load (a bundle refused by CORS, or missing).
        await page.waitForFunction(() => document.title === "done" || document.title === "import failed");
        const result = await page.evaluate(() => (window as unknown as { result?: unknown }).result ?? document.title);
        expect(result).toEqual({ offset: 0, value: "from another origin", subscribe: "function", tracker: "function", origin: `http://127.0.0.1:${portOf(pages)}` });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        await new Promise((resolve) => pages.close(resolve));
      }
    });

    it(`${which}: CORS for any origin, the content type, an ETag that revalidates, a short max-age, the maps`, async () => {
      const base = deployments().find(([name]) => name === which)![1]!;
      for (const name of bundleNames) {
        const built = readFileSync(join(distDir, name));
        const r = await fetch(`${base}/${name}`, { headers: { origin: "https://some-site.example" } });
        expect(r.status).toBe(200);
        expect(r.headers.get("access-control-allow-origin")).toBe("*");
        expect(r.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
        expect(r.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
        expect(Buffer.from(await r.arrayBuffer()).equals(built)).toBe(true);
        const etag = r.headers.get("etag")!;
        expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
        const again = await fetch(`${base}/${name}`, { headers: { "if-none-match": etag } });
        expect(again.status).toBe(304);
        expect((await again.arrayBuffer()).byteLength).toBe(0);
        const map = await fetch(`${base}/${name}.map`);
        expect(map.status).toBe(200);
        expect(map.headers.get("content-type")).toBe("application/json");
        expect((await map.json()).version).toBe(3);
      }
    });
  }

  it("a broker without the bundles answers 404 JSON that says to run npm run build", async () => {
    const r = await fetch(`${bare.httpUrl}/track.js`, { headers: { origin: "https://some-site.example" } });
    expect(r.status).toBe(404);
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await r.json()) as { error: { message: string } };
    expect(body.error.message).toContain("npm run build");
  });
});
