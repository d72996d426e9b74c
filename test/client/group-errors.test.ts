// The group family's wire error codes reach applications as the classes they catch, with the shared
// table's retriable flag (NOT_COORDINATOR is the one to retry, after finding the coordinator again).
import { describe, expect, it } from "vitest";
import { EdgelogError, FencedError, GroupFullError, GroupNotEmptyError, NotCoordinatorError, UnknownMemberError, errorFromWire } from "../../client/index.ts";
import { ErrorCode, errorInfo } from "../../src/protocol/errors.ts";

describe("group error codes → SDK error classes", () => {
  it.each([
    [ErrorCode.UNKNOWN_MEMBER, UnknownMemberError, "UNKNOWN_MEMBER"],
    [ErrorCode.GROUP_NOT_EMPTY, GroupNotEmptyError, "GROUP_NOT_EMPTY"],
    [ErrorCode.FENCED_INSTANCE_ID, FencedError, "FENCED_INSTANCE_ID"],
    [ErrorCode.FENCED, FencedError, "FENCED"],
    [ErrorCode.GROUP_FULL, GroupFullError, "GROUP_FULL"],
    [ErrorCode.NOT_COORDINATOR, NotCoordinatorError, "NOT_COORDINATOR"],
  ] as const)("code %i", (code, cls, name) => {
    const err = errorFromWire(code, "the server's message");
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(EdgelogError);
    expect(err.code).toBe(name);
    expect(err.retriable).toBe(errorInfo(code).retriable);
    expect(err.message).toBe("the server's message");
  });
});
