/**
 * A push encoded once for every subscriber of a partition at the head of its log. A push's bytes differ
 * between subscribers only by the subscription id, so the rest is encoded once and each subscriber's frame
 * is a short header followed by those shared bytes:
 *
 *   Frame   = [0x8a 0x02] (field 33 `push`, length-delimited) varint(len(Push)) Push
 *   Push    = [0x08 varint(subscription_id)] shared
 *   shared  = Push{records, high_watermark, next_offset} encoded alone (fields 2..4)
 *
 * correlation_id 0 is the default and is not written. Fields in field order, as protobufjs writes them,
 * so the bytes equal encodeFrame's (test/core/push-frame.test.ts checks it).
 */
import { pb } from "../protocol/frames.ts";

/** A push without its subscription id: the bytes every subscriber at this offset receives. */
export class SharedPush {
  /** Record bytes (what credit counts). */
  readonly recordsBytes: number;
  /** Push fields 2..4, encoded. */
  readonly shared: Uint8Array;
  /** The shared bytes behind room for the longest header, for transports that copy on send (lazy). */
  private scratch: Uint8Array | null = null;
  /** Views of scratch from each header length on (at most HEADER_BYTES_MAX + 1 of them). */
  private readonly views: (Uint8Array | undefined)[] = [];
  /**
   * Frames made for transports that do not copy, by subscription id: subscribers with the same id (every
   * socket's first subscription is 1) get the same bytes, which are never written again once made. A
   * transport that keeps a reference until it writes them (workerd's WebSocket send does) sends one buffer
   * to all of them: one allocation and copy per push instead of per subscriber.
   */
  private readonly frames = new Map<number, Uint8Array>();

  constructor(
    /** Offset of the first record pushed. */
    readonly offset: number,
    records: Uint8Array,
    readonly nextOffset: number,
    readonly highWatermark: number,
  ) {
    this.recordsBytes = records.byteLength;
    this.shared = pb.Push.encode({ records, highWatermark, nextOffset }).finish();
  }

  /**
   * The whole frame for one subscription. `reuse`: the transport copies the bytes before send returns
   * (uWS does), so every subscriber's frame is written into one buffer, header in front of the shared
   * bytes, and no memory is allocated per subscriber; the bytes are valid only until the next call.
   * Otherwise a buffer of its own per subscription id (`frames`), which the caller must not write.
   */
  frameFor(subscriptionId: number, reuse: boolean): Uint8Array {
    if (!reuse) {
      let frame = this.frames.get(subscriptionId);
      if (!frame) this.frames.set(subscriptionId, (frame = this.frameFor(subscriptionId, true).slice()));
      return frame;
    }
    const idBytes = varintBytes(subscriptionId);
    const pushBytes = 1 + idBytes + this.shared.byteLength;
    const headerBytes = 2 + varintBytes(pushBytes) + 1 + idBytes;
    if (!this.scratch) {
      this.scratch = new Uint8Array(HEADER_BYTES_MAX + this.shared.byteLength);
      this.scratch.set(this.shared, HEADER_BYTES_MAX);
    }
    const out = this.scratch;
    let pos = HEADER_BYTES_MAX - headerBytes;
    const start = pos;
    out[pos++] = PUSH_TAG_0;
    out[pos++] = PUSH_TAG_1;
    pos = writeVarint(out, pos, pushBytes);
    out[pos++] = 0x08;
    writeVarint(out, pos, subscriptionId);
    return (this.views[headerBytes] ??= out.subarray(start));
  }
}

export function sharedPush(offset: number, records: Uint8Array, nextOffset: number, highWatermark: number): SharedPush {
  return new SharedPush(offset, records, nextOffset, highWatermark);
}

const PUSH_TAG_0 = 0x8a; // (33 << 3) | 2 as a varint: 0x8a 0x02
const PUSH_TAG_1 = 0x02;
/** Tag (2) + push length (≤ 5) + subscription id's tag (1) and value (≤ 5). */
const HEADER_BYTES_MAX = 13;

/** The whole frame of `push` for one subscription, in a buffer of its own. */
export function pushFrameFor(subscriptionId: number, push: SharedPush): Uint8Array {
  return push.frameFor(subscriptionId, false);
}

function varintBytes(n: number): number {
  let count = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    count++;
  }
  return count;
}

function writeVarint(out: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    out[pos++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}
