// Connection behaviour with a fake WebSocket: request timeouts, in-flight requests failing retriably on a
// drop, reconnect backoff (injected and default formula), the bounded send queue and writable(). Every wait
// is for an event of the fake broker or of the connection.
import { describe, expect, it } from "vitest";
import { Connection, ConnectionError, TimeoutError, UnknownTopicError } from "../../client/index.ts";
import { decodeFrame } from "../../src/protocol/frames.ts";
import { FakeBroker } from "./fake-broker.ts";

describe("connection", () => {
  it("matches answers to requests by correlation id and maps wire errors", async () => {
    const broker = new FakeBroker();
    broker.createTopic("a", 2);
    const conn = new Connection({ url: "ws://fake", WebSocket: broker.WebSocket });
    const [ok, bad] = await Promise.allSettled([
      conn.request({ metadataRequest: { topics: ["a"] } }),
      conn.request({ metadataRequest: { topics: ["missing"] } }),
    ]);
    expect(ok.status === "fulfilled" && ok.value.metadataResponse?.topics?.[0]?.partitionCount).toBe(2);
    expect(bad.status === "rejected" && bad.reason).toBeInstanceOf(UnknownTopicError);
    expect((await conn.brokerInfo()).brokerId).toBe("fake");
    await conn.close();
  });

  it("times a request out after requestTimeoutMs", async () => {
    const broker = new FakeBroker();
    broker.handle = () => {}; // a broker that never answers
    const conn = new Connection({ url: "ws://fake", WebSocket: broker.WebSocket, requestTimeoutMs: 30 });
    const err = await conn.request({ listTopicsRequest: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.retriable).toBe(true);
    await conn.close();
  });

  it("rejects requests in flight with a retriable ConnectionError when the socket drops, then reconnects", async () => {
    const broker = new FakeBroker();
    const answer = broker.handle.bind(broker);
    let hold = true;
    let heldListTopics = 0;
    broker.handle = (s, b) => (hold ? void (decodeFrame(b).listTopicsRequest && heldListTopics++) : answer(s, b));
    const opens: number[] = [];
    const conn = new Connection({ url: "ws://fake", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 5 } });
    conn.onOpen((generation) => {
      opens.push(generation);
      broker.progress.poke();
    });
    const pending = conn.request({ listTopicsRequest: {} });
    await broker.progress.until(() => heldListTopics > 0, "the request to reach the broker");
    broker.dropAll();
    const err = await pending.catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.retriable).toBe(true);
    hold = false;
    await broker.progress.until(() => opens.length === 2, "the connection to reopen");
    expect(opens).toEqual([1, 2]);
    await expect(conn.request({ listTopicsRequest: {} })).rejects.toMatchObject({ code: "UNSUPPORTED" });
    await conn.close();
  });

  it("backs off between failed attempts with the injected delay, and resets after a success", async () => {
    const broker = new FakeBroker();
    broker.refuseConnections = true;
    const attempts: number[] = [];
    const conn = new Connection({
      url: "ws://fake",
      WebSocket: broker.WebSocket,
      reconnect: { delayMs: (attempt) => (attempts.push(attempt), 5) },
    });
    conn.connect();
    await broker.progress.until(() => attempts.length >= 3, "three refused attempts");
    broker.refuseConnections = false;
    await conn.whenOpen();
    expect(attempts.slice(0, 3)).toEqual([0, 1, 2]);
    const before = attempts.length;
    broker.dropAll();
    await broker.progress.until(() => attempts.length > before, "the backoff after a drop");
    expect(attempts[before]).toBe(0);
    await conn.close();
  });

  it("default backoff: exponential from 100 ms to 5 s with jitter", () => {
    const broker = new FakeBroker();
    const delays = (random: number) => {
      const conn = new Connection({ url: "ws://fake", WebSocket: broker.WebSocket, reconnect: { random: () => random } });
      return [0, 1, 2, 3, 6, 10].map((a) => (conn as unknown as { backoffMs(n: number): number }).backoffMs(a));
    };
    expect(delays(1)).toEqual([100, 200, 400, 800, 5000, 5000]);
    expect(delays(0)).toEqual([50, 100, 200, 400, 2500, 2500]);
  });

  it("queues frames while connecting, bounded, and writable() waits for bufferedAmount to fall", async () => {
    const broker = new FakeBroker();
    const conn = new Connection({ url: "ws://fake", WebSocket: broker.WebSocket, highWaterMarkBytes: 1000, sendQueueBytesMax: 5000 });
    const big = new Uint8Array(3000);
    conn.notify({ produceRequest: { topic: "t", partition: 0, acks: 2, records: big } });
    expect(conn.isWritable()).toBe(false);
    expect(() => conn.notify({ produceRequest: { topic: "t", partition: 0, acks: 2, records: big } })).toThrow(ConnectionError);
    await conn.whenOpen();
    await conn.writable();
    expect(conn.isWritable()).toBe(true);
    // A socket over its high water mark holds callers until it drains. The connection polls the socket's
    // bufferedAmount (the WebSocket API has no drain event): count its looks instead of waiting a while.
    const socket = [...broker.sockets][0];
    let socketBytes = 5000;
    let looks = 0;
    Object.defineProperty(socket, "bufferedAmount", {
      get: () => {
        looks++;
        broker.progress.poke();
        return socketBytes;
      },
    });
    let released = false;
    const writable = conn.writable().then(() => (released = true));
    await broker.progress.until(() => looks >= 5, "the connection to look at a full socket a few times");
    expect(released).toBe(false);
    socketBytes = 0;
    await writable;
    expect(released).toBe(true);
    await conn.close();
  });
});
