// The SDK's heartbeat: an idle socket sends "ping" and the real broker's "pong" keeps it open; a peer that
// never answers is dropped after twice the heartbeat and the client reconnects by itself.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { Edgelog } from "../../client/node.ts";
import { startBroker } from "../../src/node/broker-server.ts";

it("keeps an idle socket open against the real broker (ping/pong)", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "edgelog-hb-"));
  const server = await startBroker({ port: 0, dataDir, log: () => {} });
  const lines: string[] = [];
  const el = new Edgelog({ url: server.url, heartbeatMs: 40, log: (l) => lines.push(l) });
  try {
    await el.admin.listTopics();
    // Wait for several heartbeat periods, counted by pongs the broker sends (not by the clock).
    const pongs = await new Promise<number>((resolve) => {
      let n = 0;
      const conn = (el as unknown as { pool: { bootstrap: { ws: { addEventListener?: unknown; on: (e: string, f: (d: unknown, bin: boolean) => void) => void } } } }).pool.bootstrap.ws;
      conn.on("message", (_d, isBinary) => {
        if (!isBinary && ++n === 4) resolve(n);
      });
    });
    expect(pongs).toBe(4);
    expect(server.connectionCount()).toBe(1);
    expect(lines.filter((l) => l.includes("lost"))).toEqual([]);
    expect(await el.admin.listTopics()).toEqual([]);
  } finally {
    await el.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

it("drops a silent peer after two heartbeats and reconnects", async () => {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((r) => wss.once("listening", r));
  const port = (wss.address() as { port: number }).port;
  let connections = 0;
  const second = new Promise<void>((resolve) => {
    wss.on("connection", () => {
      if (++connections === 2) resolve();
    });
  });
  const el = new Edgelog({ url: `ws://127.0.0.1:${port}/v1/ws`, heartbeatMs: 30, reconnect: { initialDelayMs: 1, maxDelayMs: 5 } });
  void el.admin.listTopics().catch(() => {});
  await second;
  expect(connections).toBe(2);
  await el.close();
  await new Promise((r) => wss.close(r));
});
