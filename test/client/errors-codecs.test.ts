// The wire error table maps to the SDK's classes (code, retriable, instanceof), and the codecs round-trip.
import { describe, expect, it } from "vitest";
import {
  AuthError,
  CorruptBatchError,
  EdgelogError,
  FencedError,
  InvalidRequestError,
  NotLeaderError,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  ThrottledError,
  TimeoutError,
  TopicExistsError,
  UnknownTopicError,
  codecs,
  errorFromWire,
} from "../../client/index.ts";
import { ErrorCode, errorInfo } from "../../src/protocol/errors.ts";

describe("errorFromWire", () => {
  const classes: [keyof typeof ErrorCode, new (...args: never[]) => EdgelogError][] = [
    ["UNKNOWN_TOPIC", UnknownTopicError],
    ["UNKNOWN_PARTITION", UnknownTopicError],
    ["TOPIC_EXISTS", TopicExistsError],
    ["OFFSET_OUT_OF_RANGE", OffsetOutOfRangeError],
    ["RECORD_TOO_LARGE", RecordTooLargeError],
    ["CORRUPT_BATCH", CorruptBatchError],
    ["NOT_LEADER", NotLeaderError],
    ["UNAUTHORIZED", AuthError],
    ["FENCED", FencedError],
    ["THROTTLED", ThrottledError],
    ["INVALID_REQUEST", InvalidRequestError],
    ["TIMEOUT", TimeoutError],
  ];
  it.each(classes)("%s → its class", (name, cls) => {
    const err = errorFromWire(ErrorCode[name], "boom");
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(EdgelogError);
    expect(err.code).toBe(name);
    expect(err.message).toBe("boom");
    // What Node prints first: `${constructor.name} [${name}]` when they differ.
    expect(err.constructor.name).toBe(err.name);
    expect(err.name).toMatch(/^[A-Z][A-Za-z]+Error$/);
  });

  it("keeps the table's retriable flag and name for every code", () => {
    for (const code of Object.values(ErrorCode)) {
      const err = errorFromWire(code, "");
      expect(err.retriable).toBe(errorInfo(code).retriable);
      expect(err.code).toBe(errorInfo(code).name);
      expect(err.message).toBe(errorInfo(code).description);
    }
    expect(errorFromWire(999, "x").code).toBe("UNKNOWN");
  });

  it("reads a retry delay from a THROTTLED message", () => {
    expect((errorFromWire(ErrorCode.THROTTLED, "over quota, retry after 250 ms") as ThrottledError).retryAfterMs).toBe(250);
    expect((errorFromWire(ErrorCode.THROTTLED, "over quota") as ThrottledError).retryAfterMs).toBe(1000);
  });
});

describe("codecs", () => {
  it("round-trip", () => {
    const b = new Uint8Array([1, 2, 3]);
    expect(codecs.bytes.decode(codecs.bytes.encode(b))).toBe(b);
    expect(codecs.string.decode(codecs.string.encode("héllo ☃ 🎉"))).toBe("héllo ☃ 🎉");
    const json = codecs.json<{ a: number[]; s: string }>();
    expect(json.decode(json.encode({ a: [1, 2], s: "é" }))).toEqual({ a: [1, 2], s: "é" });
    expect(new TextDecoder().decode(json.encode({ a: [], s: "" }))).toBe(json.encodeText!({ a: [], s: "" }));
  });
});
