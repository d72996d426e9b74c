// The tracker's browser cases (test/browser/track-cases.ts) against the edge deployment in workerd: the page's
// requests go to the Worker's HTTP route on the workerd port, the records are read back with the Node SDK.
import { describe } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { createToken } from "../../src/core/auth.ts";
import { startEdge } from "../edge/edge-deployment.ts";
import { skipBrowser } from "./chromium.ts";
import { trackerCases } from "./track-cases.ts";

describe.skipIf(skipBrowser)("tracker, edge deployment", () => {
  trackerCases("edge in workerd", async ({ authSecret }) => {
    const edge = await startEdge({ onRuntimeOutput: () => {}, bindings: authSecret ? { EDGELOG_AUTH_SECRET: authSecret } : {} });
    const token = authSecret ? await createToken(authSecret, { sub: "test", admin: ["*"], consume: ["*"] }, 3_600_000) : undefined;
    const client = new Edgelog({ url: edge.url, token });
    return {
      httpUrl: edge.httpUrl,
      client,
      async close() {
        await client.close();
        await edge.stop();
      },
    };
  });
});
