/**
 * The SDK's error classes. The broker sends a numeric code and a message (never a stack); errorFromWire maps
 * the shared table in src/protocol/errors.ts to one of these classes so that applications can catch the few
 * that matter (`instanceof OffsetOutOfRangeError`) and retry the ones marked `retriable`.
 */
import { errorInfo, type ErrorCodeName } from "../src/protocol/errors.ts";

/** Wire error names plus the two failures that only the client can see. */
export type EdgelogErrorCode = ErrorCodeName | "CONNECTION" | "CLOSED";

export interface EdgelogErrorOptions {
  retriable?: boolean;
  cause?: unknown;
}

export class EdgelogError extends Error {
  /** Stable machine-readable name, e.g. "UNKNOWN_TOPIC" or "CONNECTION". */
  readonly code: EdgelogErrorCode;
  /** The same request may succeed if sent again (after a backoff or a metadata refresh). */
  readonly retriable: boolean;

  constructor(code: EdgelogErrorCode, message: string, options: EdgelogErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // A minifier renames classes, so the classes of this file carry their names on their prototypes (below);
    // an application's own subclass is named after its class, as with any Error.
    if (!Object.hasOwn(new.target.prototype, "name")) this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/**
 * The classes below share one constructor, made by errorClass (a class each with its own constructor
 * minified to ~120 bytes apiece): `new X(message, options)` gives code `options.code ?? X's code` and
 * retriable `options.retriable ?? X's flag`. Each is a class (`instanceof`, `extends`) and a type.
 */
type ErrorClass<Codes extends EdgelogErrorCode = never> = new (message: string, options?: EdgelogErrorOptions & { code?: Codes }) => EdgelogError;

function errorClass<Codes extends EdgelogErrorCode = never>(name: string, code: EdgelogErrorCode, retriable: boolean, defaultMessage?: string): ErrorClass<Codes> {
  const cls = class extends EdgelogError {
    constructor(message = defaultMessage!, options: EdgelogErrorOptions & { code?: EdgelogErrorCode } = {}) {
      super(options.code ?? code, message, { retriable, ...options });
    }
  };
  return named(cls, name);
}

/** The socket failed, closed, or could not be opened. Requests that were in flight may or may not have run. */
export const ConnectionError = /* @__PURE__ */ errorClass("ConnectionError", "CONNECTION", true);
export type ConnectionError = EdgelogError;

/** The client was closed; nothing more will be sent. */
export const ClosedError = /* @__PURE__ */ errorClass("ClosedError", "CLOSED", false, "client closed") as new (message?: string) => EdgelogError;
export type ClosedError = EdgelogError;

export const TimeoutError = /* @__PURE__ */ errorClass("TimeoutError", "TIMEOUT", true);
export type TimeoutError = EdgelogError;

export const AuthError = /* @__PURE__ */ errorClass("AuthError", "UNAUTHORIZED", false);
export type AuthError = EdgelogError;

export const NotLeaderError = /* @__PURE__ */ errorClass("NotLeaderError", "NOT_LEADER", true);
export type NotLeaderError = EdgelogError;

export const OffsetOutOfRangeError = /* @__PURE__ */ errorClass("OffsetOutOfRangeError", "OFFSET_OUT_OF_RANGE", false);
export type OffsetOutOfRangeError = EdgelogError;

export const RecordTooLargeError = /* @__PURE__ */ errorClass("RecordTooLargeError", "RECORD_TOO_LARGE", false);
export type RecordTooLargeError = EdgelogError;

/** The topic (code UNKNOWN_TOPIC) or the partition (code UNKNOWN_PARTITION) does not exist. */
export const UnknownTopicError = /* @__PURE__ */ errorClass<"UNKNOWN_TOPIC" | "UNKNOWN_PARTITION">("UnknownTopicError", "UNKNOWN_TOPIC", false);
export type UnknownTopicError = EdgelogError;

export const TopicExistsError = /* @__PURE__ */ errorClass("TopicExistsError", "TOPIC_EXISTS", false);
export type TopicExistsError = EdgelogError;

/**
 * A newer producer or member fenced this one (code FENCED), or another member took over this member's
 * groupInstanceId (code FENCED_INSTANCE_ID): either way, stop; do not retry under the same identity.
 */
export const FencedError = /* @__PURE__ */ errorClass<"FENCED" | "FENCED_INSTANCE_ID">("FencedError", "FENCED", false);
export type FencedError = EdgelogError;

/** The member is not in the group (left, expired or never joined): rejoin with member epoch 0. */
export const UnknownMemberError = /* @__PURE__ */ errorClass("UnknownMemberError", "UNKNOWN_MEMBER", false);
export type UnknownMemberError = EdgelogError;

/** Resetting offsets of, or deleting, a group that still has members: stop them first. */
export const GroupNotEmptyError = /* @__PURE__ */ errorClass("GroupNotEmptyError", "GROUP_NOT_EMPTY", false);
export type GroupNotEmptyError = EdgelogError;

/** The group is at its bound of members, subscribed topics, partitions or offsets. */
export const GroupFullError = /* @__PURE__ */ errorClass("GroupFullError", "GROUP_FULL", false);
export type GroupFullError = EdgelogError;

/** The endpoint does not coordinate the group: find its coordinator again (metadata) and retry. */
export const NotCoordinatorError = /* @__PURE__ */ errorClass("NotCoordinatorError", "NOT_COORDINATOR", true);
export type NotCoordinatorError = EdgelogError;

/**
 * Over quota: send the same request again after retryAfterMs (the broker's hint, the wire's
 * Error.retry_after_ms; a broker that sends none is read from its message, else 1 s). The producer does
 * this by itself; other calls surface it.
 */
export class ThrottledError extends EdgelogError {
  readonly retryAfterMs: number;
  constructor(message: string, options: EdgelogErrorOptions & { retryAfterMs?: number } = {}) {
    super("THROTTLED", message, { retriable: true, ...options });
    this.retryAfterMs = options.retryAfterMs || throttleDelayFromMessageMs(message) || THROTTLE_DEFAULT_MS;
  }
}

/**
 * A bound on what one connection or principal may hold (subscriptions on this connection, connections of
 * this token's subject): release one before asking again. Not retriable as is.
 */
export const LimitExceededError = /* @__PURE__ */ errorClass("LimitExceededError", "LIMIT_EXCEEDED", false);
export type LimitExceededError = EdgelogError;

export const InvalidRequestError = /* @__PURE__ */ errorClass("InvalidRequestError", "INVALID_REQUEST", false);
export type InvalidRequestError = EdgelogError;

export const CorruptBatchError = /* @__PURE__ */ errorClass("CorruptBatchError", "CORRUPT_BATCH", false);
export type CorruptBatchError = EdgelogError;

// The names `err.name` shows (and a shared feed relays to other tabs), whatever a minifier calls the classes.
function named<C extends abstract new (...args: never[]) => unknown>(cls: C, name: string): C {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
  // The class's own name too: Node prints an error as `${constructor.name} [${name}]`, and a class made by
  // errorClass would otherwise be called "cls" there.
  Object.defineProperty(cls, "name", { value: name, configurable: true });
  return cls;
}
named(EdgelogError, "EdgelogError");
named(ThrottledError, "ThrottledError");

/** Used when a THROTTLED message names no delay. */
const THROTTLE_DEFAULT_MS = 1000;

function throttleDelayFromMessageMs(message: string): number | undefined {
  const m = /retry[\s_-]*after[^0-9]{0,8}(\d+)/i.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** The classes of the wire codes that have one; the other codes make a plain EdgelogError. */
const classOfCode = {
  UNKNOWN_TOPIC: UnknownTopicError,
  UNKNOWN_PARTITION: UnknownTopicError,
  TOPIC_EXISTS: TopicExistsError,
  OFFSET_OUT_OF_RANGE: OffsetOutOfRangeError,
  RECORD_TOO_LARGE: RecordTooLargeError,
  CORRUPT_BATCH: CorruptBatchError,
  NOT_LEADER: NotLeaderError,
  UNAUTHORIZED: AuthError,
  FENCED: FencedError,
  FENCED_INSTANCE_ID: FencedError,
  UNKNOWN_MEMBER: UnknownMemberError,
  GROUP_NOT_EMPTY: GroupNotEmptyError,
  GROUP_FULL: GroupFullError,
  NOT_COORDINATOR: NotCoordinatorError,
  LIMIT_EXCEEDED: LimitExceededError,
  INVALID_REQUEST: InvalidRequestError,
  TIMEOUT: TimeoutError,
} as Partial<Record<ErrorCodeName, ErrorClass<EdgelogErrorCode>>>;

/**
 * Maps a wire error (code from the shared table) to its class; codes without a class keep their name.
 * retryAfterMs is the wire's retry_after_ms (THROTTLED; 0 = none).
 */
export function errorFromWire(code: number, message: string, retryAfterMs = 0): EdgelogError {
  const { name, retriable, description } = errorInfo(code);
  const text = message || description;
  if (name === "THROTTLED") return new ThrottledError(text, { retryAfterMs });
  const cls = classOfCode[name];
  return cls ? new cls(text, { code: name as EdgelogErrorCode }) : new EdgelogError(name, text, { retriable });
}
