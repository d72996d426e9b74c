/**
 * A bare protocol client for tests that must not depend on the SDK (durability, bad input): one `ws`
 * socket, correlation ids, and the raw frames the broker sent.
 */
import WebSocket from "ws";
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";

export class RawClient {
  readonly frames: DecodedFrame[] = [];
  /** Text messages (the heartbeat's "pong"): not frames. */
  readonly texts: string[] = [];
  closed: { code: number; reason: string } | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (f: DecodedFrame) => void; reject: (e: Error) => void }>();

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        this.texts.push(data.toString());
        return;
      }
      const f = decodeFrame(new Uint8Array(data));
      this.frames.push(f);
      const p = this.pending.get(f.correlationId);
      if (p) {
        this.pending.delete(f.correlationId);
        p.resolve(f);
      }
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const p of this.pending.values()) p.reject(new Error(`socket closed ${code}`));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
      ws.binaryType = "nodebuffer";
      ws.once("open", () => resolve(new RawClient(ws)));
      ws.once("error", reject);
    });
  }

  request(frame: Frame): Promise<DecodedFrame> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error("socket closed"));
      this.pending.set(id, { resolve, reject });
      this.ws.send(encodeFrame({ ...frame, correlationId: id }));
    });
  }

  sendRaw(bytes: Uint8Array | string): void {
    this.ws.send(bytes);
  }

  /** Waits (event-driven, bounded) for a frame matching pred. */
  async waitFor(pred: (f: DecodedFrame) => boolean, timeoutMs = 10_000): Promise<DecodedFrame> {
    const found = this.frames.find(pred);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.ws.off("message", check);
        reject(new Error("timed out waiting for a frame"));
      }, timeoutMs);
      const check = () => {
        const f = this.frames.find(pred);
        if (f) {
          clearTimeout(timer);
          this.ws.off("message", check);
          resolve(f);
        }
      };
      this.ws.on("message", check);
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once("close", () => resolve());
      this.ws.close();
    });
  }
}
