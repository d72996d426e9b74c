/**
 * vitest globalSetup of the node project: builds the browser bundles into dist/ (scripts/build.js) before any
 * test runs, as `npm run build` does, so the brokers and Workers the tests start serve the current SDK.
 */
// @ts-expect-error scripts/build.js is plain JavaScript without types
import { buildBundles } from "../../scripts/build.js";

export default async function setup(): Promise<void> {
  await buildBundles();
}
