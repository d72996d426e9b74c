// What one connection may make the broker hold (src/core/send-flow.ts), on the in-memory broker through a
// fake socket whose queue grows with every frame sent and empties when the test "reads" it: the queue passes
// the bound by at most one read, requests wait in order and past a bound close the socket, a reader that
// stalls is closed by the clock, garbage is closed after malformedFramesMax in a row, credit is capped.
import { describe, expect, it } from "vitest";
import { Broker } from "../../src/core/broker.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { Session } from "../../src/core/session.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import type { Limits } from "../../src/protocol/limits.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
};

async function setup(limits: Partial<Limits>) {
  const clock = new ManualClock(1_000_000);
  const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now, limits });
  await broker.start();
  await broker.createTopic("t", 1);
  const frames: DecodedFrame[] = [];
  const socket = { queuedBytes: 0, queuedBytesMax: 0, closed: null as { code: number; reason: string } | null };
  const session = new Session(broker.sessionHost(), {
    send: (bytes) => {
      frames.push(decodeFrame(bytes));
      socket.queuedBytes += bytes.byteLength;
      socket.queuedBytesMax = Math.max(socket.queuedBytesMax, socket.queuedBytes);
      return true;
    },
    bufferedBytes: () => socket.queuedBytes,
    close: (code, reason) => (socket.closed = { code, reason }),
  });
  /** The client reads everything queued (the socket drains). */
  const read = () => {
    socket.queuedBytes = 0;
    session.onDrain();
  };
  const send = (frame: Frame, correlationId = 0) => session.onMessage(encodeFrame({ ...frame, correlationId }));
  const append = async (count: number, valueBytes: number) => {
    for (let i = 0; i < count; i++) await broker.partition("t", 0).append(encodeBatch([{ value: "v".repeat(valueBytes) }])).durable;
  };
  return { broker, session, frames, socket, read, send, append, clock };
}

const KiB = 1024;

