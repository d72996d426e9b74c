/**
 * The SDK for Node: the same API as client/index.ts with the `ws` package as the default WebSocket
 * (Node 20 has no global WebSocket). Compression is off (batches are sent as stored) and the payload
 * limit is above the broker's largest frame.
 */
import WS from "ws";
import type { WebSocketConstructor } from "./connection.ts";
import { Edgelog as BaseEdgelog, type EdgelogOptions } from "./index.ts";

export * from "./index.ts";

/** Largest message the client accepts: above the broker's frameBytesMax (9 MiB) with room to spare. */
const MESSAGE_BYTES_MAX = 64 * 1024 * 1024;

export class NodeWebSocket extends WS {
  constructor(url: string) {
    super(url, { perMessageDeflate: false, maxPayload: MESSAGE_BYTES_MAX });
  }
}

export class Edgelog extends BaseEdgelog {
  constructor(options: EdgelogOptions) {
    super({ ...options, WebSocket: options.WebSocket ?? (NodeWebSocket as unknown as WebSocketConstructor) });
  }
}
