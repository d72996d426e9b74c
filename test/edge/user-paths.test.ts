// User paths on the edge deployment (the Worker and its Durable Objects in workerd via miniflare): the shared
// ones of test/conformance/user-paths.ts (retention overtaking a lagging consumer, a topic deleted and
// re-created under connected clients, 64 partition objects), a client whose partition endpoints are stale
// (the bootstrap socket answers NOT_LEADER for partition requests: the SDK fetches metadata and retries), and
// HTTP bodies too large or cut short.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectionSource } from "../../client/connection.ts";
import { ConnectionPool, Consumer, NodeWebSocket, NotLeaderError, Producer, type Connection } from "../../client/node.ts";
import { edgeLimits } from "../../src/edge/edge-limits.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { send } from "../conformance/http-properties.ts";
import { RawClient } from "../support/raw-client.ts";
import { rawSocket } from "../support/raw-socket.ts";
import {
  listOffsetsOfMissingPartition,
  retentionOvertakesLaggingConsumer,
  sixtyFourPartitions,
  str,
  take,
  topicDeletedAndRecreated,
  within,
} from "../conformance/user-paths.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

let edge: EdgeDeployment;
beforeAll(async () => {
  edge = await startEdge({ onRuntimeOutput: () => {} });
});
afterAll(async () => {
  await edge?.stop();
});

describe("user paths on the edge (shared with the Node broker)", () => {
  for (const mode of ["error", "earliest", "latest"] as const) {
    it(`retention overtakes a lagging live consumer (onOutOfRange '${mode}')`, () => retentionOvertakesLaggingConsumer(edge, mode));
  }
  it("a topic deleted and re-created under a connected producer and consumer", () => topicDeletedAndRecreated(edge));
  it("64 partition objects: keyed records per murmur2, each partition used, one consumer gets all", () => sixtyFourPartitions(edge));
  it("listOffsets of a partition the topic lacks is UNKNOWN_PARTITION (not the bootstrap's NOT_LEADER)", () => listOffsetsOfMissingPartition(edge));
});

describe("stale partition endpoints", () => {
  it("producer and consumers sent to the bootstrap socket get NOT_LEADER, fetch metadata again and carry on", async () => {
    const pool = new ConnectionPool({ url: edge.url, WebSocket: NodeWebSocket as never, reconnect: { initialDelayMs: 10, maxDelayMs: 50 } });
    // Count the NOT_LEADER answers the bootstrap socket gives: the path under test must have been taken.
    let notLeader = 0;
    const bootstrap = pool.bootstrap as Connection & { requestEncoded: Connection["requestEncoded"] };
    const requestEncoded = bootstrap.requestEncoded.bind(bootstrap);
    bootstrap.requestEncoded = (encode, options) =>
      requestEncoded(encode, options).catch((err: unknown) => {
        if (err instanceof NotLeaderError) notLeader++;
        throw err;
      });
    /** The first time a client asks where a partition is, it is told the bootstrap socket: a leader that moved. */
    const staleOnce = (): ConnectionSource => {
      const told = new Set<string>();
      return {
        bootstrap: pool.bootstrap,
        get(endpoint) {
          if (endpoint && !told.has(endpoint)) {
            told.add(endpoint);
            return pool.bootstrap;
          }
          return pool.get(endpoint);
        },
      };
    };
    try {
      await pool.bootstrap.request({ createTopicRequest: { topic: "moved", partitions: 2 } });
      const producer = new Producer(staleOnce(), { lingerMs: 0, retryBackoffMs: 10 });
      const acks = await within(producer.send("moved", [{ value: "a", partition: 0 }, { value: "b", partition: 1 }, { value: "c", partition: 1 }]), "acknowledgements");
      expect(acks.map((a) => [a.partition, a.offset])).toEqual([[0, 0], [1, 0], [1, 1]]);
      expect(notLeader).toBeGreaterThanOrEqual(2);

      // 'earliest' resolves its start position on the partition's endpoint; a numeric offset subscribes there.
      for (const from of ["earliest", 0] as const) {
        const before = notLeader;
        const consumer = new Consumer(staleOnce(), { topic: "moved", from });
        const got = await take(consumer[Symbol.asyncIterator](), 3, `records through stale endpoints (from ${from})`);
        await consumer.close();
        expect(got.map((r) => `${r.partition}@${r.offset}=${str(r.value)}`).sort()).toEqual(["0@0=a", "1@0=b", "1@1=c"]);
        expect(notLeader - before).toBeGreaterThanOrEqual(2);
      }
      await producer.close();
    } finally {
      await pool.close();
    }
  });
});

describe("HTTP bodies at the edge", () => {
  it("413 JSON for a body over the edge's batchBytesMax; a request cut off mid-body stores nothing", async () => {
    const admin = await RawClient.connect(edge.url);
    try {
      expect((await admin.request({ createTopicRequest: { topic: "bodies", partitions: 1 } })).error).toBeNull();
      const big = JSON.stringify({ records: [{ value: "x".repeat(edgeLimits.batchBytesMax) }] });
      const tooLarge = await send(edge.httpUrl, "POST", "/v1/topics/bodies/records", { "content-type": "application/json" }, big);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(tooLarge.text).error).toMatchObject({ code: ErrorCode.RECORD_TOO_LARGE, name: "RECORD_TOO_LARGE" });

      const body = JSON.stringify({ records: Array.from({ length: 200 }, (_, i) => ({ value: `v${i}` })) });
      const port = Number(new URL(edge.httpUrl).port);
      const s = await rawSocket(port);
      const gone = new Promise<void>((resolve) => s.once("close", () => resolve()));
      s.write(`POST /v1/topics/bodies/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      s.write(body.slice(0, body.length >> 1), () => s.destroy());
      await gone;
      const after = await send(edge.httpUrl, "POST", "/v1/topics/bodies/records", {}, '[{"value":"whole"}]');
      expect(after.status, after.text).toBe(200);
      expect(JSON.parse(after.text)).toEqual({ offsets: [{ partition: 0, offset: 0 }] });
      const described = await admin.request({ describeTopicRequest: { topic: "bodies" } });
      expect(described.describeTopicResponse!.topic!.partitions![0]!.highWatermark).toBe(1);
    } finally {
      await admin.close();
    }
  });
});
