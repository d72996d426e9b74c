// The origin rules of src/core/origins.ts as plain functions: which hosts count as loopback (the open-mode
// bind check and the open-mode page default), which origins a policy allows, and the CORS headers it sets.
import { describe, expect, it } from "vitest";
import { anyOrigin, applyCorsOrigin, isLoopbackHost, loopbackPages, originAllowed, originPolicy, parseOriginList } from "../../src/core/origins.ts";

describe("isLoopbackHost", () => {
  it("names and addresses that never leave the machine, and nothing else", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "app.localhost", "::1", "[::1]", "::ffff:127.0.0.1"]) expect([h, isLoopbackHost(h)]).toEqual([h, true]);
    for (const h of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "localhost.evil.example", "example.com", "128.0.0.1", ""]) expect([h, isLoopbackHost(h)]).toEqual([h, false]);
  });
});

describe("policies", () => {
  it("a request without Origin is always allowed; * allows every page", () => {
    const list = originPolicy(["https://shop.example"]);
    for (const p of [anyOrigin, loopbackPages, list]) expect(originAllowed(p, null)).toBe(true);
    expect(originAllowed(anyOrigin, "https://evil.example")).toBe(true);
    expect(originPolicy(["https://a.example", "*"])).toBe(anyOrigin);
  });

  it("a list matches exact serialized origins only", () => {
    const list = originPolicy(["https://shop.example", "http://localhost:3000"]);
    expect(originAllowed(list, "https://shop.example")).toBe(true);
    expect(originAllowed(list, "http://localhost:3000")).toBe(true);
    for (const o of ["http://shop.example", "https://shop.example:444", "https://sub.shop.example", "http://localhost:3001", "null"]) expect([o, originAllowed(list, o)]).toEqual([o, false]);
  });

  it("loopback pages: any scheme and port on localhost or 127.0.0.0/8, no other name, no opaque origin", () => {
    for (const o of ["http://localhost:5173", "https://127.0.0.1", "http://[::1]:8080"]) expect([o, originAllowed(loopbackPages, o)]).toEqual([o, true]);
    for (const o of ["http://localhost.evil.example", "https://evil.example", "null", "garbage"]) expect([o, originAllowed(loopbackPages, o)]).toEqual([o, false]);
  });

  it("entries that are not origins are refused, with the origin they probably meant", () => {
    expect(() => originPolicy(["https://shop.example/"])).toThrow(/did you mean "https:\/\/shop.example"/);
    expect(() => originPolicy(["HTTPS://Shop.Example"])).toThrow(/did you mean "https:\/\/shop.example"/);
    expect(() => originPolicy(["shop.example"])).toThrow(/not an origin/);
    expect(() => originPolicy([])).toThrow(/empty/);
    expect(parseOriginList(" https://a.example , ,https://b.example ")).toEqual(["https://a.example", "https://b.example"]);
    expect(parseOriginList("  ")).toBeUndefined();
  });
});

describe("applyCorsOrigin", () => {
  it("* for an open policy; else the origin echoed with Vary: Origin, also a refused one (so its page can read the 403); nothing without an Origin", () => {
    const h = () => new Headers([["Access-Control-Allow-Origin", "*"]]);
    const open = h();
    applyCorsOrigin(open, anyOrigin, "https://evil.example");
    expect([open.get("access-control-allow-origin"), open.get("vary")]).toEqual(["*", null]);
    const list = originPolicy(["https://shop.example"]);
    const ok = h();
    applyCorsOrigin(ok, list, "https://shop.example");
    expect([ok.get("access-control-allow-origin"), ok.get("vary")]).toEqual(["https://shop.example", "Origin"]);
    const other = h();
    applyCorsOrigin(other, list, "https://evil.example");
    expect([other.get("access-control-allow-origin"), other.get("vary")]).toEqual(["https://evil.example", "Origin"]);
    const none = h();
    applyCorsOrigin(none, list, null);
    expect([none.get("access-control-allow-origin"), none.get("vary")]).toEqual([null, "Origin"]);
  });
});
