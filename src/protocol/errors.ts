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

const table: ErrorInfo[] = [
  { code: 1, name: "UNKNOWN", retriable: false, description: "unexpected server error" },
  { code: 2, name: "INVALID_REQUEST", retriable: false, description: "malformed frame or invalid field" },
  { code: 3, name: "UNKNOWN_TOPIC", retriable: false, description: "topic does not exist" },
  { code: 4, name: "UNKNOWN_PARTITION", retriable: false, description: "partition does not exist" },
  { code: 5, name: "TOPIC_EXISTS", retriable: false, description: "topic already exists" },
  { code: 6, name: "OFFSET_OUT_OF_RANGE", retriable: false, description: "offset outside [logStart, logEnd]" },
  { code: 7, name: "RECORD_TOO_LARGE", retriable: false, description: "record or batch exceeds the limit" },
  { code: 8, name: "CORRUPT_BATCH", retriable: false, description: "batch failed CRC or format checks" },
  { code: 9, name: "NOT_LEADER", retriable: true, description: "this endpoint does not lead the partition" },
  { code: 10, name: "UNAUTHORIZED", retriable: false, description: "not allowed" },
  { code: 11, name: "FENCED", retriable: false, description: "a newer producer or member fenced this one" },
  { code: 12, name: "REBALANCE_IN_PROGRESS", retriable: true, description: "group is rebalancing" },
  { code: 13, name: "THROTTLED", retriable: true, description: "over quota, retry later" },
  { code: 14, name: "STORAGE_ERROR", retriable: true, description: "storage failed; the append was not acknowledged" },
  { code: 15, name: "UNSUPPORTED", retriable: false, description: "feature not supported" },
  { code: 16, name: "UNKNOWN_SUBSCRIPTION", retriable: false, description: "no such subscription" },
  { code: 17, name: "SHUTTING_DOWN", retriable: true, description: "broker is shutting down" },
  { code: 18, name: "TIMEOUT", retriable: true, description: "request timed out" },
  { code: 19, name: "UNKNOWN_MEMBER", retriable: false, description: "member is not in the group (left, expired or never joined); rejoin with epoch 0" },
  { code: 20, name: "GROUP_NOT_EMPTY", retriable: false, description: "the group has members; stop them before resetting or deleting its offsets" },
  { code: 21, name: "FENCED_INSTANCE_ID", retriable: false, description: "another member took over this groupInstanceId; do not rejoin under it" },
  { code: 22, name: "GROUP_FULL", retriable: false, description: "the group is at its bound of members, subscribed topics, partitions or offsets" },
  { code: 23, name: "NOT_COORDINATOR", retriable: true, description: "this endpoint does not coordinate the group" },
  { code: 24, name: "FORBIDDEN_ORIGIN", retriable: false, description: "the page's origin is not on the broker's allow-list" },
  { code: 25, name: "LIMIT_EXCEEDED", retriable: false, description: "a bound on what one connection or principal may hold was reached (connections per principal, subscriptions per connection)" },
  { code: 26, name: "OUT_OF_ORDER_SEQUENCE", retriable: false, description: "an idempotent producer's batch does not follow the last sequence the partition stored for it (a gap); the SDK resends from the first unacknowledged batch" },
  { code: 27, name: "UNKNOWN_PRODUCER_ID", retriable: false, description: "the partition holds no state for this producer id (evicted or never seen) and the batch's sequence is not 0" },
  { code: 28, name: "NOT_ENOUGH_REPLICAS", retriable: true, description: "acks 'all' needs minInsyncReplicas in-sync replicas and fewer are in sync" },
];

const byCode = new Map<number, ErrorInfo>(table.map((e) => [e.code, e]));

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
