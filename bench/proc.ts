/**
 * What the benches read about processes from Linux's /proc: CPU time, resident memory, child processes.
 */
import { readdirSync, readFileSync } from "node:fs";

/** user + system CPU of a process (system only with `systemOnly`), ms (/proc/PID/stat, clock ticks of 10 ms). */
export function cpuMs(pid: number, systemOnly = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((systemOnly ? 0 : Number(fields[11])) + Number(fields[12])) * 10;
}

/** Resident memory of a process, KiB (/proc/PID/status VmRSS). */
export function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]);
}

/** The PIDs of this process's children running `command` (their parent PID in /proc/PID/stat). */
export function childPids(command: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid && comm === command) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
