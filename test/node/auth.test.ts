// Capability tokens on the Node broker (issue 12): with --auth-secret, a connection can do nothing but the
// hello until a valid token arrives, and then only what its token's capabilities name. Raw frames show each
// refusal is the typed UNAUTHORIZED; the SDK and HTTP cases show the same through the user's paths.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthError, Edgelog } from "../../client/node.ts";
import { createToken, type TokenClaims } from "../../src/core/auth.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { PROTOCOL_VERSION, type DecodedFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { send } from "../conformance/http-properties.ts";
import { startBrokerProcess, cliPath, repoRoot } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";
import { ManualTimers } from "../support/manual-timers.ts";
import { watchedWebSocket } from "../support/counting-ws.ts";
import { execFile } from "node:child_process";

const secret = "test-secret-of-at-least-32-bytes-long!!";
const hourMs = 3_600_000;
let dir: string;
let server: BrokerServer;
const clock = new ManualClock(Date.now());
const clients: RawClient[] = [];

const token = (claims: TokenClaims, ttlMs = hourMs, key = secret) => createToken(key, claims, ttlMs, clock.nowMs);
const code = (f: DecodedFrame) => f.error?.code ?? 0;
const batch = (key: string | null) => encodeBatch([{ key, value: "v" }]);

/** A raw connection that said hello with `tok` (or none); returns it and the hello's answer. */
async function connect(tok?: string): Promise<{ c: RawClient; hello: DecodedFrame }> {
  const c = await RawClient.connect(server.url);
  clients.push(c);
  const hello = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, clientId: "t", token: tok ?? "" } });
  return { c, hello };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "edgelog-auth-"));
  server = await startBroker({ port: 0, dataDir: dir, log: () => {}, clock: clock.now, authSecret: secret, retentionCheckIntervalMs: 0 });
  const { c } = await connect(await token({ sub: "root", admin: ["*"] }));
  for (const topic of ["a", "b", "feed.x"]) expect(code(await c.request({ createTopicRequest: { topic, partitions: 1 } }))).toBe(0);
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("Node broker with --auth-secret", () => {
  it("without a token a client gets the hello and UNAUTHORIZED for everything else", async () => {
    const { c, hello } = await connect();
    expect(hello.helloResponse?.brokerId).toBeTruthy();
    const refused = [
      { metadataRequest: { topics: ["a"] } },
      { listTopicsRequest: {} },
      { createTopicRequest: { topic: "new", partitions: 1 } },
      { produceRequest: { topic: "a", partition: 0, records: batch(null) } },
      { fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } },
      { subscribeRequest: { topic: "a", partition: 0, offset: 0, creditBytes: 1000 } },
      { listOffsetsRequest: { topic: "a", partition: 0, timestamp: -1 } },
      { offsetCommitRequest: { groupId: "g", offsets: [{ topic: "a", partition: 0, offset: 1 }] } },
      { offsetFetchRequest: { groupId: "g" } },
      { describeGroupRequest: { groupId: "g" } },
      { groupHeartbeatRequest: { groupId: "g", memberEpoch: 0, subscribedTopics: { values: ["a"] } } },
    ];
    for (const frame of refused) expect([Object.keys(frame)[0], code(await c.request(frame))]).toEqual([Object.keys(frame)[0], ErrorCode.UNAUTHORIZED]);
  });

  it("a token for topic a cannot produce to b, consume from b, administer or use another group", async () => {
    const { c, hello } = await connect(await token({ sub: "alice", produce: ["a"], consume: ["a"], commit: ["mine"] }));
    expect(code(hello)).toBe(0);
    expect(code(await c.request({ produceRequest: { topic: "a", partition: 0, records: batch(null) } }))).toBe(0);
    expect(code(await c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(0);
    expect(code(await c.request({ metadataRequest: { topics: ["a"] } }))).toBe(0);
    expect(code(await c.request({ offsetCommitRequest: { groupId: "mine", offsets: [{ topic: "a", partition: 0, offset: 1 }] } }))).not.toBe(ErrorCode.UNAUTHORIZED);
    const refused = {
      produceB: { produceRequest: { topic: "b", partition: 0, records: batch(null) } },
      fetchB: { fetchRequest: { topic: "b", partition: 0, offset: 0, maxBytes: 1000 } },
      subscribeB: { subscribeRequest: { topic: "b", partition: 0, offset: 0, creditBytes: 1000 } },
      listOffsetsB: { listOffsetsRequest: { topic: "b", partition: 0, timestamp: -1 } },
      metadataB: { metadataRequest: { topics: ["b"] } },
      metadataAll: { metadataRequest: {} },
      create: { createTopicRequest: { topic: "a2", partitions: 1 } },
      deleteA: { deleteTopicRequest: { topic: "a" } },
      describeA: { describeTopicRequest: { topic: "a" } },
      list: { listTopicsRequest: {} },
      commitOtherGroup: { offsetCommitRequest: { groupId: "theirs", offsets: [{ topic: "a", partition: 0, offset: 1 }] } },
      commitTopicB: { offsetCommitRequest: { groupId: "mine", offsets: [{ topic: "b", partition: 0, offset: 1 }] } },
      joinOtherGroup: { groupHeartbeatRequest: { groupId: "theirs", memberEpoch: 0, subscribedTopics: { values: ["a"] } } },
      joinForB: { groupHeartbeatRequest: { groupId: "mine", memberEpoch: 0, subscribedTopics: { values: ["b"] } } },
      deleteGroup: { deleteGroupRequest: { groupId: "mine" } },
    };
    for (const [what, frame] of Object.entries(refused)) expect([what, code(await c.request(frame))]).toEqual([what, ErrorCode.UNAUTHORIZED]);
  });

  it("a group's committed offsets fetched without naming partitions: only those of topics the token may consume", async () => {
    const root = await connect(await token({ sub: "root", admin: ["*"], consume: ["*"], commit: ["*"] }));
    const committed = await root.c.request({ offsetCommitRequest: { groupId: "shared-g", offsets: [{ topic: "a", partition: 0, offset: 1 }, { topic: "b", partition: 0, offset: 1 }] } });
    expect(code(committed)).toBe(0);
    const all = await root.c.request({ offsetFetchRequest: { groupId: "shared-g" } });
    expect(all.offsetFetchResponse!.offsets!.map((o) => o.topic).sort()).toEqual(["a", "b"]);
    // Naming b is refused; leaving the list empty returned b's offsets too.
    const onlyA = await connect(await token({ sub: "alice", consume: ["a"], commit: ["shared-g"] }));
    expect(code(await onlyA.c.request({ offsetFetchRequest: { groupId: "shared-g", partitions: [{ topic: "b", partitions: [0] }] } }))).toBe(ErrorCode.UNAUTHORIZED);
    const mine = await onlyA.c.request({ offsetFetchRequest: { groupId: "shared-g" } });
    expect(code(mine)).toBe(0);
    expect(mine.offsetFetchResponse!.offsets!.map((o) => o.topic)).toEqual(["a"]);
  });

  it("wildcards: consume 'feed.*' reads feed.x and not a", async () => {
    const { c } = await connect(await token({ sub: "reader", consume: ["feed.*"] }));
    expect(code(await c.request({ fetchRequest: { topic: "feed.x", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(0);
    expect(code(await c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(ErrorCode.UNAUTHORIZED);
  });

  it("keyIsSubject: every key of the batch must be the subject", async () => {
    const { c } = await connect(await token({ sub: "alice", produce: ["a"], keyIsSubject: true }));
    expect(code(await c.request({ produceRequest: { topic: "a", partition: 0, records: batch("alice") } }))).toBe(0);
    expect(code(await c.request({ produceRequest: { topic: "a", partition: 0, records: batch("bob") } }))).toBe(ErrorCode.UNAUTHORIZED);
    expect(code(await c.request({ produceRequest: { topic: "a", partition: 0, records: batch(null) } }))).toBe(ErrorCode.UNAUTHORIZED);
    const mixed = encodeBatch([{ key: "alice", value: "1" }, { key: "bob", value: "2" }]);
    expect(code(await c.request({ produceRequest: { topic: "a", partition: 0, records: mixed } }))).toBe(ErrorCode.UNAUTHORIZED);
  });

  it("expired, tampered and wrong-key tokens are refused, and leave the connection with nothing", async () => {
    const good = await token({ sub: "alice", produce: ["a"] });
    const [h, p, s] = good.split(".");
    const forged = JSON.parse(Buffer.from(p!, "base64url").toString());
    forged.produce = ["*"];
    const tampered = `${h}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${s}`;
    const bad = {
      expired: await token({ sub: "alice", produce: ["a"] }, -1000),
      tampered,
      wrongKey: await token({ sub: "alice", produce: ["a"] }, hourMs, "another-secret-another-secret-another"),
      garbage: "not.a.jwt",
    };
    for (const [what, tok] of Object.entries(bad)) {
      const { c, hello } = await connect(tok);
      expect([what, code(hello)]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      const refused = await c.request({ produceRequest: { topic: "a", partition: 0, records: batch(null) } });
      expect([what, code(refused)]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      // Later requests say why the hello's token was refused (the SDK logs the hello's answer and shows these).
      expect([what, refused.error!.message]).toEqual([what, `this broker requires a capability token: the hello's was refused: ${hello.error!.message}`]);
    }
  });

  it("expiry is enforced on the live connection; a new hello refreshes the token without reconnecting", async () => {
    const { c } = await connect(await token({ sub: "alice", produce: ["a"] }, 60_000));
    const produce = { produceRequest: { topic: "a", partition: 0, records: batch(null) } };
    expect(code(await c.request(produce))).toBe(0);
    clock.advance(61_000);
    expect(code(await c.request(produce))).toBe(ErrorCode.UNAUTHORIZED);
    const fresh = await token({ sub: "alice", produce: ["a"] }, 60_000);
    // Pipelined: the produce behind the refreshing hello waits for its verification.
    const [hello, after] = await Promise.all([c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: fresh } }), c.request(produce)]);
    expect(code(hello)).toBe(0);
    expect(code(after)).toBe(0);
    expect(c.closed).toBeNull();
  });

  it("a consumer whose fixed token expires ends with AuthError 'token expired' once it needs credit, rather than stalling", async () => {
    const admin = new Edgelog({ url: server.url, token: await token({ sub: "root", admin: ["*"], produce: ["*"] }, 3_600_000) });
    const client = new Edgelog({ url: server.url, token: await token({ sub: "bob", consume: ["stale"] }, 60_000) });
    try {
      await admin.admin.createTopic("stale", { partitions: 1 });
      // One record per batch, so that credit binds (a push carries whole batches).
      const producer = admin.producer({ lingerMs: 0 });
      for (let i = 0; i < 400; i++) await producer.send("stale", { value: `v${i}`.padEnd(100, ".") });
      // Credit for a few records at a time: reading on needs credit requests (notifications, no answer).
      const consumer = client.consumer({ topic: "stale", from: "earliest", creditBytes: 1024 });
      const it = consumer[Symbol.asyncIterator]();
      expect((await it.next()).value!.offset).toBe(0);
      clock.advance(61_000);
      let read = 1;
      const ended = await (async () => {
        for (;;) {
          const r = await it.next();
          if (r.done) return "done";
          read++;
        }
      })().catch((err: unknown) => err);
      expect(ended).toBeInstanceOf(AuthError);
      expect((ended as AuthError).message).toMatch(/token expired/);
      expect(read).toBeLessThan(400);
      await consumer.close();
    } finally {
      await client.close();
      await admin.close();
    }
  });

  it("the SDK sends its token in the hello, gets AuthError beyond it, and setToken refreshes in place", async () => {
    const client = new Edgelog({ url: server.url, token: await token({ sub: "alice", produce: ["a"], consume: ["a"] }, 60_000), reconnect: false });
    try {
      const producer = client.producer({ lingerMs: 0 });
      expect((await producer.send("a", [{ value: "x" }]))[0]!.offset).toBeGreaterThanOrEqual(0);
      await expect(client.admin.createTopic("z", { partitions: 1 })).rejects.toBeInstanceOf(AuthError);
      clock.advance(61_000);
      await client.setToken(await token({ sub: "alice", produce: ["a", "b"] }, 60_000));
      expect((await producer.send("b", [{ value: "y" }]))[0]!.offset).toBeGreaterThanOrEqual(0);
      await expect(client.setToken("forged.token.here")).rejects.toBeInstanceOf(AuthError);
    } finally {
      await client.close();
    }
  });

  it("HTTP: health is open; metadata and produce need a Bearer token with the capability", async () => {
    const http = server.httpUrl;
    const alice = await token({ sub: "alice", produce: ["a"] });
    const body = JSON.stringify({ records: [{ value: 1 }] });
    expect((await send(http, "GET", "/v1/health", {}, null)).status).toBe(200);
    expect((await send(http, "GET", "/v1/metadata?topics=a", {}, null)).status).toBe(401);
    expect((await send(http, "GET", "/v1/metadata?topics=a", { authorization: `Bearer ${alice}` }, null)).status).toBe(200);
    expect((await send(http, "GET", "/v1/metadata", { authorization: `Bearer ${alice}` }, null)).status).toBe(401);
    expect((await send(http, "POST", "/v1/topics/a/records", { "content-type": "application/json" }, body)).status).toBe(401);
    expect((await send(http, "POST", "/v1/topics/a/records", { "content-type": "application/json", authorization: `Bearer ${alice}` }, body)).status).toBe(200);
    const toB = await send(http, "POST", "/v1/topics/b/records", { "content-type": "application/json", authorization: `Bearer ${alice}` }, body);
    expect(toB.status).toBe(401);
    expect(JSON.parse(toB.text).error.code).toBe(ErrorCode.UNAUTHORIZED);
    const forged = `${alice.slice(0, -2)}xx`;
    expect((await send(http, "POST", "/v1/topics/a/records", { "content-type": "application/json", authorization: `Bearer ${forged}` }, body)).status).toBe(401);
  });
});

describe("the SDK's tokenProvider on the Node broker (the broker's clock and the SDK's timers moved by hand)", () => {
  /** A client whose provider issues `ttlMs` tokens for topic tp, counting provider calls and sockets opened. */
  function providerClient(ttlMs: number, timers: ManualTimers) {
    const issued: string[] = [];
    const sockets = watchedWebSocket();
    const refreshed: (AuthError | null)[] = [];
    let onRefresh = () => {};
    const client = new Edgelog({
      url: server.url,
      WebSocket: sockets.WebSocket,
      tokenProvider: async () => {
        const t = await token({ sub: "alice", produce: ["tp"], consume: ["tp"] }, ttlMs);
        issued.push(t);
        return t;
      },
      timers,
      onTokenRefresh: (err) => {
        refreshed.push(err);
        onRefresh();
      },
      reconnect: false,
    });
    const refreshes = (n: number) => new Promise<void>((resolve) => (onRefresh = () => refreshed.length >= n && resolve()));
    return { client, issued, sockets, refreshed, refreshes };
  }

  beforeAll(async () => {
    const { c } = await connect(await token({ sub: "root", admin: ["*"] }));
    for (const topic of ["tp", "tg"]) expect(code(await c.request({ createTopicRequest: { topic, partitions: 1 } }))).toBe(0);
  });

  it("a producer and a consumer keep working across two expiries, refreshed on the same socket", async () => {
    const timers = new ManualTimers(clock); // one clock: the SDK's schedule and the broker's expiry move together
    const { client, issued, sockets, refreshed, refreshes } = providerClient(60_000, timers);
    try {
      const producer = client.producer({ lingerMs: 0 });
      const records = client.consumer({ topic: "tp", from: "latest" })[Symbol.asyncIterator]();
      const next = records.next();
      await producer.send("tp", [{ value: "0" }]);
      expect(new TextDecoder().decode((await next).value!.value!)).toBe("0");
      for (let round = 1; round <= 2; round++) {
        const refreshed1 = refreshes(round);
        timers.advance(timers.nextInMs()!); // the refresh point: 80 % of the lifetime left
        await refreshed1;
        expect(refreshed.at(-1)).toBeNull();
        timers.advance(13_000); // past the previous token's expiry: the broker refuses it from here on
        const next = records.next();
        await producer.send("tp", [{ value: String(round) }]);
        expect(new TextDecoder().decode((await next).value!.value!)).toBe(String(round));
      }
      expect(issued).toHaveLength(3);
      expect(sockets.opened).toEqual([server.url]);
      expect(sockets.hellos.get(server.url)).toBe(3);
      expect(sockets.errors).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('a request the broker calls "token expired" (the SDK\'s clock 31 s late) gets a new token and hello and goes through once more', async () => {
    const timers = new ManualTimers(new ManualClock(clock.nowMs));
    const { client, issued, sockets } = providerClient(60_000, timers);
    try {
      const producer = client.producer({ lingerMs: 0 });
      await producer.send("tp", [{ value: "before" }]);
      clock.advance(61_000);
      timers.advance(30_000); // short of the SDK's refresh point (48 s)
      const [meta] = await producer.send("tp", [{ value: "after" }]);
      expect(meta!.offset).toBeGreaterThan(0);
      expect(issued).toHaveLength(2);
      expect(sockets.opened).toHaveLength(1);
      expect(sockets.errors.map((e) => e.message)).toEqual([expect.stringMatching(/token expired/)]);
    } finally {
      await client.close();
    }
  });

  it("a group consumer with a token (commit on its group, no admin) finds its coordinator and reads", async () => {
    const sockets = watchedWebSocket();
    const client = new Edgelog({
      url: server.url,
      WebSocket: sockets.WebSocket,
      tokenProvider: () => token({ sub: "bob", produce: ["tg"], consume: ["tg"], commit: ["gp"] }),
      reconnect: false,
    });
    try {
      await client.producer({ lingerMs: 0 }).send("tg", [{ value: "g" }]);
      const member = client.consumer({ groupId: "gp", topics: ["tg"], from: "earliest" })[Symbol.asyncIterator]();
      expect(new TextDecoder().decode((await member.next()).value!.value!)).toBe("g");
      expect(sockets.errors).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

/** Runs `node bin/edgelog.js args` with `env` added; resolves with its exit code and output. */
function cli(args: string[], env: Record<string, string> = {}, input = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const base = { ...process.env };
    delete base.EDGELOG_TOKEN;
    delete base.EDGELOG_AUTH_SECRET;
    const child = execFile(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...base, ...env }, timeout: 20_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

describe("the CLI: serve --auth-secret, token create, --token and EDGELOG_TOKEN", () => {
  it("a token from `token create` is what the broker started with --auth-secret accepts, and only for what it names", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-auth-cli-"));
    const broker = await startBrokerProcess(dataDir, ["--auth-secret", secret]);
    try {
      expect(broker.output()).toMatch(/auth on/);
      const url = ["--url", broker.url];
      const admin = await cli(["token", "create", "--secret", secret, "--sub", "ops", "--admin", "*", "--produce", "clicks", "--ttl", "10m"]);
      expect(admin.code, admin.stderr).toBe(0);
      const adminToken = admin.stdout.trim();
      expect((await cli(["topics", "create", "clicks", ...url])).stderr).toMatch(/UNAUTHORIZED|token/i);
      const created = await cli(["topics", "create", "clicks", "--token", adminToken, ...url]);
      expect(created.code, created.stderr).toBe(0);
      const produced = await cli(["produce", "clicks", ...url], { EDGELOG_TOKEN: adminToken }, "one\ntwo\n");
      expect(produced.code, produced.stderr).toBe(0);
      const reader = (await cli(["token", "create", "--sub", "bob", "--consume", "feed.*"], { EDGELOG_AUTH_SECRET: secret })).stdout.trim();
      const refused = await cli(["produce", "clicks", "--token", reader, ...url], {}, "three\n");
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/UNAUTHORIZED|capability/i);
      // A token with commit on its group and no admin describes the group: the CLI's reachability check
      // (a listing, which needs admin) refused it as "listing needs an admin capability".
      const member = (await cli(["token", "create", "--sub", "ann", "--commit", "dash-*", "--consume", "clicks"], { EDGELOG_AUTH_SECRET: secret })).stdout.trim();
      const described = await cli(["groups", "describe", "dash-1", "--token", member, ...url]);
      expect(described.stderr).toBe('edgelog: group "dash-1" does not exist\n'); // the broker's answer to the command itself
      const notAdmin = await cli(["topics", "delete", "clicks", "--token", member, ...url]);
      expect(notAdmin.stderr).toMatch(/no admin capability on topic "clicks"/);
    } finally {
      await broker.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("without a secret the broker says it runs open", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-open-"));
    const broker = await startBrokerProcess(dataDir);
    try {
      expect(broker.output()).toMatch(/auth OFF \(open mode\)/);
    } finally {
      await broker.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
