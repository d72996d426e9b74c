/**
 * Property tests over the HTTP routes, shared by both deployments (test/node/http.test.ts, the broker as a
 * child process; test/edge/http.test.ts, the Worker in workerd). Arbitrary paths (percent escapes of any
 * byte, malformed and overlong escapes, NUL, dots, long segments), methods, headers and bodies (deeply
 * nested, not JSON, wrong shapes) go over real HTTP/1.1 on loopback, sent as they are (node:http does not
 * normalise the path). Every answer must be JSON (a success or a typed error), never a 5xx, and the
 * server must still be up afterwards.
 */
import { request as httpRequest, Agent } from "node:http";
import fc from "fast-check";
import { expect } from "vitest";
import { errorInfo } from "../../src/protocol/errors.ts";

export interface HttpTarget {
  /** http://127.0.0.1:PORT */
  httpUrl: string;
  /** A topic that exists (so some produces succeed). */
  topic: string;
  /** Methods to draw from. workerd's HTTP parser refuses methods it does not know before our code runs. */
  methods: readonly string[];
  runCount: number;
  /** Throws when the server process is gone (checked after the run). */
  alive(): void;
  /**
   * Reuse connections (default true). The Node broker's own adapter frames its answers, so keep-alive is
   * part of what is tested there; workerd frames them itself and closes a connection whose request body
   * the Worker left unread, which is the runtime's business, so the edge uses a connection per request.
   */
  keepAlive?: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request exactly as given (path not normalised). */
export function send(httpUrl: string, method: string, path: string, headers: Record<string, string>, body: Uint8Array | string | null, agent?: Agent): Promise<HttpAnswer> {
  const u = new URL(httpUrl);
  // node:http frames a DELETE or OPTIONS body with neither Content-Length nor chunking (the server would read
  // the body as the next request); say the length.
  if (body !== null) headers = { ...headers, "content-length": String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength) };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    // A request the server never answers is a failure with this request as its counterexample.
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${method} ${path.slice(0, 120)} within 10 s`)));
    if (body !== null) req.end(body);
    else req.end();
  });
}

/** The answer is JSON: an object without "error", or a typed error whose code and name agree. */
export function expectJsonAnswer(a: HttpAnswer, method: string): void {
  if (method === "HEAD" || a.status === 204) return;
  expect(a.headers["content-type"]).toMatch(/^application\/json/);
  const body = JSON.parse(a.text) as { error?: { code: number; name: string; message: string } };
  expect(typeof body).toBe("object");
  if (a.status >= 400) {
    expect(body.error).toBeDefined();
    expect(typeof body.error!.message).toBe("string");
    expect(body.error!.name).toBe(errorInfo(body.error!.code).name);
  } else {
    expect(body.error).toBeUndefined();
  }
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, "0");

/** Pieces of a path segment, chosen to hit decoders: any byte escaped, broken escapes, overlong UTF-8, dots. */
const segmentPiece = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9._~-]{1,12}$/),
  fc.integer({ min: 0, max: 255 }).map((b) => `%${hex(b)}`),
  fc.constantFrom("%", "%Z", "%ZZ", "%4", "%%", "%00", "%C0%AF", "%E0%80%AF", "%F0%80%80%AF", "%ED%A0%80", "%FF%FE", "%2F", "%2E%2E", ".", "..", "%u0041"),
  fc.constantFrom("!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "[", "]", "{", "}", "|", "^", "`", '"', "<", ">", "\\"),
);

const segment = fc.array(segmentPiece, { minLength: 0, maxLength: 8 }).map((parts) => parts.join(""));
const longSegment = fc.tuple(segmentPiece, fc.integer({ min: 50, max: 300 })).map(([p, n]) => p.repeat(n).slice(0, 1500));

const randomPath = fc
  .tuple(
    fc.constantFrom("/v1/topics/", "/v1/", "/", "/v1/metadata", "/v1/health", "/v1/ws/p/", "//v1/topics/", "/v1/topics/./", "/v2/"),
    fc.oneof({ weight: 4, arbitrary: segment }, { weight: 1, arbitrary: longSegment }),
    fc.constantFrom("", "/records", "/0", "/records/", "/records/..", "/../records", "?topics=a,b", "?topics=%ZZ", "?x=%00"),
  )
  .map(([prefix, seg, suffix]) => `${prefix}${seg}${suffix}`);

