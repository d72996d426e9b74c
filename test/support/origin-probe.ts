/** What a browser page of a given origin meets at a deployment: the WebSocket upgrade's outcome and HTTP answers. */
import WebSocket from "ws";
import { send, type HttpAnswer } from "../conformance/http-properties.ts";

/** 101 when the upgrade succeeded (the socket is closed again at once), else the HTTP status it was refused with. */
export function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: origin === undefined ? {} : { Origin: origin } });
    ws.once("open", () => {
      ws.close();
      resolve(101);
    });
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.once("error", (err) => reject(err));
  });
}

/** An HTTP request as a page of `origin` sends it (no Origin header when undefined). */
export function fromOrigin(httpUrl: string, method: string, path: string, origin: string | undefined, headers: Record<string, string> = {}, body: string | null = null): Promise<HttpAnswer> {
  return send(httpUrl, method, path, origin === undefined ? headers : { ...headers, origin }, body);
}
