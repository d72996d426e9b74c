// The SDK conformance suite (test/conformance/sdk-suite.ts) against the edge deployment: the Worker and
// its Durable Objects in workerd through miniflare, on loopback. The same cases run against the Node broker.
import { sdkConformanceSuite } from "../conformance/sdk-suite.ts";
import { startEdge } from "./edge-deployment.ts";

sdkConformanceSuite("edge (workerd via miniflare)", () => startEdge());
