// At the edge the runtime shows no send queue, so credit is what bounds the pushes to a client that stops
// reading: a subscription granted 2^32 - 1 bytes on a partition object holding twice creditBytesMax is pushed
// at most creditBytesMax (plus one batch) before the next answer on its socket, and more only as it grants more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edgeLimits } from "../../src/edge/edge-limits.ts";
import { encodeFrame } from "../../src/protocol/frames.ts";
import { encodeBatch } from "../../src/protocol/record-batch.ts";
import { RawClient } from "../support/raw-client.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

let edge: EdgeDeployment;
const clients: RawClient[] = [];
beforeAll(async () => {
  edge = await startEdge();
}, 60_000);
afterAll(async () => {
  for (const c of clients) await c.close();
  await edge?.stop();
});

const connect = async (url: string) => {
  const c = await RawClient.connect(url);
  clients.push(c);
  return c;
};

describe("the Worker: credit bounds a subscriber that stops reading", () => {
  it("a grant of 2^32 - 1 bytes is cut to creditBytesMax; what is pushed follows the grants", { timeout: 120_000 }, async () => {
    const cap = edgeLimits.creditBytesMax;
    const admin = await connect(edge.url);
    expect((await admin.request({ createTopicRequest: { topic: "credit", partitions: 1 } })).error).toBeFalsy();
    const partitionUrl = edge.url.replace(/\/v1\/ws$/, "/v1/ws/p/credit/0");
    const producer = await connect(partitionUrl);
    // Twice the cap, in batches of ~1.6 MB (a batch is one SQLite row, at most 1.9 MB at the edge).
    const value = "c".repeat(800 * 1024);
    let storedBytes = 0;
    let highWatermark = 0;
    while (storedBytes < 2 * cap) {
      const records = encodeBatch([{ value }, { value }]);
      const answer = await producer.request({ produceRequest: { topic: "credit", partition: 0, records } });
      expect(answer.error).toBeFalsy();
      storedBytes += records.byteLength;
      highWatermark += 2;
    }
    const batchBytes = encodeBatch([{ value }, { value }]).byteLength;

    const sub = await connect(partitionUrl);
    const pushedBytes = () => sub.frames.filter((f) => f.push).reduce((n, f) => n + f.push!.records!.byteLength, 0);
    const subscribed = await sub.request({ subscribeRequest: { topic: "credit", partition: 0, offset: 0, creditBytes: 2 ** 32 - 1 } });
    expect(subscribed.error).toBeFalsy();
    await sub.waitFor(() => pushedBytes() >= cap, 60_000);
    // A round trip on the same socket: what the object would push on this credit has been pushed by its answer.
    await sub.request({ listOffsetsRequest: { topic: "credit", partition: 0, timestamp: -1 } });
    expect(pushedBytes()).toBeLessThanOrEqual(cap + batchBytes);
    expect(pushedBytes()).toBeLessThan(storedBytes);

    // A reader gives back what it read, and gets the rest.
    const id = subscribed.subscribeResponse!.subscriptionId!;
    sub.sendRaw(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: id, creditBytes: pushedBytes() } }));
    await sub.waitFor((f) => !!f.push && f.push.nextOffset === highWatermark, 60_000);
    expect(pushedBytes()).toBe(storedBytes);
  });
});
