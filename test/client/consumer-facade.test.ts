// The consumers' facades (client/consumer.ts, client/group-consumer.ts over client/lazy-engine.ts) against the
// in-memory fake broker, with the modules they load on demand counted by module mocks: a consumer closed
// before any read never loads its engine; reads made before and while the engine loads keep their order and
// lose nothing; pause() and seek() made before it apply; a read made before another facade's call (a send)
// is in place first; the engine's errors reach the caller as before; close() twice tells the owner once.
// The tests share the module counts, so the ones that must see no load run first.
import { describe, expect, it, vi } from "vitest";
import { ClosedError, Edgelog, GroupConsumer, InvalidRequestError, UnknownTopicError, type ConsumerRecord } from "../../client/index.ts";
import type { ConnectionSource } from "../../client/connection.ts";
import { FakeBroker } from "./fake-broker.ts";

const loads = vi.hoisted(() => ({ engine: 0, extras: 0 }));
vi.mock("../../client/consumer-engine.ts", async (importOriginal) => {
  loads.engine++;
  return await importOriginal();
});
vi.mock("../../client/extras.ts", async (importOriginal) => {
  loads.extras++;
  return await importOriginal();
});

const text = new TextDecoder();
const zeroMetrics = { receivedBytes: 0, grantedBytes: 0, bufferedBytes: 0, overshootBytesMax: 0 };

function setup() {
  const broker = new FakeBroker({ pushBytesMax: 300 });
  const client = new Edgelog({ url: "ws://fake/v1/ws", WebSocket: broker.WebSocket, reconnect: { delayMs: () => 5 } });
  return { broker, client };
}

/** Produces n records to `partition` in batches of `perBatch`, values "0", "1", …. */
async function fill(client: Edgelog, topic: string, n: number, perBatch: number, partition: number): Promise<void> {
  const p = client.producer({ lingerMs: 0 });
  for (let i = 0; i < n; i += perBatch) {
    await p.send(topic, Array.from({ length: Math.min(perBatch, n - i) }, (_, j) => ({ value: String(i + j), partition })));
  }
  await p.close();
}

