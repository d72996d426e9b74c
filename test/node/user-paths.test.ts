// User paths on the real Node broker (uWS on loopback, segment files): the shared ones of
// test/conformance/user-paths.ts, a broker lost in the middle of produce (a TCP relay that cuts and refuses
// connections), a consumer that stops reading its socket, and HTTP bodies too large, cut short, or sent while
// the broker shuts down or its storage has failed. Waits are on events; assertions on offsets and counts.
import { mkdir } from "node:fs/promises";
import { Agent } from "node:http";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, Edgelog, type RecordMetadata } from "../../client/node.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { encodeFrame } from "../../src/protocol/frames.ts";
import { limits as defaultLimits } from "../../src/protocol/limits.ts";
import { send } from "../conformance/http-properties.ts";
import {
  listOffsetsOfMissingPartition,
  retentionOvertakesLaggingConsumer,
  sixtyFourPartitions,
  str,
  take,
  topicDeletedAndRecreated,
  within,
} from "../conformance/user-paths.ts";
import { Progress } from "../support/progress.ts";
import { RawClient } from "../support/raw-client.ts";
import { rawSocket } from "../support/raw-socket.ts";
import { tempDirs } from "../support/temp-dir.ts";

const MiB = 1024 * 1024;
const tempDir = tempDirs("edgelog-user-paths-");

describe("user paths on the Node broker (shared with the edge)", () => {
  let server: BrokerServer;
  beforeAll(async () => {
    server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {}, retentionCheckIntervalMs: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });
  const deployment = () => ({
    url: server.url,
    enforceRetention: async () => {
      await server.broker.enforceRetention();
    },
  });

  for (const mode of ["error", "earliest", "latest"] as const) {
    it(`retention overtakes a lagging live consumer (onOutOfRange '${mode}')`, () => retentionOvertakesLaggingConsumer(deployment(), mode));
  }
  it("a topic deleted and re-created under a connected producer and consumer", () => topicDeletedAndRecreated(deployment()));
  it("64 partitions: keyed records per murmur2, each partition used, one consumer gets all", () => sixtyFourPartitions(deployment()));
  it("listOffsets of a partition the topic lacks is UNKNOWN_PARTITION", () => listOffsetsOfMissingPartition(deployment()));
});

/**
 * Between the SDK and the broker: forwards connections, or (refusing) resets each one as it is accepted, as a
 * broker that is down would. Counts accepted connections, so tests bound reconnect attempts, not time.
 */
class CutRelay {
  port = 0;
  attempts = 0;
  refusing = false;
  readonly progress = new Progress();
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  get url(): string {
    return `ws://127.0.0.1:${this.port}/v1/ws`;
  }

  async listen(): Promise<void> {
    const server = createServer((down) => {
      this.attempts++;
      this.progress.poke();
      if (this.refusing) {
        down.resetAndDestroy();
        return;
      }
      const up = connect(this.targetPort, "127.0.0.1");
      this.sockets.add(down).add(up);
      const drop = () => {
        down.destroy();
        up.destroy();
        this.sockets.delete(down);
        this.sockets.delete(up);
      };
      down.on("error", drop).on("close", drop);
      up.on("error", drop).on("close", drop);
      down.pipe(up).pipe(down);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  /** The broker is gone: open links die with a reset, new ones are reset as they come. */
  lose(): void {
    this.refusing = true;
    for (const s of [...this.sockets]) s.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.refusing = false;
  }

  async close(): Promise<void> {
    this.lose();
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

describe("a broker lost in the middle of produce", () => {
  let server: BrokerServer;
  let relay: CutRelay;
  let client: Edgelog;
  beforeAll(async () => {
    server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {} });
    relay = new CutRelay(server.port);
    await relay.listen();
    // Reconnects every 10-20 ms, so a lost broker costs many counted attempts within a delivery timeout.
    client = new Edgelog({ url: relay.url, reconnect: { initialDelayMs: 10, maxDelayMs: 20 } });
  });
  afterAll(async () => {
    await client?.close();
    await relay?.close();
    await server?.close();
  });
  afterEach(() => relay.restore());

  it("sends fail with a retriable ConnectionError after deliveryTimeoutMs, retried until then; sends parked behind bufferBytesMax count from their send() too", async () => {
    await client.admin.createTopic("lost", { partitions: 1 });
    const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000, retryBackoffMs: 10, bufferBytesMax: 4096 });
    expect((await producer.send("lost", { value: "before" }))[0]!.offset).toBe(0);

    relay.lose();
    const lostAt = relay.attempts;
    // The first call fills the buffer (5 KB > bufferBytesMax): the next four wait for room, in order.
    const values = ["A", "B", "C", "D", "E"].map((name) => name.padEnd(5000, "."));
    const outcomes = values.map((value) =>
      producer.send("lost", { value }).then(
        () => ({ error: null as unknown, attempts: relay.attempts - lostAt }),
        (error: unknown) => ({ error, attempts: relay.attempts - lostAt }),
      ),
    );
    const settled = await within(Promise.all(outcomes), "settlement of the five sends");
    for (const { error } of settled) {
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ code: "CONNECTION", retriable: true });
    }
    // Not before the timeout: the first send was retried over several refused reconnects before it failed.
    expect(settled[0]!.attempts).toBeGreaterThanOrEqual(3);
    // The parked ones do not each wait a delivery timeout of their own once they get buffer room: each fails
    // at its first refused attempt (deliveryTimeoutMs counts from send()), not after a second timeout apiece.
    expect(settled[4]!.attempts - settled[0]!.attempts).toBeLessThanOrEqual(values.length + 1);
  });

