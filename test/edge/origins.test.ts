// The origin allow-list at the edge (issue 12): the Worker var EDGELOG_ALLOWED_ORIGINS, in workerd. The
// Worker refuses a page off the list with 403 before forwarding an upgrade to any object (cluster, partition,
// group socket) and on the HTTP routes (with CORS for its origin, so the page can read the refusal); an allowed
// page gets CORS and a socket; no Origin is not affected. Unset: every origin with auth on, pages from this
// machine only in open mode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { fromOrigin, upgradeStatus } from "../support/origin-probe.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const shop = "https://shop.example";
const evil = "https://evil.example";
let edge: EdgeDeployment;
let open: EdgeDeployment;
let authed: EdgeDeployment;
const socketUrls = (e: EdgeDeployment) => [e.url, e.url.replace(/\/v1\/ws$/, "/v1/ws/p/t/0"), e.url.replace(/\/v1\/ws$/, "/v1/ws/g/g")];

beforeAll(async () => {
  [edge, open, authed] = await Promise.all([
    startEdge({ bindings: { EDGELOG_ALLOWED_ORIGINS: `${shop}, http://localhost:3000` } }),
    startEdge(),
    startEdge({ bindings: { EDGELOG_AUTH_SECRET: "origins-test-secret-0123456789abcdef" } }),
  ]);
});
afterAll(async () => {
  await edge?.stop();
  await open?.stop();
  await authed?.stop();
});

describe("the Worker with EDGELOG_ALLOWED_ORIGINS", () => {
  it("HTTP: the allowed page gets its origin echoed with Vary: Origin; another page's preflight passes and its request gets 403 FORBIDDEN_ORIGIN it can read; no Origin is served", async () => {
    const ok = await fromOrigin(edge.httpUrl, "GET", "/v1/health", shop);
    expect(ok.status).toBe(200);
    expect(ok.headers["access-control-allow-origin"]).toBe(shop);
    expect(ok.headers.vary).toMatch(/Origin/);
    expect((await fromOrigin(edge.httpUrl, "OPTIONS", "/v1/topics/t/records", "http://localhost:3000")).headers["access-control-allow-origin"]).toBe("http://localhost:3000");
    const refusedPre = await fromOrigin(edge.httpUrl, "OPTIONS", "/v1/topics/t/records", evil);
    expect([refusedPre.status, refusedPre.headers["access-control-allow-origin"]]).toEqual([204, evil]);
    for (const [method, path] of [["GET", "/v1/health"], ["POST", "/v1/topics/t/records"]] as const) {
      const refused = await fromOrigin(edge.httpUrl, method, path, evil, { "content-type": "application/json" }, method === "POST" ? '{"records":[]}' : null);
      expect([method, path, refused.status]).toEqual([method, path, 403]);
      expect(refused.headers["access-control-allow-origin"]).toBe(evil);
      expect(JSON.parse(refused.text).error).toMatchObject({ code: ErrorCode.FORBIDDEN_ORIGIN, name: "FORBIDDEN_ORIGIN" });
    }
    const none = await fromOrigin(edge.httpUrl, "GET", "/v1/health", undefined);
    expect(none.status).toBe(200);
    expect(none.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("WebSocket: every object's socket opens for the allowed page and for no Origin, and is refused 403 for another page", async () => {
    for (const url of socketUrls(edge)) {
      expect([url, await upgradeStatus(url, shop)]).toEqual([url, 101]);
      expect([url, await upgradeStatus(url)]).toEqual([url, 101]);
      expect([url, await upgradeStatus(url, evil)]).toEqual([url, 403]);
    }
  });
});

describe("the Worker without EDGELOG_ALLOWED_ORIGINS", () => {
  it("in open mode serves pages from this machine only, as the Node broker on loopback does (wrangler dev is reachable from every page the browser opens); no Origin is served", async () => {
    for (const page of ["http://localhost:3000", "http://127.0.0.1:5173"]) {
      const ok = await fromOrigin(open.httpUrl, "GET", "/v1/health", page);
      expect([page, ok.status, ok.headers["access-control-allow-origin"]]).toEqual([page, 200, page]);
      expect(await upgradeStatus(open.url, page)).toBe(101);
    }
    const refused = await fromOrigin(open.httpUrl, "POST", "/v1/topics/t/records", evil, { "content-type": "application/json" }, '{"records":[{"value":"x"}]}');
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).error).toMatchObject({ code: ErrorCode.FORBIDDEN_ORIGIN });
    for (const url of socketUrls(open)) expect([url, await upgradeStatus(url, evil)]).toEqual([url, 403]);
    expect((await fromOrigin(open.httpUrl, "GET", "/v1/health", undefined)).status).toBe(200);
    expect(await upgradeStatus(open.url)).toBe(101);
  });

  it("with auth on serves every origin, CORS * (tokens never ride in cookies)", async () => {
    const a = await fromOrigin(authed.httpUrl, "GET", "/v1/health", evil);
    expect(a.status).toBe(200);
    expect(a.headers["access-control-allow-origin"]).toBe("*");
    expect(await upgradeStatus(authed.url, evil)).toBe(101);
  });
});
