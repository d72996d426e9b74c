/**
 * Signed capability tokens (JWT, HS256 with a shared secret), verified the same way on both deployments.
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
 */
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { DecodedFrame } from "../protocol/frames.ts";
import { decodeRecords } from "../protocol/record-batch.ts";
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
};

export interface Authenticator {
  /** Verifies a token: its capabilities, or a ProtocolError UNAUTHORIZED. */
  verify(token: string): Promise<Capabilities>;
  readonly clock: Clock;
}

const encoder = new TextEncoder();

/** An HS256 verifier; the clock is the broker's (tests move it by hand). */
export function hs256Authenticator(secret: string, clock: Clock = () => Date.now()): Authenticator {
  if (!secret) throw new Error("auth secret is empty");
  const key = encoder.encode(secret);
  return {
    clock,
    async verify(token) {
      if (typeof token !== "string" || token.length === 0) throw unauthorized("no token: this broker requires a capability token in the hello");
      if (token.length > tokenLimits.tokenBytesMax) throw unauthorized(`token longer than ${tokenLimits.tokenBytesMax} bytes`);
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, key, { algorithms: ["HS256"], currentDate: new Date(clock()), requiredClaims: ["exp", "sub"] }));
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw unauthorized("token expired");
        throw unauthorized("invalid token (bad signature, key, algorithm or claims)");
      }
      return capabilitiesOf(payload);
    },
  };
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

/** Issues an HS256 token (the CLI's `token create`, tests). */
export async function createToken(secret: string, claims: TokenClaims, ttlMs: number, nowMs = Date.now()): Promise<string> {
  const { sub, ...caps } = claims;
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(caps)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) body[k] = v;
  return new SignJWT(body)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(sub)
    .setIssuedAt(Math.floor(nowMs / 1000))
    .setExpirationTime(Math.floor((nowMs + ttlMs) / 1000))
    .sign(encoder.encode(secret));
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
    case "listTopicsRequest":
    case "listGroupsRequest":
      if (caps.admin.length === 0) throw unauthorized("listing needs an admin capability");
      return;
    case "metadataRequest": {
      const topics: string[] = r.topics ?? [];
      if (topics.length === 0 && !allows(caps, "admin", "*")) throw unauthorized("metadata of every topic needs admin on \"*\"; name the topics");
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
  for (const rec of decodeRecords(records ?? new Uint8Array(0))) {
    if (!rec.key || !sameBytes(rec.key, want)) throw unauthorized(`token of "${caps.sub}" may only write records whose key is "${caps.sub}"`);
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
