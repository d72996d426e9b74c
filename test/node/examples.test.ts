// The README's examples run as written (examples/*.ts as child processes against a broker): the quickstart
// produces and consumes; in the consumer-group example two members split the topic and read each record
// once between them, and after they close, a third member of the group reads only what came after their commits.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { startBroker } from "../../src/node/broker-server.ts";
import { repoRoot } from "../support/broker-process.ts";

/** Runs one example against a fresh broker and returns what it printed. */
async function runExample(path: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-example-"));
  const server = await startBroker({ port: 0, dataDir, log: () => {} });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path], {
      cwd: repoRoot,
      env: { ...process.env, EDGELOG_URL: `ws://127.0.0.1:${server.port}` },
      timeout: 30_000,
    });
    return stdout;
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

it("examples/quickstart.ts produces and consumes three records", async () => {
  const stdout = await runExample("examples/quickstart.ts");
  expect(stdout).toMatch(/stored at \d:0 \d:\d \d:\d/);
  expect(stdout.match(/page \/(home|docs|pricing)/g)).toHaveLength(3);
  expect(stdout.indexOf("page /home")).toBeLessThan(stdout.indexOf("page /pricing"));
});

it("examples/groups.ts: two members split a topic, a third resumes after their commits", async () => {
  const lines = (await runExample("examples/groups.ts")).trim().split("\n");
  const reads = (who: string) => lines.filter((l) => l.startsWith(`${who} read `)).map((l) => l.split(" ").at(-1));
  expect(lines).toContain("a got partitions 0,1,2,3");
  expect(lines.filter((l) => l.startsWith("b got partitions")).map((l) => l.split(" ").at(-1)!.split(",").length)).toEqual([2]);
  expect([...reads("a"), ...reads("b")].sort()).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
  expect(reads("c").sort()).toEqual(["8", "9"]);
  expect(lines.at(-1)).toMatch(/^committed( \d:\d+){4}$/);
});
