// Public-key tokens at the edge (issue 12): the Worker with EDGELOG_AUTH_JWKS (an inline JSON key set) in
// workerd takes ES256 and EdDSA tokens on the cluster socket, a partition socket, a group socket and the HTTP
// Bearer route, and refuses tokens of a key not in the set; a malformed set answers 500 and logs one line.
import { createServer } from "node:http";
import type { JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken, generateSigningKey, type SigningJwk, type TokenClaims } from "../../src/core/auth.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { PROTOCOL_VERSION, type DecodedFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { send } from "../conformance/http-properties.ts";
import { RawClient } from "../support/raw-client.ts";
import { collectRuntimeOutput, startEdge, type EdgeDeployment } from "./edge-deployment.ts";

let edge: EdgeDeployment;
const clients: RawClient[] = [];
const keys: Record<string, { privateJwk: SigningJwk; publicJwk: JWK }> = {};
const token = (kid: string, claims: TokenClaims) => createToken(keys[kid]!.privateJwk, claims, 3_600_000);
const code = (f: DecodedFrame) => f.error?.code ?? 0;
const partitionUrl = (topic: string) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);
const groupUrl = (group: string) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/g/${group}`);
const produce = (topic: string) => ({ produceRequest: { topic, partition: 0, records: encodeBatch([{ value: "v" }]) } });

async function connect(url: string, tok: string): Promise<{ c: RawClient; hello: DecodedFrame }> {
  const c = await RawClient.connect(url);
  clients.push(c);
  const hello = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: tok } });
  return { c, hello };
}

beforeAll(async () => {
  keys.es = await generateSigningKey("ES256", "es-2026");
  keys.ed = await generateSigningKey("EdDSA", "ed-2026");
  keys.strangerEs = await generateSigningKey("ES256", "es-2026"); // the set's kid, another key
  keys.strangerEd = await generateSigningKey("EdDSA", "ed-2026");
  keys.unlisted = await generateSigningKey("EdDSA", "unlisted");
  edge = await startEdge({ bindings: { EDGELOG_AUTH_JWKS: JSON.stringify({ keys: [keys.es.publicJwk, keys.ed.publicJwk] }) } });
  const { c, hello } = await connect(edge.url, await token("es", { sub: "root", admin: ["*"] }));
  expect(code(hello)).toBe(0);
  expect(code(await c.request({ createTopicRequest: { topic: "a", partitions: 1 } }))).toBe(0);
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await edge?.stop();
});

describe("the Worker with EDGELOG_AUTH_JWKS", () => {
  it.each(["es", "ed"])("a %s token works on the cluster, partition and group sockets, for what it names only", async (kid) => {
    const tok = await token(kid, { sub: "alice", produce: ["a"], consume: ["a"], commit: ["mine"], admin: [`t-${kid}`] });
    const cluster = await connect(edge.url, tok);
    expect(code(cluster.hello)).toBe(0);
    expect(code(await cluster.c.request({ createTopicRequest: { topic: `t-${kid}`, partitions: 1 } }))).toBe(0);
    expect(code(await cluster.c.request({ deleteTopicRequest: { topic: "a" } }))).toBe(ErrorCode.UNAUTHORIZED);
    const part = await connect(partitionUrl("a"), tok);
    expect(code(part.hello)).toBe(0);
    expect(code(await part.c.request(produce("a")))).toBe(0);
    expect(code(await part.c.request({ fetchRequest: { topic: "a", partition: 0, offset: 0, maxBytes: 1000 } }))).toBe(0);
    const group = await connect(groupUrl("mine"), tok);
    expect(code(group.hello)).toBe(0);
    expect(code(await group.c.request({ offsetFetchRequest: { groupId: "mine", partitions: [{ topic: "a", partitions: [0] }] } }))).toBe(0);
    const theirs = await connect(groupUrl("theirs"), tok);
    expect(code(await theirs.c.request({ offsetFetchRequest: { groupId: "theirs" } }))).toBe(ErrorCode.UNAUTHORIZED);
  });

  it("tokens of a key not in the set (same kid, unknown kid) and HS256 tokens are refused on every socket", async () => {
    const claims = { sub: "mallory", produce: ["*"], admin: ["*"] };
    const bad = {
      wrongEsKey: await token("strangerEs", claims),
      wrongEdKey: await token("strangerEd", claims),
      unknownKid: await token("unlisted", claims),
      hs256: await createToken("a-secret-the-worker-does-not-have!!", claims, 3_600_000),
    };
    for (const [what, tok] of Object.entries(bad)) {
      const part = await connect(partitionUrl("a"), tok);
      expect([what, code(part.hello)]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      expect([what, code(await part.c.request(produce("a")))]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      const cluster = await connect(edge.url, tok);
      expect([what, code(cluster.hello)]).toEqual([what, ErrorCode.UNAUTHORIZED]);
      expect([what, code(await cluster.c.request({ createTopicRequest: { topic: "m", partitions: 1 } }))]).toEqual([what, ErrorCode.UNAUTHORIZED]);
    }
  });

  it("HTTP: ES256 and EdDSA Bearer tokens produce where they may; a wrong-key one is 401", async () => {
    const body = JSON.stringify({ records: [{ value: 1 }] });
    const bearer = (t: string) => ({ "content-type": "application/json", authorization: `Bearer ${t}` });
    for (const kid of ["es", "ed"]) {
      const tok = await token(kid, { sub: "alice", produce: ["a"] });
      expect((await send(edge.httpUrl, "POST", "/v1/topics/a/records", bearer(tok), body)).status).toBe(200);
      expect((await send(edge.httpUrl, "GET", "/v1/metadata?topics=a", bearer(tok), null)).status).toBe(200);
    }
    const wrong = await token("strangerEs", { sub: "alice", produce: ["a"] });
    const refused = await send(edge.httpUrl, "POST", "/v1/topics/a/records", bearer(wrong), body);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).error.code).toBe(ErrorCode.UNAUTHORIZED);
    expect((await send(edge.httpUrl, "POST", "/v1/topics/a/records", { "content-type": "application/json" }, body)).status).toBe(401);
  });
});

describe("EDGELOG_AUTH_JWKS as a URL", () => {
  it("the objects fetch the set from the key server and verify ES256 and EdDSA tokens against it", async () => {
    const fetched: string[] = [];
    const keyServer = createServer((req, res) => {
      fetched.push(req.url ?? "");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [keys.es!.publicJwk, keys.ed!.publicJwk] }));
    });
    await new Promise<void>((r) => keyServer.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}/jwks.json`;
    const remote = await startEdge({ bindings: { EDGELOG_AUTH_JWKS: url } });
    try {
      const at = (path: string) => remote.url.replace(/\/v1\/ws$/, path);
      const admin = await connect(remote.url, await token("es", { sub: "root", admin: ["*"] }));
      expect(code(admin.hello)).toBe(0);
      expect(code(await admin.c.request({ createTopicRequest: { topic: "r", partitions: 1 } }))).toBe(0);
      const writer = await connect(at("/v1/ws/p/r/0"), await token("ed", { sub: "alice", produce: ["r"] }));
      expect(code(writer.hello)).toBe(0);
      expect(code(await writer.c.request(produce("r")))).toBe(0);
      const stranger = await connect(at("/v1/ws/p/r/0"), await token("strangerEd", { sub: "alice", produce: ["r"] }));
      expect(code(stranger.hello)).toBe(ErrorCode.UNAUTHORIZED);
      expect(fetched.length).toBeGreaterThan(0);
      expect(new Set(fetched)).toEqual(new Set(["/jwks.json"]));
    } finally {
      await remote.stop();
      await new Promise((r) => keyServer.close(r));
    }
  });
});

