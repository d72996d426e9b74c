/**
 * Reads one direction of a WebSocket connection's TCP bytes (RFC 6455) as they pass through a relay: the
 * HTTP upgrade head, then frames, reassembled into messages. Tests use it to count what crossed the wire
 * (pushes, credit grants) without trusting either end's own bookkeeping.
 *
 * Frame: byte 0 = FIN (0x80) | RSV1-3 | opcode (0x0f); byte 1 = MASK (0x80) | length (0-125, 126: 16-bit
 * length follows, 127: 64-bit length follows); then a 4-byte masking key when MASK is set; then the payload
 * (XORed with the key). Opcodes: 0 continuation, 1 text, 2 binary, 8 close, 9 ping, 10 pong.
 */

export interface WsMessage {
  /** 1 text, 2 binary, 8 close, 9 ping, 10 pong (a fragmented message carries its first frame's opcode). */
  opcode: number;
  payload: Uint8Array;
}

/** Frames larger than this are treated as a broken stream (the broker's frame limit is 9 MiB). */
const MESSAGE_BYTES_MAX = 64 * 1024 * 1024;

export class WsStreamReader {
  /** The HTTP head (request or response line and headers), once it has been read. */
  head: string | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentOpcode = 0;

  /** True when bytes of an unfinished frame (or of the head) have been read: a cut here splits a frame. */
  get midFrame(): boolean {
    return this.pending.length > 0 || this.fragments.length > 0;
  }

  /** Feeds the next bytes of the stream; returns the messages they complete, in order. */
  feed(chunk: Uint8Array): WsMessage[] {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const out: WsMessage[] = [];
    if (this.head === null) {
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) {
        this.pending = Buffer.from(buf);
        return out;
      }
      this.head = buf.subarray(0, end).toString("latin1");
      buf = buf.subarray(end + 4);
    }
    let pos = 0;
    for (;;) {
      if (buf.length - pos < 2) break;
      const b0 = buf[pos]!;
      const b1 = buf[pos + 1]!;
      if ((b0 & 0x70) !== 0) throw new Error("RSV bits set: a WebSocket extension (compression?) is in use; the reader cannot decode it");
      let length = b1 & 0x7f;
      let at = pos + 2;
      if (length === 126) {
        if (buf.length - at < 2) break;
        length = buf.readUInt16BE(at);
        at += 2;
      } else if (length === 127) {
        if (buf.length - at < 8) break;
        length = Number(buf.readBigUInt64BE(at));
        at += 8;
      }
      if (length > MESSAGE_BYTES_MAX) throw new Error(`frame of ${length} bytes: not a WebSocket stream the reader understands`);
      const masked = (b1 & 0x80) !== 0;
      const maskAt = at;
      if (masked) at += 4;
      if (buf.length - at < length) break;
      let payload = buf.subarray(at, at + length);
      if (masked) {
        payload = Buffer.from(payload);
        for (let i = 0; i < payload.length; i++) payload[i]! ^= buf[maskAt + (i & 3)]!;
      }
      pos = at + length;
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      if (opcode >= 8) {
        out.push({ opcode, payload: new Uint8Array(payload) }); // control frames may sit between fragments
        continue;
      }
      if (opcode !== 0) this.fragmentOpcode = opcode;
      if (!fin) {
        this.fragments.push(Buffer.from(payload));
        continue;
      }
      const whole = this.fragments.length ? Buffer.concat([...this.fragments, payload]) : payload;
      this.fragments = [];
      // A copy: the relay's chunk buffers are reused by Node after the callback.
      out.push({ opcode: this.fragmentOpcode, payload: new Uint8Array(whole) });
    }
    this.pending = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    return out;
  }
}
