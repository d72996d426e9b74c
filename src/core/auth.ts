/**
 * Signed capability tokens (JWT), verified the same way on both deployments: HS256 with a shared secret,
 * and ES256 / EdDSA (Ed25519) with public keys from a JSON Web Key Set (JWKS).
 *
 * Claims:  sub       the subject (a user, a service)
 *          exp       expiry, seconds since the epoch; enforced on every request of a live connection
 *          produce   topic patterns the subject may write
 *          consume   topic patterns it may read (fetch, subscribe, list offsets, metadata)
 *          admin     topic patterns it may create, delete and describe
 *          commit    group-id patterns it may join, commit for and describe
 *          keyIsSubject  true: every record key in a produce batch must equal `sub`
 * A pattern is a name where `*` stands for any run of characters ("feed.*", "*").
 * Verification is async (WebCrypto); the check of a request against verified claims is synchronous.
 *
 * Algorithms are pinned to their key: an HS256 token is checked only against the secret, an ES256/EdDSA
 * token only against the JWKS, and nothing else is accepted. So a token "signed" with `alg: none`, or an
 * HS256 token whose HMAC key is a published public key (the classic confusion attack), never verifies.
 * Public-key tokens name their key in the header's `kid`: keys rotate by adding the new public key to the
 * set, then signing with it, then removing the old key once every token it signed has expired.
 */
import {
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type RemoteJWKSet,
} from "jose";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { DecodedFrame } from "../protocol/frames.ts";
import { BatchError, decodeRecords } from "../protocol/record-batch.ts";
import type { Clock } from "./clock.ts";

/** What a verified token allows; plain data, so the edge can keep it in a socket attachment. */
export interface Capabilities {
  sub: string;
  /** Expiry, epoch ms. */
  expiresAtMs: number;
  produce: string[];
  consume: string[];
  admin: string[];
  commit: string[];
  keyIsSubject: boolean;
}

export type CapabilityKind = "produce" | "consume" | "admin" | "commit";

/** Bounds on what a token may carry (a token rides in the first frame and, at the edge, in an attachment). */
export const tokenLimits = {
  /** A JWT longer than this is refused before it is parsed. */
  tokenBytesMax: 4096,
  /** Patterns per capability. */
  patternCountMax: 64,
  /** Keys in a JWKS: rotation needs two or three at a time; a bound keeps a hostile or broken key server small. */
  jwksKeyCountMax: 32,
  /**
   * A remote JWKS is refetched when a token names a kid it lacks, at most once per this many ms (jose's
   * default), so tokens with made-up kids cannot make the broker hammer the key server.
   */
  jwksRefetchCooldownMs: 30_000,
  /** A remote JWKS is refetched when its copy is older than this, ms (jose's default): removed keys stop working by then. */
  jwksCacheMaxAgeMs: 600_000,
  /** A JWKS fetch that takes longer is abandoned, ms; the hello waiting on it is answered TIMEOUT (retriable). */
  jwksFetchTimeoutMs: 5_000,
};

export interface Authenticator {
  /** Verifies a token: its capabilities, or a ProtocolError UNAUTHORIZED. */
  verify(token: string): Promise<Capabilities>;
  readonly clock: Clock;
}

/** What createAuthenticator returns: an Authenticator that can also say what it checks and load its keys. */
export interface KeyedAuthenticator extends Authenticator {
  /** What verifies tokens, for a start log line: "HS256 (shared secret) + ES256/EdDSA (JWKS of 2 keys: k1, k2)". */
  readonly description: string;
  /**
   * Imports every key of a local JWKS, or fetches a remote one: rejects with a message naming the fault.
   * A broker awaits it before it listens, so a bad key set stops it at start, not at the first client.
   */
  ready(): Promise<void>;
}

/** The public-key algorithms a JWKS key may carry, with the key type and curve each one needs. */
const publicKeyAlgorithms = {
  ES256: { kty: "EC", crv: "P-256" },
  EdDSA: { kty: "OKP", crv: "Ed25519" },
} as const;
export type PublicKeyAlgorithm = keyof typeof publicKeyAlgorithms;
const publicKeyAlgorithmNames = Object.keys(publicKeyAlgorithms) as PublicKeyAlgorithm[];