describe("a malformed EDGELOG_AUTH_JWKS", () => {
  it("answers 500 on the socket and HTTP paths, with one log line naming the fault per request, and serves nothing", async () => {
    const { lines, progress, onLine } = collectRuntimeOutput();
    const bad = await startEdge({ bindings: { EDGELOG_AUTH_JWKS: JSON.stringify({ keys: [keys.es!.privateJwk] }) }, onRuntimeOutput: onLine });
    try {
      const tok = await token("es", { sub: "root", admin: ["*"] });
      const http = bad.httpUrl;
      const upgrade = { connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" };
      const answers = [
        await send(http, "GET", "/v1/health", {}, null),
        await send(http, "GET", "/v1/metadata?topics=a", { authorization: `Bearer ${tok}` }, null),
        await send(http, "GET", "/v1/ws", upgrade, null),
        await send(http, "GET", "/v1/ws/p/a/0", upgrade, null),
      ];
      answers.push(await send(http, "GET", "/v1/last-request", {}, null));
      expect(answers.map((a) => a.status)).toEqual([500, 500, 500, 500, 500]);
      for (const a of answers) expect(a.text).not.toMatch(/private key|"d"/); // the fault is for the operator's log, not the client
      // workerd's stdout is another pipe than the answers, but in order: once the last request's line is
      // there, every line of the requests before it is too.
      const logged = () => lines.filter((l) => l.includes("edgelog: auth configuration refused"));
      await progress.until(() => logged().some((l) => l.includes("GET /v1/last-request")), "the last request's log line", 5_000);
      expect(logged().map((l) => /answering 500 to (\S+ \S+):/.exec(l)?.[1])).toEqual(["GET /v1/health", "GET /v1/metadata", "GET /v1/ws", "GET /v1/ws/p/a/0", "GET /v1/last-request"]);
      expect(logged()[0]).toMatch(/EDGELOG_AUTH_JWKS: JWKS key "es-2026" is a private key/);
    } finally {
      await bad.stop();
    }
  });
});
