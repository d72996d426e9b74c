// Bad input against the real uWS broker on loopback: each case gets its typed error frame, the socket
// stays usable where the protocol allows, and records stored before are still there afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { RawClient } from "../support/raw-client.ts";
import { Edgelog } from "../../client/node.ts";

let server: BrokerServer;
let dataDir: string;
let client: RawClient;
const utf8 = new TextDecoder();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "edgelog-bad-"));
  server = await startBroker({ port: 0, dataDir, log: () => {} });
  client = await RawClient.connect(server.url);
  await client.request({ createTopicRequest: { topic: "kept", partitions: 1 } });
  const p = await client.request({ produceRequest: { topic: "kept", partition: 0, records: encodeBatch([{ value: "precious-0" }, { value: "precious-1" }]) } });
  expect(p.error).toBeNull();
});

afterAll(async () => {
  await client.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function storedValues(c: RawClient): Promise<string[]> {
  const f = await c.request({ fetchRequest: { topic: "kept", partition: 0, offset: 0 } });
  return decodeRecords(f.fetchResponse!.records!).map((r) => utf8.decode(r.value!));
}

describe("bad input on the Node broker", () => {
  it("malformed frames get INVALID_REQUEST on correlation id 0 and the socket stays usable", async () => {
    const before = client.frames.length;
    client.sendRaw(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    const err = await client.waitFor((f) => client.frames.indexOf(f) >= before && f.correlationId === 0 && !!f.error);
    expect(err.error!.code).toBe(ErrorCode.INVALID_REQUEST);
    client.sendRaw("not binary");
    await client.waitFor((f) => client.frames.indexOf(f) > client.frames.indexOf(err) && !!f.error);
    expect(await storedValues(client)).toEqual(["precious-0", "precious-1"]);
  });

  it("unknown topic and unknown partition are typed", async () => {
    expect((await client.request({ produceRequest: { topic: "nope", partition: 0, records: encodeBatch([{ value: "x" }]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await client.request({ fetchRequest: { topic: "nope", partition: 0, offset: 0 } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await client.request({ fetchRequest: { topic: "kept", partition: 3, offset: 0 } })).error!.code).toBe(ErrorCode.UNKNOWN_PARTITION);
  });

  it("a record over the 1 MiB default is RECORD_TOO_LARGE and nothing is stored", async () => {
    const big = encodeBatch([{ value: new Uint8Array(1024 * 1024 + 1) }]);
    const r = await client.request({ produceRequest: { topic: "kept", partition: 0, records: big } });
    expect(r.error!.code).toBe(ErrorCode.RECORD_TOO_LARGE);
    const ok = await client.request({ produceRequest: { topic: "kept", partition: 0, records: encodeBatch([{ value: new Uint8Array(1000 * 1000) }]) } });
    expect(ok.error).toBeNull();
    expect((await storedValues(client)).slice(0, 2)).toEqual(["precious-0", "precious-1"]);
  });

  it("a corrupt batch is CORRUPT_BATCH", async () => {
    const b = encodeBatch([{ value: "flip" }]);
    b[b.length - 2] ^= 0x55;
    expect((await client.request({ produceRequest: { topic: "kept", partition: 0, records: b } })).error!.code).toBe(ErrorCode.CORRUPT_BATCH);
  });

  it("offsets out of range are typed for fetch and subscribe", async () => {
    expect((await client.request({ fetchRequest: { topic: "kept", partition: 0, offset: 1_000_000 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect((await client.request({ fetchRequest: { topic: "kept", partition: 0, offset: -5 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect((await client.request({ subscribeRequest: { topic: "kept", partition: 0, offset: 99_999, creditBytes: 100 } })).error!.code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });

  it("producing to a deleted topic is UNKNOWN_TOPIC; a topic of the same name starts empty", async () => {
    await client.request({ createTopicRequest: { topic: "gone", partitions: 2 } });
    await client.request({ produceRequest: { topic: "gone", partition: 1, records: encodeBatch([{ value: "x" }]) } });
    expect((await client.request({ deleteTopicRequest: { topic: "gone" } })).error).toBeNull();
    expect((await client.request({ produceRequest: { topic: "gone", partition: 1, records: encodeBatch([{ value: "y" }]) } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    expect((await client.request({ deleteTopicRequest: { topic: "gone" } })).error!.code).toBe(ErrorCode.UNKNOWN_TOPIC);
    await client.request({ createTopicRequest: { topic: "gone", partitions: 2 } });
    const d = await client.request({ describeTopicRequest: { topic: "gone" } });
    expect(d.describeTopicResponse!.topic!.partitions!.map((p) => p.highWatermark)).toEqual([0, 0]);
  });

  it("a frame over frameBytesMax closes only that socket; others keep working", async () => {
    const victim = await RawClient.connect(server.url);
    victim.sendRaw(new Uint8Array(server.broker.limits.frameBytesMax + 1));
    await new Promise<void>((resolve) => victim.ws.once("close", () => resolve()));
    // uWS drops the connection without a close frame (the client sees 1006) once a frame passes the limit.
    expect([1006, 1009]).toContain(victim.closed!.code);
    expect(await storedValues(client)).toContain("precious-1");
  });

  it("the record size limit is configurable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edgelog-limit-"));
    const small = await startBroker({ port: 0, dataDir: dir, log: () => {}, limits: { recordBytesMax: 100 } });
    try {
      const c = await RawClient.connect(small.url);
      await c.request({ createTopicRequest: { topic: "t" } });
      const hello = await c.request({ helloRequest: { protocolVersion: 1 } });
      expect(hello.helloResponse!.recordBytesMax).toBe(100);
      expect((await c.request({ produceRequest: { topic: "t", partition: 0, records: encodeBatch([{ value: "x".repeat(200) }]) } })).error!.code).toBe(ErrorCode.RECORD_TOO_LARGE);
      await c.close();
    } finally {
      await small.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("topic settings through the SDK", () => {
  it("a 0, a fraction or NaN for a setting is refused (on the wire 0 means the broker's default: retention 0 became 7 days); retention -1 is no bound", async () => {
    const el = new Edgelog({ url: server.url });
    try {
      for (const setting of ["partitions", "retentionMs", "retentionBytes", "segmentBytes", "segmentMs", "replicas", "minInsyncReplicas", "replicaLagMaxMs"]) {
        // A fraction or NaN was cut or read as 0 on the way (partitions 2.7 made 2, NaN 1); -1 only for retention.
        for (const value of [0, Number.NaN, 2.7, ...(setting.startsWith("retention") ? [-2] : [-1])]) {
          await expect(el.admin.createTopic("zero", { [setting]: value }), `${setting} ${value}`).rejects.toThrow(new RegExp(`${setting} must be an integer >= 1 \\(retention: or -1\\), got ${value}`));
        }
      }
      expect(await el.admin.listTopics()).not.toContain("zero");
      const kept = await el.admin.createTopic("keep-all", { retentionMs: -1, retentionBytes: -1 });
      expect([kept.config.retentionMs, kept.config.retentionBytes]).toEqual([-1, -1]);
    } finally {
      await el.close();
    }
  });
});

describe("records through the SDK", () => {
  it("a field of the wrong type is InvalidRequestError on a producer's first send and later ones, and the process goes on; a negative timestamp too", async () => {
    await client.request({ createTopicRequest: { topic: "typed", partitions: 1 } });
    const el = new Edgelog({ url: server.url });
    try {
      const wrong: [unknown, RegExp][] = [
        [{ value: 42 }, /record 0: value must be a string, a Uint8Array or null/],
        [{ value: { a: 1 } }, /record 0: value must be/],
        [{ key: 5, value: "v" }, /record 0: key must be/],
        [{ value: "v", headers: { a: 5 } }, /record 0: header "a" must be a string or a Uint8Array/],
        [{ value: "v", timestampMs: -5 }, /record 0: timestampMs must be an integer >= 0/],
      ];
      for (const [record, message] of wrong) {
        // A fresh producer each time: the first send is the one that waited for the broker's limits.
        const producer = el.producer();
        await expect(producer.send("typed", record as never)).rejects.toThrow(message);
        await expect(producer.send("typed", [{ value: "ok" }, record] as never)).rejects.toThrow(message.source.replace("record 0", "record 1"));
        await producer.close();
      }
      const producer = el.producer();
      expect((await producer.send("typed", { value: "ok" }))[0]!.offset).toBe(0);
      await producer.close();
    } finally {
      await el.close();
    }
  });

  it("a producer option out of range (a negative linger, no batch bytes, no batches in flight) fails every send with InvalidRequestError; nothing is sent", async () => {
    const el = new Edgelog({ url: server.url });
    try {
      for (const [name, value] of [["lingerMs", -1], ["batchBytes", 0], ["maxInFlight", 0], ["deliveryTimeoutMs", 0], ["bufferBytesMax", 1.5], ["retryBackoffMs", Number.NaN]] as const) {
        const producer = el.producer({ [name]: value });
        for (let i = 0; i < 2; i++) await expect(producer.send("typed", { value: "v" }), name).rejects.toThrow(new RegExp(`${name} must be an integer >= \\d, got ${value}`));
        await producer.close();
      }
    } finally {
      await el.close();
    }
  });

  it("a record whose encoded size passes recordBytesMax is RecordTooLargeError before it is sent, though its value alone fits", async () => {
    await client.request({ createTopicRequest: { topic: "near-limit", partitions: 1 } });
    const el = new Edgelog({ url: server.url });
    try {
      const producer = el.producer();
      // 1,048,570 bytes of value: under 1 MiB of content, over it with the record's framing (the broker's count).
      await expect(producer.send("near-limit", { value: new Uint8Array(1024 * 1024 - 6) })).rejects.toMatchObject({ code: "RECORD_TOO_LARGE", message: expect.stringMatching(/encoded/) });
      expect((await producer.send("near-limit", { value: new Uint8Array(1024 * 1024 - 64) }))[0]!.offset).toBe(0);
      await producer.close();
    } finally {
      await el.close();
    }
  });
});

describe("HTTP produce", () => {
  it("POST /v1/topics/:topic/records stores JSON records with keys routed like Kafka, with CORS", async () => {
    await client.request({ createTopicRequest: { topic: "http", partitions: 4 } });
    // As a page of this machine sends it: an open broker on loopback serves pages on localhost (origins.ts).
    const page = "http://localhost:5173";
    const res = await fetch(`${server.httpUrl}/v1/topics/http/records`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: page },
      body: JSON.stringify({ records: [{ key: "user-1", value: { page: "/a" } }, { key: "user-1", value: { page: "/b" } }, { value: "unkeyed", headers: { h: "v" } }] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(page);
    const body = (await res.json()) as { offsets: { partition: number; offset: number }[] };
    expect(body.offsets).toHaveLength(3);
    expect(body.offsets[0]!.partition).toBe(body.offsets[1]!.partition);
    expect(body.offsets[1]!.offset).toBe(body.offsets[0]!.offset + 1);
    const f = await client.request({ fetchRequest: { topic: "http", partition: body.offsets[0]!.partition, offset: 0 } });
    const keyed = decodeRecords(f.fetchResponse!.records!).filter((r) => r.key && utf8.decode(r.key) === "user-1");
    expect(keyed.map((r) => JSON.parse(utf8.decode(r.value!)))).toEqual([{ page: "/a" }, { page: "/b" }]);
    const pre = await fetch(`${server.httpUrl}/v1/topics/http/records`, { method: "OPTIONS" });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("answers bad HTTP input with a status and a typed error body", async () => {
    const post = (topic: string, body: string) => fetch(`${server.httpUrl}/v1/topics/${topic}/records`, { method: "POST", body });
    const cases: [string, string, number, string][] = [
      ["http", "{not json", 400, "INVALID_REQUEST"],
      ["http", JSON.stringify({ records: [] }), 400, "INVALID_REQUEST"],
      ["http", JSON.stringify([{ nope: 1 }]), 400, "INVALID_REQUEST"],
      ["missing", JSON.stringify([{ value: 1 }]), 404, "UNKNOWN_TOPIC"],
      // A name no topic can have: 400 naming the rule, as the CLI and the SDK's createTopic say it.
      ["a%20b", JSON.stringify([{ value: 1 }]), 400, "INVALID_REQUEST"],
      ["caf%C3%A9", JSON.stringify([{ value: 1 }]), 400, "INVALID_REQUEST"],
      ["http", JSON.stringify([{ value: "x".repeat(1024 * 1024 + 10) }]), 413, "RECORD_TOO_LARGE"],
    ];
    for (const [topic, body, status, name] of cases) {
      const res = await post(topic, body);
      expect(res.status, body.slice(0, 40)).toBe(status);
      expect(((await res.json()) as { error: { name: string } }).error.name).toBe(name);
    }
    // The socket's path without an upgrade: 426, as the edge's Worker answers it (it was 404 "no such route").
    const plain = await fetch(`${server.httpUrl}/v1/ws`);
    expect(plain.status).toBe(426);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/WebSocket upgrade/);
  });

  it("GET /v1/metadata names topics as ?topics=a,b or ?topics=a&topics=b", async () => {
    await client.request({ createTopicRequest: { topic: "meta-b", partitions: 2 } });
    for (const query of ["topics=kept,meta-b", "topics=kept&topics=meta-b"]) {
      const res = await fetch(`${server.httpUrl}/v1/metadata?${query}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { topics: { name: string }[] }).topics.map((t) => t.name), query).toEqual(["kept", "meta-b"]);
    }
  });
});
