// Relays of a partition (issue 13, src/edge/relay-do.ts): with EDGELOG_RELAYS on, the Worker spreads a
// partition's sockets over its relay objects. Proved in workerd, counted on the wire: subscribers on relays
// get every record once, in order, within their credit (test/conformance/fanout-scenario.ts); each relay
// receives each append once (its own counters against the batches in the log); a relay that loses its
// socket to the partition, or restarts, resumes with no gap. The SDK's producer writes through the relays,
// with auth on too (the relay checks each client's token; its own socket to the partition is trusted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { Edgelog } from "../../client/node.ts";
import { createToken } from "../../src/core/auth.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { decodeFrame, encodeFrame, PROTOCOL_VERSION } from "../../src/protocol/frames.ts";
import { batchSpans, decodeBatch } from "../../src/protocol/record-batch.ts";
import { runFanout, runWaitFanout } from "../conformance/fanout-scenario.ts";
import { Progress } from "../support/progress.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const RELAYS = 3;
let edge: EdgeDeployment;
let el: Edgelog;
beforeAll(async () => {
  edge = await startEdge({ onRuntimeOutput: () => {}, bindings: { EDGELOG_RELAYS: JSON.stringify({ "relayed*": RELAYS }), EDGELOG_FAULTS: "1" } });
  el = new Edgelog({ url: edge.url });
}, 60_000);
afterAll(async () => {
  await el?.close();
  await edge?.stop();
});

interface RelayStats {
  pushes: number;
  batches: number;
  repeatedBatches: number;
  sockets: number;
  highWatermark: number;
  upstreamConnects: number;
}
interface RelayStub {
  stats(): Promise<RelayStats>;
  dropUpstream(): Promise<void>;
  restart(): Promise<void>;
}
async function relay(topic: string, index: number): Promise<RelayStub> {
  const ns = await edge.mf.getDurableObjectNamespace("RELAY");
  return ns.get(ns.idFromName(`${topic}/0/${index}`)) as unknown as RelayStub;
}