const offsetsOf = (records: ConsumerRecord[]) => records.map((r) => r.offset);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("consumer facades before their engine is there", () => {
  it("a consumer closed before any read closes without loading its engine, and answers as a closed one", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 2);
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    consumer.pause([1]);
    consumer.resume();
    expect(consumer.assignment()).toEqual([]);
    expect(consumer.position(0)).toBeUndefined();
    expect(consumer.metrics()).toEqual(zeroMetrics);
    await consumer.close();
    expect(await consumer[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
    await consumer.run({ eachRecord: () => {} });
    await consumer.seek(0, 5);
    await expect(consumer.start()).rejects.toBeInstanceOf(ClosedError);
    await client.close();
    expect(loads.engine).toBe(0);
  });

  it("a group member closed before it started loads no group code; before that it holds nothing", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const member = client.consumer({ groupId: "g", topics: ["t"] });
    member.pause([{ topic: "t", partition: 0 }]);
    expect(member.assignment()).toEqual([]);
    expect(member.memberId).toBe("");
    expect(member.memberEpoch).toBe(0);
    expect(member.position({ topic: "t", partition: 0 })).toBeUndefined();
    expect(member.metrics()).toEqual(zeroMetrics);
    await expect(member.seek({ topic: "t", partition: 0 }, 0)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await member.commit()).toEqual({ committed: [], ignored: [] });
    expect(await member.committed()).toEqual([]);
    await member.close();
    expect(await member[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
    await member.run({ eachRecord: () => {} });
    await expect(member.start()).rejects.toBeInstanceOf(ClosedError);
    await client.close();
    expect(loads.extras).toBe(0);
    expect(loads.engine).toBe(0);
  });

  it("options and arguments are still checked at once, without the engine", async () => {
    const { client } = setup();
    expect(() => client.consumer({ topic: "t", from: "soon" as never })).toThrow(InvalidRequestError);
    expect(() => client.consumer({ groupId: "g", topics: [] })).toThrow(InvalidRequestError);
    // The broker refuses these only at the first subscribe, after the join made the group.
    for (const maxWaitMs of [30_001, -1, Number.NaN, 1.5]) expect(() => client.consumer({ groupId: "g", topics: ["t"], maxWaitMs })).toThrow(/maxWaitMs must be an integer in \[0, 30000\]/);
    await client.consumer({ groupId: "g", topics: ["t"], maxWaitMs: 30_000 }).close();
    // On the wire these are unsigned 32-bit numbers: a negative minBytes would reach the broker as a full
    // push's wait, a NaN credit as no credit. Every way of reading checks them when it is made.
    const wrong: [string, number][] = [["minBytes", -1], ["minBytes", 0.5], ["minBytes", 2 ** 32], ["creditBytes", 0], ["creditBytes", Number.NaN], ["creditBytes", -4096], ["maxWaitMs", 60_000]];
    for (const [name, value] of wrong) {
      const pattern = new RegExp(`${name} must be an integer`);
      expect(() => client.consumer({ topic: "t", [name]: value }), `${name} ${value}`).toThrow(pattern);
      expect(() => client.consumer({ groupId: "g", topics: ["t"], [name]: value }), `${name} ${value}`).toThrow(pattern);
      expect(() => client.subscribe("t", { [name]: value, storage: null }), `${name} ${value}`).toThrow(pattern);
    }
    await client.consumer({ topic: "t", minBytes: 0, maxWaitMs: 0, creditBytes: 1 }).close();
    const consumer = client.consumer({ topic: "t" });
    await expect(consumer.seek(0, -1)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(consumer.run({})).rejects.toBeInstanceOf(InvalidRequestError);
    await client.close();
    expect(loads.engine).toBe(0);
  });

  it("a consumer from 'latest' read before a send is in place before the send goes out, though its engine loads later", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 5, 5, 0); // the producer's engine is loaded already; this consumer's is not
    const records = client.consumer({ topic: "t", from: "latest" })[Symbol.asyncIterator]();
    const next = records.next();
    await client.producer({ lingerMs: 0 }).send("t", [{ value: "after", partition: 0 }]);
    const r = (await next).value as ConsumerRecord;
    expect([r.offset, text.decode(r.value!)]).toEqual([5, "after"]);
    await client.close();
  });

  it("reads made before and while the engine loads keep their order and lose nothing; pause and seek made before it apply", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 2);
    await fill(client, "t", 60, 7, 0);
    await fill(client, "t", 40, 9, 1);
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    consumer.pause([1]);
    const seeking = consumer.seek(0, 10);
    const it = consumer[Symbol.asyncIterator]();
    // Made before the engine is there (all in this tick), then more while it loads.
    const early = Array.from({ length: 15 }, () => it.next());
    await seeking;
    const later = Array.from({ length: 15 }, () => it.next());
    const first = (await Promise.all([...early, ...later])).map((r) => r.value as ConsumerRecord);
    expect(loads.engine).toBe(1);
    expect(first.every((r) => r.partition === 0)).toBe(true);
    expect(offsetsOf(first)).toEqual(range(10, 40));
    expect(first.map((r) => Number(text.decode(r.value!)))).toEqual(range(10, 40));
    const rest: ConsumerRecord[] = [];
    for (let i = 40; i < 60; i++) rest.push((await it.next()).value as ConsumerRecord);
    expect(offsetsOf(rest)).toEqual(range(40, 60));
    expect(consumer.position(0)).toBe(60);
    expect(consumer.assignment()).toEqual([0, 1]);
    consumer.resume([1]);
    const one: ConsumerRecord[] = [];
    for (let i = 0; i < 40; i++) one.push((await it.next()).value as ConsumerRecord);
    expect(one.every((r) => r.partition === 1)).toBe(true);
    expect(offsetsOf(one)).toEqual(range(0, 40));
    expect(consumer.metrics().receivedBytes).toBeGreaterThan(0);
    await client.close();
  });

  it("run() called before the engine is there delivers every record in order", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    await fill(client, "t", 30, 4, 0);
    const consumer = client.consumer({ topic: "t", from: "earliest" });
    const seen: number[] = [];
    await consumer.run({
      eachRecord: (r) => {
        seen.push(r.offset);
        if (seen.length === 30) void consumer.close();
      },
    });
    expect(seen).toEqual(range(0, 30));
    await client.close();
  });

  it("a group member's close() called twice resolves both calls and tells its owner once: before its engine, and right after start()", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    // The owner's callback, counted: the client passes its own (forgetting the consumer), so the test makes one.
    const pool = (client as unknown as { pool: ConnectionSource }).pool;
    const member = () => {
      const m = { closedCount: 0, consumer: null as unknown as GroupConsumer };
      m.consumer = new GroupConsumer(pool, { groupId: "g", topics: ["t"] }, () => m.closedCount++);
      return m;
    };
    const idle = member();
    await Promise.all([idle.consumer.close(), idle.consumer.close()]);
    await idle.consumer.close();
    const loading = member();
    const starting = loading.consumer.start();
    await Promise.all([loading.consumer.close(), loading.consumer.close()]);
    await starting.catch(() => {}); // whether the close came before the engine or after it, start() settles
    // (A member that joined closes once already: group-member.ts keeps its close's promise.)
    expect([idle.closedCount, loading.closedCount]).toEqual([1, 1]);
    await client.close();
  });

  it("the engine's errors reach the caller as before: an unknown topic or partition fails start, reads and run", async () => {
    const { broker, client } = setup();
    broker.createTopic("t", 1);
    const unknown = client.consumer({ topic: "nope", from: "earliest" });
    const reading = unknown[Symbol.asyncIterator]().next();
    await expect(unknown.start()).rejects.toBeInstanceOf(UnknownTopicError);
    await expect(reading).rejects.toBeInstanceOf(UnknownTopicError);
    await expect(unknown.run({ eachRecord: () => {} })).rejects.toBeInstanceOf(UnknownTopicError);
    const noPartition = client.consumer({ topic: "t", partitions: [3] });
    await expect(noPartition.start()).rejects.toMatchObject({ code: "UNKNOWN_PARTITION" });
    const one = client.consumer({ topic: "t", partitions: [0] });
    await expect(one.seek(2, 0)).rejects.toMatchObject({ code: "UNKNOWN_PARTITION" });
    await client.close();
  });
});
