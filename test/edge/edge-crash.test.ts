// Crash safety at the edge: the workerd process is SIGKILLed at a seeded random number of acks while raw
// producers on four partition endpoints have dozens of acks=all requests in flight; a fresh workerd on the same
// persist directory has every acknowledged record once, in order, at its acknowledged offset, and takes appends.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Acks } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { RawClient } from "../support/raw-client.ts";
import { mulberry32 } from "../support/rng.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";
import { withWorkerdPid } from "./workerd-process.ts";

/**
 * EDGELOG_SEED=n replays a run's kill points and batch sizes (printed in every failure message); the
 * runtime's own timing is not replayed, so a replay cuts into different commits.
 */
const seed = Number(process.env.EDGELOG_SEED ?? Math.floor(Math.random() * 2 ** 31));
const roundCount = 10;
const partitionCount = 4;
/** Requests each partition's producer keeps outstanding: the kill always lands on many unanswered writes. */
const inFlightPerPartitionMax = 16;
/** Acknowledged requests per partition and round (a kill point is at most 150 acks in). */
const ackedPerPartitionMax = 200;
const topic = "crash";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function partitionUrl(edge: EdgeDeployment, partition: number): string {
  return edge.url.replace(/\/v1\/ws$/, `/v1/ws/p/${topic}/${partition}`);
}

/** Every record of one partition from offset 0, values without their padding. */
async function readAll(client: RawClient, partition: number): Promise<Observed[]> {
  const seen: Observed[] = [];
  let offset = 0;
  for (;;) {
    const f = await client.request({ fetchRequest: { topic, partition, offset, maxBytes: 4 << 20 } });
    if (f.error) throw new Error(`fetch ${topic}-${partition} at ${offset}: ${f.error.message}`);
    const records = decodeRecords(f.fetchResponse!.records!, offset);
    for (const r of records) seen.push({ partition, offset: r.offset, value: new TextDecoder().decode(r.value!).replace(/\.+$/, "") });
    if (records.length === 0 || seen.length >= f.fetchResponse!.highWatermark!) return seen;
    offset = records.at(-1)!.offset + 1;
  }
}

/** Resolves with `what` or fails after `ms`: a step that must not hang (miniflare's dispose after the kill). */
function bounded<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

