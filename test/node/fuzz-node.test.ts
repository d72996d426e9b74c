// Issue 12's hostile-input property against the Node broker over real sockets (uWebSockets.js on
// loopback), in open mode and with auth on and no token: the same property as the edge's
// (test/fuzz/socket-property.ts). A modest count here; EDGELOG_SOCKET_FUZZ_RUNS raises it (`npm run fuzz`: 5,000).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { createFuzzTopic, socketProperty } from "../fuzz/socket-property.ts";

const runs = Number(process.env.EDGELOG_SOCKET_FUZZ_RUNS ?? 400);
const SECRET = "node-fuzz-secret";
const tempDir = tempDirs("edgelog-fuzz-");

describe.each([
  { mode: "open mode", auth: false },
  { mode: "auth on, sockets without a token", auth: true },
])("the Node broker under hostile sockets ($mode)", ({ auth }) => {
  let server: BrokerServer;
  let adminToken: string | undefined;

  beforeAll(async () => {
    server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {}, ...(auth ? { authSecret: SECRET } : {}) });
    adminToken = await createFuzzTopic(server.url, auth ? SECRET : undefined);
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`${runs} cases: typed answers, never UNKNOWN, answered in time; the broker still produces and fetches`, async () => {
    const report = await socketProperty({ urls: [server.url], partitionUrl: server.url, bootstrapUrl: server.url, runs, anonymous: auth, adminToken });
    console.log(`[fuzz] node ${report.property}: ${report.cases} cases, ${report.answers} answers checked, ${report.ms} ms ${JSON.stringify(report.kinds)}`);
    expect(report.answers).toBeGreaterThan(runs / 2);
  }, 120_000 + runs * 100);
});
