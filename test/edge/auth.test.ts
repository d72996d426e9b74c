// Capability tokens at the edge (issue 12): the Worker with the secret EDGELOG_AUTH_SECRET, in workerd. Each
// object's socket (cluster, partition, group) wants the token in its own hello and checks each request in
// the core Session, as the Node broker does; the SDK sends it on every socket; HTTP takes it as Bearer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthError, Edgelog, expiryOf } from "../../client/node.ts";
import { createToken, type TokenClaims } from "../../src/core/auth.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { PROTOCOL_VERSION, type DecodedFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { send } from "../conformance/http-properties.ts";
import { RawClient } from "../support/raw-client.ts";
import { Progress } from "../support/progress.ts";
import { watchedWebSocket } from "../support/counting-ws.ts";
import { collectRuntimeOutput, startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const secret = "edge-test-secret-of-at-least-32-bytes!!";
let edge: EdgeDeployment;
const clients: RawClient[] = [];
const token = (claims: TokenClaims, ttlMs = 3_600_000, key = secret) => createToken(key, claims, ttlMs);
const code = (f: DecodedFrame) => f.error?.code ?? 0;
const partitionUrl = (topic: string) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
const groupUrl = (group: string) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/g/${group}`);

async function connect(url: string, tok?: string): Promise<{ c: RawClient; hello: DecodedFrame }> {
  const c = await RawClient.connect(url);
  clients.push(c);
  const hello = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: tok ?? "" } });
  return { c, hello };
}

beforeAll(async () => {
  edge = await startEdge({ bindings: { EDGELOG_AUTH_SECRET: secret } });
  const { c } = await connect(edge.url, await token({ sub: "root", admin: ["*"] }));
  for (const topic of ["a", "b"]) expect(code(await c.request({ createTopicRequest: { topic, partitions: 1 } }))).toBe(0);
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await edge?.stop();
});

describe("the Worker with EDGELOG_AUTH_SECRET", () => {
  it("without a token every object's socket answers the hello and UNAUTHORIZED for the rest", async () => {
    const cluster = await connect(edge.url);
    expect(code(cluster.hello)).toBe(0);
    expect(code(await cluster.c.request({ createTopicRequest: { topic: "x", partitions: 1 } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await cluster.c.request({ metadataRequest: { topics: ["a"] } }))).toBe(ErrorCode.UNAUTHORIZED);
    const part = await connect(partitionUrl("a"));
    expect(code(await part.c.request({ produceRequest: { topic: "a", partition: 0, records: encodeBatch([{ value: "v" }]) } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await part.c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(ErrorCode.UNAUTHORIZED);
    const group = await connect(groupUrl("g"));
    expect(code(await group.c.request({ offsetFetchRequest: { groupId: "g" } }))).toBe(ErrorCode.UNAUTHORIZED);
  });

  it("a token for a: produces to a, not b; reads a, not b; no admin; its own group only; key = subject", async () => {
    const tok = await token({ sub: "alice", produce: ["a", "b"], consume: ["a"], commit: ["mine"], keyIsSubject: true });
    const a = await connect(partitionUrl("a"), tok);
    expect(code(a.hello)).toBe(0);
    expect(code(await a.c.request({ produceRequest: { topic: "a", partition: 0, records: encodeBatch([{ key: "alice", value: "v" }]) } }))).toBe(0);
    expect(code(await a.c.request({ produceRequest: { topic: "a", partition: 0, records: encodeBatch([{ key: "bob", value: "v" }]) } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await a.c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(0);
    const b = await connect(partitionUrl("b"), tok);
    expect(code(await b.c.request({ fetchRequest: { topic: "b", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await b.c.request({ subscribeRequest: { topic: "b", partition: 0, offset: 0, creditBytes: 1000 } }))).toBe(ErrorCode.UNAUTHORIZED);
    const onlyA = await connect(partitionUrl("b"), await token({ sub: "alice", produce: ["a"] }));
    expect(code(await onlyA.c.request({ produceRequest: { topic: "b", partition: 0, records: encodeBatch([{ value: "v" }]) } }))).toBe(ErrorCode.UNAUTHORIZED);
    const cluster = await connect(edge.url, tok);
    expect(code(await cluster.c.request({ deleteTopicRequest: { topic: "a" } }))).toBe(ErrorCode.UNAUTHORIZED);
    const theirs = await connect(groupUrl("theirs"), tok);
    expect(code(await theirs.c.request({ offsetCommitRequest: { groupId: "theirs", offsets: [{ topic: "a", partition: 0, offset: 1 }] } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await theirs.c.request({ groupHeartbeatRequest: { groupId: "theirs", memberEpoch: 0, subscribedTopics: { values: ["a"] } } }))).toBe(ErrorCode.UNAUTHORIZED);
  });

  it("expired, tampered and wrong-key tokens are refused", async () => {
    const good = await token({ sub: "alice", produce: ["a"] });
    for (const [what, tok] of Object.entries({
      expired: await token({ sub: "alice", produce: ["a"] }, -1000),
      tampered: `${good.slice(0, -3)}AAA`,
      wrongKey: await token({ sub: "alice", produce: ["a"] }, 3_600_000, "some-other-secret-some-other-secret!!"),
    })) {
      const { c, hello } = await connect(partitionUrl("a"), tok);
      expect([what, code(hello)]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      expect([what, code(await c.request({ produceRequest: { topic: "a", partition: 0, records: encodeBatch([{ value: "v" }]) } }))]).toEqual([what, ErrorCode.UNAUTHORIZED]);
    }
  });

  it("a valid token whose capabilities pass the 1 KiB a socket keeps is refused, and the requests after its hello say why", async () => {
    const patterns = Array.from({ length: 64 }, (_, i) => `topic-pattern-${String(i).padStart(4, "0")}*`);
    const { c, hello } = await connect(partitionUrl("a"), await token({ sub: "alice", consume: patterns }));
    expect(code(hello)).toBe(ErrorCode.UNAUTHORIZED);
    expect(hello.error!.message).toMatch(/more than the 1024 bytes an edge socket can keep/);
    const after = await c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } });
    expect(code(after)).toBe(ErrorCode.UNAUTHORIZED);
    expect(after.error!.message).toMatch(/the hello's was refused: the token's capabilities take more than the 1024 bytes/);
  });

  it("the SDK with a token produces where allowed, gets AuthError elsewhere, and refreshes in place", async () => {
    const client = new Edgelog({ url: edge.url, token: await token({ sub: "alice", produce: ["a"], consume: ["a"] }), reconnect: false });
    try {
      const producer = client.producer({ lingerMs: 0 });
      expect((await producer.send("a", [{ value: "x" }]))[0]!.offset).toBeGreaterThanOrEqual(0);
      await expect(client.admin.createTopic("z", { partitions: 1 })).rejects.toBeInstanceOf(AuthError);
      await client.setToken(await token({ sub: "alice", produce: ["a"], admin: ["z"] }));
      await client.admin.createTopic("z", { partitions: 1 });
    } finally {
      await client.close();
    }
  });

  it("HTTP: health open; produce and metadata need a Bearer token with the capability", async () => {
    const alice = await token({ sub: "alice", produce: ["a"] });
    const body = JSON.stringify({ records: [{ value: 1 }] });
    const json = { "content-type": "application/json" };
    expect((await send(edge.httpUrl, "GET", "/v1/health", {}, null)).status).toBe(200);
    expect((await send(edge.httpUrl, "GET", "/v1/metadata?topics=a", {}, null)).status).toBe(401);
    expect((await send(edge.httpUrl, "GET", "/v1/metadata?topics=a", { authorization: `Bearer ${alice}` }, null)).status).toBe(200);
    expect((await send(edge.httpUrl, "POST", "/v1/topics/a/records", json, body)).status).toBe(401);
    expect((await send(edge.httpUrl, "POST", "/v1/topics/a/records", { ...json, authorization: `Bearer ${alice}` }, body)).status).toBe(200);
    expect((await send(edge.httpUrl, "POST", "/v1/topics/b/records", { ...json, authorization: `Bearer ${alice}` }, body)).status).toBe(401);
  });
});

describe("the SDK's tokenProvider at the edge (real clock: 3 s tokens, waits on the refresh events)", () => {
  it("a producer and a consumer keep working across two expiries on the same cluster and partition sockets", { timeout: 40_000 }, async () => {
    const { c } = await connect(edge.url, await token({ sub: "root", admin: ["*"] }));
    expect(code(await c.request({ createTopicRequest: { topic: "tp", partitions: 1 } }))).toBe(0);
    const issued: string[] = [];
    const sockets = watchedWebSocket();
    const refreshed: (AuthError | null)[] = [];
    const progress = new Progress();
    const client = new Edgelog({
      url: edge.url,
      WebSocket: sockets.WebSocket,
      tokenProvider: async () => {
        const t = await token({ sub: "alice", produce: ["tp"], consume: ["tp"] }, 3_000);
        issued.push(t);
        return t;
      },
      onTokenRefresh: (err) => {
        refreshed.push(err);
        progress.poke();
      },
      reconnect: false,
    });
    try {
      const producer = client.producer({ lingerMs: 0 });
      const records = client.consumer({ topic: "tp", from: "earliest" })[Symbol.asyncIterator]();
      await producer.send("tp", [{ value: "0" }]);
      expect(new TextDecoder().decode((await records.next()).value!.value!)).toBe("0");
      // Each refresh comes after the token before the last one expired (80 % of a 2-3 s lifetime, twice),
      // so after the third, two tokens have expired while the sockets stayed open.
      for (let round = 1; round <= 3; round++) {
        await progress.until(() => refreshed.length >= round, `token refresh ${round}`);
        expect(refreshed[round - 1]).toBeNull();
        await producer.send("tp", [{ value: String(round) }]);
        expect(new TextDecoder().decode((await records.next()).value!.value!)).toBe(String(round));
      }
      expect(Date.now()).toBeGreaterThanOrEqual(expiryOf(issued[1]!)!);
      expect(issued).toHaveLength(4);
      const partition = edge.url.replace(/\/v1\/ws$/, "/v1/ws/p/tp/0");
      expect(sockets.opened).toEqual([edge.url, partition]);
      // Each socket said hello once per token, ahead of need: no request met an expired token.
      expect(Object.fromEntries(sockets.hellos)).toEqual({ [edge.url]: 4, [partition]: 4 });
      expect(sockets.errors).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("a group consumer's group socket says hello with the provider's token too", { timeout: 30_000 }, async () => {
    const { c } = await connect(edge.url, await token({ sub: "root", admin: ["*"] }));
    expect(code(await c.request({ createTopicRequest: { topic: "tg", partitions: 1 } }))).toBe(0);
    let calls = 0;
    const sockets = watchedWebSocket();
    const client = new Edgelog({
      url: edge.url,
      WebSocket: sockets.WebSocket,
      tokenProvider: () => {
        calls++;
        return token({ sub: "bob", produce: ["tg"], consume: ["tg"], commit: ["gp"] });
      },
      reconnect: false,
    });
    try {
      await client.producer({ lingerMs: 0 }).send("tg", [{ value: "g" }]);
      const member = client.consumer({ groupId: "gp", topics: ["tg"], from: "earliest" })[Symbol.asyncIterator]();
      expect(new TextDecoder().decode((await member.next()).value!.value!)).toBe("g");
      const group = edge.url.replace(/\/v1\/ws$/, "/v1/ws/g/gp");
      expect(sockets.opened).toContain(group);
      expect(sockets.hellos.get(group)).toBe(1);
      expect(sockets.errors).toEqual([]);
      expect(calls).toBe(1);
    } finally {
      await client.close();
    }
  });
});

describe("capabilities across hibernation", () => {
  // workerd evicts an object idle for 10 s whose only activity is hibernatable sockets (see edge.test.ts);
  // the next frame builds a new instance, which logs "woke with N hibernated sockets". The socket's
  // capabilities must come back from its attachment: the token is not sent again.
  it("a socket authorized before the object slept is still authorized, and only as before, after it wakes", { timeout: 40_000 }, async () => {
    const { lines, progress: runtimeOutput, onLine } = collectRuntimeOutput();
    const slept = await startEdge({ bindings: { EDGELOG_AUTH_SECRET: secret }, onRuntimeOutput: onLine });
    const url = (topic: string) => slept.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
    const opened: RawClient[] = [];
    try {
      const admin = await RawClient.connect(slept.url);
      opened.push(admin);
      await admin.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: await token({ sub: "root", admin: ["*"] }) } });
      expect(code(await admin.request({ createTopicRequest: { topic: "nap", partitions: 1 } }))).toBe(0);
      const writer = await RawClient.connect(url("nap"));
      const stranger = await RawClient.connect(url("nap"));
      opened.push(writer, stranger);
      expect(code(await writer.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: await token({ sub: "alice", produce: ["nap"], keyIsSubject: true }) } }))).toBe(0);
      expect(code(await stranger.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION } }))).toBe(0);
      expect(code(await writer.request({ produceRequest: { topic: "nap", partition: 0, records: encodeBatch([{ key: "alice", value: "before" }]) } }))).toBe(0);
      // The eviction is workerd's own 10 s idle timer: nothing observable happens then (see edge.test.ts), so
      // this wait stays fixed, with 2 s of margin.
      await new Promise((r) => setTimeout(r, 12_000));
      const after = await writer.request({ produceRequest: { topic: "nap", partition: 0, records: encodeBatch([{ key: "alice", value: "after" }]) } });
      // workerd's stdout is another pipe than the socket: its wake line may arrive after the answer.
      const wakeLines = () => lines.filter((l) => l.includes("edgelog: partition nap/0 woke with"));
      await runtimeOutput.until(() => wakeLines().length > 0, "the partition's wake line on workerd's stdout", 5_000);
      expect(wakeLines()).toEqual(["edgelog: partition nap/0 woke with 2 hibernated sockets"]);
      expect(code(after)).toBe(0);
      expect(code(await writer.request({ produceRequest: { topic: "nap", partition: 0, records: encodeBatch([{ key: "bob", value: "x" }]) } }))).toBe(ErrorCode.UNAUTHORIZED);
      expect(code(await stranger.request({ produceRequest: { topic: "nap", partition: 0, records: encodeBatch([{ value: "x" }]) } }))).toBe(ErrorCode.UNAUTHORIZED);
    } finally {
      for (const c of opened) await c.close();
      await slept.stop();
    }
  });
});
