// The idempotent producer at the edge (the Worker and its Durable Objects in workerd, partitions on SQLite).
// A relay swallows produce answers after a partition object appended them (and cuts that connection)
// thousands of times: with idempotence on, nothing is stored twice, nothing is missing, every record sits at
// the offset its acknowledgement named, in order; with it off the same run stores duplicates. Then workerd
// is stopped and started again on the same SQLite files: the partition object, new in memory, rebuilds its
// producers from its rows, so a batch acknowledged before the stop is not stored twice. HTTP produce with a
// producer id and sequence (a beacon retrying) is checked here too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { Acks } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { httpIdempotentProduce, lostAnswersCases } from "../conformance/idempotence-scenario.ts";
import { RawClient } from "../support/raw-client.ts";
import { runSeed } from "../support/rng.ts";
import { TcpRelay } from "../support/tcp-relay.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const tempDir = tempDirs("edgelog-edge-idempotence-");
/** Lost answers per run; EDGELOG_LOST_ANSWERS raises it. */
const lostAnswers = Number(process.env.EDGELOG_LOST_ANSWERS ?? 2000);
const partitionUrl = (edge: EdgeDeployment, topic: string, partition: number) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/${partition}`);

describe("idempotent producer at the edge: lost answers", () => {
  let edge: EdgeDeployment;
  let relay: TcpRelay;
  const seed = runSeed();
  beforeAll(async () => {
    edge = await startEdge();
    relay = new TcpRelay(Number(new URL(edge.url).port));
    await relay.listen();
  });
  afterAll(async () => {
    await relay?.close();
    await edge?.stop();
  });
  lostAnswersCases("edge", () => ({ directUrl: edge.url, partitionUrl: (t, p) => partitionUrl(edge, t, p), relay }), { lostAnswers, seed, timeoutMs: 600_000 });

  it("HTTP produce with a producer id and sequence: a retried body is stored once", () => httpIdempotentProduce(edge.url, edge.httpUrl, "beacons"));
});

describe("idempotent producer at the edge: state rebuilt from SQLite", () => {
  it("a batch acknowledged before workerd stopped, sent again after it restarted, is answered with its offset and not stored twice", async () => {
    const dir = await tempDir();
    let edge = await startEdge({ persistDir: dir });
    const port = Number(new URL(edge.url).port);
    try {
      let boot = await RawClient.connect(edge.url);
      await boot.request({ createTopicRequest: { topic: "t", partitions: 1 } });
      const { producerId, producerEpoch } = (await boot.request({ initProducerRequest: { producerId: 0, producerEpoch: 0 } })).initProducerResponse!;
      expect(producerId).toBeGreaterThan(0);
      await boot.close();
      const batch = (seq: number, n: number) =>
        encodeBatch(Array.from({ length: n }, (_, i) => ({ value: `s${seq + i}` })), { producerId: producerId!, producerEpoch: producerEpoch!, baseSequence: seq });
      let c = await RawClient.connect(partitionUrl(edge, "t", 0));
      const produce = (records: Uint8Array) => c.request({ produceRequest: { topic: "t", partition: 0, acks: Acks.ACKS_ALL, records } });
      expect((await produce(batch(0, 3))).produceResponse).toMatchObject({ baseOffset: 0 });
      expect((await produce(batch(3, 2))).produceResponse).toMatchObject({ baseOffset: 3 });
      await c.close();
      await edge.stop();

      edge = await startEdge({ persistDir: dir, port });
      c = await RawClient.connect(partitionUrl(edge, "t", 0));
      expect((await produce(batch(3, 2))).produceResponse).toMatchObject({ baseOffset: 3, duplicate: true });
      expect((await produce(batch(0, 3))).produceResponse).toMatchObject({ baseOffset: 0, duplicate: true });
      expect((await produce(batch(6, 1))).error?.code).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE);
      expect((await produce(batch(5, 1))).produceResponse).toMatchObject({ baseOffset: 5 });
      const end = await c.request({ listOffsetsRequest: { topic: "t", partition: 0, timestamp: -1 } });
      expect(end.listOffsetsResponse!.offset).toBe(6);
      await c.close();
    } finally {
      await edge.stop();
    }
  }, 60_000);
});
