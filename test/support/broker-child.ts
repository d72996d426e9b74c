/**
 * The Node broker in a child process of the test, driven over IPC (test/support/node-deployment.ts forks
 * it): a real process, so a test can SIGKILL it (a crash: no close frames, no flush beyond what fsync
 * already made durable), and still reach inside it to run retention on demand, which `edgelog serve`
 * cannot be asked to do.
 *
 * argv: DATA_DIR. Sends { type: "listening", url, port }; answers { type: "retention", id } with
 * { type: "done", id, error? }; exits after a graceful close on SIGTERM, or when the parent goes away.
 */
import { startBroker } from "../../src/node/broker-server.ts";

const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error("usage: fork broker-child.ts DATA_DIR (with an IPC channel)");
const send = (message: object) => process.send!(message);

const server = await startBroker({ port: 0, dataDir, log: () => {}, retentionCheckIntervalMs: 0 });
process.on("message", (m: { type: string; id: number }) => {
  if (m.type !== "retention") return;
  server.broker.enforceRetention().then(
    () => send({ type: "done", id: m.id }),
    (err: Error) => send({ type: "done", id: m.id, error: err.message }),
  );
});
let closing = false;
const close = () => {
  if (closing) return;
  closing = true;
  void server.close().finally(() => process.exit(0));
};
process.on("SIGTERM", close);
// The test process died or dropped us: do not outlive it holding a port and files.
process.on("disconnect", close);
send({ type: "listening", url: server.url, port: server.port });
