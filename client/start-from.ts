/**
 * Where a consumer starts and where it may seek to, checked where the application passes them: in the
 * consumers' facades (consumer.ts, group-consumer.ts), which must say at once that an option is wrong without
 * loading the read path (partition-set.ts, loaded on demand with a consumer's engine).
 */
import { InvalidRequestError } from "./errors.ts";

/** Where reading starts: the log start, the high watermark, an offset, or the first record at/after a time. */
export type StartFrom = "earliest" | "latest" | number | { timestampMs: number };

export function validateFrom(from: StartFrom): void {
  if (from === "earliest" || from === "latest") return;
  if (typeof from === "number" && Number.isSafeInteger(from) && from >= 0) return;
  if (from && typeof from === "object" && Number.isSafeInteger(from.timestampMs) && from.timestampMs >= 0) return;
  throw new InvalidRequestError(`from must be 'earliest', 'latest', an offset >= 0 or { timestampMs }, got ${JSON.stringify(from)}`);
}

export function validateSeekTarget(to: number | "earliest" | "latest"): void {
  if (to !== "earliest" && to !== "latest" && !(Number.isSafeInteger(to) && to >= 0)) {
    throw new InvalidRequestError(`seek to an offset >= 0, 'earliest' or 'latest', got ${String(to)}`);
  }
}
