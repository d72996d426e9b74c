import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { configDefaults, defineConfig } from "vitest/config";

// One project per runtime: "node" (Node, plus Chromium driven from Node) and "workers" (inside workerd
// through @cloudflare/vitest-pool-workers, with the test Worker of test/workers/wrangler.toml).
// `vitest run` runs both; `vitest run --project node` or `--project workers` runs one.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          // Builds dist/ (the browser bundles the brokers and Workers under test serve) once, first.
          globalSetup: ["test/support/build-bundles.ts"],
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/workers/**"],
        },
      },
      {
        extends: true,
        plugins: [cloudflareTest({ wrangler: { configPath: "./test/workers/wrangler.toml" } })],
        test: {
          name: "workers",
          include: ["test/workers/**/*.test.ts"],
        },
      },
    ],
  },
});
