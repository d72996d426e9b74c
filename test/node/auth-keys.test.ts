// Public-key tokens on the Node broker (issue 12): `edgelog token keygen` and `token create --key` against
// `edgelog serve --auth-jwks FILE` (real CLI processes), and startBroker with a JWKS URL served on port 0,
// whose set gains a key while the broker runs: the new kid works at once, no restart; a bad set stops the start.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken, generateSigningKey, type SigningJwk, type TokenClaims } from "../../src/core/auth.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { ErrorCode, errorInfo } from "../../src/protocol/errors.ts";
import { PROTOCOL_VERSION, type DecodedFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { send } from "../conformance/http-properties.ts";
import { cliPath, repoRoot, startBrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { Edgelog } from "../../client/node.ts";

const newDir = tempDirs("edgelog-auth-keys-");
const clients: RawClient[] = [];
const code = (f: DecodedFrame) => f.error?.code ?? 0;
const produce = (topic: string) => ({ produceRequest: { topic, partition: 0, records: encodeBatch([{ value: "v" }]) } });

afterAll(async () => {
  for (const c of clients) await c.close();
});

async function connect(url: string, token: string): Promise<{ c: RawClient; hello: DecodedFrame }> {
  const c = await RawClient.connect(url);
  clients.push(c);
  const hello = await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, clientId: "t", token } });
  return { c, hello };
}

/** Runs `node bin/edgelog.js args` with `extraEnv` added; resolves with its exit code and output. */
function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.EDGELOG_AUTH_SECRET;
    delete env.EDGELOG_AUTH_JWKS;
    delete env.EDGELOG_TOKEN;
    execFile(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...env, ...extraEnv }, timeout: 20_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("the CLI: token keygen, token create --key, serve --auth-jwks FILE", () => {
  it("an ES256 token from `token create --key` opens what it names on a broker reading the public set from a file", async () => {
    const dir = await newDir();
    const privatePath = join(dir, "k1.jwk.json");
    const gen = await cli(["token", "keygen", "--alg", "ES256", "--kid", "k1", "--out", privatePath]);
    expect(gen.code, gen.stderr).toBe(0);
    const publicSet = JSON.parse(gen.stdout) as { keys: JWK[] };
    expect(publicSet.keys).toEqual([expect.objectContaining({ kty: "EC", crv: "P-256", kid: "k1", alg: "ES256" })]);
    expect(publicSet.keys[0]).not.toHaveProperty("d");
    expect((await stat(privatePath)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(privatePath, "utf8"))).toMatchObject({ kid: "k1", d: expect.any(String) });
    const again = await cli(["token", "keygen", "--kid", "k1", "--out", privatePath]);
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/exists; a key file is never replaced/)]);
    const jwksPath = join(dir, "jwks.json");
    await writeFile(jwksPath, gen.stdout);

    const broker = await startBrokerProcess(join(dir, "data"), ["--auth-jwks", jwksPath]);
    try {
      expect(broker.output()).toMatch(/auth on: every request needs a capability token \(ES256\/EdDSA \(JWKS of 1 key: k1\)\)/);
      const made = await cli(["token", "create", "--key", privatePath, "--sub", "ops", "--admin", "*", "--produce", "clicks", "--ttl", "10m"]);
      expect(made.code, made.stderr).toBe(0);
      const token = made.stdout.trim();
      expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toEqual({ alg: "ES256", kid: "k1", typ: "JWT" });
      const { c, hello } = await connect(broker.url, token);
      expect(code(hello)).toBe(0);
      expect(code(await c.request({ createTopicRequest: { topic: "clicks", partitions: 1 } }))).toBe(0);
      expect(code(await c.request(produce("clicks")))).toBe(0);
      expect(code(await c.request(produce("other")))).toBe(ErrorCode.UNAUTHORIZED);
      // A key of the same kid that is not in the set, and an HS256 token on a broker without a secret.
      const stranger = (await generateSigningKey("ES256", "k1")).privateJwk;
      for (const tok of [await createToken(stranger, { sub: "ops", admin: ["*"] }, 60_000), await createToken("any-secret-any-secret-any-secret!!", { sub: "ops", admin: ["*"] }, 60_000)]) {
        const refused = await connect(broker.url, tok);
        expect(code(refused.hello)).toBe(ErrorCode.UNAUTHORIZED);
        expect(code(await refused.c.request(produce("clicks")))).toBe(ErrorCode.UNAUTHORIZED);
      }
    } finally {
      await broker.kill();
    }
  });

  it("a malformed set stops `serve` before it listens, with one line naming the fault", async () => {
    const dir = await newDir();
    const { privateJwk } = await generateSigningKey("EdDSA", "oops");
    const cases: [string, RegExp][] = [
      ["not json", /auth JWKS file .*: not an http\(s\) URL and not JSON/],
      [JSON.stringify({ keys: [privateJwk] }), /key "oops" is a private key/],
      [JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0", kid: "s" }] }), /only EC P-256 \(ES256\) and OKP Ed25519 \(EdDSA\) keys/],
    ];
    for (const [i, [content, message]] of cases.entries()) {
      const path = join(dir, `bad-${i}.json`);
      await writeFile(path, content);
      const r = await cli(["serve", "--port", "0", "--data-dir", join(dir, "data"), "--auth-jwks", path]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(message)]);
      expect(r.stdout).not.toMatch(/listening/);
    }
    // The same through the environment variable.
    const viaEnv = await cli(["serve", "--port", "0", "--data-dir", join(dir, "data")], { EDGELOG_AUTH_JWKS: join(dir, "bad-1.json") });
    expect([viaEnv.code, viaEnv.stderr.trim()]).toEqual([1, expect.stringMatching(/^edgelog: auth JWKS file .*bad-1\.json: JWKS key "oops" is a private key/)]);
  });
});

