// Issue 12's hostile load on loopback, against the real broker: 1,000 connections, of which 200 subscribe
// with all the credit there is, stop reading and pipeline fetches, 50 send garbage, and 750 produce (acks)
// and consume well. Counted, never timed: the broker's queued bytes never pass the per-socket bound times the
// connections, every acknowledged record is read back exactly once and in order, the garbage senders are
// closed at malformedFramesMax, the non-readers once stalled past stalledSendMsMax on the broker's clock.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { startBroker } from "../../src/node/broker-server.ts";
import { encodeFrame, decodeFrame } from "../../src/protocol/frames.ts";
import { limits } from "../../src/protocol/limits.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { openSockets, request, sendGarbage, startNonReader } from "../support/hostile-clients.ts";
import { Progress } from "../support/progress.ts";
import { mulberry32, runSeed } from "../support/rng.ts";
import { tempDirs } from "../support/temp-dir.ts";

const tempDir = tempDirs("edgelog-hostile-");
const KiB = 1024;
const MiB = 1024 * KiB;

const NON_READERS = 200;
const GARBAGE_SENDERS = 50;
const PRODUCERS = 375;
const CONSUMERS = 375;
const CONNECTIONS = NON_READERS + GARBAGE_SENDERS + PRODUCERS + CONSUMERS;
/** Partitions of the good clients' topic: 15 producers and 15 consumers on each. */
const GOOD_PARTITIONS = 25;
const REQUESTS_PER_PRODUCER = 4;
const RECORDS_PER_REQUEST = 10;
/** What the non-readers subscribe to: 16 MiB, far more than a socket's kernel buffers plus the broker's bound. */
const BULK_BATCHES = 64;
/** Bulk batches of pushBytesMax (4 records of 64 KiB): a push then holds what its read reserved. */
const BULK_RECORDS_PER_BATCH = 4;
const BULK_RECORD_BYTES = 64 * KiB - 100;
const FETCHES_PER_NON_READER = 250;
const GARBAGE_FRAMES = 200;
/** Per socket: the bound, then one read (each reserves at least pushBytesMax, and the bulk batches are that size), framing. */
const SOCKET_QUEUE_BYTES_MAX = limits.sendQueueBytesMax + limits.pushBytesMax + KiB;

const sockets: WebSocket[] = [];
afterAll(() => {
  for (const ws of sockets) ws.terminate();
});

const valueOf = (producer: number, request: number, record: number) => `p${producer}-r${request}-n${record}`.padEnd(100, ".");

