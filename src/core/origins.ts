/**
 * Which web pages may use a broker: the origin allow-list, applied to the HTTP routes (CORS, and a 403 for
 * a page off the list) and to WebSocket upgrades (a 403 before the upgrade), once here for both deployments.
 *
 * Only browsers send an `Origin` header, and a page cannot forge it, so the list is about pages: a request
 * without one (a server, the CLI, the SDK in Node) is never refused for its origin. An entry is an exact
 * serialized origin (`https://shop.example`, `http://localhost:5173`) or `*` (every page).
 *
 * The default depends on what carries authority. With auth on it is `*`: a request is worth what its token
 * allows, tokens travel in the hello or the Authorization header, never in cookies, so a page of another site
 * in the same browser has nothing to borrow. In open mode on loopback (the Node broker without auth) the
 * browser is the only way the internet reaches the broker, through any page its user visits (or a DNS
 * rebinding): there the default is pages on the same machine only (`loopbackPages`).
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";

export type OriginPolicy =
  /** Every origin; CORS answers `Access-Control-Allow-Origin: *`. */
  | { readonly kind: "any" }
  /** Pages served from localhost, 127.0.0.0/8 or [::1], any scheme and port. */
  | { readonly kind: "loopbackPages" }
  | { readonly kind: "list"; readonly origins: ReadonlySet<string> };

export const anyOrigin: OriginPolicy = { kind: "any" };
export const loopbackPages: OriginPolicy = { kind: "loopbackPages" };

/** Bound on the list (it is scanned from a set, but it is configuration: a long one is a mistake). */
export const allowedOriginsMax = 256;

/**
 * The policy a deployment applies: its list when one is configured, else every origin, or, in open mode
 * bound to this machine (no token needed, and reachable from every page a local browser opens), only the
 * pages served from this machine. Both deployments decide it here.
 */
export function configuredOriginPolicy(entries: readonly string[] | undefined, openOnThisMachine: boolean): OriginPolicy {
  if (entries) return originPolicy(entries);
  return openOnThisMachine ? loopbackPages : anyOrigin;
}

/**
 * The policy of a list of entries (from `--allow-origin a,b`, EDGELOG_ALLOWED_ORIGINS or the option).
 * Throws on an entry that is not an origin, naming it, so a typo fails at start instead of refusing pages.
 */
export function originPolicy(entries: readonly string[]): OriginPolicy {
  if (entries.length === 0) throw new Error("the origin allow-list is empty: name at least one origin, or * for every origin");
  if (entries.length > allowedOriginsMax) throw new Error(`the origin allow-list has ${entries.length} entries; at most ${allowedOriginsMax}`);
  if (entries.includes("*")) return anyOrigin;
  const origins = new Set<string>();
  for (const entry of entries) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // refused below
    }
    // URL.origin is the serialization browsers send: lower-case scheme and host, no default port, no path.
    if (!url || url.origin === "null" || url.origin !== entry) {
      const hint = url && url.origin !== "null" ? ` (did you mean "${url.origin}"?)` : "";
      throw new Error(`"${entry}" is not an origin: write scheme://host[:port] with no path, e.g. https://shop.example${hint}`);
    }
    origins.add(entry);
  }
  return { kind: "list", origins };
}

/** Splits a comma-separated list ("https://a, https://b"); undefined for an unset or blank value. */
export function parseOriginList(text: string | undefined): string[] | undefined {
  const entries = (text ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  return entries.length > 0 ? entries : undefined;
}

/** True when a request with this Origin header (null: none) may be served. */
export function originAllowed(policy: OriginPolicy, origin: string | null): boolean {
  if (origin === null || policy.kind === "any") return true;
  if (policy.kind === "list") return policy.origins.has(origin);
  try {
    return isLoopbackHost(new URL(origin).hostname);
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) and garbage
  }
}

/** Throws FORBIDDEN_ORIGIN (403) for a page the policy does not allow. */
export function checkOrigin(policy: OriginPolicy, origin: string | null): void {
  if (originAllowed(policy, origin)) return;
  throw new ProtocolError(ErrorCode.FORBIDDEN_ORIGIN, `origin "${origin!.slice(0, 200)}" is not on this broker's allow-list`);
}

/**
 * Sets the CORS origin headers of an answer to a request with this Origin: `*` for an open policy; else the
 * request's origin echoed, with `Vary: Origin` (the answer depends on the header, so a shared cache must not
 * give one page's answer to another).
 *
 * A page off the list gets its origin echoed too. The caller answers such a page only with the preflight
 * (which grants nothing) and the 403 FORBIDDEN_ORIGIN of its request, run before any route; without the
 * header the browser hides that answer, and the page sees a network error instead of why it was refused (as
 * a hosted API refusing a key's referrer answers readably). Its origin is all the answer tells it.
 */
export function applyCorsOrigin(headers: Headers, policy: OriginPolicy, origin: string | null): void {
  if (policy.kind === "any") {
    headers.set("Access-Control-Allow-Origin", "*");
    return;
  }
  headers.delete("Access-Control-Allow-Origin");
  headers.append("Vary", "Origin");
  if (origin !== null) headers.set("Access-Control-Allow-Origin", origin);
}

/**
 * Open mode on loopback (the Node broker): a request must name this machine in its Host header. A page
 * that rebinds its own name to 127.0.0.1 sends its name there, and its same-origin GETs carry no Origin, so
 * the Origin check alone would let it read metadata. Requests without a Host (HTTP/1.0) are let through.
 */
export function checkLoopbackHost(host: string | null): void {
  if (host === null || host === "") return;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
  if (isLoopbackHost(name)) return;
  throw new ProtocolError(ErrorCode.FORBIDDEN_ORIGIN, `Host "${host.slice(0, 200)}" is not this machine: in open mode the broker answers requests to localhost only`);
}

/** One line for the start log. */
export function describeOriginPolicy(policy: OriginPolicy): string {
  if (policy.kind === "any") return "pages of every origin may connect (*)";
  if (policy.kind === "loopbackPages") return "only pages served from this machine (localhost) may connect; widen with --allow-origin";
  return `pages of ${[...policy.origins].join(", ")} may connect`;
}

/** localhost (and *.localhost), 127.0.0.0/8 and ::1: names and addresses that never leave the machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  if (/^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