describe("startBroker with a JWKS URL", () => {
  let jwksServer: Server;
  let jwksUrl: string;
  /** What the key server serves; tests change it while the broker runs. */
  let served: { status: number; keys: JWK[] } = { status: 200, keys: [] };
  let fetchCount = 0;
  /** Called at each fetch of the set (a test waits on it). */
  let onFetch = () => {};
  let broker: BrokerServer;
  const clock = new ManualClock(Date.now());
  const keys: Record<string, { privateJwk: SigningJwk; publicJwk: JWK }> = {};
  const token = (kid: string, claims: TokenClaims = { sub: "alice", produce: ["a"] }) => createToken(keys[kid]!.privateJwk, claims, 3_600_000, clock.nowMs);

  beforeAll(async () => {
    keys.old = await generateSigningKey("ES256", "old");
    keys.new = await generateSigningKey("EdDSA", "new");
    served = { status: 200, keys: [keys.old.publicJwk] };
    jwksServer = createServer((_req, res) => {
      fetchCount++;
      onFetch();
      res.writeHead(served.status, { "content-type": "application/json" }).end(JSON.stringify({ keys: served.keys }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
    jwksUrl = `http://127.0.0.1:${(jwksServer.address() as { port: number }).port}/.well-known/jwks.json`;
    const lines: string[] = [];
    // The cooldown between refetches for an unknown kid is 0 here, so a kid the test adds is fetched at once.
    broker = await startBroker({ port: 0, dataDir: await newDir(), log: (l) => lines.push(l), clock: clock.now, authJwks: jwksUrl, authJwksRefetchCooldownMs: 0, retentionCheckIntervalMs: 0 });
    expect(lines).toContain(`auth on: every request needs a capability token (ES256/EdDSA (JWKS from ${jwksUrl}))`);
    const { c } = await connect(broker.url, await token("old", { sub: "root", admin: ["*"] }));
    expect(code(await c.request({ createTopicRequest: { topic: "a", partitions: 1 } }))).toBe(0);
  });
  afterAll(async () => {
    await broker?.close();
    await new Promise((r) => jwksServer?.close(r));
  });

  it("fetches the set once at start and verifies from its copy", async () => {
    expect(fetchCount).toBe(1);
    const { c, hello } = await connect(broker.url, await token("old"));
    expect(code(hello)).toBe(0);
    expect(code(await c.request(produce("a")))).toBe(0);
    expect(fetchCount).toBe(1);
  });

  it("rotation: a token with a kid added to the served set works without restarting the broker", async () => {
    const before = await connect(broker.url, await token("new"));
    expect(before.hello.error?.message).toMatch(/unknown key \(kid "new"\)/);
    served = { status: 200, keys: [keys.old!.publicJwk, keys.new!.publicJwk] };
    const after = await connect(broker.url, await token("new"));
    expect(code(after.hello)).toBe(0);
    expect(code(await after.c.request(produce("a")))).toBe(0);
    expect(code((await connect(broker.url, await token("old"))).hello)).toBe(0);
    // Over HTTP too, as a Bearer token.
    const body = JSON.stringify({ records: [{ value: 1 }] });
    const bearer = (t: string) => ({ "content-type": "application/json", authorization: `Bearer ${t}` });
    expect((await send(broker.httpUrl, "POST", "/v1/topics/a/records", bearer(await token("new")), body)).status).toBe(200);
    expect((await send(broker.httpUrl, "POST", "/v1/topics/a/records", bearer(await token("new", { sub: "alice", produce: ["b"] })), body)).status).toBe(401);
  });

  it("a key server that fails answers a retriable TIMEOUT for an unknown kid, not UNAUTHORIZED; known kids still verify", async () => {
    const unlisted = (await generateSigningKey("ES256", "unlisted")).privateJwk;
    served = { ...served, status: 503 };
    const { hello } = await connect(broker.url, await createToken(unlisted, { sub: "alice" }, 60_000, clock.nowMs));
    expect(code(hello)).toBe(ErrorCode.TIMEOUT);
    expect(errorInfo(ErrorCode.TIMEOUT).retriable).toBe(true);
    expect(code((await connect(broker.url, await token("old"))).hello)).toBe(0);
    served = { ...served, status: 200 };
  });

  it("an SDK client whose hello got that TIMEOUT says hello again on a new socket, and its send goes once the key server is back", async () => {
    keys.late = await generateSigningKey("ES256", "late");
    served = { ...served, status: 503 };
    const failed = new Promise<void>((resolve) => (onFetch = resolve));
    const el = new Edgelog({ url: broker.url, token: await token("late") });
    try {
      const producer = el.producer({ deliveryTimeoutMs: 60_000 });
      const sent = producer.send("a", { value: "after the outage" });
      await failed; // the broker asked the key server for "late" and got a 503: the hello's answer is TIMEOUT
      served = { status: 200, keys: [...served.keys, keys.late.publicJwk] };
      // The same client: its socket went, the next said hello again (it kept the socket and every request
      // on it was UNAUTHORIZED, not retriable, until something else closed it).
      expect((await sent)[0]!.offset).toBeGreaterThanOrEqual(0);
      await producer.close();
    } finally {
      onFetch = () => {};
      await el.close();
    }
  });

  it("a key server that is unreachable or serves a bad set stops the start", async () => {
    served = { status: 200, keys: [{ ...keys.old!.publicJwk, kid: undefined } as JWK] };
    await expect(startBroker({ port: 0, dataDir: await newDir(), log: () => {}, authJwks: jwksUrl })).rejects.toThrow(/has no "kid"/);
    served = { status: 404, keys: [] };
    await expect(startBroker({ port: 0, dataDir: await newDir(), log: () => {}, authJwks: jwksUrl })).rejects.toThrow(/JWKS from .* could not be loaded: Expected 200 OK/);
    served = { status: 200, keys: [keys.old!.publicJwk, keys.new!.publicJwk] };
  });
});