/** Random paths, and often the real records route (of a topic that exists, or around it), so bodies reach the parser. */
const pathArb = (topic: string) =>
  fc.oneof(
    { weight: 3, arbitrary: randomPath },
    { weight: 2, arbitrary: fc.constant(`/v1/topics/${topic}/records`) },
    { weight: 1, arbitrary: segment.map((seg) => `/v1/topics/${topic}${seg}/records`) },
    { weight: 1, arbitrary: segment.map((seg) => `/v1/topics/${seg}${topic}/records`) },
  );

const depth = fc.integer({ min: 1, max: 200_000 });
const bodyArb = (topicValue: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.constant(null),
    fc.json().map((t) => t as string),
    fc.uint8Array({ maxLength: 64 }),
    depth.map((d) => `{"records":[{"value":${"[".repeat(d)}${"]".repeat(d)}}]}`),
    depth.map((d) => `${"{\"a\":".repeat(Math.min(d, 50_000))}1${"}".repeat(Math.min(d, 50_000))}`),
    fc.array(fc.record({ value: topicValue, key: fc.option(fc.string(), { nil: undefined }), partition: fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }) }, { requiredKeys: ["value"] }), { maxLength: 5 }).map((records) => JSON.stringify({ records })),
    fc.constant('{"records":[{"value":1,"headers":{"h":1}}]}'),
    fc.constant('{"records":[{"value":1,"timestampMs":-5}]}'),
    fc.constant('{"__proto__":{"records":[{"value":1}]}}'),
  );

const headersArb = fc.record(
  {
    "content-type": fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-16", "", "multipart/form-data; boundary=x"),
    "x-anything": fc.stringMatching(/^[\x21-\x7e]{0,40}$/),
    accept: fc.constantFrom("*/*", "text/html", "application/json"),
  },
  { requiredKeys: [] },
);

/** Runs the property set against one deployment; the caller's test has a generous timeout. */
export async function httpPropertySuite(t: HttpTarget): Promise<void> {
  const agent = new Agent({ keepAlive: t.keepAlive ?? true, maxSockets: 4 });
  try {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...t.methods), pathArb(t.topic), headersArb, bodyArb(fc.jsonValue()), async (method, path, headers, body) => {
        const withBody = method !== "GET" && method !== "HEAD" ? body : null;
        const a = await send(t.httpUrl, method, path, headers as Record<string, string>, withBody, agent);
        expect(a.status, `${method} ${path.slice(0, 120)} answered ${a.status} ${a.text.slice(0, 200)}`).toBeLessThan(500);
        expectJsonAnswer(a, method);
      }),
      { numRuns: t.runCount, seed: Number(process.env.EDGELOG_HTTP_SEED ?? Date.now() % 2 ** 31) },
    );
  } finally {
    agent.destroy();
  }
  t.alive();
  const health = await send(t.httpUrl, "GET", "/v1/health", {}, null);
  expect(health.status).toBe(200);
}

/** The produce route's own properties: any valid records body is stored, in order, offsets answered. */
export async function httpProduceProperty(t: HttpTarget): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ value: fc.jsonValue({ maxDepth: 5 }), key: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }), { minLength: 1, maxLength: 20 }), async (records) => {
      const a = await send(t.httpUrl, "POST", `/v1/topics/${t.topic}/records`, { "content-type": "application/json" }, JSON.stringify({ records }));
      expect(a.status, a.text).toBe(200);
      const { offsets } = JSON.parse(a.text) as { offsets: { partition: number; offset: number }[] };
      expect(offsets).toHaveLength(records.length);
      // Within a partition, offsets follow request order.
      const last = new Map<number, number>();
      for (const o of offsets) {
        expect(o.offset).toBeGreaterThan(last.get(o.partition) ?? -1);
        last.set(o.partition, o.offset);
      }
    }),
    { numRuns: Math.max(10, Math.floor(t.runCount / 10)) },
  );
}
