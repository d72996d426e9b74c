/**
 * Frames as the browser SDK encodes and decodes them: the table-driven codec (compact-codec.ts) instead of
 * protobufjs's static code, with the same bytes and the same decoded shapes (frames.ts has the broker's
 * side and the types). Nothing here imports protobufjs, so a bundle of the SDK does not carry it.
 */
import { decodeMessage, encodeMessage } from "./compact-codec.ts";
import { ErrorCode, ProtocolError } from "./errors.ts";
import type { DecodedFrame, Frame } from "./frames.ts";

export { Acks } from "./gen/edgelog-tables.js";

export const PROTOCOL_VERSION = 1;

/** Earliest / latest sentinels of ListOffsets, as in Kafka. */
export const EARLIEST_TIMESTAMP = -2;
export const LATEST_TIMESTAMP = -1;

export function encodeFrame(frame: Frame): Uint8Array {
  return encodeMessage("Frame", frame);
}

/** Decodes one frame; anything that is not a valid frame becomes INVALID_REQUEST. */
export function decodeFrame(bytes: Uint8Array): DecodedFrame {
  try {
    return decodeMessage<DecodedFrame>("Frame", bytes);
  } catch (err) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `malformed frame: ${(err as Error).message}`);
  }
}
