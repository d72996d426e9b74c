// src/protocol/errors.ts keeps its table as lists by position (descriptions by code, retriable by name), which
// keeps the SDK's bundle small; a code added without its description, or one out of place, would still compile.
import { describe, expect, it } from "vitest";
import { ErrorCode, errorInfo } from "../../src/protocol/errors.ts";

describe("the protocol's error table", () => {
  const codes = Object.values(ErrorCode).sort((a, b) => a - b);

  it("numbers its codes 1..N, each with a description of its own", () => {
    expect(codes).toEqual(codes.map((_, i) => i + 1));
    const descriptions = codes.map((c) => errorInfo(c).description);
    for (const d of descriptions) expect(typeof d === "string" && d.length > 0).toBe(true);
    expect(new Set(descriptions).size).toBe(codes.length);
  });

  it("puts each description at its code (spot checks at both ends and in between)", () => {
    expect(errorInfo(ErrorCode.UNKNOWN).description).toMatch(/unexpected server error/);
    expect(errorInfo(ErrorCode.UNKNOWN_TOPIC).description).toMatch(/topic does not exist/);
    expect(errorInfo(ErrorCode.NOT_LEADER).description).toMatch(/lead/);
    expect(errorInfo(ErrorCode.NOT_COORDINATOR).description).toMatch(/coordinate/);
    expect(errorInfo(ErrorCode.NOT_ENOUGH_REPLICAS).description).toMatch(/minInsyncReplicas/);
  });
});
