// The admin SDK's consumer-group calls (test/conformance/admin-groups-suite.ts) against the edge deployment:
// the Worker in workerd through miniflare, each group's requests sent to the coordinator endpoint that
// metadata names (its GroupDO), the partitions' high watermarks read from their own objects.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminGroupsSuite } from "../conformance/admin-groups-suite.ts";
import { startEdge } from "./edge-deployment.ts";

adminGroupsSuite({
  name: "admin: consumer groups at the edge (workerd via miniflare)",
  async start() {
    const persistDir = await mkdtemp(join(tmpdir(), "edgelog-admin-groups-edge-"));
    const edge = await startEdge({ persistDir });
    return {
      url: edge.url,
      async stop() {
        await edge.stop();
        await rm(persistDir, { recursive: true, force: true });
      },
    };
  },
});
