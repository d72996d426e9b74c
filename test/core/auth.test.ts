// src/core/auth.ts on its own: the `*` patterns, HS256 verification against a hand-moved clock (expiry,
// tampering, wrong key, an unsigned token), and the claims' shape checks.
import { describe, expect, it } from "vitest";
import { createToken, hs256Authenticator, matchesPattern } from "../../src/core/auth.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";

const secret = "core-test-secret-of-at-least-32-bytes";

describe("patterns", () => {
  it.each([
    ["a", "a", true],
    ["a", "ab", false],
    ["*", "anything", true],
    ["feed.*", "feed.x", true],
    ["feed.*", "feed.", true],
    ["feed.*", "feedx", false],
    ["*.clicks", "eu.clicks", true],
    ["*.clicks", "clicks", false],
    ["a*b*c", "abc", true],
    ["a*b*c", "axxbyyc", true],
    ["a*b*c", "acb", false],
    ["ab*ba", "aba", false],
  ])("%s matches %s: %s", (pattern, name, want) => {
    expect(matchesPattern(pattern, name)).toBe(want);
  });
});

describe("HS256 verification", () => {
  const clock = new ManualClock(1_800_000_000_000);
  const auth = hs256Authenticator(secret, clock.now);
  const refused = async (token: string) => (await auth.verify(token).then(() => null, (e: { code: number }) => e)) as { code: number; message: string } | null;

  it("reads the capabilities of a good token", async () => {
    const t = await createToken(secret, { sub: "alice", produce: ["a"], consume: ["feed.*"], keyIsSubject: true }, 60_000, clock.nowMs);
    expect(await auth.verify(t)).toEqual({ sub: "alice", expiresAtMs: clock.nowMs + 60_000, produce: ["a"], consume: ["feed.*"], admin: [], commit: [], keyIsSubject: true });
  });

  it("refuses expired (by the clock given), tampered, wrong-key, unsigned and malformed tokens with UNAUTHORIZED", async () => {
    const t = await createToken(secret, { sub: "alice", produce: ["a"] }, 60_000, clock.nowMs);
    const [h, p, s] = t.split(".");
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, admin: ["*"] })).toString("base64url")}.${s}`;
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.`;
    const wrongKey = await createToken("another-secret-another-secret-another", { sub: "alice" }, 60_000, clock.nowMs);
    for (const bad of [tampered, unsigned, wrongKey, "", "x.y.z", "a".repeat(5000)]) expect((await refused(bad))?.code).toBe(ErrorCode.UNAUTHORIZED);
    const later = hs256Authenticator(secret, () => clock.nowMs + 61_000);
    expect(await later.verify(t).then(() => "accepted", (e: Error) => e.message)).toMatch(/expired/);
  });

  it("refuses claims of the wrong shape", async () => {
    const t = await createToken(secret, { sub: "alice", produce: "a" as unknown as string[] }, 60_000, clock.nowMs);
    expect((await refused(t))?.code).toBe(ErrorCode.UNAUTHORIZED);
  });
});
