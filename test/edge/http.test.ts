// The edge's HTTP routes in workerd (miniflare on loopback): the malformed escape and deep nesting,
// on the records route and on the partition socket route, and the same HTTP property set as the Node broker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { expectJsonAnswer, httpProduceProperty, httpPropertySuite, send } from "../conformance/http-properties.ts";
import { RawClient } from "../support/raw-client.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

describe("HTTP routes of the Worker (workerd)", () => {
  let edge: EdgeDeployment;

  beforeAll(async () => {
    edge = await startEdge();
    const admin = await RawClient.connect(edge.url);
    expect((await admin.request({ createTopicRequest: { topic: "t", partitions: 2 } })).error).toBeNull();
    await admin.close();
  });
  afterAll(async () => {
    await edge?.stop();
  });

  it("a malformed percent escape is 400 INVALID_REQUEST on every route that decodes a path segment", async () => {
    const upgrade = { upgrade: "websocket", connection: "upgrade", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" };
    for (const [method, path, headers, body] of [
      ["POST", "/v1/topics/%ZZ/records", {}, '[{"value":1}]'],
      ["GET", "/v1/ws/p/%ZZ/0", upgrade, null],
    ] as const) {
      const a = await send(edge.httpUrl, method, path, headers, body);
      expect(a.status, `${path}: ${a.text}`).toBe(400);
      expect(JSON.parse(a.text).error.code).toBe(ErrorCode.INVALID_REQUEST);
    }
  });

  it("a record value nested 100,000 levels deep is 400 INVALID_REQUEST, not 500", async () => {
    const deep = `{"records":[{"value":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`;
    const a = await send(edge.httpUrl, "POST", "/v1/topics/t/records", { "content-type": "application/json" }, deep);
    expect(a.status).toBe(400);
    expectJsonAnswer(a, "POST");
    expect(JSON.parse(a.text).error.message).toMatch(/deeper than 64/);
  });

  it("arbitrary paths, methods, headers and bodies: JSON answers, never a 5xx, the runtime survives", async () => {
    const target = {
      httpUrl: edge.httpUrl,
      topic: "t",
      // workerd answers a method it does not know (FOO) with its own 501 before the Worker runs.
      methods: ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"],
      runCount: Number(process.env.EDGELOG_HTTP_RUNS ?? 300),
      alive: () => {},
      keepAlive: false,
    };
    await httpPropertySuite(target);
    await httpProduceProperty(target);
  }, 120_000);
});
