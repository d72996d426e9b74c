/**
 * Frames: bytes ↔ typed messages, and nothing else (no sockets here). The schema is proto/edgelog.proto,
 * compiled to static code in ./gen by `npm run gen`.
 *
 * Wire: one WebSocket binary message = one protobuf `Frame { correlation_id, error?, oneof body }`.
 */
import { edgelog } from "./gen/edgelog.js";
import { ErrorCode, ProtocolError } from "./errors.ts";

// One definition, shared with the SDK's codec (which must not import the static code).
export { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, PROTOCOL_VERSION } from "./compact-frames.ts";

export import pb = edgelog.v1;
export type Frame = edgelog.v1.IFrame;
export type DecodedFrame = edgelog.v1.Frame;
/** Names of the oneof members, e.g. "produceRequest". */
export type FrameBodyName = NonNullable<edgelog.v1.Frame["body"]>;

export const Acks = edgelog.v1.Acks;
export type AcksValue = edgelog.v1.Acks;

export function encodeFrame(frame: Frame): Uint8Array {
  return edgelog.v1.Frame.encode(frame).finish();
}

/**
 * The correlation id of bytes that did not decode as a frame, when they start with it (field 1, a varint,
 * as every encoder writes it first); else 0. A request that names a topic with a lone surrogate encodes to
 * invalid UTF-8: its error goes back with its own id, so the client's call fails at once instead of
 * waiting for its timeout.
 */
export function salvageCorrelationId(bytes: Uint8Array): number {
  if (bytes.length < 2 || bytes[0] !== 0x08) return 0;
  let value = 0;
  for (let i = 1, shift = 0; i < bytes.length && i <= 5; i++, shift += 7) {
    const b = bytes[i]!;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return value <= 0xffffffff ? value : 0;
  }
  return 0;
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
