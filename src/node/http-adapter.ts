/**
 * uWebSockets.js → the Fetch API, once: a uWS request becomes a `Request` for the core's route table
 * (src/core/http-api.ts) and its `Response` is written back. The body is read here up to a bound, so the
 * core never sees more than that.
 *
 * Nothing thrown while handling one request may reach uWS: an exception escaping a uWS callback ends the
 * process. Whatever fails is answered 500 (or 400 when the request cannot even be represented as a
 * `Request`, which is the client's mistake) and logged as one line.
 */
import { concatBytes } from "../protocol/bytes.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { describeFailure, httpError, type HttpHandler } from "../core/http-api.ts";
import type { HttpRequest, HttpResponse } from "./uws.ts";

export interface FetchRouteOptions {
  /** Bodies past this are answered 413 without being kept. */
  bodyBytesMax: number;
  log: (line: string) => void;
  /** Fault injection for tests: called first for every request; whatever it throws is a handler failure. */
  fault?: (method: string, path: string) => void;
}

interface Exchange {
  aborted: boolean;
  answered: boolean;
}

/** A uWS handler that serves `handler`. */
export function fetchRoute(handler: HttpHandler, opts: FetchRouteOptions): (res: HttpResponse, req: HttpRequest) => void {
  return (res, req) => {
    const x: Exchange = { aborted: false, answered: false };
    let method = "?";
    let path = "?";
    try {
      res.onAborted(() => (x.aborted = true));
      // req is valid only during this call: copy what the Request needs now.
      method = req.getCaseSensitiveMethod();
      path = req.getUrl();
      opts.fault?.(method, path);
      const query = req.getQuery();
      const headers: [string, string][] = [];
      req.forEach((k, v) => headers.push([k, v]));
      const declared = req.getHeader("content-length");
      const hasBody = (declared !== "" && declared !== "0") || req.getHeader("transfer-encoding") !== "";
      const dispatch = (body: Uint8Array | null) => {
        let request: Request;
        try {
          request = toRequest(method, path, query, headers, body);
        } catch {
          // The Fetch API refuses some methods (CONNECT, TRACE) and URLs; none of them is a route of ours.
          return answer(res, x, httpError(new ProtocolError(ErrorCode.INVALID_REQUEST, `unsupported request: ${method.slice(0, 16)} ${path.slice(0, 64)}`)).response(), opts, method, path);
        }
        handler(request).then(
          (response) => answer(res, x, response, opts, method, path),
          (err) => fail(res, x, err, opts, method, path),
        );
      };
      if (!hasBody) return dispatch(null);
      readBody(res, opts.bodyBytesMax, x, (body) => {
        try {
          if (body === null) return answer(res, x, httpError(new ProtocolError(ErrorCode.RECORD_TOO_LARGE, `body exceeds ${opts.bodyBytesMax} bytes`)).response(), opts, method, path);
          dispatch(body);
        } catch (err) {
          fail(res, x, err, opts, method, path);
        }
      });
    } catch (err) {
      fail(res, x, err, opts, method, path);
    }
  };
}

/**
 * A Request for the route table. The URL's host is a placeholder (routes look at the path and query); the
 * WHATWG URL parser normalises the path as the Worker's runtime does, so both deployments route alike.
 */
function toRequest(method: string, path: string, query: string, headerList: [string, string][], body: Uint8Array | null): Request {
  const headers = new Headers();
  for (const [k, v] of headerList) {
    try {
      headers.append(k, v);
    } catch {
      // A header the Fetch API cannot hold (no route reads such a header); drop it.
    }
  }
  const withBody = body !== null && method !== "GET" && method !== "HEAD";
  return new Request(new URL(`${path}${query ? `?${query}` : ""}`, "http://broker.invalid"), { method, headers, body: withBody ? (body as Uint8Array<ArrayBuffer>) : null });
}

function answer(res: HttpResponse, x: Exchange, response: Response, opts: FetchRouteOptions, method: string, path: string): void {
  response.arrayBuffer().then(
    (body) => {
      if (x.aborted || x.answered) return;
      x.answered = true;
      res.cork(() => {
        res.writeStatus(`${response.status} ${response.statusText || statusText[response.status] || ""}`.trimEnd());
        response.headers.forEach((v, k) => res.writeHeader(k, v));
        // A HEAD answer says how long the body would be and sends none (the client would read it as the
        // next answer on the connection); a 204 has neither.
        // (uWS 20.30's endWithoutBody(length) leaves the connection unusable for the next request, so the
        // length goes in as a plain header.)
        if (response.status === 204) res.endWithoutBody();
        else if (method === "HEAD") res.writeHeader("Content-Length", String(body.byteLength)).endWithoutBody();
        else res.end(body);
      });
    },
    (err) => fail(res, x, err, opts, method, path),
  );
}

/** A failure of ours while serving one request: one log line, a 500 without detail, the broker carries on. */
function fail(res: HttpResponse, x: Exchange, err: unknown, opts: FetchRouteOptions, method: string, path: string): void {
  opts.log(`http ${method} ${path.slice(0, 200)} failed: ${describeFailure(err)}`);
  if (x.aborted || x.answered) return;
  x.answered = true;
  const e = httpError(new Error("internal"));
  try {
    res.cork(() => {
      res.writeStatus("500 Internal Server Error").writeHeader("Content-Type", "application/json").end(e.body);
    });
  } catch (second) {
    opts.log(`http ${method} ${path.slice(0, 200)}: could not answer: ${describeFailure(second)}`);
  }
}

/** Collects a request body up to bytesMax; calls back with null when it is bigger (the rest is read and dropped). */
function readBody(res: HttpResponse, bytesMax: number, x: Exchange, done: (body: Uint8Array | null) => void): void {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  res.onData((chunk, isLast) => {
    if (!over) {
      total += chunk.byteLength;
      if (total > bytesMax) over = true;
      // uWS reuses the chunk's memory after this callback: copy.
      else chunks.push(new Uint8Array(chunk.slice(0)));
    }
    if (isLast && !x.aborted) done(over ? null : concatBytes(chunks));
  });
}

const statusText: Record<number, string> = {
  200: "OK",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  426: "Upgrade Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
