// The origin allow-list at the edge (issue 12): the Worker var EDGELOG_ALLOWED_ORIGINS, in workerd. The
// Worker refuses a page off the list with 403 before forwarding an upgrade to any object (cluster, partition,
// group socket) and on the HTTP routes (with CORS for its origin, so the page can read the refusal); an allowed
// page gets CORS and a socket; no Origin is not affected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { fromOrigin, upgradeStatus } from "../support/origin-probe.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const shop = "https://shop.example";
const evil = "https://evil.example";
let edge: EdgeDeployment;
let open: EdgeDeployment;
const socketUrls = (e: EdgeDeployment) => [e.url, e.url.replace(/\/v1\/ws$/, "/v1/ws/p/t/0"), e.url.replace(/\/v1\/ws$/, "/v1/ws/g/g")];

beforeAll(async () => {
  [edge, open] = await Promise.all([startEdge({ bindings: { EDGELOG_ALLOWED_ORIGINS: `${shop}, http://localhost:3000` } }), startEdge()]);
});
afterAll(async () => {
  await edge?.stop();
  await open?.stop();
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
  it("serves every origin, CORS *", async () => {
    const a = await fromOrigin(open.httpUrl, "GET", "/v1/health", evil);
    expect(a.status).toBe(200);
    expect(a.headers["access-control-allow-origin"]).toBe("*");
    expect(await upgradeStatus(open.url, evil)).toBe(101);
  });
});
