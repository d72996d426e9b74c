// Quotas and bounds at the edge (issue 12): the shared suite (test/conformance/limits-suite.ts) against the
// Worker in workerd with EDGELOG_AUTH_SECRET and tiny quotas from the Worker var EDGELOG_QUOTAS, plus what
// only the edge has: each Durable Object counts its own sockets, so a principal's bounds are per object.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/core/auth.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { limits } from "../../src/protocol/limits.ts";
import { edgeLimits } from "../../src/edge/edge-limits.ts";
import { PROTOCOL_VERSION } from "../../src/protocol/frames.ts";
import { limitsSuite, testQuotas, type LimitsDeployment } from "../conformance/limits-suite.ts";
import { RawClient } from "../support/raw-client.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const secret = "edge-limits-secret-of-at-least-32-bytes";
let edge: EdgeDeployment;
const clients: RawClient[] = [];
let deployment: LimitsDeployment;
const partitionUrl = (topic: string) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/0`);

beforeAll(async () => {
  edge = await startEdge({ bindings: { EDGELOG_AUTH_SECRET: secret, EDGELOG_QUOTAS: JSON.stringify(testQuotas) } });
  const c = await RawClient.connect(edge.url);
  clients.push(c);
  await c.request({ helloRequest: { protocolVersion: PROTOCOL_VERSION, token: await createToken(secret, { sub: "root", admin: ["*"] }, 3_600_000) } });
  for (const topic of ["t", "p", "q"]) expect((await c.request({ createTopicRequest: { topic, partitions: 1 } })).error).toBeFalsy();
  deployment = {
    url: edge.url,
    httpUrl: edge.httpUrl,
    secret,
    partitionUrl,
    groupUrl: (group) => edge.url.replace(/\/v1\/ws$/, `/v1/ws/g/${group}`),
    subscriptionsPerConnectionMax: edgeLimits.subscriptionsPerConnectionMax,
    partitionsPerRequestMax: limits.partitionsPerRequestMax,
    metadataTopicsMax: limits.metadataTopicsMax,
    clients,
  };
}, 60_000);
afterAll(async () => {
  for (const c of clients) await c.close();
  await edge?.stop();
});

limitsSuite(() => deployment);

describe("the Worker: a principal's bounds are per object", () => {
  it("a principal at its connection bound on one partition object still connects to another", async () => {
    const tok = await createToken(secret, { sub: "per-object", consume: ["t", "p"] }, 3_600_000);
    const hello = { helloRequest: { protocolVersion: PROTOCOL_VERSION, token: tok } };
    const answers: number[] = [];
    for (const url of [partitionUrl("t"), partitionUrl("t"), partitionUrl("t"), partitionUrl("p")]) {
      const c = await RawClient.connect(url);
      clients.push(c);
      answers.push((await c.request(hello)).error?.code ?? 0);
    }
    expect(answers).toEqual([0, 0, ErrorCode.LIMIT_EXCEEDED, 0]);
  });
});
