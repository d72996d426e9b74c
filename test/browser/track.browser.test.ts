// The tracker (client/track.ts) in Chromium against the real Node broker, the page on another origin (a second
// local server): delivery with ids and page data, history page views, delivery at page close, the offline
// queue through a reload, and a lost answer retried without a second copy (test/browser/track-cases.ts).
import { describe } from "vitest";
import { tempDirs } from "../support/temp-dir.ts";
import { skipBrowser } from "./chromium.ts";
import { startNodeTarget } from "./targets.ts";
import { trackerCases } from "./track-cases.ts";

const newDataDir = tempDirs("edgelog-track-");

describe.skipIf(skipBrowser)("tracker, Node broker", () => {
  trackerCases("Node broker", async ({ authSecret }) => startNodeTarget({ dataDir: await newDataDir(), authSecret }));
});
