// The tracker's browser cases (test/browser/track-cases.ts) against the edge deployment in workerd: the page's
// requests go to the Worker's HTTP route on the workerd port, the records are read back with the Node SDK.
import { describe } from "vitest";
import { skipBrowser } from "./chromium.ts";
import { startEdgeTarget } from "./targets.ts";
import { trackerCases } from "./track-cases.ts";

describe.skipIf(skipBrowser)("tracker, edge deployment", () => {
  trackerCases("edge in workerd", ({ authSecret }) => startEdgeTarget({ authSecret }));
});
