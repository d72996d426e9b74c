// Issue 12's hostile-input property at the edge: the session property over real WebSockets to the
// Worker's cluster, partition and group objects in workerd, in open mode and with auth on and no token.
// A modest count here; EDGELOG_SOCKET_FUZZ_RUNS raises it (`npm run fuzz`: 5,000).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFuzzTopic, socketProperty } from "../fuzz/socket-property.ts";
import { TOPIC } from "../fuzz/properties.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";

const runs = Number(process.env.EDGELOG_SOCKET_FUZZ_RUNS ?? 400);
const SECRET = "edge-fuzz-secret";

function routes(edge: EdgeDeployment) {
  const base = edge.url.replace(/\/v1\/ws$/, "");
  const partitionUrl = `${base}/v1/ws/p/${TOPIC}/0`;
  return { partitionUrl, bootstrapUrl: edge.url, urls: [edge.url, partitionUrl, `${base}/v1/ws/p/${TOPIC}/1`, `${base}/v1/ws/g/g`] };
}

describe.each([
  { mode: "open mode", auth: false },
  { mode: "auth on, sockets without a token", auth: true },
])("the Worker under hostile sockets ($mode)", ({ auth }) => {
  let edge: EdgeDeployment;
  let adminToken: string | undefined;

  beforeAll(async () => {
    edge = await startEdge(auth ? { bindings: { EDGELOG_AUTH_SECRET: SECRET } } : {});
    adminToken = await createFuzzTopic(edge.url, auth ? SECRET : undefined);
  });
  afterAll(async () => {
    await edge?.stop();
  });

  it(`${runs} cases: typed answers, never UNKNOWN, answered in time; the objects still produce and fetch`, async () => {
    const report = await socketProperty({ ...routes(edge), runs, anonymous: auth, adminToken });
    console.log(`[fuzz] edge ${report.property}: ${report.cases} cases, ${report.answers} answers checked, ${report.ms} ms ${JSON.stringify(report.kinds)}`);
    expect(report.answers).toBeGreaterThan(runs / 2);
  }, 120_000 + runs * 100);
});
