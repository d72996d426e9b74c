// Consumer offset bookkeeping and flow control against an in-memory fake broker (unit tests: fast and
// deterministic; the README's guarantees rest on the SDK suite against the real servers): sockets dropped
// mid-stream (pushes restart at whole batches), small credits, pause/resume, seek and out-of-range ends.
// The invariant checked throughout: the delivered offsets are exactly first..last, each once.
import { describe, expect, it } from "vitest";
import { Edgelog, InvalidRequestError, OffsetOutOfRangeError, codecs, type ConsumerRecord } from "../../client/index.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { FakeBroker } from "./fake-broker.ts";

const text = new TextDecoder();

function setup(options: ConstructorParameters<typeof FakeBroker>[0] = {}) {
  const broker = new FakeBroker(options);
  const client = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 5 } });
  return { broker, client };
}

/** Produces n records in batches of `perBatch` (values "0", "1", …, padded to `size`). */
async function fill(client: Edgelog, topic: string, n: number, perBatch: number, partition = 0, size = 0): Promise<void> {
  const p = client.producer({ lingerMs: 0 });
  for (let i = 0; i < n; i += perBatch) {
    const batch = Array.from({ length: Math.min(perBatch, n - i) }, (_, j) => ({ value: String(i + j).padEnd(size, " "), partition }));
    await p.send(topic, batch);
  }
  await p.close();
}

describe("consumer offsets across reconnects", () => {
  it("never skips and never repeats when the socket drops mid-stream, repeatedly", async () => {
    const { broker, client } = setup({ pushBytesMax: 700 });
    broker.createTopic("t", 1);
    await fill(client, "t", 1000, 10);
    const consumer = client.consumer({ topic: "t", from: "earliest", creditBytes: 2000 });
    const seen: number[] = [];
    for await (const r of consumer) {
      expect(Number(text.decode(r.value!))).toBe(r.offset);
      seen.push(r.offset);
      // Drop at offsets inside batches (pushes then restart at the batch start) and between them.
      if ([5, 137, 300, 301, 555, 990].includes(r.offset)) broker.dropAll();
      if (seen.length === 1000) break;
    }
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(broker.opened).toBeGreaterThanOrEqual(5);
    await client.close();
  });

  it("resubscribes each partition at its own position after a drop (run + eachRecord)", async () => {
    const { broker, client } = setup({ pushBytesMax: 400 });
    broker.createTopic("t", 3);
    for (let p = 0; p < 3; p++) await fill(client, "t", 200, 7, p);
    const consumer = client.consumer({ topic: "t", from: "earliest", creditBytes: 1000 });
    const seen = new Map<number, number[]>([[0, []], [1, []], [2, []]]);
    let total = 0;
    const running = consumer.run({
      eachRecord: async (r) => {
        seen.get(r.partition)!.push(r.offset);
        total++;
        if (total % 97 === 0) broker.dropAll();
        if (total === 600) void consumer.close();
      },
    });
    await running;
    for (const [, offsets] of seen) expect(offsets).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await client.close();
  });

  it("records appended while disconnected are delivered after the reconnect", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 10, 5);
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    const it = consumer[Symbol.asyncIterator]();
    for (let i = 0; i < 10; i++) expect((await it.next()).value.offset).toBe(i);
    broker.refuseConnections = true;
    broker.dropAll();
    await broker.progress.until(() => broker.refused >= 1, "a reconnect attempt turned away");
    broker.refuseConnections = false;
    await fill(client, "t", 10, 5);
    for (let i = 10; i < 20; i++) expect((await it.next()).value.offset).toBe(i);
    await client.close();
  });
});

