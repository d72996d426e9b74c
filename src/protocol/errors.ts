/**
 * The one table of error codes, shared by broker and SDK. The broker sends `code` + a message (never a
 * stack); the SDK maps the code to an error class and retries the retriable ones.
 * Codes are stable wire values: add new ones at the end, never renumber.
 */

export const ErrorCode = {
  UNKNOWN: 1,
  INVALID_REQUEST: 2,
  UNKNOWN_TOPIC: 3,
  UNKNOWN_PARTITION: 4,
  TOPIC_EXISTS: 5,
  OFFSET_OUT_OF_RANGE: 6,
  RECORD_TOO_LARGE: 7,
  CORRUPT_BATCH: 8,
  NOT_LEADER: 9,
  UNAUTHORIZED: 10,
  FENCED: 11,
  REBALANCE_IN_PROGRESS: 12,
  THROTTLED: 13,
  STORAGE_ERROR: 14,
  UNSUPPORTED: 15,
  UNKNOWN_SUBSCRIPTION: 16,
  SHUTTING_DOWN: 17,
  TIMEOUT: 18,
  UNKNOWN_MEMBER: 19,
  GROUP_NOT_EMPTY: 20,
  FENCED_INSTANCE_ID: 21,
  GROUP_FULL: 22,
  NOT_COORDINATOR: 23,
  FORBIDDEN_ORIGIN: 24,
  LIMIT_EXCEEDED: 25,
  OUT_OF_ORDER_SEQUENCE: 26,
  UNKNOWN_PRODUCER_ID: 27,
  NOT_ENOUGH_REPLICAS: 28,
} as const;

export type ErrorCodeName = keyof typeof ErrorCode;
export type ErrorCodeValue = (typeof ErrorCode)[ErrorCodeName];

export interface ErrorInfo {
  code: ErrorCodeValue;
  name: ErrorCodeName;
  /** Safe to retry the same request unchanged (after metadata refresh / backoff). */
  retriable: boolean;
  description: string;
}

/** Safe to retry unchanged (see ErrorInfo.retriable); every other code is not. */
const retriableNames = new Set<ErrorCodeName>(["NOT_LEADER", "REBALANCE_IN_PROGRESS", "THROTTLED", "STORAGE_ERROR", "SHUTTING_DOWN", "TIMEOUT", "NOT_COORDINATOR", "NOT_ENOUGH_REPLICAS"]);

/** What each code means, by code (code 1 first): the SDK's message for an error the broker sent without one. */
const descriptions = [
  "unexpected server error", // UNKNOWN
  "malformed frame or invalid field", // INVALID_REQUEST
  "topic does not exist", // UNKNOWN_TOPIC
  "partition does not exist", // UNKNOWN_PARTITION
  "topic already exists", // TOPIC_EXISTS
  "offset outside [logStart, logEnd]", // OFFSET_OUT_OF_RANGE
  "record or batch exceeds the limit", // RECORD_TOO_LARGE
  "batch failed CRC or format checks", // CORRUPT_BATCH
  "this endpoint does not lead the partition", // NOT_LEADER
  "not allowed", // UNAUTHORIZED
  "a newer producer or member fenced this one", // FENCED
  "group is rebalancing", // REBALANCE_IN_PROGRESS
  "over quota, retry later", // THROTTLED
  "storage failed; the append was not acknowledged", // STORAGE_ERROR
  "feature not supported", // UNSUPPORTED
  "no such subscription", // UNKNOWN_SUBSCRIPTION
  "broker is shutting down", // SHUTTING_DOWN
  "request timed out", // TIMEOUT
  "member is not in the group (left, expired or never joined); rejoin with epoch 0", // UNKNOWN_MEMBER
  "the group has members; stop them before resetting or deleting its offsets", // GROUP_NOT_EMPTY
  "another member took over this groupInstanceId; do not rejoin under it", // FENCED_INSTANCE_ID
  "the group is at its bound of members, subscribed topics, partitions or offsets", // GROUP_FULL
  "this endpoint does not coordinate the group", // NOT_COORDINATOR
  "the page's origin is not on the broker's allow-list", // FORBIDDEN_ORIGIN
  "a bound on what one connection or principal may hold was reached (connections per principal, subscriptions per connection)", // LIMIT_EXCEEDED
  "an idempotent producer's batch does not follow the last sequence the partition stored for it (a gap); the SDK resends from the first unacknowledged batch", // OUT_OF_ORDER_SEQUENCE
  "the partition holds no state for this producer id (evicted or never seen) and the batch's sequence is not 0", // UNKNOWN_PRODUCER_ID
  "acks 'all' needs minInsyncReplicas in-sync replicas and fewer are in sync", // NOT_ENOUGH_REPLICAS
];

// The table as data in two lists rather than one object per code: the SDK bundles this file, and 28 objects
// with the same four keys cost it ~0.17 KB of gzip more.
const byCode = new Map<number, ErrorInfo>(
  (Object.entries(ErrorCode) as [ErrorCodeName, ErrorCodeValue][]).map(([name, code]) => [code, { code, name, retriable: retriableNames.has(name), description: descriptions[code - 1]! }]),
);

export function errorInfo(code: number): ErrorInfo {
  return byCode.get(code) ?? { code: ErrorCode.UNKNOWN, name: "UNKNOWN", retriable: false, description: `unknown error code ${code}` };
}

export interface ProtocolErrorOptions {
  /** THROTTLED: when the same request may pass, ms from now (the wire's Error.retry_after_ms). */
  retryAfterMs?: number;
  /**
   * The connection cannot go on (a principal over its connection bound): the session sends the answer,
   * then closes the socket with this WebSocket close code.
   */
  closeCode?: number;
}

/** The error the broker-side code throws; the session turns it into an error frame. */
export class ProtocolError extends Error {
  readonly code: ErrorCodeValue;
  readonly retryAfterMs: number;
  readonly closeCode: number;
  constructor(code: ErrorCodeValue, message: string, options: ProtocolErrorOptions = {}) {
    super(message);
    this.name = `ProtocolError(${errorInfo(code).name})`;
    this.code = code;
    this.retryAfterMs = options.retryAfterMs ?? 0;
    this.closeCode = options.closeCode ?? 0;
  }
}
