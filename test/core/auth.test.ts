// src/core/auth.ts on its own: the `*` patterns, HS256 verification against a hand-moved clock (expiry,
// tampering, wrong key, an unsigned token), the claims' shape checks, and ES256/EdDSA tokens against a JWKS
// (key choice by kid, rotation, algorithm confusion, malformed key sets), with keys generated per run.
import { describe, expect, it } from "vitest";
import { importJWK, SignJWT, type JWK } from "jose";
import { checkJwks, createAuthenticator, createToken, generateSigningKey, hs256Authenticator, matchesPattern, parseJwksSource, type SigningJwk } from "../../src/core/auth.ts";
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

describe("ES256 and EdDSA tokens against a JWKS", () => {
  const clock = new ManualClock(1_800_000_000_000);
  const keys: Record<string, { privateJwk: SigningJwk; publicJwk: JWK }> = {};
  const set = (...kids: string[]) => ({ keys: kids.map((k) => keys[k]!.publicJwk) });
  const sign = (kid: string, ttlMs = 60_000) => createToken(keys[kid]!.privateJwk, { sub: "alice", produce: ["a"] }, ttlMs, clock.nowMs);
  const outcome = (auth: { verify(t: string): Promise<unknown> } | undefined, token: string) =>
    auth!.verify(token).then(
      () => "accepted",
      (e: { code: number; message: string }) => `${e.code === ErrorCode.UNAUTHORIZED ? "UNAUTHORIZED" : e.code}: ${e.message}`,
    );

  it("generates keys of both algorithms", async () => {
    keys.es1 = await generateSigningKey("ES256", "es1");
    keys.es2 = await generateSigningKey("ES256", "es2");
    keys.ed1 = await generateSigningKey("EdDSA", "ed1");
    keys.other = await generateSigningKey("ES256", "es1"); // same kid as es1, another key
    expect(keys.es1.publicJwk).toMatchObject({ kty: "EC", crv: "P-256", kid: "es1", alg: "ES256" });
    expect(keys.ed1.publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", kid: "ed1", alg: "EdDSA" });
    expect(keys.es1.publicJwk).not.toHaveProperty("d");
  });

  it("accepts ES256 and EdDSA tokens signed by keys of the set, with their capabilities", async () => {
    const auth = createAuthenticator({ jwks: set("es1", "ed1"), clock: clock.now })!;
    await auth.ready();
    expect(auth.description).toBe("ES256/EdDSA (JWKS of 2 keys: es1, ed1)");
    for (const kid of ["es1", "ed1"]) {
      expect(await auth.verify(await sign(kid))).toEqual({ sub: "alice", expiresAtMs: clock.nowMs + 60_000, produce: ["a"], consume: [], admin: [], commit: [], keyIsSubject: false });
    }
  });

  it("refuses an unknown kid, a key that is not the kid's, a token without a kid, and an expired token (by the clock given)", async () => {
    const auth = createAuthenticator({ jwks: set("es1"), clock: clock.now });
    expect(await outcome(auth, await sign("es2"))).toMatch(/^UNAUTHORIZED: .*unknown key/);
    expect(await outcome(auth, await sign("other"))).toMatch(/^UNAUTHORIZED: invalid token/);
    // Validly signed by the set's only key, but not naming it: jose alone would pick that key.
    const { kid: _, ...noKid } = keys.es1!.privateJwk;
    const withoutKid = await new SignJWT({}).setProtectedHeader({ alg: "ES256" }).setSubject("alice").setExpirationTime(Math.floor(clock.nowMs / 1000) + 60).sign(await importJWK(noKid, "ES256"));
    expect(await outcome(auth, withoutKid)).toMatch(/^UNAUTHORIZED: .*without a kid/);
    await expect(createToken(noKid as SigningJwk, { sub: "x" }, 1000)).rejects.toThrow(/kid/);
    const token = await sign("es1", 60_000);
    expect(await outcome(auth, token)).toBe("accepted");
    const later = createAuthenticator({ jwks: set("es1"), clock: () => clock.nowMs + 61_000 });
    expect(await outcome(later, token)).toMatch(/^UNAUTHORIZED: token expired/);
  });

  it("rotation: a set with the old and new key accepts both; once the old key is removed, only the new", async () => {
    const old = await sign("es1");
    const fresh = await sign("ed1");
    const during = createAuthenticator({ jwks: set("es1", "ed1"), clock: clock.now });
    expect([await outcome(during, old), await outcome(during, fresh)]).toEqual(["accepted", "accepted"]);
    const after = createAuthenticator({ jwks: set("ed1"), clock: clock.now });
    expect(await outcome(after, fresh)).toBe("accepted");
    expect(await outcome(after, old)).toMatch(/^UNAUTHORIZED: .*unknown key/);
  });

  it("algorithm confusion: HS256 tokens keyed with the public key, alg none, and ES256 headers on HMACs are refused", async () => {
    const pub = keys.es1!.publicJwk;
    // The classic attack: a verifier that takes the alg from the token would HMAC with the public key it holds.
    const hmacKeys = [JSON.stringify(pub), JSON.stringify(set("es1")), pub.x!, Buffer.from(pub.x!, "base64url").toString("latin1")];
    const forged = await Promise.all(hmacKeys.map((k) => createToken(k, { sub: "mallory", admin: ["*"] }, 60_000, clock.nowMs)));
    const withKid = forged.map((t) => {
      const [, p, s] = t.split(".");
      return `${Buffer.from(JSON.stringify({ alg: "HS256", kid: "es1" })).toString("base64url")}.${p}.${s}`;
    });
    const asEs256 = forged.map((t) => {
      const [, p, s] = t.split(".");
      return `${Buffer.from(JSON.stringify({ alg: "ES256", kid: "es1" })).toString("base64url")}.${p}.${s}`;
    });
    const [, p] = forged[0]!.split(".");
    const none = `${Buffer.from(JSON.stringify({ alg: "none", kid: "es1" })).toString("base64url")}.${p}.`;
    const jwksOnly = createAuthenticator({ jwks: set("es1"), clock: clock.now });
    const both = createAuthenticator({ jwks: set("es1"), secret, clock: clock.now });
    for (const auth of [jwksOnly, both]) {
      for (const t of [...forged, ...withKid, ...asEs256, none]) expect(await outcome(auth, t)).toMatch(/^UNAUTHORIZED/);
    }
    expect(await outcome(jwksOnly, forged[0]!)).toMatch(/HS256 token refused/);
    expect(await outcome(jwksOnly, none)).toMatch(/algorithm "none" refused/);
    // The same authenticator takes a real HS256 token with the secret and a real ES256 one with the set.
    expect(await outcome(both, await createToken(secret, { sub: "bob" }, 60_000, clock.nowMs))).toBe("accepted");
    expect(await outcome(both, await sign("es1"))).toBe("accepted");
    // An HS256-only broker refuses public-key tokens.
    expect(await outcome(hs256Authenticator(secret, clock.now), await sign("es1"))).toMatch(/^UNAUTHORIZED: ES256 token refused/);
  });

  it("a malformed JWKS is refused when it is given, with a message naming the fault", async () => {
    const es1 = keys.es1!.publicJwk;
    const cases: [unknown, RegExp][] = [
      [[], /must be a JSON object/],
      [{ keys: [] }, /1 to 32 keys/],
      [{ keys: [{ ...es1, kid: undefined }] }, /has no "kid"/],
      [{ keys: [es1, es1] }, /two keys with kid "es1"/],
      [{ keys: [keys.es1!.privateJwk] }, /private key/],
      [{ keys: [{ kty: "oct", k: "c2VjcmV0", kid: "s" }] }, /only EC P-256 \(ES256\) and OKP Ed25519/],
      [{ keys: [{ ...es1, crv: "P-384" }] }, /only EC P-256/],
      [{ keys: [{ ...es1, alg: "HS256" }] }, /says alg "HS256"/],
      [{ keys: [{ ...es1, y: undefined }] }, /lacks its public coordinates/],
    ];
    for (const [jwks, message] of cases) expect(() => checkJwks(jwks)).toThrow(message);
    expect(() => createAuthenticator({ jwks: { keys: [keys.es1!.privateJwk] } })).toThrow(/private key/);
    expect(() => parseJwksSource("{not json", "EDGELOG_AUTH_JWKS")).toThrow(/^EDGELOG_AUTH_JWKS: not an http\(s\) URL and not JSON/);
    expect(() => parseJwksSource('{"keys": []}', "keys.json")).toThrow(/^keys.json: JWKS must hold 1 to/);
    expect(parseJwksSource(" https://keys.example/jwks.json\n", "x")).toEqual(new URL("https://keys.example/jwks.json"));
    expect(parseJwksSource(JSON.stringify(set("es1")), "x")).toEqual(set("es1"));
    // Well-formed but not a point of the curve: only importing the key tells, which ready() does.
    const offCurve = createAuthenticator({ jwks: { keys: [{ ...es1, y: es1.x }] } })!;
    await expect(offCurve.ready()).rejects.toThrow(/JWKS key "es1" is not a valid ES256 public key/);
    expect(createAuthenticator({})).toBeUndefined();
  });
});