describe("consumer flow control", () => {
  it("holds at most creditBytes + one batch when the application does not read", async () => {
    const { broker, client } = setup({ pushBytesMax: 100_000 });
    broker.createTopic("t", 1);
    await fill(client, "t", 2000, 10, 0, 100); // batches of ~1.2 KB
    const batchBytes = broker.topics.get("t")![0].batches[0].bytes.byteLength;
    const consumer = client.consumer({ topic: "t", from: "earliest", creditBytes: 4096 });
    await consumer.start();
    // The broker pushes until the credit is spent; once nothing is in flight, it is all the client gets.
    await broker.progress.until(() => broker.pushedBytes > 0 && broker.quiet(), "the pushes the credit allows");
    const m = consumer.metrics();
    expect(m.receivedBytes).toBe(broker.pushedBytes);
    expect(m.receivedBytes).toBeGreaterThan(4096);
    expect(m.receivedBytes).toBeLessThanOrEqual(4096 + batchBytes);
    // Reading everything works and the broker never got more than one batch past its credit.
    let n = 0;
    for await (const r of consumer) {
      expect(r.offset).toBe(n);
      if (++n === 2000) break;
    }
    expect(consumer.metrics().overshootBytesMax).toBeLessThanOrEqual(batchBytes);
    await client.close();
  });

  it("run() awaits the handler before granting more credit", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 300, 10, 0, 100);
    const batchBytes = broker.topics.get("t")![0].batches[0].bytes.byteLength;
    const consumer = client.consumer({ topic: "t", from: "earliest", creditBytes: 3000 });
    let handled = 0;
    let worstAhead = 0;
    await consumer.run({
      eachBatch: async ({ records }) => {
        // A slow handler: the broker pushes all the credit allows before the handler returns.
        await broker.progress.until(() => broker.quiet(), "the broker to push what the credit allows");
        handled += records.length;
        const m = consumer.metrics();
        worstAhead = Math.max(worstAhead, m.bufferedBytes);
        if (handled === 300) void consumer.close();
      },
    });
    expect(handled).toBe(300);
    expect(worstAhead).toBeLessThanOrEqual(3000 + batchBytes);
    await client.close();
  });

  it("a handler that throws: run() rejects, the partition goes back to the failed record (batch), and the next run() hands it out again", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 10, 2);
    for (const each of ["record", "batch"] as const) {
      const consumer = client.consumer({ topic: "t", from: "earliest" });
      const seen: number[] = [];
      let thrown = false;
      let failedFrom = -1;
      const handle = (offsets: number[]) => {
        if (!thrown && offsets.includes(5)) {
          thrown = true;
          failedFrom = offsets[0]!;
          throw new Error("handler failed");
        }
        seen.push(...offsets);
        if (seen.at(-1) === 9) void consumer.close();
      };
      const run = () => (each === "record" ? consumer.run({ eachRecord: (r) => handle([r.offset]) }) : consumer.run({ eachBatch: (b) => handle(b.records.map((r) => r.offset)) }));
      await expect(run()).rejects.toThrow("handler failed");
      expect(consumer.position(0)).toBe(failedFrom); // the failed record, or its batch's first
      if (each === "record") expect(failedFrom).toBe(5);
      await run();
      // Every record once, the failed one (or batch) included, in order.
      expect([each, seen]).toEqual([each, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    }
    // One run() at a time: a second would split the records with the first.
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    const first = consumer.run({ eachRecord: (r) => void (r.offset === 9 && consumer.close()) });
    await expect(consumer.run({ eachRecord: () => {} })).rejects.toThrow(/run\(\) is running already/);
    await first;
    await client.close();
  });

  it("pause() stops delivery of a partition and resume() restarts it", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 2);
    await fill(client, "t", 20, 5, 0);
    await fill(client, "t", 20, 5, 1);
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    consumer.pause([1]);
    const got: ConsumerRecord[] = [];
    const it = consumer[Symbol.asyncIterator]();
    for (let i = 0; i < 20; i++) got.push((await it.next()).value);
    expect(got.every((r) => r.partition === 0)).toBe(true);
    // Partition 1's records are at the client, held back by the pause; a record produced to partition 0
    // after them is delivered first only if they are held.
    await broker.progress.until(() => broker.quiet(), "partition 1's pushes to reach the client");
    expect(consumer.metrics().bufferedBytes).toBeGreaterThan(0);
    await fill(client, "t", 1, 1, 0);
    expect((await it.next()).value).toMatchObject({ partition: 0, offset: 20 });
    const pending = it.next();
    consumer.resume([1]);
    const first = await pending;
    expect(first.value).toMatchObject({ partition: 1, offset: 0 });
    for (let i = 1; i < 20; i++) expect((await it.next()).value).toMatchObject({ partition: 1, offset: i });
    await client.close();
  });
});

describe("consumer positioning", () => {
  it("seek() rewinds and position() follows delivery", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 30, 4);
    const consumer = client.consumer({ topic: "t", from: 10 });
    const it = consumer[Symbol.asyncIterator]();
    expect((await it.next()).value.offset).toBe(10);
    expect(consumer.position(0)).toBe(11);
    await consumer.seek(0, 3);
    expect(consumer.position(0)).toBe(3);
    for (let i = 3; i < 30; i++) expect((await it.next()).value.offset).toBe(i);
    await consumer.seek(0, "earliest");
    expect((await it.next()).value.offset).toBe(0);
    await consumer.seek(0, "latest");
    expect(consumer.position(0)).toBe(30);
    await client.close();
  });

  it("raises OFFSET_OUT_OF_RANGE after delivering what was buffered, and can jump to earliest", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 20, 5);
    const strict = client.consumer({ topic: "t", from: "earliest" });
    const it = strict[Symbol.asyncIterator]();
    expect((await it.next()).value.offset).toBe(0);
    await broker.progress.until(() => broker.quiet(), "all 20 records pushed to the client");
    broker.endSubscriptions("t", 0, ErrorCode.OFFSET_OUT_OF_RANGE, "offset 20 no longer retained");
    const offsets: number[] = [];
    let error: unknown;
    try {
      for (;;) offsets.push((await it.next()).value.offset);
    } catch (err) {
      error = err;
    }
    expect(offsets).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(error).toBeInstanceOf(OffsetOutOfRangeError);
    await strict.close();

    broker.truncateBefore("t", 0, 10);
    const lenient = client.consumer({ topic: "t", from: 2, onOutOfRange: "earliest" });
    const it2 = lenient[Symbol.asyncIterator]();
    expect((await it2.next()).value.offset).toBe(10);
    await client.close();
  });

  it("starts from a timestamp and decodes values with a codec", async () => {
    const { broker, client } = setup();
    broker.createTopic("j", 1);
    const p = client.producer({ lingerMs: 0 });
    await p.send("j", [0, 1, 2, 3].map((i) => ({ value: JSON.stringify({ i }), timestampMs: 1000 + i * 10 })));
    const consumer = client.consumer({ topic: "j", from: { timestampMs: 1015 }, valueCodec: codecs.json<{ i: number }>() });
    const it = consumer[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ offset: 2, value: { i: 2 }, timestampMs: 1020 });
    expect((await it.next()).value.value).toEqual({ i: 3 });
    // A value the codec cannot decode fails alone, as InvalidRequestError naming where; seek past it to go on.
    await p.send("j", [{ value: "not json" }, { value: JSON.stringify({ i: 5 }) }]);
    const failed = await it.next().catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(InvalidRequestError);
    expect((failed as Error).message).toMatch(/cannot decode j-0 offset 4: .*seek past it/);
    await consumer.seek(0, 5);
    expect((await it.next()).value.value).toEqual({ i: 5 });
    await client.close();
  });
});
