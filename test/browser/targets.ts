/**
 * The deployments the page-level browser cases (demo, tracker) run against: the Node broker or the edge
 * deployment in workerd, each with a Node SDK client of it to read back what the pages wrote.
 */
import { Edgelog } from "../../client/node.ts";
import { createToken } from "../../src/core/auth.ts";
import { startBroker } from "../../src/node/broker-server.ts";
import { startEdge } from "../edge/edge-deployment.ts";

export interface BrowserTarget {
  /** The broker's HTTP base, http://127.0.0.1:PORT (what the pages get as ?broker=). */
  httpUrl: string;
  /** A Node SDK client of the same broker; with auth on, an admin and consumer of every topic. */
  client: Edgelog;
  close(): Promise<void>;
}

/** With auth on, a token for the Node SDK client that reads back what the pages wrote. */
async function clientToken(authSecret: string | undefined): Promise<string | undefined> {
  return authSecret ? await createToken(authSecret, { sub: "test", admin: ["*"], consume: ["*"] }, 3_600_000) : undefined;
}

/** The Node broker on port 0 over `dataDir` (the caller removes it); auth on when `authSecret` is given. */
export async function startNodeTarget(opts: { dataDir: string; authSecret?: string }): Promise<BrowserTarget> {
  const server = await startBroker({ port: 0, dataDir: opts.dataDir, log: () => {}, authSecret: opts.authSecret });
  const client = new Edgelog({ url: server.url, token: await clientToken(opts.authSecret) });
  return {
    httpUrl: server.httpUrl,
    client,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/** The edge deployment in workerd, its output discarded; auth on when `authSecret` is given. */
export async function startEdgeTarget(opts: { authSecret?: string } = {}): Promise<BrowserTarget> {
  const edge = await startEdge({ onRuntimeOutput: () => {}, bindings: opts.authSecret ? { EDGELOG_AUTH_SECRET: opts.authSecret } : {} });
  const client = new Edgelog({ url: edge.url, token: await clientToken(opts.authSecret) });
  return {
    httpUrl: edge.httpUrl,
    client,
    async close() {
      await client.close();
      await edge.stop();
    },
  };
}