describe("1,000 connections, 200 of them not reading and 50 sending garbage", () => {
  it("the broker's queues stay bounded, every acknowledged record is read once in order, and the bad clients are closed", { timeout: 120_000 }, async () => {
    const seed = runSeed();
    const random = mulberry32(seed);
    const lines: string[] = [];
    let skewMs = 0;
    const server = await startBroker({
      port: 0,
      dataDir: await tempDir(),
      // The broker's clock runs ahead when the test says so; its stall check runs when the test calls it.
      clock: () => Date.now() + skewMs,
      stallCheckIntervalMs: 0,
      log: (line) => lines.push(line),
    });
    try {
      const [admin] = await openSockets(server.url, 1);
      sockets.push(admin!);
      let id = 1;
      const ok = async (frame: Parameters<typeof request>[1]) => {
        const answer = await request(admin!, frame, id++);
        if (answer.error) throw new Error(answer.error.message ?? "error");
        return answer;
      };
      await ok({ createTopicRequest: { topic: "good", partitions: GOOD_PARTITIONS } });
      await ok({ createTopicRequest: { topic: "bulk", partitions: 1 } });
      const bulkValue = "b".repeat(BULK_RECORD_BYTES);
      for (let i = 0; i < BULK_BATCHES; i++) {
        const records = encodeBatch(Array.from({ length: BULK_RECORDS_PER_BATCH }, () => ({ value: bulkValue })));
        await ok({ produceRequest: { topic: "bulk", partition: 0, records } });
      }

      const all = await openSockets(server.url, CONNECTIONS);
      sockets.push(...all);
      expect(server.connectionCount()).toBe(CONNECTIONS + 1);
      const nonReaders = all.slice(0, NON_READERS);
      const garbage = all.slice(NON_READERS, NON_READERS + GARBAGE_SENDERS);
      const producers = all.slice(NON_READERS + GARBAGE_SENDERS, NON_READERS + GARBAGE_SENDERS + PRODUCERS);
      const consumers = all.slice(NON_READERS + GARBAGE_SENDERS + PRODUCERS);

      const progress = new Progress(90_000);
      /** Per consumer: the values it was pushed, by offset order. */
      const received: { offset: number; value: string }[][] = consumers.map(() => []);
      const recordsPerPartition = (PRODUCERS / GOOD_PARTITIONS) * REQUESTS_PER_PRODUCER * RECORDS_PER_REQUEST;
      const subscribed = consumers.map(async (ws, c) => {
        ws.on("message", (data: Buffer) => {
          const f = decodeFrame(new Uint8Array(data));
          if (!f.push) return;
          for (const r of decodeRecords(f.push.records!)) received[c]!.push({ offset: r.offset, value: new TextDecoder().decode(r.value!) });
          // A good consumer gives back what it read.
          ws.send(encodeFrame({ correlationId: 0, creditRequest: { subscriptionId: f.push.subscriptionId, creditBytes: f.push.records!.byteLength } }));
          progress.poke();
        });
        const sub = await request(ws, { subscribeRequest: { topic: "good", partition: c % GOOD_PARTITIONS, offset: 0, creditBytes: 64 * KiB } }, 1);
        expect(sub.error).toBeNull();
      });
      /** Per producer: the base offset of each acknowledged request. */
      const acked: number[][] = producers.map(() => []);
      const produced = producers.map(async (ws, p) => {
        for (let k = 0; k < REQUESTS_PER_PRODUCER; k++) {
          const records = encodeBatch(Array.from({ length: RECORDS_PER_REQUEST }, (_, j) => ({ value: valueOf(p, k, j) })));
          const answer = await request(ws, { produceRequest: { topic: "good", partition: p % GOOD_PARTITIONS, records } }, 1 + k);
          expect(answer.error).toBeNull();
          acked[p]!.push(answer.produceResponse!.baseOffset!);
        }
      });
      const stopped = nonReaders.map((ws) => startNonReader(ws, "bulk", 0, FETCHES_PER_NON_READER, 64 * KiB));
      const garbageEnds: { closeCode: number; errorCount: number }[] = [];
      for (const ws of garbage) void sendGarbage(ws, GARBAGE_FRAMES, random).then((end) => (garbageEnds.push(end), progress.poke()));

      await Promise.all([...subscribed, ...produced, ...stopped]);
      await progress.until(
        () => received.every((r) => r.length >= recordsPerPartition),
        () => `every consumer's ${recordsPerPartition} records (the slowest has ${Math.min(...received.map((r) => r.length))}; seed ${seed})`,
      );

      // Garbage: answered INVALID_REQUEST up to the bound, then closed 1008.
      await progress.until(() => garbageEnds.length === GARBAGE_SENDERS, () => `the garbage senders closed (${garbageEnds.length} of ${GARBAGE_SENDERS})`, 30_000);
      expect(garbageEnds.map((g) => g.closeCode)).toEqual(garbage.map(() => 1008));
      expect(garbageEnds.every((g) => g.errorCount === limits.malformedFramesMax)).toBe(true);

      // Every acknowledged record, exactly once and in order, in every consumer of its partition.
      for (let c = 0; c < CONSUMERS; c++) {
        const got = received[c]!;
        expect(got.length).toBe(recordsPerPartition);
        expect(got.map((r) => r.offset)).toEqual(Array.from({ length: recordsPerPartition }, (_, i) => i));
        const partition = c % GOOD_PARTITIONS;
        for (let p = partition; p < PRODUCERS; p += GOOD_PARTITIONS) {
          expect(acked[p]!.length).toBe(REQUESTS_PER_PRODUCER);
          acked[p]!.forEach((base, k) => {
            for (let j = 0; j < RECORDS_PER_REQUEST; j++) expect(got[base + j]!.value).toBe(valueOf(p, k, j));
          });
        }
      }

      // The non-readers: closed once their queues have stayed over the bound, undrained, for stalledSendMsMax.
      // A queue still filling is not over the bound yet: rounds until all 200 are (each round is two checks
      // with the clock moved between them; nothing drains from these sockets, so each is closed at most once).
      let stalledClosed = 0;
      for (let round = 0; round < 200 && stalledClosed < NON_READERS; round++) {
        server.closeStalledSockets();
        skewMs += limits.stalledSendMsMax;
        stalledClosed += server.closeStalledSockets();
        if (stalledClosed < NON_READERS) await new Promise((r) => setTimeout(r, 20));
      }
      expect(stalledClosed).toBe(NON_READERS);
      // What the broker held, at its highest: for any one socket, within one read of the bound; for all
      // of them together, what 1,000 such sockets may hold, and at least the 200 stalled ones' worth.
      expect(server.socketSendQueueBytesPeak()).toBeGreaterThan(limits.sendQueueBytesMax);
      expect(server.socketSendQueueBytesPeak()).toBeLessThanOrEqual(SOCKET_QUEUE_BYTES_MAX);
      const peak = server.sendQueueBytesPeak();
      expect(peak).toBeLessThanOrEqual(CONNECTIONS * SOCKET_QUEUE_BYTES_MAX);
      expect(server.connectionCount()).toBe(1 + PRODUCERS + CONSUMERS);
      expect(server.sendQueueBytes()).toBeLessThan(limits.sendQueueBytesMax);

      // The broker carries on serving: one more record reaches every consumer of partition 0.
      const late = encodeBatch([{ value: "late" }]);
      expect((await request(producers[0]!, { produceRequest: { topic: "good", partition: 0, records: late } }, 100)).error).toBeNull();
      await progress.until(() => received.every((r, c) => c % GOOD_PARTITIONS !== 0 || r.length === recordsPerPartition + 1), "the late record");

      const hwmKiB = Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0);
      console.log(
        `hostile load: ${CONNECTIONS} connections; broker send queues peaked at ${(peak / MiB).toFixed(1)} MiB (bound ${((CONNECTIONS * SOCKET_QUEUE_BYTES_MAX) / MiB).toFixed(0)} MiB), one socket's at ${(server.socketSendQueueBytesPeak() / MiB).toFixed(2)} MiB; ` +
          `test process (broker + all clients) peak RSS ${(hwmKiB / 1024).toFixed(0)} MiB; seed ${seed}`,
      );
    } finally {
      for (const ws of sockets) ws.terminate();
      await server.close();
    }
  });
});
