/**
 * The Node broker as a child process of the test (test/support/broker-child.ts), for tests that must
 * crash it for real (SIGKILL) and still run its retention on demand.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const childPath = fileURLToPath(new URL("./broker-child.ts", import.meta.url));

export interface ForkedBroker {
  url: string;
  port: number;
  /** Runs retention in the broker now (what its timer does when due). */
  enforceRetention(): Promise<void>;
  /** SIGTERM: the broker closes its sockets (close frames) and its files, then exits. */
  stop(): Promise<void>;
  /** SIGKILL: nothing more runs in the broker; the kernel closes its sockets. */
  kill(): Promise<void>;
}

/** @param startMs bound on the start-up (tsx compiles the sources on load); a hang fails instead of stalling. */
export async function forkBroker(dataDir: string, startMs = 30_000): Promise<ForkedBroker> {
  const child: ChildProcess = fork(childPath, [dataDir], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const listening = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker child not listening within ${startMs} ms:\n${stderr}`)), startMs);
    child.on("message", (m: { type: string; url: string; port: number }) => {
      if (m.type !== "listening") return;
      clearTimeout(timer);
      resolve(m);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`broker child exited before listening:\n${stderr}`));
    });
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  child.on("message", (m: { type: string; id: number; error?: string }) => {
    if (m.type !== "done") return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error));
    else w?.resolve();
  });
  void exited.then(() => {
    for (const w of waiting.values()) w.reject(new Error(`broker child exited:\n${stderr}`));
    waiting.clear();
  });
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return {
    ...listening,
    enforceRetention: () =>
      new Promise<void>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        child.send({ type: "retention", id });
      }),
    stop: () => signal("SIGTERM"),
    kill: () => signal("SIGKILL"),
  };
}
