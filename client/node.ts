/**
 * The SDK for Node: the same API as client/index.ts with the `ws` package as the default WebSocket
 * (Node 20 has no global WebSocket). Compression is off (batches are sent as stored) and the payload
 * limit is above the broker's largest frame.
 */
import WS from "ws";
import "../src/protocol/crc32c-native.ts";
import type { WebSocketConstructor } from "./connection.ts";
import { Edgelog as BaseEdgelog, type EdgelogOptions } from "./index.ts";

export * from "./index.ts";

/** Largest message the client accepts: above the broker's frameBytesMax (9 MiB) with room to spare. */
const MESSAGE_BYTES_MAX = 64 * 1024 * 1024;

/**
 * Frames from a client must be masked (RFC 6455 §5.3) so that a browser page cannot smuggle bytes that a
 * proxy's cache would take for HTTP. That threat needs a hostile page driving the socket; a Node process
 * writes its own frames, so it uses the all-zero mask ws supports, which turns the XOR pass over every
 * byte (and the copy it needs) into nothing. Browsers always mask; the broker accepts both.
 */
function zeroMask(mask: Uint8Array): void {
  mask.fill(0);
}

export class NodeWebSocket extends WS {
  constructor(url: string) {
    super(url, { perMessageDeflate: false, maxPayload: MESSAGE_BYTES_MAX, generateMask: zeroMask });
  }
}

export class Edgelog extends BaseEdgelog {
  constructor(options: EdgelogOptions) {
    super({ ...options, WebSocket: options.WebSocket ?? (NodeWebSocket as unknown as WebSocketConstructor) });
  }
}
