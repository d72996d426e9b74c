/**
 * The SDK's Node WebSocket, watched: which sockets it opens, the hellos each sends, and the error answers
 * each receives, as they cross the socket (token refresh tests count sockets and hellos with it).
 */
import { NodeWebSocket, type WebSocketConstructor } from "../../client/node.ts";
import { decodeFrame } from "../../src/protocol/frames.ts";

export interface SocketWatch {
  WebSocket: WebSocketConstructor;
  /** URL of each socket opened, in order. */
  opened: string[];
  /** Hellos sent, per URL. */
  hellos: Map<string, number>;
  /** Error answers received (code, message), every socket together. */
  errors: { code: number; message: string }[];
}

export function watchedWebSocket(): SocketWatch {
  const watch: SocketWatch = { WebSocket: null as unknown as WebSocketConstructor, opened: [], hellos: new Map(), errors: [] };
  watch.WebSocket = class extends NodeWebSocket {
    constructor(url: string) {
      super(url);
      watch.opened.push(url);
      this.on("message", (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return;
        const f = decodeFrame(new Uint8Array(data));
        if (f.error?.code) watch.errors.push({ code: f.error.code, message: f.error.message ?? "" });
      });
    }
    override send(data: Uint8Array | string): void {
      if (typeof data !== "string" && decodeFrame(data).body === "helloRequest") watch.hellos.set(this.url, (watch.hellos.get(this.url) ?? 0) + 1);
      super.send(data);
    }
  } as unknown as WebSocketConstructor;
  return watch;
}
