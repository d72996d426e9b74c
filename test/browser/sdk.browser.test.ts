// The SDK in a real browser: Debian's Chromium (driven by playwright-core) against the in-process uWS broker
// serving the demo (`/feed.html` = examples/demo/feed.html, `/edgelog.js` = the esbuild browser bundle of
// client/index.ts). Proves the bundle has no Node-only code, the SDK works from a page, and the demo works both ways.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog, partitionForKey } from "../../client/node.ts";
import type { BrokerServer } from "../../src/node/broker-server.ts";
import { repoRoot } from "../support/broker-process.ts";
import { SDK_PAGE_PATH, skipBrowser, startRig, type BrowserRig, type SdkModule } from "./chromium.ts";

describe.skipIf(skipBrowser)("the SDK in Chromium", () => {
  let rig: BrowserRig;
  let server: BrokerServer;
  let node: Edgelog;

  beforeAll(async () => {
    rig = await startRig();
    server = rig.server;
    await server.broker.createTopic("demo", 1); // what `edgelog serve --demo` does
    node = new Edgelog({ url: server.url });
  });

  afterAll(async () => {
    await node?.close();
    await rig?.close();
  });

  const openPage = () => rig.openPage();

  it("the browser bundle builds for platform 'browser' from browser-safe sources only", async () => {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      entryPoints: ["client/index.ts"],
      absWorkingDir: repoRoot,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // Only the SDK, the protocol and protobufjs' runtime: no `ws`, no node: builtins, no Node-only modules.
    const unexpected = inputs.filter((f) => !/^(client|src\/protocol)\/|(^|\/)node_modules\/(protobufjs|long)\//.test(f));
    expect(unexpected).toEqual([]);
    expect(inputs).not.toContain("src/protocol/crc32c-native.ts");
    const output = result.outputFiles[0]!.text;
    expect(output).not.toMatch(/\bfrom\s*["'](node:|ws["'])|\brequire\(\s*["'](node:|ws["']|fs|net|crypto)/);

    const served = await fetch(`${server.httpUrl}/edgelog.js`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await served.text()).length).toBeGreaterThan(10_000);
  });

  it("a page loading /edgelog.js creates a topic, produces keyed records, consumes them with the iterator and run()", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.httpUrl}${SDK_PAGE_PATH}`);
    await page.waitForFunction(() => document.title === "ready");

    const result = await page.evaluate(async () => {
      const { Edgelog, codecs } = (window as unknown as { edgelog: SdkModule }).edgelog;
      const decode = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
      const el = new Edgelog({ url: `ws://${location.host}` }); // the SDK adds /v1/ws
      const created = await el.admin.createTopic("browser-keys", { partitions: 3 });
      const sent = Array.from({ length: 60 }, (_, i) => ({ key: `user-${i % 5}`, value: `event-${i}` }));
      const acks = await el.producer({ lingerMs: 0 }).send("browser-keys", sent);

      const viaIterator: { partition: number; offset: number; key: string | null; value: string | null }[] = [];
      const consumer = el.consumer({ topic: "browser-keys", from: "earliest" });
      for await (const r of consumer) {
        viaIterator.push({ partition: r.partition, offset: r.offset, key: decode(r.key), value: decode(r.value) });
        if (viaIterator.length === sent.length) break;
      }

      const viaRun: typeof viaIterator = [];
      const runner = el.consumer({ topic: "browser-keys", from: "earliest" });
      let enough!: () => void;
      const reached = new Promise<void>((resolve) => (enough = resolve));
      const running = runner.run({
        eachRecord: (r) => {
          viaRun.push({ partition: r.partition, offset: r.offset, key: decode(r.key), value: decode(r.value) });
          if (viaRun.length === sent.length) enough();
        },
      });
      await reached;
      await runner.close();
      await running;

      // A typed topic: values through the JSON codec both ways.
      await el.admin.createTopic("browser-json");
      const clicks = el.topic("browser-json", codecs.json<{ x: number; y: number }>());
      await clicks.send([{ x: 1, y: 2 }, { x: 3, y: 4 }]);
      const typed: unknown[] = [];
      for await (const r of clicks.consumer({ from: "earliest" })) {
        typed.push(r.value);
        if (typed.length === 2) break;
      }
      const described = await el.admin.describeTopic("browser-keys");
      await el.close();
      return { created: created.partitionCount, sent, acks, viaIterator, viaRun, typed, highWatermarks: described.partitions.map((p) => p.highWatermark) };
    });

    expect(result.created).toBe(3);
    // Keys route like Kafka's partitioner; offsets count up from 0 per partition in send order.
    const next = [0, 0, 0];
    result.acks.forEach((ack, i) => {
      expect(ack.partition).toBe(partitionForKey(new TextEncoder().encode(result.sent[i]!.key), 3));
      expect(ack.offset).toBe(next[ack.partition]!++);
    });
    expect(result.highWatermarks).toEqual(next);
    const stored = result.acks.map((ack, i) => ({ partition: ack.partition, offset: ack.offset, key: result.sent[i]!.key, value: result.sent[i]!.value }));
    const byPosition = (a: { partition: number; offset: number }, b: { partition: number; offset: number }) => a.partition - b.partition || a.offset - b.offset;
    for (const got of [result.viaIterator, result.viaRun]) {
      expect([...got].sort(byPosition)).toEqual([...stored].sort(byPosition));
      for (const p of [0, 1, 2]) {
        const offsets = got.filter((r) => r.partition === p).map((r) => r.offset);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b)); // delivered in offset order per partition
      }
    }
    expect(result.typed).toEqual([{ x: 1, y: 2 }, { x: 3, y: 4 }]);

    // What the browser stored, Node reads back.
    const fromNode: string[] = [];
    const partition = result.acks[0]!.partition;
    for await (const r of node.consumer({ topic: "browser-keys", partitions: [partition], from: "earliest" })) {
      fromNode.push(new TextDecoder().decode(r.value!));
      if (fromNode.length === next[partition]) break;
    }
    // All of that partition, in the order the browser sent them (a loop that ended early would come up short).
    expect(fromNode).toEqual(result.sent.filter((_, i) => result.acks[i]!.partition === partition).map((r) => r.value));
    expect(fromNode[0]).toBe("event-0");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("the demo's feed page shows records produced from Node, and its form produces records a Node consumer receives", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.httpUrl}/feed.html?topic=demo`);
    // A row as "partition:offset value"; a value shown as HTML would have elements in it and fail the match.
    const rows = () => page.locator("#feed li").evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.partition}:${(li as HTMLElement).dataset.offset}${li.querySelector(".value")!.childElementCount ? "(html)" : li.querySelector(".value")!.textContent}`));
    const producer = node.producer({ lingerMs: 0 });
    await producer.send("demo", [{ value: "from node 1" }, { value: "from node 2" }, { value: "<b>from node 3</b>" }]);
    await page.waitForFunction(() => document.querySelectorAll("#feed li").length >= 3);
    // Newest first; values are shown as text, never as HTML.
    expect(await rows()).toEqual(["0:2<b>from node 3</b>", "0:1from node 2", "0:0from node 1"]);

    // Live: a record produced now appears without reloading.
    await producer.send("demo", [{ value: "live from node" }]);
    await expect.poll(async () => (await rows())[0], { timeout: 15_000 }).toBe("0:3live from node");

    const consumer = node.consumer({ topic: "demo", from: "latest" });
    await consumer.start(); // subscribed at the end before the browser sends
    await page.fill("#text", "hello from the browser");
    await page.press("#text", "Enter");
    const received = await consumer[Symbol.asyncIterator]().next();
    expect(received.done).toBe(false);
    expect(new TextDecoder().decode(received.value!.value!)).toBe("hello from the browser");
    expect(received.value!.offset).toBe(4);
    await consumer.close();
    await expect.poll(async () => (await rows())[0], { timeout: 15_000 }).toBe("0:4hello from the browser");
    await expect.poll(() => page.textContent("#status")).toBe("stored at partition 0, offset 4");
    expect(await page.inputValue("#text")).toBe("");
    await page.close();
    expect(errors).toEqual([]);
  });
});