describe("edge durability under SIGKILL of workerd", () => {
  it(`keeps every acknowledged record across ${roundCount} kills with writes in flight`, async () => {
    const persistDir = await mkdtemp(join(tmpdir(), "edgelog-edge-crash-"));
    dirs.push(persistDir);
    const rng = mulberry32(seed);
    const context = (round: number) => `seed ${seed} (EDGELOG_SEED=${seed} to replay), round ${round}`;
    /** Per partition, acknowledged values in the order they were produced (one socket per partition keeps it). */
    const acknowledged = new Map<number, string[]>(Array.from({ length: partitionCount }, (_, p) => [p, []]));
    /** "partition/value" → the offset its acknowledgement named. */
    const ackedOffsets = new Map<string, number>();
    let seq = 0;
    /** Per round, requests never answered: in flight in workerd (or on the wire) when it died. */
    const unansweredCounts: number[] = [];

    for (let round = 0; round <= roundCount; round++) {
      const { value: edge, pid } = await withWorkerdPid(() => startEdge({ persistDir }));
      const clients: RawClient[] = [];
      try {
        if (round === 0) {
          const admin = await RawClient.connect(edge.url);
          expect((await admin.request({ createTopicRequest: { topic, partitions: partitionCount } })).error).toBeNull();
          await admin.close();
        }
        for (let p = 0; p < partitionCount; p++) clients.push(await RawClient.connect(partitionUrl(edge, p)));

        // A fresh runtime on what the killed one left: everything acknowledged is there once, in order, at
        // the offset its acknowledgement named; offsets have no holes; unacknowledged records appear at most once.
        const observed = (await Promise.all(clients.map((c, p) => readAll(c, p)))).flat();
        const report = checkHistory(acknowledged, observed);
        expect(report, context(round)).toMatchObject({ lost: [], duplicated: [], reordered: [], offsetsBackwards: [] });
        const moved = observed.filter((o) => (ackedOffsets.get(`${o.partition}/${o.value}`) ?? o.offset) !== o.offset);
        expect(moved.map((o) => `${o.partition}/${o.value}@${o.offset}`), context(round)).toEqual([]);
        const endOffsets = clients.map((_, p) => observed.filter((o) => o.partition === p).length);
        for (let p = 0; p < partitionCount; p++) {
          expect(observed.filter((o) => o.partition === p).map((o) => o.offset), context(round)).toEqual(Array.from({ length: endOffsets[p]! }, (_, i) => i));
        }

        if (round === roundCount) {
          // The log takes appends again, right after what survived.
          for (let p = 0; p < partitionCount; p++) {
            const after = await clients[p]!.request({ produceRequest: { topic, partition: p, acks: Acks.ACKS_ALL, records: encodeBatch([{ value: "after" }]) } });
            expect(after.error, context(round)).toBeNull();
            expect(after.produceResponse!.baseOffset, context(round)).toBe(endOffsets[p]);
          }
          break;
        }

        // Produce on every partition with 16 requests outstanding each; kill workerd from the handler of a
        // random acknowledgement, so the kill lands while the other requests are unanswered. (Miniflare's
        // dispose() also ends workerd with SIGKILL, but the restart tests call it once everything is answered.)
        const killAfterAcks = 1 + Math.floor(rng() * 150);
        let ackCount = 0;
        const ackCounts = Array.from({ length: partitionCount }, () => 0);
        let unanswered = 0;
        let killed = false;
        const requests: Promise<void>[] = [];
        const send = (p: number) => {
          const values = Array.from({ length: 1 + Math.floor(rng() * 32) }, () => `${p}:${seq++}`);
          const request = clients[p]!.request({
            produceRequest: { topic, partition: p, acks: Acks.ACKS_ALL, records: encodeBatch(values.map((value) => ({ value: value.padEnd(100, ".") }))) },
          });
          requests.push(
            request.then(
              (f) => {
                if (f.error) throw new Error(`produce ${topic}-${p}: ${f.error.message}`);
                // An answer that arrives after the kill was sent before it: it counts as acknowledged too.
                acknowledged.get(p)!.push(...values);
                values.forEach((v, i) => ackedOffsets.set(`${p}/${v}`, f.produceResponse!.baseOffset! + i));
                if (killed) return;
                ackCounts[p]!++;
                // workerd may serve one object's queue well ahead of the others': the kill also waits
                // until every partition has had an answer this round, so it cuts into writes on all four,
                // and a partition that is far ahead stops refilling until the others catch up.
                if (++ackCount >= killAfterAcks && ackCounts.every((n) => n > 0)) {
                  killed = true;
                  process.kill(pid, "SIGKILL");
                } else if (ackCounts[p]! < ackedPerPartitionMax) send(p);
              },
              () => {
                unanswered++; // the socket closed with the process: may or may not be stored
              },
            ),
          );
        };
        for (let p = 0; p < partitionCount; p++) for (let i = 0; i < inFlightPerPartitionMax; i++) send(p);
        // Every request settles: answered before the kill reached the socket, or failed when it closed.
        for (let settled = 0; settled < requests.length; ) {
          const count = requests.length;
          await Promise.all(requests.slice(settled, count));
          settled = count;
        }
        expect(killed, context(round)).toBe(true);
        unansweredCounts.push(unanswered);
      } finally {
        for (const c of clients) c.ws.terminate();
        // miniflare's side (its loopback server, proxies); the runtime is already gone or goes now.
        await bounded("miniflare dispose", 10_000, edge.stop());
      }
    }
    // Every kill left requests unanswered, and the rounds acknowledged a real history.
    expect(Math.min(...unansweredCounts), `seed ${seed}, unanswered per round ${unansweredCounts}`).toBeGreaterThan(0);
    expect([...acknowledged.values()].reduce((n, v) => n + v.length, 0), `seed ${seed}`).toBeGreaterThan(roundCount);
  }, 90_000);
});