/** The batches of the partition from offset 0 (fetched through the Worker: a relay serves it). */
async function logBatchCount(topic: string): Promise<number> {
  const ws = new WebSocket(edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`));
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  const answer = new Promise<Uint8Array>((resolve) => ws.once("message", (d: Buffer) => resolve(decodeFrame(new Uint8Array(d)).fetchResponse!.records!)));
  ws.send(encodeFrame({ correlationId: 1, fetchRequest: { topic, partition: 0, offset: 0, maxBytes: 8 * 1024 * 1024 } }));
  const records = await answer;
  ws.terminate();
  return [...batchSpans(records)].length;
}

describe("relays of a partition", () => {
  it("40 subscribers spread over 3 relays get all 200 records once, in order, within credit; each relay receives each append once, also across a lost partition socket", { timeout: 90_000 }, async () => {
    const topic = "relayed-fan";
    await el.admin.createTopic(topic, { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    let produced = 0;
    let dropped: Promise<void> | null = null;
    const subscriberUrl = edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    const { subscribers, expected, laggard } = await runFanout(
      {
        subscriberUrl,
        produce: async (v) => {
          // Halfway, relay 0 loses its socket to the partition: it subscribes again from its end. (Not
          // awaited here: the records go to the producer in the scenario's order.)
          if (++produced === 100) dropped = relay(topic, 0).then((r) => r.dropUpstream());
          await producer.send(topic, { value: v, partition: 0 });
        },
      },
      topic,
      40,
      200,
      60_000,
    );
    await producer.close();
    await dropped;
    for (const s of subscribers) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    expect(laggard.pushCount).toBeGreaterThan(0);
    // The relays' counters first: the socket logBatchCount opens goes to a relay, which may then
    // subscribe to the partition again (it stopped when its last subscriber left).
    const stats = await Promise.all(Array.from({ length: RELAYS }, async (_, i) => (await relay(topic, i)).stats()));
    const batchCount = await logBatchCount(topic);
    for (const s of stats) {
      // Every relay got every batch of the log once (it started with its first subscriber, before the
      // first append), however the partition's pushes grouped them.
      expect(s.repeatedBatches).toBe(0);
      expect(s.batches).toBe(batchCount);
      expect(s.pushes).toBeLessThanOrEqual(batchCount);
    }
    expect(stats[0]!.upstreamConnects).toBe(2);
  });

  it("a relay that restarts: its subscribers reconnect, subscribe from their next offset and get every record once, in order", { timeout: 90_000 }, async () => {
    const topic = "relayed-restart";
    await el.admin.createTopic(topic, { partitions: 1 });
    const url = edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    const progress = new Progress();
    const readers = Array.from({ length: 12 }, () => new ResumingReader(url, topic, progress));
    await Promise.all(readers.map((r) => r.start()));
    const producer = el.producer({ lingerMs: 0 });
    const expected: string[] = [];
    for (let i = 0; i < 150; i++) {
      if (i === 50 || i === 100) {
        for (let r = 0; r < RELAYS; r++) {
          const stub = await relay(topic, r);
          expect((await stub.stats()).pushes).toBeGreaterThan(0);
          // The call fails as its object goes (the runtime answers it with an error): expected.
          await stub.restart().catch(() => {});
          // A new instance: nothing relayed yet, its sockets gone with the old one. (A call that reaches the
          // old one as it goes fails like the restart call: asked again.)
          const after = await (await relay(topic, r)).stats().catch(async () => (await relay(topic, r)).stats());
          expect(after.pushes).toBe(0);
        }
      }
      expected.push(`r-${i}`);
      await producer.send(topic, { value: `r-${i}`, partition: 0 });
    }
    await producer.close();
    await progress.until(() => readers.every((r) => r.values.length >= expected.length), () => `every record at every reader: ${readers.map((r) => r.values.length).join(",")}`, 60_000);
    for (const r of readers) {
      expect(r.values).toEqual(expected);
      r.stop();
    }
    // The restarts closed the readers' sockets: each reconnected at least once.
    expect(readers.some((r) => r.connects > 1)).toBe(true);
  });
});

describe("subscribers of relays that ask min_bytes / max_wait_ms", () => {
  it("are served by their relay's wait: every record once, in order, in few pushes, beside 0/0 ones; one behind the head catches up at once", { timeout: 90_000 }, async () => {
    const topic = "relayed-wait";
    await el.admin.createTopic(topic, { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    const subscriberUrl = edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    const wait = { minBytes: 1024, maxWaitMs: 30_000 };
    const { waiting, eager, late, expected } = await runWaitFanout({ subscriberUrl, produce: async (v) => void (await producer.send(topic, { value: v, partition: 0 })) }, topic, 12, 3, 60, wait, 60_000);
    await producer.close();
    for (const s of [...waiting, ...eager, late]) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    for (const s of waiting) expect(s.pushCount).toBeLessThanOrEqual(Math.ceil((60 * 130) / wait.minBytes) + 2);
    // The sockets were spread over the relays (the Worker's choice): the waits were the relays'.
    const relayed = await Promise.all(Array.from({ length: RELAYS }, async (_, r) => (await (await relay(topic, r)).stats()).pushes));
    expect(relayed.some((n) => n > 0)).toBe(true);
  });
});

describe("a relay of a topic that does not exist yet", () => {
  it("answers UNKNOWN_TOPIC, then serves the topic once it is created", { timeout: 60_000 }, async () => {
    const topic = "relayed-late";
    const url = edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    const subscribe = async () => {
      const ws = new WebSocket(url);
      await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
      const answer = new Promise<ReturnType<typeof decodeFrame>>((resolve) => ws.once("message", (d: Buffer) => resolve(decodeFrame(new Uint8Array(d)))));
      ws.send(encodeFrame({ correlationId: 1, subscribeRequest: { topic, partition: 0, offset: 0, creditBytes: 1024 } }));
      const f = await answer;
      ws.terminate();
      return f;
    };
    expect((await subscribe()).error?.code).toBe(3); // UNKNOWN_TOPIC
    await el.admin.createTopic(topic, { partitions: 1 });
    // Every relay the Worker may pick looks again on its next socket.
    for (let i = 0; i < 3 * RELAYS; i++) expect((await subscribe()).subscribeResponse?.subscriptionId).toBe(1);
  });
});

describe("relays with auth on", () => {
  it("an SDK producer and consumer with tokens go through relays: the relay checks their capabilities, its own socket to the partition carries the relay's", { timeout: 60_000 }, async () => {
    const secret = "relay-test-secret-0123456789abcdef";
    const authed = await startEdge({ onRuntimeOutput: () => {}, bindings: { EDGELOG_RELAYS: JSON.stringify({ "*": 2 }), EDGELOG_AUTH_SECRET: secret } });
    const admin = new Edgelog({ url: authed.url, token: await createToken(secret, { sub: "admin", admin: ["*"] }, 3_600_000) });
    const client = new Edgelog({ url: authed.url, token: await createToken(secret, { sub: "alice", produce: ["secured"], consume: ["secured"] }, 3_600_000) });
    try {
      await admin.admin.createTopic("secured", { partitions: 1 });
      const producer = client.producer({ lingerMs: 0 });
      const values = Array.from({ length: 20 }, (_, i) => `s-${i}`);
      for (const v of values) await producer.send("secured", { value: v, partition: 0 });
      await producer.close();
      const it = client.consumer({ topic: "secured", from: "earliest" })[Symbol.asyncIterator]();
      const seen: string[] = [];
      while (seen.length < values.length) seen.push(new TextDecoder().decode((await it.next()).value!.value as Uint8Array));
      expect(seen).toEqual(values);
      await it.return?.();
      // A token without consume on the topic is refused at the relay (this path goes to one).
      const ws = new WebSocket(authed.url.replace(/\/v1\/ws$/, "/v1/ws/p/secured/0"));
      await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
      const frames: ReturnType<typeof decodeFrame>[] = [];
      const two = new Promise<void>((resolve) => ws.on("message", (d: Buffer) => frames.push(decodeFrame(new Uint8Array(d))) >= 2 && resolve()));
      ws.send(encodeFrame({ correlationId: 1, helloRequest: { protocolVersion: PROTOCOL_VERSION, token: await createToken(secret, { sub: "bob", consume: ["other"] }, 3_600_000) } }));
      ws.send(encodeFrame({ correlationId: 2, subscribeRequest: { topic: "secured", partition: 0, offset: 0, creditBytes: 1024 } }));
      await two;
      ws.terminate();
      expect(frames.find((f) => f.correlationId === 1)?.helloResponse?.brokerId).toMatch(/relay/);
      expect(frames.find((f) => f.correlationId === 2)?.error?.code).toBe(ErrorCode.UNAUTHORIZED);
    } finally {
      await client.close();
      await admin.close();
      await authed.stop();
    }
  });
});

/** A bare subscriber that, when its socket closes, reconnects and subscribes again from its next offset. */
class ResumingReader {
  values: string[] = [];
  connects = 0;
  private next = 0;
  private stopped = false;
  private ws: WebSocket | null = null;

  constructor(
    private readonly url: string,
    private readonly topic: string,
    private readonly progress: Progress,
  ) {}

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      this.connects++;
      ws.once("error", (err) => (this.connects === 1 ? reject(err) : undefined));
      ws.once("open", () => ws.send(encodeFrame({ correlationId: 1, subscribeRequest: { topic: this.topic, partition: 0, offset: this.next, creditBytes: 1024 * 1024 } })));
      ws.on("message", (d: Buffer) => {
        const f = decodeFrame(new Uint8Array(d));
        if (f.subscribeResponse) return resolve();
        const p = f.push;
        if (!p) return;
        for (const r of decodeBatchesFrom(p.records!, this.next)) this.values.push(new TextDecoder().decode(r.value!));
        this.next = Number(p.nextOffset);
        ws.send(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: p.subscriptionId, creditBytes: p.records!.byteLength } }));
        this.progress.poke();
      });
      ws.once("close", () => {
        if (this.stopped) return;
        setTimeout(() => void this.start().catch(() => setTimeout(() => void this.start().catch(() => {}), 200)), 50);
      });
    });
  }

  stop(): void {
    this.stopped = true;
    this.ws?.terminate();
  }
}

function decodeBatchesFrom(records: Uint8Array, from: number) {
  const out: ReturnType<typeof decodeBatch> = [];
  for (const { start } of batchSpans(records)) for (const r of decodeBatch(records, start)) if (r.offset >= from) out.push(r);
  return out;
}
