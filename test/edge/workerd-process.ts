/**
 * Finds the workerd process miniflare spawned, so a test can SIGKILL it (a crash of the runtime, where
 * miniflare's dispose() would be a clean stop). Miniflare keeps its ChildProcess private; /proc names it.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Pids of this process's children named workerd. */
export function workerdChildren(): Set<number> {
  const found = new Set<number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid ...": comm may hold spaces or parentheses, so split after the last ")".
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (comm === "workerd" && ppid === process.pid) found.add(Number(entry));
  }
  return found;
}

/** Runs `start` and returns what it returned with the pid of the one workerd child it spawned. */
export async function withWorkerdPid<T>(start: () => Promise<T>): Promise<{ value: T; pid: number }> {
  const before = workerdChildren();
  const value = await start();
  const spawned = [...workerdChildren()].filter((pid) => !before.has(pid));
  if (spawned.length !== 1) throw new Error(`expected one new workerd child of ${process.pid}, found ${spawned.length}`);
  return { value, pid: spawned[0]! };
}