  it("the broker back within deliveryTimeoutMs: every send resolves and each record is stored once, in send order", async () => {
    await client.admin.createTopic("back", { partitions: 1 });
    const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 60_000, retryBackoffMs: 10, bufferBytesMax: 4096 });
    expect((await producer.send("back", { value: "before" }))[0]!.offset).toBe(0);

    // Lost while nothing is in flight, so no request can have reached the broker unanswered (no duplicates).
    relay.lose();
    const lostAt = relay.attempts;
    const values = ["A", "B", "C", "D"].map((name) => name.padEnd(5000, "."));
    let settledCount = 0;
    const acks = values.map((value) => producer.send("back", { value }).finally(() => settledCount++));
    await relay.progress.until(() => relay.attempts >= lostAt + 5, "five refused reconnects");
    expect(settledCount).toBe(0); // still retrying: the delivery timeout is far off
    relay.restore();
    const results: RecordMetadata[] = (await within(Promise.all(acks), "acknowledgements after the broker came back")).map((r) => r[0]!);
    // Parked calls went out after the earlier ones: offsets follow send order.
    expect(results.map((r) => r.offset)).toEqual([1, 2, 3, 4]);

    const consumer = client.consumer({ topic: "back", from: "earliest" });
    const stored = await take(consumer[Symbol.asyncIterator](), 5, "the five records stored");
    await consumer.close();
    expect(stored.map((r) => str(r.value))).toEqual(["before", ...values]);
    expect(stored.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect((await client.admin.describeTopic("back")).partitions[0]!.highWatermark).toBe(5);
  });
});

