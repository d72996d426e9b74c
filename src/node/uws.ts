/**
 * The one place that loads uWebSockets.js. The official build (`uWebSockets.js`, installed from GitHub)
 * is picked first when present — a user on Node 22+ can install it; otherwise the registry mirror
 * `@trufflesuite/uws-js-unofficial` (native builds for Node 16/18/20), which silently falls back to a
 * pure-JS `ws` shim on other ABIs. `native` says which one runs; the broker logs it at start.
 */
import { createRequire } from "node:module";
import type * as UWS from "@trufflesuite/uws-js-unofficial";

const require = createRequire(import.meta.url);

function load(): { uws: typeof UWS; packageName: string } {
  for (const packageName of ["uWebSockets.js", "@trufflesuite/uws-js-unofficial"]) {
    try {
      return { uws: require(packageName) as typeof UWS, packageName };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw err;
    }
  }
  throw new Error("uWebSockets.js is not installed: run npm ci");
}

const loaded = load();
export const uws = loaded.uws;
export const uwsPackage = loaded.packageName;
/** True when the native uWS binary runs (not the pure-JS fallback). */
export const uwsNative = /native code/.test(uws.App.toString());
export type { HttpRequest, HttpResponse, TemplatedApp, WebSocket, us_listen_socket } from "@trufflesuite/uws-js-unofficial";
