/** Broker URLs as users type them, made into the bootstrap socket's URL (shared by the SDK and the subscribe-only entry). */
import { InvalidRequestError } from "./errors.ts";

/**
 * Accepts what users type: `ws://host:port` (the broker's socket path /v1/ws is added when no path is
 * given) and http(s):// (mapped to ws(s)://).
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidRequestError(`invalid url "${raw}": expected ws://host:port`);
  }
  if (url.protocol === "http:") url.protocol = "ws:";
  else if (url.protocol === "https:") url.protocol = "wss:";
  else if (url.protocol !== "ws:" && url.protocol !== "wss:") throw new InvalidRequestError(`invalid url "${raw}": expected ws:// or wss://`);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/v1/ws";
  return url.toString();
}