export interface AuthOptions {
  /** HS256 shared secret. */
  secret?: string;
  /** Public keys of ES256/EdDSA tokens: a JWKS, or the URL of one (fetched, cached and refetched by jose). */
  jwks?: JSONWebKeySet | URL;
  /** The broker's clock, for expiry (tests move it by hand). Default Date.now. */
  clock?: Clock;
  /** Remote JWKS only: the least time between refetches for an unknown kid, ms. Default tokenLimits.jwksRefetchCooldownMs. */
  jwksRefetchCooldownMs?: number;
}

const encoder = new TextEncoder();

/**
 * The one constructor of token verifiers: HS256 with `secret`, ES256/EdDSA with `jwks`, or both (each token
 * is checked by the key its header's alg belongs to). Undefined when neither is set: open mode. Throws an
 * Error naming the fault for an empty secret or a malformed JWKS (its shape is checked here, at once; the
 * keys themselves are imported by ready() or at first use).
 */
export function createAuthenticator(opts: AuthOptions): KeyedAuthenticator | undefined {
  const clock = opts.clock ?? (() => Date.now());
  if (opts.secret === undefined && opts.jwks === undefined) return undefined;
  if (opts.secret !== undefined && !opts.secret) throw new Error("auth secret is empty");
  const secretKey = opts.secret ? encoder.encode(opts.secret) : undefined;
  // Imported once: jose would import raw secret bytes again on every verification.
  let hmacKey: Promise<CryptoKey> | undefined;
  let keys: JWTVerifyGetKey | undefined;
  let remote: RemoteJWKSet | undefined;
  let local: JSONWebKeySet | undefined;
  const described: string[] = [];
  if (secretKey) described.push("HS256 (shared secret)");
  if (opts.jwks instanceof URL) {
    if (opts.jwks.protocol !== "https:" && opts.jwks.protocol !== "http:") throw new Error(`JWKS URL must be http(s), got ${opts.jwks.href}`);
    remote = createRemoteJWKSet(opts.jwks, {
      cooldownDuration: opts.jwksRefetchCooldownMs ?? tokenLimits.jwksRefetchCooldownMs,
      cacheMaxAge: tokenLimits.jwksCacheMaxAgeMs,
      timeoutDuration: tokenLimits.jwksFetchTimeoutMs,
    });
    keys = remote;
    described.push(`${publicKeyAlgorithmNames.join("/")} (JWKS from ${opts.jwks.href})`);
  } else if (opts.jwks !== undefined) {
    local = checkJwks(opts.jwks);
    keys = createLocalJWKSet(local);
    described.push(`${publicKeyAlgorithmNames.join("/")} (JWKS of ${local.keys.length} key${local.keys.length === 1 ? "" : "s"}: ${local.keys.map((k) => k.kid).join(", ")})`);
  }
  return {
    clock,
    description: described.join(" + "),
    async ready() {
      if (remote) {
        try {
          await remote.reload();
        } catch (err) {
          throw new Error(`JWKS from ${(opts.jwks as URL).href} could not be loaded: ${(err as Error)?.message ?? String(err)}`);
        }
        checkJwks(remote.jwks());
      }
      for (const jwk of local?.keys ?? []) {
        const alg = publicKeyAlgorithmOf(jwk);
        await importJWK({ ...jwk, alg }, alg).catch((err: unknown) => {
          throw new Error(`JWKS key "${jwk.kid}" is not a valid ${alg} public key: ${(err as Error)?.message ?? String(err)}`);
        });
      }
    },
    async verify(token) {
      if (typeof token !== "string" || token.length === 0) throw unauthorized("no token: this broker requires a capability token in the hello");
      if (token.length > tokenLimits.tokenBytesMax) throw unauthorized(`token longer than ${tokenLimits.tokenBytesMax} bytes`);
      let header: { alg?: string; kid?: string };
      try {
        header = decodeProtectedHeader(token);
      } catch {
        throw unauthorized("invalid token (not a JWT)");
      }
      let payload: Record<string, unknown>;
      const claims = { currentDate: new Date(clock()), requiredClaims: ["exp", "sub"] };
      try {
        if (header.alg === "HS256") {
          if (!secretKey) throw unauthorized(`HS256 token refused: this broker verifies ${publicKeyAlgorithmNames.join(" and ")} tokens only`);
          hmacKey ??= crypto.subtle.importKey("raw", secretKey, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
          ({ payload } = await jwtVerify(token, await hmacKey, { ...claims, algorithms: ["HS256"] }));
        } else if (publicKeyAlgorithmNames.includes(header.alg as PublicKeyAlgorithm)) {
          if (!keys) throw unauthorized(`${header.alg} token refused: this broker verifies HS256 tokens only`);
          if (typeof header.kid !== "string" || !header.kid) throw unauthorized(`${header.alg} token without a kid: the header must name its key`);
          ({ payload } = await jwtVerify(token, keys, { ...claims, algorithms: publicKeyAlgorithmNames }));
        } else {
          throw unauthorized(`token algorithm ${JSON.stringify(header.alg ?? null)} refused (accepted: HS256 with the secret, ES256 and EdDSA with the JWKS)`);
        }
      } catch (err) {
        if (err instanceof ProtocolError) throw err;
        if (err instanceof joseErrors.JWTExpired) throw unauthorized("token expired");
        if (err instanceof joseErrors.JWKSNoMatchingKey) throw unauthorized(`token signed with an unknown key (kid ${JSON.stringify(header.kid)})`);
        // The key server failed us, not the client: a retriable answer, so the SDK says hello again.
        if (remote && isKeyServerFault(err)) {
          throw new ProtocolError(ErrorCode.TIMEOUT, "the broker could not fetch its key set (JWKS); retry");
        }
        throw unauthorized("invalid token (bad signature, key, algorithm or claims)");
      }
      return capabilitiesOf(payload);
    },
  };
}

/**
 * A remote JWKS that could not be had: the fetch failed or timed out, the answer was not 200 or not JSON
 * (jose's generic error), or the set was malformed. Token errors are jose's specific classes.
 */
function isKeyServerFault(err: unknown): boolean {
  if (!(err instanceof joseErrors.JOSEError)) return true;
  return err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid || err.code === "ERR_JOSE_GENERIC";
}

/** An HS256 verifier; the clock is the broker's (tests move it by hand). */
export function hs256Authenticator(secret: string, clock: Clock = () => Date.now()): Authenticator {
  if (!secret) throw new Error("auth secret is empty");
  return createAuthenticator({ secret, clock })!;
}

/**
 * A JWKS given as text (a file's content, a Worker variable): an http(s) URL to fetch, or the JSON of the
 * set. Throws an Error naming `where` and the fault.
 */
export function parseJwksSource(text: string, where: string): URL | JSONWebKeySet {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return new URL(trimmed);
    } catch {
      throw new Error(`${where}: not a valid URL: ${trimmed}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (err) {
    throw new Error(`${where}: not an http(s) URL and not JSON (${(err as Error).message})`);
  }
  try {
    return checkJwks(parsed);
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  }
}

/**
 * Checks a JWKS's shape: 1 to jwksKeyCountMax public ES256 (P-256) or EdDSA (Ed25519) keys, each with a
 * distinct kid. A private key in the set is refused: the set is meant to be published, and one that holds
 * `d` would give away the power to sign.
 */
export function checkJwks(value: unknown): JSONWebKeySet {
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (typeof value !== "object" || value === null || !Array.isArray(keys)) throw new Error('JWKS must be a JSON object {"keys": [...]}');
  if (keys.length === 0 || keys.length > tokenLimits.jwksKeyCountMax) throw new Error(`JWKS must hold 1 to ${tokenLimits.jwksKeyCountMax} keys, has ${keys.length}`);
  const kids = new Set<string>();
  for (const [i, jwk] of (keys as unknown[]).entries()) {
    if (typeof jwk !== "object" || jwk === null) throw new Error(`JWKS key ${i} is not an object`);
    const k = jwk as JWK;
    if (typeof k.kid !== "string" || !k.kid) throw new Error(`JWKS key ${i} has no "kid" (tokens name their key by it)`);
    if (kids.has(k.kid)) throw new Error(`JWKS has two keys with kid "${k.kid}"`);
    kids.add(k.kid);
    if ("d" in k) throw new Error(`JWKS key "${k.kid}" is a private key (it has "d"): publish only the public key`);
    publicKeyAlgorithmOf(k);
    if (k.use !== undefined && k.use !== "sig") throw new Error(`JWKS key "${k.kid}" has use "${k.use}", not "sig"`);
  }
  return value as JSONWebKeySet;
}

/** The algorithm a JWK is for, from its alg or else its key type and curve; throws for any other key. */
function publicKeyAlgorithmOf(k: JWK): PublicKeyAlgorithm {
  const name = `JWKS key "${k.kid ?? "?"}"`;
  const alg = publicKeyAlgorithmNames.find((a) => publicKeyAlgorithms[a].kty === k.kty && publicKeyAlgorithms[a].crv === k.crv);
  if (!alg) throw new Error(`${name} is kty ${JSON.stringify(k.kty)} crv ${JSON.stringify(k.crv)}: only EC P-256 (ES256) and OKP Ed25519 (EdDSA) keys are accepted`);
  if (k.alg !== undefined && k.alg !== alg) throw new Error(`${name} says alg "${k.alg}" but is a ${alg} key`);
  if (typeof k.x !== "string" || (alg === "ES256" && typeof k.y !== "string")) throw new Error(`${name} lacks its public coordinates (${alg === "ES256" ? "x, y" : "x"})`);
  return alg;
}

function capabilitiesOf(p: Record<string, unknown>): Capabilities {
  const list = (name: CapabilityKind): string[] => {
    const v = p[name];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length > tokenLimits.patternCountMax || !v.every((x) => typeof x === "string")) {
      throw unauthorized(`token claim "${name}" must be a list of at most ${tokenLimits.patternCountMax} patterns`);
    }
    return v as string[];
  };
  return {
    sub: String(p.sub),
    expiresAtMs: Number(p.exp) * 1000,
    produce: list("produce"),
    consume: list("consume"),
    admin: list("admin"),
    commit: list("commit"),
    keyIsSubject: p.keyIsSubject === true,
  };
}

export interface TokenClaims {
  sub: string;
  produce?: string[];
  consume?: string[];
  admin?: string[];
  commit?: string[];
  keyIsSubject?: boolean;
}

/** A private JWK that signs tokens (from `edgelog token keygen`): ES256 or EdDSA, with its kid. */
export type SigningJwk = JWK & { kid: string; d: string };

/**
 * Issues a token (the CLI's `token create`, tests): HS256 when `key` is the shared secret, ES256 or EdDSA
 * when it is a private JWK (the alg from the key, its kid in the header so a JWKS finds the public half).
 */
export async function createToken(key: string | SigningJwk, claims: TokenClaims, ttlMs: number, nowMs = Date.now()): Promise<string> {
  const { sub, ...caps } = claims;
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(caps)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) body[k] = v;
  const jwt = new SignJWT(body)
    .setSubject(sub)
    .setIssuedAt(Math.floor(nowMs / 1000))
    .setExpirationTime(Math.floor((nowMs + ttlMs) / 1000));
  if (typeof key === "string") return jwt.setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(encoder.encode(key));
  if (typeof key.kid !== "string" || !key.kid) throw new Error('signing key has no "kid"');
  if (typeof key.d !== "string") throw new Error(`signing key "${key.kid}" is a public key (no "d"); sign with the private JWK`);
  const alg = publicKeyAlgorithmOf(key);
  const privateKey = await importJWK({ ...key, alg }, alg);
  return jwt.setProtectedHeader({ alg, kid: key.kid, typ: "JWT" }).sign(privateKey);
}

/** A new key pair for signing tokens: the private JWK (keep it secret) and its public half, for the JWKS. */
export async function generateSigningKey(alg: PublicKeyAlgorithm, kid: string): Promise<{ privateJwk: SigningJwk; publicJwk: JWK }> {
  if (!publicKeyAlgorithmNames.includes(alg)) throw new Error(`key algorithm must be one of ${publicKeyAlgorithmNames.join(", ")}, got "${alg}"`);
  if (!kid) throw new Error("a signing key needs a kid");
  const pair = await generateKeyPair(alg, { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid, alg, use: "sig" };
  const privateJwk = { ...(await exportJWK(pair.privateKey)), kid, alg, use: "sig" } as SigningJwk;
  return { privateJwk, publicJwk };
}

/** `*` matches any run of characters; everything else literally. */
export function matchesPattern(pattern: string, name: string): boolean {
  if (!pattern.includes("*")) return pattern === name;
  const parts = pattern.split("*");
  if (!name.startsWith(parts[0]!) || !name.endsWith(parts[parts.length - 1]!)) return false;
  let pos = parts[0]!.length;
  const end = name.length - parts[parts.length - 1]!.length;
  if (pos > end) return false;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = name.indexOf(parts[i]!, pos);
    if (at < 0 || at + parts[i]!.length > end) return false;
    pos = at + parts[i]!.length;
  }
  return true;
}

export function allows(caps: Capabilities, kind: CapabilityKind, name: string): boolean {
  return caps[kind].some((p) => matchesPattern(p, name));
}

function require(caps: Capabilities, kind: CapabilityKind, name: string, what: "topic" | "group"): void {
  if (!allows(caps, kind, name)) throw unauthorized(`token of "${caps.sub}" has no ${kind} capability on ${what} "${name}"`);
}

/**
 * Checks one request against verified capabilities; throws UNAUTHORIZED. Every request body the protocol
 * has is named here: a request kind missing from this switch is refused, so a new one cannot slip through.
 */
export function checkRequest(caps: Capabilities, frame: DecodedFrame, nowMs: number): void {
  if (nowMs >= caps.expiresAtMs) throw unauthorized("token expired: send a new one in a hello");
  const name = frame.body;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r: any = name ? frame[name] : undefined;
  switch (name) {
    case "produceRequest": {
      require(caps, "produce", r.topic, "topic");
      if (caps.keyIsSubject) checkKeys(caps, r.records);
      return;
    }
    case "fetchRequest":
    case "subscribeRequest":
    case "listOffsetsRequest":
      return require(caps, "consume", r.topic, "topic");
    // Credit and unsubscribe name a subscription this connection opened, which was checked then.
    case "creditRequest":
    case "unsubscribeRequest":
      return;
    case "createTopicRequest":
    case "deleteTopicRequest":
    case "describeTopicRequest":
      return require(caps, "admin", r.topic, "topic");
    // A producer id is random and grants nothing by itself: any token that may produce somewhere may ask.
    case "initProducerRequest":
      if (caps.produce.length === 0) throw unauthorized(`token of "${caps.sub}" has no produce capability`);
      return;
    case "listTopicsRequest":
    case "listGroupsRequest":
      if (caps.admin.length === 0) throw unauthorized("listing needs an admin capability");
      return;
    case "metadataRequest": {
      const topics: string[] = r.topics ?? [];
      // Naming only groups (a group consumer finding its coordinator) answers no topics (admin-family.ts).
      const everyTopic = topics.length === 0 && (r.groups ?? []).length === 0;
      if (everyTopic && !allows(caps, "admin", "*")) throw unauthorized("metadata of every topic needs admin on \"*\"; name the topics");
      for (const t of topics) {
        if (!allows(caps, "consume", t) && !allows(caps, "produce", t) && !allows(caps, "admin", t)) {
          throw unauthorized(`token of "${caps.sub}" has no capability on topic "${t}"`);
        }
      }
      for (const g of (r.groups ?? []) as string[]) require(caps, "commit", g, "group");
      return;
    }
    case "groupHeartbeatRequest": {
      require(caps, "commit", r.groupId, "group");
      for (const t of (r.subscribedTopics?.values ?? []) as string[]) require(caps, "consume", t, "topic");
      return;
    }
    case "offsetCommitRequest":
    case "offsetFetchRequest": {
      require(caps, "commit", r.groupId, "group");
      const items = (name === "offsetCommitRequest" ? r.offsets : r.partitions) ?? [];
      for (const o of items as { topic: string }[]) require(caps, "consume", o.topic, "topic");
      return;
    }
    case "describeGroupRequest":
      return require(caps, "commit", r.groupId, "group");
    case "deleteGroupRequest":
      if (!allows(caps, "admin", "*")) throw unauthorized("deleting a group needs admin on \"*\"");
      return require(caps, "commit", r.groupId, "group");
    default:
      throw unauthorized(`${name ?? "a frame without a body"} is not allowed with a token`);
  }
}

function checkKeys(caps: Capabilities, records: Uint8Array | undefined): void {
  const want = encoder.encode(caps.sub);
  let keys: (Uint8Array | null)[];
  try {
    // Only the keys (views into the batch): no record object per record.
    keys = decodeRecords(records ?? new Uint8Array(0), 0, (_offset, _timestampMs, key) => key);
  } catch (err) {
    // The keys are read before the log verifies the batch: a malformed one is answered as the log would.
    throw err instanceof BatchError ? err.toProtocolError() : err;
  }
  for (const key of keys) {
    if (!key || !sameBytes(key, want)) throw unauthorized(`token of "${caps.sub}" may only write records whose key is "${caps.sub}"`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function unauthorized(message: string): ProtocolError {
  return new ProtocolError(ErrorCode.UNAUTHORIZED, message);
}

/** The token of an `Authorization: Bearer <token>` header, or "" when there is none. */
export function bearerToken(header: string | null | undefined): string {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : "";
}
