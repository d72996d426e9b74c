// The SDK accepts the URLs users type: a bare ws://host:port gets the broker's /v1/ws path.
import { expect, it } from "vitest";
import { normalizeUrl } from "../../client/index.ts";

it("normalises broker URLs", () => {
  expect(normalizeUrl("ws://localhost:8080")).toBe("ws://localhost:8080/v1/ws");
  expect(normalizeUrl("http://localhost:8080/")).toBe("ws://localhost:8080/v1/ws");
  expect(normalizeUrl("https://example.com")).toBe("wss://example.com/v1/ws");
  expect(normalizeUrl("ws://127.0.0.1:1/v1/ws")).toBe("ws://127.0.0.1:1/v1/ws");
  expect(() => normalizeUrl("localhost:8080")).toThrow(/ws:\/\//);
  expect(() => normalizeUrl("nope")).toThrow(/invalid url/);
});