describe("a consumer that stops reading its socket", () => {
  it("the broker stops pushing at sendQueueBytesMax, holds its requests, closes the socket once stalled, and other clients carry on", async () => {
    const sendQueueBytesMax = 1 * MiB;
    const lines: string[] = [];
    const logged = new Progress();
    let nowMs = Date.now();
    const server = await startBroker({
      port: 0,
      dataDir: await tempDir(),
      limits: { sendQueueBytesMax },
      // The broker's clock moves only when the test says, and the test runs the stall check itself.
      clock: () => nowMs,
      stallCheckIntervalMs: 0,
      log: (line) => {
        lines.push(line);
        logged.poke();
      },
    });
    const client = new Edgelog({ url: server.url });
    const slow = await RawClient.connect(server.url);
    try {
      await client.admin.createTopic("firehose", { partitions: 1 });
      const healthy = client.consumer({ topic: "firehose", from: "earliest" });
      await healthy.start();
      const received = new Progress();
      let healthyCount = 0;
      const reading = healthy.run({
        eachBatch: ({ records }) => {
          healthyCount += records.length;
          received.poke();
        },
      });
      // Credit for everything, then the client stops reading: only the broker's own bound can stop it.
      const subscribed = await slow.request({ subscribeRequest: { topic: "firehose", partition: 0, offset: 0, creditBytes: 2 ** 32 - 1 } });
      expect(subscribed.error).toBeNull();
      (slow.ws as unknown as { _socket: Socket })._socket.pause();

      // 32 MiB in batches of at most 64 KiB: far more than the kernel's socket buffers and the broker's bound.
      const producer = client.producer({ lingerMs: 0, batchBytes: 64 * 1024 });
      const value = "x".repeat(1000);
      const recordCount = 32 * 1024;
      for (let i = 0; i < 32; i++) await producer.send("firehose", Array.from({ length: 1024 }, () => ({ value })));
      await received.until(() => healthyCount === recordCount, () => `the healthy consumer's ${recordCount} records (it has ${healthyCount})`);

      // Everything was appended and pushed to the healthy consumer; the slow one's pushes stopped at the bound
      // (a read in flight may add one push of at most pushBytesMax, batches being smaller than that).
      expect(server.connectionCount()).toBe(2);
      const queued = server.sendQueueBytes();
      expect(queued).toBeGreaterThan(0);
      expect(queued).toBeLessThanOrEqual(sendQueueBytesMax + defaultLimits.pushBytesMax);

      // Requests still reach the broker but wait (its queue is over the bound): no 8 MiB answer is read for them.
      for (let i = 0; i < 8; i++) {
        slow.sendRaw(encodeFrame({ correlationId: 100 + i, fetchRequest: { topic: "firehose", partition: 0, offset: 0, maxBytes: 8 * MiB } }));
      }
      await producer.send("firehose", { value: "a round trip after the fetches" });
      await received.until(() => healthyCount === recordCount + 1, "the record produced after the fetches");
      expect(server.sendQueueBytes()).toBeLessThanOrEqual(sendQueueBytesMax + defaultLimits.pushBytesMax);
      // Nothing drains from it: once stalledSendMsMax has passed on the broker's clock, it is closed.
      expect(server.closeStalledSockets()).toBe(0); // seen over the bound
      nowMs += defaultLimits.stalledSendMsMax - 1;
      expect(server.closeStalledSockets()).toBe(0);
      nowMs += 1;
      expect(server.closeStalledSockets()).toBe(1);
      expect(lines.some((l) => /closed 1 socket\(s\) that stopped reading/.test(l))).toBe(true);
      expect(server.connectionCount()).toBe(1);
      expect(server.sendQueueBytes()).toBeLessThan(sendQueueBytesMax);
      const closed = new Promise<void>((resolve) => slow.ws.once("close", () => resolve()));
      (slow.ws as unknown as { _socket: Socket })._socket.resume();
      await within(closed, "the slow client seeing its socket closed");
      // What reached it were pushes the kernel already held, never the answers past the cap.
      expect(slow.frames.filter((f) => f.fetchResponse).length).toBeLessThan(8);

      // The others never noticed.
      await producer.send("firehose", { value: "after" });
      await received.until(() => healthyCount === recordCount + 2, "the record produced after the close");
      await healthy.close();
      await reading;
    } finally {
      await slow.close();
      await client.close();
      await server.close();
    }
  });
});

