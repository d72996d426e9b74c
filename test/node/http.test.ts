// The Node broker's HTTP routes and its guard against its own failures: the two requests that used
// to stop the broker or answer 500, the shared HTTP property set against the broker as a child process,
// and fault injection showing a handler that throws costs only its own request or socket.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startBroker } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { expectJsonAnswer, httpProduceProperty, httpPropertySuite, send } from "../conformance/http-properties.ts";
import { startBrokerProcess, type BrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";
import { tempDirs } from "../support/temp-dir.ts";

const tempDir = tempDirs("edgelog-http-");

describe("HTTP routes of the broker process", () => {
  let broker: BrokerProcess;
  let httpUrl: string;

  beforeAll(async () => {
    broker = await startBrokerProcess(await tempDir());
    httpUrl = `http://127.0.0.1:${broker.port}`;
    const admin = await RawClient.connect(broker.url);
    expect((await admin.request({ createTopicRequest: { topic: "t", partitions: 3 } })).error).toBeNull();
    await admin.close();
  });
  afterAll(async () => {
    await broker?.kill();
  });

  const alive = () => {
    if (broker.proc.exitCode !== null || broker.proc.signalCode !== null) throw new Error(`broker exited:\n${broker.output()}`);
  };

  it("a malformed percent escape in the topic is 400 INVALID_REQUEST, and the broker keeps serving", async () => {
    const a = await send(httpUrl, "POST", "/v1/topics/%ZZ/records", { "content-type": "application/json" }, '{"records":[{"value":1}]}');
    expect(a.status).toBe(400);
    expect(JSON.parse(a.text).error.code).toBe(ErrorCode.INVALID_REQUEST);
    alive();
    expect((await send(httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":1}]')).status).toBe(200);
  });

  it("a record value nested 100,000 levels deep is 400 INVALID_REQUEST, not 500", async () => {
    const deep = `{"records":[{"value":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`;
    const a = await send(httpUrl, "POST", "/v1/topics/t/records", { "content-type": "application/json" }, deep);
    expect(a.status).toBe(400);
    expect(JSON.parse(a.text).error).toMatchObject({ code: ErrorCode.INVALID_REQUEST, message: expect.stringMatching(/deeper than 64/) });
    // 64 levels in all (the body's own three included) is still a body.
    const ok = `{"records":[{"value":${"[".repeat(61)}${"]".repeat(61)}}]}`;
    expect((await send(httpUrl, "POST", "/v1/topics/t/records", {}, ok)).status).toBe(200);
  });

  it("routes answer JSON with their status: 404 unknown route, 405 wrong method, 413 too big, metadata", async () => {
    const cases: [string, string, string | null, number][] = [
      ["GET", "/nope", null, 404],
      ["DELETE", "/v1/topics/t/records", null, 405],
      ["POST", "/v1/topics/none/records", '[{"value":1}]', 404],
      ["POST", "/v1/topics/t/records", "x".repeat(9 * 1024 * 1024), 413],
      ["GET", "/v1/metadata?topics=t", null, 200],
      ["GET", "/v1/metadata?topics=%ZZ", null, 404],
    ];
    for (const [method, path, body, status] of cases) {
      const a = await send(httpUrl, method, path, {}, body);
      expect(a.status, `${method} ${path}: ${a.text}`).toBe(status);
      expectJsonAnswer(a, method);
    }
  });

  it("a method uWS does not know is refused by its parser (connection closed) and the broker carries on", async () => {
    await expect(send(httpUrl, "FOO", "/v1/health", {}, null)).rejects.toThrow(/socket hang up|ECONNRESET/);
    alive();
    expect((await send(httpUrl, "GET", "/v1/health", {}, null)).status).toBe(200);
  });

  it("arbitrary paths, methods, headers and bodies: JSON answers, never a 5xx, the process survives", async () => {
    await httpPropertySuite({
      httpUrl,
      topic: "t",
      methods: ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"],
      runCount: Number(process.env.EDGELOG_HTTP_RUNS ?? 1000),
      alive,
    });
    await httpProduceProperty({ httpUrl, topic: "t", methods: [], runCount: 300, alive });
  }, 120_000);
});

describe("a handler that throws costs only its own request or socket", () => {
  it("HTTP: that request gets 500 JSON and one log line; other requests are served", async () => {
    const lines: string[] = [];
    const server = await startBroker({
      port: 0,
      dataDir: await tempDir(),
      log: (l) => lines.push(l),
      faults: { http: (_method, path) => {
        if (path === "/v1/boom") throw new Error("injected failure");
      } },
    });
    try {
      const a = await send(server.httpUrl, "GET", "/v1/boom", {}, null);
      expect(a.status).toBe(500);
      expect(JSON.parse(a.text).error).toEqual({ code: ErrorCode.UNKNOWN, name: "UNKNOWN", message: "unexpected server error" });
      expect(lines.filter((l) => l.includes("injected failure"))).toHaveLength(1);
      expect((await send(server.httpUrl, "GET", "/v1/health", {}, null)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("WebSocket: the socket whose message failed is closed with 1011; another socket carries on", async () => {
    const lines: string[] = [];
    const server = await startBroker({
      port: 0,
      dataDir: await tempDir(),
      log: (l) => lines.push(l),
      faults: { message: (bytes) => {
        if (new TextDecoder().decode(bytes) === "boom!") throw new Error("injected message failure");
      } },
    });
    try {
      const other = await RawClient.connect(server.url);
      await other.request({ createTopicRequest: { topic: "k", partitions: 1 } });
      const victim = new WebSocket(server.url);
      await new Promise((r) => victim.once("open", r));
      const closed = new Promise<number>((r) => victim.once("close", (code) => r(code)));
      victim.send("boom!");
      expect(await closed).toBe(1011);
      expect(lines.filter((l) => l.includes("injected message failure"))).toHaveLength(1);
      const p = await other.request({ produceRequest: { topic: "k", partition: 0, records: encodeBatch([{ value: "still here" }]) } });
      expect(p.error).toBeNull();
      expect(server.connectionCount()).toBe(1);
      await other.close();
    } finally {
      await server.close();
    }
  });

  it("an unexpected failure inside a request reaches the client as UNKNOWN without detail, and is logged", async () => {
    const lines: string[] = [];
    const server = await startBroker({ port: 0, dataDir: await tempDir(), log: (l) => lines.push(l) });
    try {
      const c = await RawClient.connect(server.url);
      await c.request({ createTopicRequest: { topic: "k", partitions: 1 } });
      // A storage failure with a server path in its message, as EMFILE or EIO would carry.
      const log = server.broker.partition("k", 0);
      (log as unknown as { read: () => Promise<never> }).read = () => Promise.reject(new Error("EMFILE: too many open files, open '/srv/secret/k/0/00000000000000000000.log'"));
      const f = await c.request({ fetchRequest: { topic: "k", partition: 0, offset: 0 } });
      expect(f.error!.code).toBe(ErrorCode.UNKNOWN);
      expect(f.error!.message).not.toMatch(/secret|EMFILE/);
      expect(lines.some((l) => l.includes("/srv/secret"))).toBe(true);
      await c.close();
    } finally {
      await server.close();
    }
  });
});

describe("HEAD", () => {
  it("is answered wherever GET is, with the GET's headers and no body, and the connection stays usable", async () => {
    const server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {} });
    try {
      const { Agent } = await import("node:http");
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const head = await send(server.httpUrl, "HEAD", "/v1/health", {}, null, agent);
      expect(head.status).toBe(200);
      expect(head.text).toBe("");
      expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
      const get = await send(server.httpUrl, "GET", "/v1/health", {}, null, agent);
      expect(JSON.parse(get.text)).toMatchObject({ ok: true });
      expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(get.text));
      // A bundle file too (it answered Content-Length: 0).
      const headJs = await send(server.httpUrl, "HEAD", "/track.js", {}, null, agent);
      const getJs = await send(server.httpUrl, "GET", "/track.js", {}, null, agent);
      expect([headJs.status, headJs.text]).toEqual([200, ""]);
      expect(Number(headJs.headers["content-length"])).toBe(Buffer.byteLength(getJs.text));
      expect(headJs.headers.etag).toBe(getJs.headers.etag);
      agent.destroy();
    } finally {
      await server.close();
    }
  });
});
