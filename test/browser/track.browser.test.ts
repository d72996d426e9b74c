// The tracker (client/track.ts) in Chromium against the real Node broker, the page on another origin (a second
// local server): delivery with ids and page data, history page views, delivery at page close, the offline
// queue through a reload, and a lost answer retried without a second copy (test/browser/track-cases.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { createToken } from "../../src/core/auth.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { skipBrowser } from "./chromium.ts";
import { trackerCases } from "./track-cases.ts";

describe.skipIf(skipBrowser)("tracker, Node broker", () => {
  trackerCases("Node broker", async ({ authSecret }) => {
    const dataDir = await mkdtemp(join(tmpdir(), "edgelog-track-"));
    const server = await startBroker({ port: 0, dataDir, log: () => {}, authSecret });
    const token = authSecret ? await createToken(authSecret, { sub: "test", admin: ["*"], consume: ["*"] }, 3_600_000) : undefined;
    const client = new Edgelog({ url: server.url, token });
    return {
      httpUrl: server.httpUrl,
      client,
      async close() {
        await client.close();
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });
});
