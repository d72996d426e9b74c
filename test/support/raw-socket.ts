/** A plain TCP connection to a broker on loopback, for HTTP requests written by hand (chunked bodies, bodies cut short). */
import { connect, type Socket } from "node:net";

/** Resolves once connected; rejects on the connection's error. */
export function rawSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
}