describe("send flow: what one connection may make the broker hold", () => {
  it("pushes stop within one read past sendQueueBytesMax and resume when the client reads", async () => {
    const limits = { sendQueueBytesMax: 8 * KiB, pushBytesMax: 2 * KiB };
    const { frames, socket, read, send, append } = await setup(limits);
    await append(100, 1000); // ~100 KiB, twelve times the bound
    send({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 2 ** 31 } }, 1);
    await settle();
    const batchBytes = frames.find((f) => f.push)!.push!.records!.byteLength;
    // Bound + one push (a push holds at least one whole batch) + framing.
    expect(socket.queuedBytesMax).toBeGreaterThanOrEqual(limits.sendQueueBytesMax);
    expect(socket.queuedBytesMax).toBeLessThanOrEqual(limits.sendQueueBytesMax + Math.max(limits.pushBytesMax, batchBytes) + 100);
    const pushedBefore = frames.filter((f) => f.push).length;
    await settle();
    expect(frames.filter((f) => f.push).length).toBe(pushedBefore); // stopped, not slowed
    for (let i = 0; i < 100 && frames.filter((f) => f.push).at(-1)!.push!.nextOffset! < 100; i++) {
      read();
      await settle();
    }
    expect(frames.filter((f) => f.push).at(-1)!.push!.nextOffset).toBe(100);
    expect(socket.queuedBytesMax).toBeLessThanOrEqual(limits.sendQueueBytesMax + Math.max(limits.pushBytesMax, batchBytes) + 100);
  });

  it("fetches wait for room one read at a time, in order, while the requests behind them are served", async () => {
    const limits = { sendQueueBytesMax: 256 * KiB, fetchBytesMax: 64 * KiB };
    const { frames, socket, read, send, append } = await setup(limits);
    await append(100, 1000);
    for (let id = 1; id <= 20; id++) send({ fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 64 * KiB } }, id);
    send({ listTopicsRequest: {} }, 21);
    await settle();
    // Each fetch reserves at least pushBytesMax (256 KiB, the bound here), so one read at a time; they stop
    // once the answers fill the bound. The request behind them was not held up.
    expect(frames.some((f) => f.correlationId === 21 && f.listTopicsResponse)).toBe(true);
    const answered = () => frames.filter((f) => f.fetchResponse).map((f) => f.correlationId);
    expect(answered().length).toBeGreaterThan(0);
    expect(answered().length).toBeLessThanOrEqual(limits.sendQueueBytesMax / limits.fetchBytesMax + 1);
    expect(socket.queuedBytesMax).toBeLessThanOrEqual(limits.sendQueueBytesMax + limits.fetchBytesMax + KiB);
    for (let i = 0; i < 40 && answered().length < 20; i++) {
      read();
      await settle();
    }
    expect(answered()).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(socket.queuedBytesMax).toBeLessThanOrEqual(limits.sendQueueBytesMax + limits.fetchBytesMax + KiB);
    expect(socket.closed).toBeNull();
  });

  it("reads of a log whose batches pass pushBytesMax reserve the largest seen, so the queue stays within one batch of the bound", async () => {
    const limits = { sendQueueBytesMax: 8 * KiB, pushBytesMax: 1 * KiB };
    const { frames, socket, read, send, append } = await setup(limits);
    await append(60, 4000); // batches of ~4 KiB, four times a push
    for (let id = 1; id <= 4; id++) send({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 2 ** 31 } }, id);
    await settle();
    // The first reads could not know; from then on each reserves ~4 KiB.
    const batchBytes = frames.find((f) => f.push)!.push!.records!.byteLength;
    expect(batchBytes).toBeGreaterThan(limits.pushBytesMax);
    read();
    await settle();
    socket.queuedBytesMax = socket.queuedBytes;
    for (let i = 0; i < 200 && frames.filter((f) => f.push && f.push.nextOffset === 60).length < 4; i++) {
      read();
      await settle();
    }
    expect(frames.filter((f) => f.push && f.push.nextOffset === 60).length).toBe(4);
    expect(socket.queuedBytesMax).toBeLessThanOrEqual(limits.sendQueueBytesMax + batchBytes + 100);
  });

  it("a client that pipelines without reading is closed (1008) once its waiting requests pass heldRequestBytesMax", async () => {
    const limits = { sendQueueBytesMax: 8 * KiB, heldRequestBytesMax: 16 * KiB };
    const { session, frames, socket, send, append } = await setup(limits);
    await append(20, 1000);
    send({ fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 64 * KiB } }, 1);
    await settle();
    const fetch = (id: number) => encodeFrame({ correlationId: id, fetchRequest: { topic: "t", partition: 0, offset: 0, maxBytes: 64 * KiB } });
    let id = 2;
    for (let heldBytes = 0; heldBytes + fetch(id).byteLength <= limits.heldRequestBytesMax; id++) {
      heldBytes += fetch(id).byteLength;
      session.onMessage(fetch(id));
    }
    await settle();
    expect(socket.closed).toBeNull();
    expect(frames.filter((f) => f.fetchResponse).length).toBe(1);
    session.onMessage(fetch(id));
    expect(socket.closed?.code).toBe(1008);
  });

  it("a client that stops reading is closed (1013) after stalledSendMsMax with its queue over the bound; a reader is not", async () => {
    const limits = { sendQueueBytesMax: 8 * KiB, pushBytesMax: 2 * KiB, stalledSendMsMax: 30_000 };
    const { session, socket, read, send, append, clock } = await setup(limits);
    await append(100, 1000);
    send({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 2 ** 31 } }, 1);
    await settle();
    expect(socket.queuedBytes).toBeGreaterThan(limits.sendQueueBytesMax);
    expect(session.checkStalled(clock.nowMs)).toBe(false); // first seen over the bound
    clock.advance(limits.stalledSendMsMax - 1);
    expect(session.checkStalled(clock.nowMs)).toBe(false);
    read(); // progress: the stall starts over
    await settle();
    expect(socket.queuedBytes).toBeGreaterThan(limits.sendQueueBytesMax);
    clock.advance(1);
    expect(session.checkStalled(clock.nowMs)).toBe(false);
    clock.advance(limits.stalledSendMsMax - 1);
    expect(session.checkStalled(clock.nowMs)).toBe(false);
    expect(socket.closed).toBeNull();
    clock.advance(1);
    expect(session.checkStalled(clock.nowMs)).toBe(true);
    expect(socket.closed?.code).toBe(1013);
  });

  it("malformedFramesMax garbage frames in a row close the socket (1008), each answered INVALID_REQUEST first", async () => {
    const limits = { malformedFramesMax: 8 };
    const { session, frames, socket, send } = await setup(limits);
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    for (let i = 0; i < 7; i++) session.onMessage(garbage);
    send({ listTopicsRequest: {} }, 1); // a good frame: the count starts over
    for (let i = 0; i < 6; i++) session.onMessage(garbage);
    session.onTextMessage("nonsense"); // text frames other than the heartbeat count too
    expect(socket.closed).toBeNull();
    session.onMessage(garbage); // the 8th in a row
    expect(socket.closed?.code).toBe(1008);
    expect(frames.filter((f) => f.error?.code === ErrorCode.INVALID_REQUEST).length).toBe(15);
    session.onMessage(garbage);
    expect(frames.filter((f) => f.error?.code === ErrorCode.INVALID_REQUEST).length).toBe(15);
  });

  it("credit is capped at creditBytesMax however much the client grants", async () => {
    const limits = { creditBytesMax: 10 * KiB, pushBytesMax: 2 * KiB };
    const { frames, send, append } = await setup(limits);
    await append(100, 1000);
    send({ subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 2 ** 31 } }, 1);
    await settle();
    const id = frames.find((f) => f.subscribeResponse)!.subscribeResponse!.subscriptionId!;
    const pushedBytes = () => frames.filter((f) => f.push).reduce((n, f) => n + f.push!.records!.byteLength, 0);
    const batchBytes = frames.find((f) => f.push)!.push!.records!.byteLength;
    expect(pushedBytes()).toBeLessThanOrEqual(limits.creditBytesMax + batchBytes);
    send({ creditRequest: { subscriptionId: id, creditBytes: 2 ** 31 } });
    send({ creditRequest: { subscriptionId: id, creditBytes: 2 ** 31 } });
    await settle();
    expect(pushedBytes()).toBeLessThanOrEqual(2 * (limits.creditBytesMax + batchBytes));
  });
});
