/**
 * Clients that misbehave on purpose, light enough to open hundreds (one `ws` socket each, no SDK): for the
 * hostile load test (test/node/hostile-load.test.ts) and the bench's hostile row (bench/run.ts --hostile).
 */
import type { Socket } from "node:net";
import WebSocket from "ws";
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";

/** A socket that has opened; frames are delivered as Buffers. */
export function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
    ws.binaryType = "nodebuffer";
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Opens `count` sockets, `parallel` handshakes at a time. */
export async function openSockets(url: string, count: number, parallel = 50): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += parallel) sockets.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, () => openSocket(url)))));
  return sockets;
}

/** Sends one request and waits for the frame answering it (other frames are ignored). */
export function request(ws: WebSocket, frame: Frame, correlationId: number): Promise<DecodedFrame> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const f = decodeFrame(new Uint8Array(data));
      if (f.correlationId !== correlationId) return;
      ws.off("message", onMessage);
      ws.off("close", onClose);
      resolve(f);
    };
    const onClose = (code: number) => {
      ws.off("message", onMessage);
      reject(new Error(`socket closed (${code}) before the answer to ${correlationId}`));
    };
    ws.on("message", onMessage);
    ws.once("close", onClose);
    ws.send(encodeFrame({ ...frame, correlationId }));
  });
}

/** Stops reading the socket: the kernel's buffers fill, then the broker's queue for it. Writes still go out. */
export function stopReading(ws: WebSocket): void {
  (ws as unknown as { _socket: Socket })._socket.pause();
}

/**
 * A consumer that stops reading: subscribes from `offset` with all the credit the protocol allows, stops
 * reading its socket, then pipelines `fetchCount` fetches of `fetchBytes` whose answers it will never read.
 */
export async function startNonReader(ws: WebSocket, topic: string, partition: number, fetchCount: number, fetchBytes: number): Promise<void> {
  const sub = await request(ws, { subscribeRequest: { topic, partition, offset: 0, creditBytes: 2 ** 32 - 1 } }, 1);
  if (sub.error) throw new Error(`subscribe: ${sub.error.message}`);
  stopReading(ws);
  for (let i = 0; i < fetchCount; i++) ws.send(encodeFrame({ correlationId: 2 + i, fetchRequest: { topic, partition, offset: 0, maxBytes: fetchBytes } }));
}

/**
 * Sends `frameCount` frames that cannot decode (each starts with a field of wire type 7, which protobuf
 * does not have, then `random` bytes) in one burst, and reads what comes back until the broker closes the
 * socket. Resolves with the close code and the error frames received.
 */
export function sendGarbage(ws: WebSocket, frameCount: number, random: () => number): Promise<{ closeCode: number; errorCount: number }> {
  let errorCount = 0;
  const closed = new Promise<{ closeCode: number; errorCount: number }>((resolve) => {
    ws.on("message", (data: Buffer) => {
      if (decodeFrame(new Uint8Array(data)).error) errorCount++;
    });
    ws.once("close", (code) => resolve({ closeCode: code, errorCount }));
  });
  for (let i = 0; i < frameCount; i++) {
    const bytes = new Uint8Array(8 + Math.floor(random() * 200));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
    bytes[0] = 0x0f; // field 1, wire type 7
    ws.send(bytes, () => {}); // sends after the broker closed the socket fail quietly
  }
  return closed;
}
