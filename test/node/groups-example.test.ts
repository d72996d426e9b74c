// The README's consumer-group example runs as written (examples/groups.ts as a child process against a
// broker): two members split the topic and read each record once between them, and after they close, a
// third member of the group reads only what came after their commits.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { repoRoot } from "../support/broker-process.ts";

it("examples/groups.ts: two members split a topic, a third resumes after their commits", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-groups-example-"));
  const server = await startBroker({ port: 0, dataDir, log: () => {} });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "examples/groups.ts"], {
      cwd: repoRoot,
      env: { ...process.env, EDGELOG_URL: `ws://127.0.0.1:${server.port}` },
      timeout: 30_000,
    });
    const lines = stdout.trim().split("\n");
    const reads = (who: string) => lines.filter((l) => l.startsWith(`${who} read `)).map((l) => l.split(" ").at(-1));
    expect(lines).toContain("a got partitions 0,1,2,3");
    expect(lines.filter((l) => l.startsWith("b got partitions")).map((l) => l.split(" ").at(-1)!.split(",").length)).toEqual([2]);
    expect([...reads("a"), ...reads("b")].sort()).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
    expect(reads("c").sort()).toEqual(["8", "9"]);
    expect(lines.at(-1)).toMatch(/^committed( \d:\d+){4}$/);
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
