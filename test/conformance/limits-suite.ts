/**
 * Quotas and bounds (issue 12), run against both deployments with auth on and tiny quotas
 * (test/node/limits.test.ts, test/edge/limits.test.ts): THROTTLED with retry_after_ms on the produce
 * request and the principal budgets, the SDK producer landing every record in order through throttling,
 * connections per principal (LIMIT_EXCEEDED, then close 1008), subscriptions per connection, partitions and
 * topics per request. Raw frames show each typed answer; counts, never durations, are asserted.
 */
import { describe, expect, it } from "vitest";
import { Edgelog, LimitExceededError, NodeWebSocket, type WebSocketConstructor } from "../../client/node.ts";
import { createToken, type TokenClaims } from "../../src/core/auth.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { PROTOCOL_VERSION, decodeFrame, type DecodedFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { RawClient } from "../support/raw-client.ts";
import { send } from "./http-properties.ts";

/** The quotas both test files give their deployment (small, so that a test reaches them at once). */
export const testQuotas = {
  /** Holds 2,000 bytes (produceBurstMs 100). */
  produceBytesPerSecondPerConnection: 20_000,
  /** Holds 100 requests: the request bound below is the principal's. */
  produceRequestsPerSecondPerConnection: 1_000,
  /** Holds 10,000 bytes: a 200 KB batch leaves ~2 s of debt. */
  produceBytesPerSecondPerPrincipal: 100_000,
  /** Holds 2 requests; one more every 50 ms. */
  produceRequestsPerSecondPerPrincipal: 20,
  produceBurstMs: 100,
  connectionsPerPrincipalMax: 2,
};

export interface LimitsDeployment {
  /** Bootstrap WebSocket URL. */
  url: string;
  /** http://host:port of the same deployment. */
  httpUrl: string;
  /** HS256 secret of the deployment's tokens. */
  secret: string;
  /** Where a raw socket for a topic's partition 0 / a group goes (the bootstrap URL on Node). */
  partitionUrl(topic: string): string;
  groupUrl(group: string): string;
  /** The bounds in force there (the deployment has topics "t", "p" and "q" of one partition each). */
  subscriptionsPerConnectionMax: number;
  partitionsPerRequestMax: number;
  metadataTopicsMax: number;
  /** Raw clients to close after the file. */
  clients: RawClient[];
}

const code = (f: DecodedFrame) => f.error?.code ?? 0;
const WAIT_MS = 20_000;