describe("HTTP bodies and answers", () => {
  it("413 for a body over batchBytesMax, declared or chunked, nothing stored, and the connection serves the next request", async () => {
    const batchBytesMax = 64 * 1024;
    const server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {}, limits: { batchBytesMax } });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await server.broker.createTopic("t", 1);
      const big = JSON.stringify({ records: [{ value: "x".repeat(batchBytesMax) }] });
      const declared = await send(server.httpUrl, "POST", "/v1/topics/t/records", { "content-type": "application/json" }, big, agent);
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.text).error).toMatchObject({ code: ErrorCode.RECORD_TOO_LARGE, name: "RECORD_TOO_LARGE" });
      // The same connection (keep-alive, one socket) answers the next request.
      expect((await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":"small"}]', agent)).status).toBe(200);

      // Chunked: no length to refuse up front; refused once the chunks pass the bound.
      const s = await rawSocket(server.port);
      let answer = "";
      s.setEncoding("utf8").on("data", (c: string) => (answer += c));
      const answered = new Promise<void>((resolve) => s.on("data", () => /\r\n\r\n[\s\S]*\}$/.test(answer) && resolve()));
      s.write("POST /v1/topics/t/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      for (const part of [big.slice(0, 40_000), big.slice(40_000)]) s.write(`${part.length.toString(16)}\r\n${part}\r\n`);
      s.write("0\r\n\r\n");
      await within(answered, "an answer to the chunked body");
      s.destroy();
      expect(answer).toMatch(/^HTTP\/1\.1 413/);
      expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).error.code).toBe(ErrorCode.RECORD_TOO_LARGE);
      expect(server.broker.partition("t", 0).highWatermark).toBe(1); // only "small"
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it("a request cut off mid-body stores nothing and the broker carries on serving", async () => {
    const lines: string[] = [];
    const server = await startBroker({ port: 0, dataDir: await tempDir(), log: (l) => lines.push(l) });
    try {
      await server.broker.createTopic("t", 1);
      const body = JSON.stringify({ records: Array.from({ length: 200 }, (_, i) => ({ value: `v${i}` })) });
      const s = await rawSocket(server.port);
      const gone = new Promise<void>((resolve) => s.once("close", () => resolve()));
      s.write(`POST /v1/topics/t/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      // Half the declared length, then the client is gone (written first, so the broker reads the half).
      s.write(body.slice(0, body.length >> 1), () => s.destroy());
      await gone;
      const after = await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":"whole"}]');
      expect(after.status).toBe(200);
      expect(JSON.parse(after.text)).toEqual({ offsets: [{ partition: 0, offset: 0 }] }); // the cut request took no offset
      expect(server.broker.partition("t", 0).highWatermark).toBe(1);
      expect((await send(server.httpUrl, "GET", "/v1/health", {}, null)).status).toBe(200);
      expect(lines.filter((l) => /fail|http /i.test(l))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("503 JSON SHUTTING_DOWN once close() has begun, on a connection that was open before", async () => {
    const server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {} });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await server.broker.createTopic("t", 1);
      expect((await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":1}]', agent)).status).toBe(200);
      const closing = server.close(); // not awaited: requests below arrive while, then after, it runs
      const during = await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":2}]', agent);
      await closing;
      const after = await Promise.all([
        send(server.httpUrl, "POST", "/v1/topics/t/records", {}, '[{"value":3}]', agent),
        send(server.httpUrl, "GET", "/v1/health", {}, null, agent),
        send(server.httpUrl, "GET", "/v1/metadata?topics=t", {}, null, agent),
        send(server.httpUrl, "GET", "/v1/metadata", {}, null, agent),
      ]);
      for (const a of [during, ...after]) {
        expect(a.status, a.text).toBe(503);
        expect(a.headers["content-type"]).toBe("application/json");
        expect(JSON.parse(a.text).error).toMatchObject({ code: ErrorCode.SHUTTING_DOWN, name: "SHUTTING_DOWN" });
      }
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it("503 JSON STORAGE_ERROR for a produce into a partition whose storage failed", async () => {
    const dataDir = await tempDir();
    const lines: string[] = [];
    const server = await startBroker({ port: 0, dataDir, log: (l) => lines.push(l) });
    try {
      await server.broker.createTopic("t", 1, { segmentBytes: 1024 });
      const record = JSON.stringify([{ value: "x".repeat(900) }]);
      expect((await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, record)).status).toBe(200);
      // The next append rolls to a segment at offset 1: a directory in the way of its file fails the roll.
      await mkdir(join(dataDir, "t", "0", `${"1".padStart(20, "0")}.log`));
      for (let i = 0; i < 2; i++) {
        const a = await send(server.httpUrl, "POST", "/v1/topics/t/records", {}, record);
        expect(a.status, a.text).toBe(503);
        expect(a.headers["content-type"]).toBe("application/json");
        const error = JSON.parse(a.text).error;
        expect(error).toMatchObject({ code: ErrorCode.STORAGE_ERROR, name: "STORAGE_ERROR" });
        expect(error.message).not.toContain(dataDir); // paths stay in the log
      }
      expect(lines.join("\n")).toMatch(/t-0: create segment 0+1\.log failed/);
      expect((await send(server.httpUrl, "GET", "/v1/health", {}, null)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
