// The README's quickstart runs as written (examples/quickstart.ts as a child process against a broker).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { repoRoot } from "../support/broker-process.ts";

it("examples/quickstart.ts produces and consumes three records", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-example-"));
  const server = await startBroker({ port: 0, dataDir, log: () => {} });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
      cwd: repoRoot,
      env: { ...process.env, EDGELOG_URL: `ws://127.0.0.1:${server.port}` },
      timeout: 30_000,
    });
    expect(stdout).toMatch(/stored at \d:0 \d:\d \d:\d/);
    expect(stdout.match(/page \/(home|docs|pricing)/g)).toHaveLength(3);
    expect(stdout.indexOf("page /home")).toBeLessThan(stdout.indexOf("page /pricing"));
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