export function limitsSuite(target: () => LimitsDeployment): void {
  const token = (claims: TokenClaims) => createToken(target().secret, claims, 3_600_000);
  async function connect(url: string, tok: string): Promise<{ c: RawClient; hello: DecodedFrame }> {
    const c = await RawClient.connect(url);
    target().clients.push(c);
    const hello = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, clientId: "limits", token: tok } });
    return { c, hello };
  }
  const produce = (topic: string, values: string[]) => ({ produceRequest: { topic, partition: 0, records: encodeBatch(values.map((value) => ({ value }))) } });

  describe("produce quotas", () => {
    it("a principal's request budget: pipelined produce requests past it answer THROTTLED with retry_after_ms", async () => {
      const d = target();
      const { c } = await connect(d.partitionUrl("t"), await token({ sub: "req", produce: ["t"] }));
      // 10 tiny requests at once: 700 bytes (under the connection's 2,000), but the principal holds 2 requests.
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => c.request(produce("t", [`r${i}`]))));
      const throttled = answers.filter((a) => code(a) === ErrorCode.THROTTLED);
      expect(throttled.length).toBeGreaterThanOrEqual(1);
      for (const a of throttled) expect(a.error!.retryAfterMs).toBeGreaterThan(0);
      // The first refusal names the principal's budget; those behind it are held for order (quota.ts).
      expect(throttled[0]!.error!.message).toContain('produce quota of "req"');
      expect(answers.filter((a) => code(a) === 0).length + throttled.length).toBe(10); // nothing else
    });

    it("a principal's byte budget spans its connections: one socket's big batch throttles the other", async () => {
      const d = target();
      const tok = await token({ sub: "shared", produce: ["p"] });
      const a = await connect(d.partitionUrl("p"), tok);
      const b = await connect(d.partitionUrl("p"), tok);
      // 200 KB passes (the buckets were positive) and leaves the principal ~190 KB, ~1.9 s, in debt.
      expect(code(await a.c.request(produce("p", ["x".repeat(200_000)])))).toBe(0);
      const refused = await b.c.request(produce("p", ["small"]));
      expect(code(refused)).toBe(ErrorCode.THROTTLED);
      expect(refused.error!.retryAfterMs).toBeGreaterThan(100); // the principal's debt, not b's own budget
      // Another principal on the same partition is not affected.
      const other = await connect(d.partitionUrl("p"), await token({ sub: "other", produce: ["p"] }));
      expect(code(await other.c.request(produce("p", ["small"])))).toBe(0);
    });

    it("HTTP produce with a token draws on its principal's budget: 429 with Retry-After and retryAfterMs", async () => {
      const d = target();
      const headers = { authorization: `Bearer ${await token({ sub: "http", produce: ["p"] })}`, "content-type": "application/json" };
      const post = (value: string) => send(d.httpUrl, "POST", "/v1/topics/p/records", headers, JSON.stringify({ records: [{ value }] }));
      // ~200 KB passes (the budget was positive) and leaves the principal ~1.9 s in debt.
      expect((await post("x".repeat(200_000))).status).toBe(200);
      const refused = await post("small");
      expect(refused.status).toBe(429);
      const error = JSON.parse(refused.text).error;
      expect([error.name, error.retryAfterMs > 1000]).toEqual(["THROTTLED", true]);
      expect(Number(refused.headers["retry-after"])).toBe(Math.ceil(error.retryAfterMs / 1000));
      // Without the token's debt another principal writes on.
      const other = { ...headers, authorization: `Bearer ${await token({ sub: "http-other", produce: ["p"] })}` };
      expect((await send(d.httpUrl, "POST", "/v1/topics/p/records", other, JSON.stringify({ records: [{ value: "v" }] }))).status).toBe(200);
    });

    it("the SDK producer waits out THROTTLED and lands every record, in order", async () => {
      const d = target();
      let throttled = 0;
      // Counts the broker's THROTTLED answers on the producer's own sockets.
      class CountingWebSocket extends NodeWebSocket {
        constructor(url: string) {
          super(url);
          this.on("message", (data: Buffer) => {
            if (decodeFrame(new Uint8Array(data)).error?.code === ErrorCode.THROTTLED) throttled++;
          });
        }
      }
      const el = new Edgelog({ url: d.url, token: await token({ sub: "producer", produce: ["q"], consume: ["q"] }), WebSocket: CountingWebSocket as unknown as WebSocketConstructor });
      try {
        // One ~1 KB record per batch (batchBytes 1024), 12 batches: ~13 KB against 2,000 bytes and 2 requests of
        // burst, refilled at 20 KB/s and 20 requests/s, with 5 batches in flight.
        const producer = el.producer({ batchBytes: 1024, lingerMs: 0, deliveryTimeoutMs: 60_000 });
        const values = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(4, "0")}${"v".repeat(1000)}`);
        const results = await Promise.all(values.map((value) => producer.send("q", [{ value, partition: 0 }])));
        expect(results.map((r) => r[0]!.offset)).toEqual(values.map((_, i) => i)); // every record, in send order
        expect(throttled).toBeGreaterThanOrEqual(5);
        // What the log holds, in order.
        const consumer = el.consumer({ topic: "q", partitions: [0], from: "earliest" });
        const seen: string[] = [];
        const iterator = consumer[Symbol.asyncIterator]();
        const deadline = setTimeout(() => void consumer.close(), WAIT_MS);
        while (seen.length < values.length) {
          const next = await iterator.next();
          if (next.done) break;
          seen.push(new TextDecoder().decode(next.value.value!).slice(0, 4));
        }
        clearTimeout(deadline);
        await consumer.close();
        expect(seen).toEqual(values.map((v) => v.slice(0, 4)));
      } finally {
        await el.close();
      }
    });
  });

  describe("bounds", () => {
    it("connections per principal: the third hello answers LIMIT_EXCEEDED and the socket closes with 1008", async () => {
      const d = target();
      const tok = await token({ sub: "tabs", consume: ["t"] });
      const first = await connect(d.partitionUrl("t"), tok);
      const second = await connect(d.partitionUrl("t"), tok);
      expect([code(first.hello), code(second.hello)]).toEqual([0, 0]);
      const c = await RawClient.connect(d.partitionUrl("t"));
      d.clients.push(c);
      const closed = new Promise<number>((resolve) => c.ws.once("close", (closeCode: number) => resolve(closeCode)));
      const third = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: tok } });
      expect(code(third)).toBe(ErrorCode.LIMIT_EXCEEDED);
      expect(await closed).toBe(1008);
      // A closed socket frees its place (its close handshake is done once the broker has ended its session).
      await first.c.close();
      expect(code((await connect(d.partitionUrl("t"), tok)).hello)).toBe(0);
    });

    it("the SDK fails a send with LimitExceededError when its principal holds every connection it may", async () => {
      const d = target();
      const tok = await token({ sub: "crowd", produce: ["t"] });
      for (let i = 0; i < 2; i++) expect(code((await connect(d.partitionUrl("t"), tok)).hello)).toBe(0);
      const el = new Edgelog({ url: d.url, token: tok, reconnect: { delayMs: () => 60_000 } });
      try {
        const sent = await el.producer({ lingerMs: 0 }).send("t", { value: "v", partition: 0 }).then(
          () => null,
          (err: unknown) => err,
        );
        expect(sent).toBeInstanceOf(LimitExceededError);
        expect((sent as LimitExceededError).retriable).toBe(false);
      } finally {
        await el.close();
      }
    });

    it("subscriptions per connection: one past the bound answers LIMIT_EXCEEDED; an unsubscribe makes room", async () => {
      const d = target();
      const { c } = await connect(d.partitionUrl("t"), await token({ sub: "subs", consume: ["t"] }));
      const ids: number[] = [];
      for (let i = 0; i < d.subscriptionsPerConnectionMax; i++) {
        const a = await c.request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 0 } });
        expect(code(a)).toBe(0);
        ids.push(a.subscribeResponse!.subscriptionId!);
      }
      const over = await c.request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 0 } });
      expect(code(over)).toBe(ErrorCode.LIMIT_EXCEEDED);
      expect(code(await c.request({ unsubscribeRequest: { subscriptionId: ids[0] } }))).toBe(0);
      expect(code(await c.request({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 0 } }))).toBe(0);
    });

    it("partitions per request: an offset commit or fetch naming more answers INVALID_REQUEST", async () => {
      const d = target();
      const { c } = await connect(d.groupUrl("g"), await token({ sub: "committer", consume: ["t"], commit: ["g"] }));
      const n = d.partitionsPerRequestMax + 1;
      const commit = await c.request({ offsetCommitRequest: { groupId: "g", offsets: Array.from({ length: n }, (_, i) => ({ topic: "t", partition: i, offset: 0 })) } });
      expect(code(commit)).toBe(ErrorCode.INVALID_REQUEST);
      expect(commit.error!.message).toContain(`at most ${d.partitionsPerRequestMax} partitions`);
      const fetch = await c.request({ offsetFetchRequest: { groupId: "g", partitions: [{ topic: "t", partitions: Array.from({ length: n }, (_, i) => i) }] } });
      expect(code(fetch)).toBe(ErrorCode.INVALID_REQUEST);
      // Within the bound the same socket is served.
      expect(code(await c.request({ offsetFetchRequest: { groupId: "g", partitions: [{ topic: "t", partitions: [0] }] } }))).toBe(0);
    });

    it("topics per metadata request: one past metadataTopicsMax answers INVALID_REQUEST", async () => {
      const d = target();
      const { c } = await connect(d.url, await token({ sub: "meta", consume: ["*"] }));
      const names = Array.from({ length: d.metadataTopicsMax + 1 }, (_, i) => `topic-${i}`);
      const over = await c.request({ metadataRequest: { topics: names } });
      expect(code(over)).toBe(ErrorCode.INVALID_REQUEST);
      expect(over.error!.message).toContain(`at most ${d.metadataTopicsMax} topics`);
      expect(code(await c.request({ metadataRequest: { topics: ["t"] } }))).toBe(0);
    });
  });
}

