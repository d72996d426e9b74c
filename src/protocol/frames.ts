/**
 * Frames: bytes ↔ typed messages, and nothing else (no sockets here). The schema is proto/edgelog.proto,
 * compiled to static code in ./gen by `npm run gen`.
 *
 * Wire: one WebSocket binary message = one protobuf `Frame { correlation_id, error?, oneof body }`.
 */
import { edgelog } from "./gen/edgelog.js";
import { ErrorCode, ProtocolError } from "./errors.ts";

export const PROTOCOL_VERSION = 1;

export import pb = edgelog.v1;
export type Frame = edgelog.v1.IFrame;
export type DecodedFrame = edgelog.v1.Frame;
/** Names of the oneof members, e.g. "produceRequest". */
export type FrameBodyName = NonNullable<edgelog.v1.Frame["body"]>;

export const Acks = edgelog.v1.Acks;
export type AcksValue = edgelog.v1.Acks;

/** Earliest / latest sentinels of ListOffsets, as in Kafka. */
export const EARLIEST_TIMESTAMP = -2;
export const LATEST_TIMESTAMP = -1;

export function encodeFrame(frame: Frame): Uint8Array {
  return edgelog.v1.Frame.encode(frame).finish();
}

/** Decodes one frame; anything that is not a valid frame becomes INVALID_REQUEST. */
export function decodeFrame(bytes: Uint8Array): DecodedFrame {
  let frame: DecodedFrame;
  try {
    frame = edgelog.v1.Frame.decode(bytes);
  } catch (err) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `malformed frame: ${(err as Error).message}`);
  }
  return frame;
}
