/**
 * A WebSocket relay between a client process and the broker that decodes what the broker sends, so a test
 * can wait for a protocol event inside another process (e.g. "the consumer's subscription is in place")
 * instead of guessing it with a sleep. Messages pass through unchanged and in order, in both directions.
 */
import WebSocket, { WebSocketServer } from "ws";
import { decodeFrame, type DecodedFrame } from "../../src/protocol/frames.ts";
import { Progress } from "./progress.ts";

export interface WsTap {
  /** Give this to the client instead of the broker's URL. */
  url: string;
  /** Every frame the broker sent to any client of the tap, in order. */
  readonly fromBroker: DecodedFrame[];
  /** Poked on every frame from the broker: `progress.until(() => …)` waits on them. */
  readonly progress: Progress;
  close(): Promise<void>;
}

export async function startWsTap(brokerUrl: string): Promise<WsTap> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const fromBroker: DecodedFrame[] = [];
  const progress = new Progress();
  const sockets = new Set<WebSocket>();
  server.on("connection", (client) => {
    const upstream = new WebSocket(brokerUrl, { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
    sockets.add(client).add(upstream);
    // What the client sends before the upstream socket opens waits for it, in order.
    const early: Buffer[] = [];
    upstream.once("open", () => {
      for (const m of early.splice(0)) upstream.send(m);
    });
    client.on("message", (data: Buffer) => (upstream.readyState === WebSocket.OPEN ? upstream.send(data) : early.push(data)));
    upstream.on("message", (data: Buffer) => {
      fromBroker.push(decodeFrame(new Uint8Array(data)));
      client.send(data);
      progress.poke();
    });
    const closeBoth = () => {
      client.terminate();
      upstream.terminate();
    };
    client.on("close", closeBoth).on("error", closeBoth);
    upstream.on("close", closeBoth).on("error", closeBoth);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/v1/ws`,
    fromBroker,
    progress,
    async close() {
      for (const s of sockets) s.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
