// The origin allow-list on the Node broker (issue 12) and open mode bound to loopback. Pages are played by
// requests carrying an Origin header (HTTP through node:http, upgrades through `ws`), clients without one by
// requests without it: an allowed page gets CORS and a socket, another page a 403 on both (over HTTP with
// CORS for its origin, so the page can read the typed refusal), no Origin works.
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { fromOrigin, upgradeStatus } from "../support/origin-probe.ts";
import { cliPath, repoRoot, startBrokerProcess } from "../support/broker-process.ts";
import { tempDirs } from "../support/temp-dir.ts";

const secret = "origins-test-secret-of-at-least-32-bytes";
const shop = "https://shop.example";
const evil = "https://evil.example";
const newDir = tempDirs("edgelog-origins-");
const started: BrokerServer[] = [];

async function broker(opts: Partial<Parameters<typeof startBroker>[0]> = {}): Promise<BrokerServer> {
  const s = await startBroker({ port: 0, dataDir: await newDir(), log: () => {}, retentionCheckIntervalMs: 0, ...opts });
  started.push(s);
  return s;
}
afterAll(async () => {
  for (const s of started) await s.close();
});

describe("allowedOrigins: [shop]", () => {
  let s: BrokerServer;
  beforeAll(async () => {
    s = await broker({ allowedOrigins: [shop] });
  });

  it("HTTP: the allowed page gets its origin echoed with Vary: Origin; another page gets 403 FORBIDDEN_ORIGIN it can read", async () => {
    const ok = await fromOrigin(s.httpUrl, "GET", "/v1/health", shop);
    expect(ok.status).toBe(200);
    expect(ok.headers["access-control-allow-origin"]).toBe(shop);
    expect(ok.headers.vary).toMatch(/Origin/);
    const pre = await fromOrigin(s.httpUrl, "OPTIONS", "/v1/topics/t/records", shop);
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe(shop);
    // A browser reads an answer only when it names the page's origin, and sends a JSON POST only after a
    // preflight that passed: the refused page's preflight passes, and its request is refused, readably.
    const refusedPre = await fromOrigin(s.httpUrl, "OPTIONS", "/v1/topics/t/records", evil, { "access-control-request-method": "POST", "access-control-request-headers": "content-type" });
    expect(refusedPre.status).toBe(204);
    expect(refusedPre.headers["access-control-allow-origin"]).toBe(evil);
    expect(refusedPre.headers["access-control-allow-headers"]).toMatch(/content-type/);
    for (const [method, path] of [["GET", "/v1/health"], ["GET", "/v1/metadata"], ["POST", "/v1/topics/t/records"]] as const) {
      const refused = await fromOrigin(s.httpUrl, method, path, evil, { "content-type": "application/json" }, method === "POST" ? '{"records":[{"value":"x"}]}' : null);
      expect([method, path, refused.status]).toEqual([method, path, 403]);
      expect(refused.headers["access-control-allow-origin"]).toBe(evil);
      expect(refused.headers.vary).toMatch(/Origin/);
      expect(JSON.parse(refused.text).error).toMatchObject({ code: ErrorCode.FORBIDDEN_ORIGIN, name: "FORBIDDEN_ORIGIN" });
    }
    // An origin that differs only by scheme or port is another origin.
    expect((await fromOrigin(s.httpUrl, "GET", "/v1/health", "http://shop.example")).status).toBe(403);
    expect((await fromOrigin(s.httpUrl, "GET", "/v1/health", "https://shop.example:8443")).status).toBe(403);
  });

  it("HTTP without an Origin (a server, the CLI) is served, with no allow-origin header", async () => {
    const a = await fromOrigin(s.httpUrl, "GET", "/v1/health", undefined);
    expect(a.status).toBe(200);
    expect(a.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("WebSocket: the allowed page and a client without Origin get a socket; another page is refused 403 before the upgrade", async () => {
    expect(await upgradeStatus(s.url, shop)).toBe(101);
    expect(await upgradeStatus(s.url)).toBe(101);
    expect(await upgradeStatus(s.url, evil)).toBe(403);
    expect(await upgradeStatus(s.url, "null")).toBe(403);
  });
});

describe("defaults", () => {
  it("open mode on loopback: pages served from this machine only", async () => {
    const s = await broker();
    expect(await upgradeStatus(s.url, "http://localhost:5173")).toBe(101);
    expect(await upgradeStatus(s.url, "http://127.0.0.1:8080")).toBe(101);
    expect(await upgradeStatus(s.url, evil)).toBe(403);
    // A rebound DNS name that now points here is still another site's page.
    expect(await upgradeStatus(s.url, "http://rebound.evil.example:8080")).toBe(403);
    expect((await fromOrigin(s.httpUrl, "GET", "/v1/health", evil)).status).toBe(403);
    const local = await fromOrigin(s.httpUrl, "GET", "/v1/health", "http://localhost:5173");
    expect(local.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    // A rebound page's same-origin GET carries no Origin, only its own name in Host: refused too (it read
    // every topic's metadata); this machine's names are served.
    const port = new URL(s.httpUrl).port;
    const rebound = await fromOrigin(s.httpUrl, "GET", "/v1/metadata", undefined, { host: `rebound.evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.text).error).toMatchObject({ code: ErrorCode.FORBIDDEN_ORIGIN });
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"]) {
      expect([host, (await fromOrigin(s.httpUrl, "GET", "/v1/metadata", undefined, { host })).status]).toEqual([host, 200]);
    }
  });

  it("auth on: every origin (tokens, not cookies, carry authority), CORS *", async () => {
    const s = await broker({ authSecret: secret });
    expect(await upgradeStatus(s.url, evil)).toBe(101);
    const a = await fromOrigin(s.httpUrl, "GET", "/v1/health", evil);
    expect(a.status).toBe(200);
    expect(a.headers["access-control-allow-origin"]).toBe("*");
  });

  it("an entry that is not an origin is refused at start, naming it", async () => {
    await expect(broker({ allowedOrigins: ["https://shop.example/"] })).rejects.toThrow(/"https:\/\/shop.example\/" is not an origin.*did you mean "https:\/\/shop.example"/);
    await expect(broker({ allowedOrigins: ["shop.example"] })).rejects.toThrow(/not an origin/);
  });
});

describe("open mode is bound to loopback", () => {
  it("startBroker refuses a public host without auth, naming the fixes; with a secret or insecureOpen it listens", async () => {
    await expect(broker({ host: "0.0.0.0" })).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 in open mode.*--auth-secret.*--auth-jwks.*--insecure-open/);
    const lines: string[] = [];
    const open = await broker({ host: "0.0.0.0", insecureOpen: true, log: (l) => lines.push(l) });
    expect(lines.join("\n")).toMatch(/auth OFF \(open mode\)/);
    expect(lines.join("\n")).toMatch(/--insecure-open: open mode on 0\.0\.0\.0/);
    // An open public broker is open to every page too.
    expect(await upgradeStatus(open.url.replace("0.0.0.0", "127.0.0.1"), evil)).toBe(101);
    const authed = await broker({ host: "0.0.0.0", authSecret: secret });
    expect(authed.port).toBeGreaterThan(0);
  });

  it("edgelog serve --host 0.0.0.0 exits with the error; --allow-origin and EDGELOG_ALLOWED_ORIGINS set the list", async () => {
    const refused = await serveOnce(["--host", "0.0.0.0"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 in open mode.*--auth-secret.*--auth-jwks.*--insecure-open/);
    const flag = await startBrokerProcess(await newDir(), ["--allow-origin", `${shop},http://localhost:3000`]);
    try {
      expect(flag.output()).toMatch(/origins: pages of https:\/\/shop\.example, http:\/\/localhost:3000 may connect/);
      expect(await upgradeStatus(flag.url, shop)).toBe(101);
      expect(await upgradeStatus(flag.url, evil)).toBe(403);
    } finally {
      await flag.kill();
    }
    const env = await startBrokerProcess(await newDir(), [], 0, { env: { EDGELOG_ALLOWED_ORIGINS: shop } });
    try {
      expect(await upgradeStatus(env.url, shop)).toBe(101);
      expect(await upgradeStatus(env.url, "http://localhost:3000")).toBe(403);
    } finally {
      await env.kill();
    }
  });
});

/** `edgelog serve` that is expected to exit at once (a refused configuration). */
function serveOnce(args: string[]): Promise<{ code: number; stderr: string }> {
  const env = { ...process.env };
  delete env.EDGELOG_AUTH_SECRET;
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, "serve", "--port", "0", "--data-dir", "/nonexistent-edgelog-dir", ...args], { cwd: repoRoot, env, timeout: 20_000 }, (err, _stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}
