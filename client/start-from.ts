/**
 * Where a consumer starts and where it may seek to, checked where the application passes them: in the
 * consumers' facades (consumer.ts, group-consumer.ts), which must say at once that an option is wrong without
 * loading the read path (partition-set.ts, loaded on demand with a consumer's engine).
 */
import { subscribeWaitMsMax } from "../src/protocol/limits.ts";
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

/**
 * How much a subscription takes per push: creditBytes a positive integer, minBytes and maxWaitMs integers
 * >= 0, maxWaitMs at most limits.subscribeWaitMsMax. Checked when a consumer or feed is made: the wire
 * carries them as unsigned 32-bit numbers, so a negative or fractional one would reach the broker as
 * another number (minBytes -1 as a full push's wait), and a wait the broker refuses would only fail the
 * first subscribe (for a group member, after its join).
 */
export function validateReadSettings(o: { creditBytes?: number; minBytes?: number; maxWaitMs?: number }): void {
  const check = (name: string, value: number | undefined, min: number, max: number) => {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= min && value <= max)) {
      throw new InvalidRequestError(`${name} must be an integer in [${min}, ${max}], got ${String(value)}`);
    }
  };
  check("creditBytes", o.creditBytes, 1, 0xffff_ffff);
  check("minBytes", o.minBytes, 0, 0xffff_ffff);
  check("maxWaitMs", o.maxWaitMs, 0, subscribeWaitMsMax);
}
