// The admin SDK's consumer-group calls (test/conformance/admin-groups-suite.ts) against the Node broker:
// uWS on loopback in this process, segment and group files in a temp dir.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBroker } from "../../src/node/broker-server.ts";
import { adminGroupsSuite } from "../conformance/admin-groups-suite.ts";

adminGroupsSuite({
  name: "admin: consumer groups on the Node broker",
  async start() {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-admin-groups-"));
    const server = await startBroker({ port: 0, dataDir, log: () => {} });
    return {
      url: server.url,
      async stop() {
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
});
