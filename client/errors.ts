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

/** The socket failed, closed, or could not be opened. Requests that were in flight may or may not have run. */
export class ConnectionError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("CONNECTION", message, { retriable: true, ...options });
  }
}

/** The client was closed; nothing more will be sent. */
export class ClosedError extends EdgelogError {
  constructor(message = "client closed") {
    super("CLOSED", message, { retriable: false });
  }
}

export class TimeoutError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("TIMEOUT", message, { retriable: true, ...options });
  }
}

export class AuthError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("UNAUTHORIZED", message, { retriable: false, ...options });
  }
}

export class NotLeaderError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("NOT_LEADER", message, { retriable: true, ...options });
  }
}

export class OffsetOutOfRangeError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("OFFSET_OUT_OF_RANGE", message, { retriable: false, ...options });
  }
}

export class RecordTooLargeError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("RECORD_TOO_LARGE", message, { retriable: false, ...options });
  }
}

/** The topic (code UNKNOWN_TOPIC) or the partition (code UNKNOWN_PARTITION) does not exist. */
export class UnknownTopicError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions & { code?: "UNKNOWN_TOPIC" | "UNKNOWN_PARTITION" } = {}) {
    super(options.code ?? "UNKNOWN_TOPIC", message, { retriable: false, ...options });
  }
}

export class TopicExistsError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("TOPIC_EXISTS", message, { retriable: false, ...options });
  }
}

/**
 * A newer producer or member fenced this one (code FENCED), or another member took over this member's
 * groupInstanceId (code FENCED_INSTANCE_ID): either way, stop; do not retry under the same identity.
 */
export class FencedError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions & { code?: "FENCED" | "FENCED_INSTANCE_ID" } = {}) {
    super(options.code ?? "FENCED", message, { retriable: false, ...options });
  }
}

/** The member is not in the group (left, expired or never joined): rejoin with member epoch 0. */
export class UnknownMemberError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("UNKNOWN_MEMBER", message, { retriable: false, ...options });
  }
}

/** Resetting offsets of, or deleting, a group that still has members: stop them first. */
export class GroupNotEmptyError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("GROUP_NOT_EMPTY", message, { retriable: false, ...options });
  }
}

/** The group is at its bound of members, subscribed topics, partitions or offsets. */
export class GroupFullError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("GROUP_FULL", message, { retriable: false, ...options });
  }
}

/** The endpoint does not coordinate the group: find its coordinator again (metadata) and retry. */
export class NotCoordinatorError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("NOT_COORDINATOR", message, { retriable: true, ...options });
  }
}

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
export class LimitExceededError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("LIMIT_EXCEEDED", message, { retriable: false, ...options });
  }
}

export class InvalidRequestError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("INVALID_REQUEST", message, { retriable: false, ...options });
  }
}

export class CorruptBatchError extends EdgelogError {
  constructor(message: string, options: EdgelogErrorOptions = {}) {
    super("CORRUPT_BATCH", message, { retriable: false, ...options });
  }
}

// The names `err.name` shows (and a shared feed relays to other tabs), whatever a minifier calls the classes.
for (const [name, cls] of Object.entries({
  EdgelogError,
  ConnectionError,
  ClosedError,
  TimeoutError,
  AuthError,
  NotLeaderError,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  UnknownTopicError,
  TopicExistsError,
  FencedError,
  UnknownMemberError,
  GroupNotEmptyError,
  GroupFullError,
  NotCoordinatorError,
  ThrottledError,
  LimitExceededError,
  InvalidRequestError,
  CorruptBatchError,
})) {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
}

/** Used when a THROTTLED message names no delay. */
const THROTTLE_DEFAULT_MS = 1000;

function throttleDelayFromMessageMs(message: string): number | undefined {
  const m = /retry[\s_-]*after[^0-9]{0,8}(\d+)/i.exec(message);
  return m ? Number(m[1]) : undefined;
}

/**
 * Maps a wire error (code from the shared table) to its class; codes without a class keep their name.
 * retryAfterMs is the wire's retry_after_ms (THROTTLED; 0 = none).
 */
export function errorFromWire(code: number, message: string, retryAfterMs = 0): EdgelogError {
  const info = errorInfo(code);
  const text = message || info.description;
  switch (info.name) {
    case "UNKNOWN_TOPIC":
      return new UnknownTopicError(text);
    case "UNKNOWN_PARTITION":
      return new UnknownTopicError(text, { code: "UNKNOWN_PARTITION" });
    case "TOPIC_EXISTS":
      return new TopicExistsError(text);
    case "OFFSET_OUT_OF_RANGE":
      return new OffsetOutOfRangeError(text);
    case "RECORD_TOO_LARGE":
      return new RecordTooLargeError(text);
    case "CORRUPT_BATCH":
      return new CorruptBatchError(text);
    case "NOT_LEADER":
      return new NotLeaderError(text);
    case "UNAUTHORIZED":
      return new AuthError(text);
    case "FENCED":
      return new FencedError(text);
    case "FENCED_INSTANCE_ID":
      return new FencedError(text, { code: "FENCED_INSTANCE_ID" });
    case "UNKNOWN_MEMBER":
      return new UnknownMemberError(text);
    case "GROUP_NOT_EMPTY":
      return new GroupNotEmptyError(text);
    case "GROUP_FULL":
      return new GroupFullError(text);
    case "NOT_COORDINATOR":
      return new NotCoordinatorError(text);
    case "THROTTLED":
      return new ThrottledError(text, { retryAfterMs });
    case "LIMIT_EXCEEDED":
      return new LimitExceededError(text);
    case "INVALID_REQUEST":
      return new InvalidRequestError(text);
    case "TIMEOUT":
      return new TimeoutError(text);
    default:
      return new EdgelogError(info.name, text, { retriable: info.retriable });
  }
}
