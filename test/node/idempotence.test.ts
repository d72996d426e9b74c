// The idempotent producer on the Node broker (uWS on loopback, segment files). A relay swallows produce
// answers after the broker appended them (and cuts the connection) thousands of times: with idempotence on,
// nothing is stored twice, nothing is missing, every record sits at the offset its acknowledgement named, in
// order; with it off the same run stores duplicates. Then the broker process is SIGKILLed and restarted on
// its data: a batch acknowledged before the kill, sent again, is recognised from the log and not stored twice.
// HTTP produce with a producer id and sequence (a beacon retrying) is checked here too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { Acks } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { httpIdempotentProduce, lostAnswersCases } from "../conformance/idempotence-scenario.ts";
import { startBrokerProcess } from "../support/broker-process.ts";
import { RawClient } from "../support/raw-client.ts";
import { runSeed } from "../support/rng.ts";
import { TcpRelay } from "../support/tcp-relay.ts";
import { tempDirs } from "../support/temp-dir.ts";

const tempDir = tempDirs("edgelog-idempotence-");
/** Lost answers per run; EDGELOG_LOST_ANSWERS raises it. */
const lostAnswers = Number(process.env.EDGELOG_LOST_ANSWERS ?? 2000);

describe("idempotent producer on the Node broker: lost answers", () => {
  let server: BrokerServer;
  let relay: TcpRelay;
  const seed = runSeed();
  beforeAll(async () => {
    server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {}, retentionCheckIntervalMs: 0 });
    relay = new TcpRelay(server.port);
    await relay.listen();
  });
  afterAll(async () => {
    await relay?.close();
    await server?.close();
  });
  lostAnswersCases("node", () => ({ directUrl: server.url, partitionUrl: () => server.url, relay }), { lostAnswers, seed, timeoutMs: 300_000 });

  it("HTTP produce with a producer id and sequence: a retried body is stored once", () => httpIdempotentProduce(server.url, server.httpUrl, "beacons"));
});

describe("idempotent producer on the Node broker: state rebuilt after a crash", () => {
  it("a batch acknowledged before SIGKILL, sent again after the restart, is answered with its offset and not stored twice", async () => {
    const dataDir = await tempDir();
    let broker = await startBrokerProcess(dataDir);
    try {
      let c = await RawClient.connect(broker.url);
      await c.request({ createTopicRequest: { topic: "t", partitions: 1 } });
      const init = await c.request({ initProducerRequest: { producerId: 0, producerEpoch: 0 } });
      const { producerId, producerEpoch } = init.initProducerResponse!;
      expect(producerId).toBeGreaterThan(0);
      const batch = (seq: number, n: number) =>
        encodeBatch(Array.from({ length: n }, (_, i) => ({ value: `s${seq + i}` })), { producerId: producerId!, producerEpoch: producerEpoch!, baseSequence: seq });
      const produce = (records: Uint8Array) => c.request({ produceRequest: { topic: "t", partition: 0, acks: Acks.ACKS_ALL, records } });
      expect((await produce(batch(0, 3))).produceResponse).toMatchObject({ baseOffset: 0 });
      expect((await produce(batch(3, 2))).produceResponse).toMatchObject({ baseOffset: 3 });
      await broker.kill("SIGKILL");
      await c.close();

      broker = await startBrokerProcess(dataDir);
      c = await RawClient.connect(broker.url);
      const again = await produce(batch(3, 2));
      expect(again.produceResponse).toMatchObject({ baseOffset: 3, duplicate: true });
      const older = await produce(batch(0, 3));
      expect(older.produceResponse).toMatchObject({ baseOffset: 0, duplicate: true });
      expect((await produce(batch(6, 1))).error?.code).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE);
      expect((await produce(batch(5, 1))).produceResponse).toMatchObject({ baseOffset: 5 });
      // The next epoch of the same id starts at sequence 0 and fences the older one.
      const bumped = (await c.request({ initProducerRequest: { producerId, producerEpoch } })).initProducerResponse!;
      expect(bumped).toMatchObject({ producerId, producerEpoch: producerEpoch! + 1 });
      const next = encodeBatch([{ value: "e1" }], { producerId: producerId!, producerEpoch: bumped.producerEpoch!, baseSequence: 0 });
      expect((await produce(next)).produceResponse).toMatchObject({ baseOffset: 6 });
      expect((await produce(batch(6, 1))).error?.code).toBe(ErrorCode.FENCED);
      const end = await c.request({ listOffsetsRequest: { topic: "t", partition: 0, timestamp: -1 } });
      expect(end.listOffsetsResponse!.offset).toBe(7);
      await c.close();
    } finally {
      await broker.kill("SIGKILL");
    }
  }, 60_000);
});
