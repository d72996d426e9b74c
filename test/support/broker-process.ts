/** Runs the real broker as a child process (`edgelog serve`), for crash and CLI tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = `${repoRoot}bin/edgelog.js`;

export interface BrokerProcess {
  proc: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface BrokerProcessOptions {
  /**
   * A command that runs the broker as its last arguments and execs it, so the broker keeps this process's
   * pid (e.g. `["prlimit", "--nofile=128:128", "--"]` for a low open-file limit).
   */
  launcher?: string[];
  /** Variables added to this process's environment for the broker. */
  env?: Record<string, string>;
}

export async function startBrokerProcess(dataDir: string, extraArgs: string[] = [], port = 0, options: BrokerProcessOptions = {}): Promise<BrokerProcess> {
  const [command, ...launcherArgs] = [...(options.launcher ?? []), process.execPath];
  const proc = spawn(command!, [...launcherArgs, cliPath, "serve", "--port", String(port), "--data-dir", dataDir, ...extraArgs], {
    cwd: repoRoot,
    env: options.env ? { ...process.env, ...options.env } : undefined,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (ws:\/\/\S+\/v1\/ws)/.exec(out);
      if (m) resolve(m[1]!);
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    exited.then((code) => reject(new Error(`broker exited with ${code} before listening:\n${out}`)));
  });
  return {
    proc,
    url,
    port: Number(new URL(url).port),
    output: () => out,
    exited,
    async kill(signal: NodeJS.Signals = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}
