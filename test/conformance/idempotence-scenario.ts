/**
 * The idempotence acceptance run, shared by both deployments: an SDK producer writes through a TCP relay
 * that, on a seeded coin, kills the connection as a produce answer crosses it (the broker appended and
 * acknowledged; the producer never hears it), thousands of times. The producer reconnects and resends its
 * unacknowledged batches. Afterwards a reader fetches every partition from offset 0 and the shared history
 * checker compares it with the acknowledgements: with idempotence on, nothing twice, no hole, every
 * record at the offset its acknowledgement named, in send order; with it off, the run shows duplicates.
 */
import { expect, it, onTestFailed } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { decodeRecords } from "../../src/protocol/record-batch.ts";
import { checkHistory, type HistoryReport, type Observed } from "../support/history.ts";
import { RawClient } from "../support/raw-client.ts";
import { mulberry32 } from "../support/rng.ts";
import type { RelayLink, TcpRelay } from "../support/tcp-relay.ts";

export interface LostAnswerRun {
  /** Produce answers the relay swallowed (each one with its connection). */
  injected: number;
  /** Records the producer sent (every one acknowledged in the end). */
  recordCount: number;
  /** Records the reader found stored more than once. */
  duplicateCount: number;
  /** Produce answers that said "duplicate": retries the partitions recognised. */
  duplicateAnswers: number;
  storedCount: number;
  report: HistoryReport;
}

export interface LostAnswerOptions {
  /** Bootstrap URL of the deployment itself (admin and reading, not through the relay). */
  directUrl: string;
  /** The WebSocket URL of a partition's endpoint on the deployment (the reader fetches there). */
  partitionUrl(topic: string, partition: number): string;
  relay: TcpRelay;
  topic: string;
  partitionCount: number;
  idempotent: boolean;
  /** Stop injecting after this many lost answers (and stop producing once reached). */
  lostAnswers: number;
  seed: number;
}

/** Sends outstanding at once: enough to keep several batches in flight per partition. */
const SENDS_IN_FLIGHT = 24;

export async function lostAnswersRun(o: LostAnswerOptions): Promise<LostAnswerRun> {
  const admin = new Edgelog({ url: o.directUrl });
  await admin.admin.createTopic(o.topic, { partitions: o.partitionCount });
  await admin.close();

  const random = mulberry32(o.seed);
  let injected = 0;
  let duplicateAnswers = 0;
  const relay = o.relay;
  relay.onFrame = (link: RelayLink, from, frame) => {
    if (from !== "server" || !frame.produceResponse) return;
    if (frame.produceResponse.duplicate) duplicateAnswers++;
    if (injected >= o.lostAnswers || random() >= 0.5) return;
    injected++;
    // The answer is read here and never forwarded: the link dies with it (a reset both ways).
    (relay as unknown as { kill(l: RelayLink, mode: "reset", cut: boolean): void }).kill(link, "reset", false);
  };

  const client = new Edgelog({ url: relay.url(), reconnect: { delayMs: () => 0 } });
  const producer = client.producer({ idempotent: o.idempotent, lingerMs: 0, retryBackoffMs: 0, maxInFlight: 5 });
  const acknowledged = new Map<number, string[]>();
  const ackedOffsets = new Map<number, number[]>();
  const sent = new Map<number, Set<string>>();
  for (let p = 0; p < o.partitionCount; p++) {
    acknowledged.set(p, []);
    ackedOffsets.set(p, []);
    sent.set(p, new Set());
  }
  // Records go to partition i % partitionCount; per partition they are acknowledged in send order (the
  // producer keeps order), so the lists are filled in send order once each call settles.
  const results: Promise<{ partition: number; offset: number }>[] = [];
  let recordCount = 0;
  const inFlight = new Set<Promise<unknown>>();
  while (injected < o.lostAnswers) {
    const value = `v${recordCount}`;
    const partition = recordCount % o.partitionCount;
    sent.get(partition)!.add(value);
    const call = producer.send(o.topic, { value, partition }).then(([r]) => r!);
    results.push(call);
    recordCount++;
    const tracked = call.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= SENDS_IN_FLIGHT) await Promise.race(inFlight);
  }
  await producer.flush();
  const settled = await Promise.all(results);
  relay.onFrame = null;
  for (let i = 0; i < settled.length; i++) {
    const r = settled[i]!;
    acknowledged.get(r.partition)!.push(`v${i}`);
    ackedOffsets.get(r.partition)!.push(r.offset);
  }
  await client.close();

  const observed: Observed[] = [];
  for (let p = 0; p < o.partitionCount; p++) observed.push(...(await readPartition(o.partitionUrl(o.topic, p), o.topic, p)));
  const report = checkHistory(acknowledged, observed, {
    ackedOffsets,
    logStartOffsets: new Map([...acknowledged.keys()].map((p) => [p, 0])),
    sent,
  });
  const distinct = new Set(observed.map((r) => `${r.partition}/${r.value}`));
  return { injected, recordCount, duplicateCount: observed.length - distinct.size, duplicateAnswers, storedCount: observed.length, report };
}

/** Every record of a partition from offset 0 to its high watermark. */
async function readPartition(url: string, topic: string, partition: number): Promise<Observed[]> {
  const reader = await RawClient.connect(url);
  try {
    const out: Observed[] = [];
    let offset = 0;
    for (;;) {
      const answer = await reader.request({ fetchRequest: { topic, partition, offset, maxBytes: 4 * 1024 * 1024 } });
      if (!answer.fetchResponse) throw new Error(`fetch ${topic}-${partition}@${offset}: ${answer.error?.message}`);
      const f = answer.fetchResponse;
      for (const r of decodeRecords(f.records!, offset)) {
        out.push({ partition, offset: r.offset, value: new TextDecoder().decode(r.value!) });
        offset = r.offset + 1;
      }
      if (offset >= Number(f.highWatermark)) return out;
    }
  } finally {
    await reader.close();
  }
}

/**
 * HTTP produce with a producer (http-produce.ts): a beacon's retry of the same body is answered with the
 * first attempt's offsets and `duplicate: true` and stored once; the records of such a request go to one
 * partition (producer id % partitions, or the one their keys name); a skipped sequence is 409
 * OUT_OF_ORDER_SEQUENCE; keys that hash apart are 400. Ends by counting what the topic holds.
 */
/** Where a deployment's lost-answer cases run: its bootstrap URL, its partition sockets, the relay in front. */
export type LostAnswerTarget = Pick<LostAnswerOptions, "directUrl" | "partitionUrl" | "relay">;

/**
 * The two lost-answer cases as both deployments run them (test/node and test/edge idempotence.test.ts):
 * with idempotence on, no duplicate, gap or misplaced offset; with it off, the same run stores duplicates.
 */
export function lostAnswersCases(deployment: string, target: () => LostAnswerTarget, opts: { lostAnswers: number; seed: number; timeoutMs: number }): void {
  const { lostAnswers, seed } = opts;
  const run = (topic: string, idempotent: boolean) => {
    onTestFailed(() => console.log(`seed ${seed} (EDGELOG_SEED=${seed} replays it)`));
    return lostAnswersRun({ ...target(), topic, partitionCount: 2, idempotent, lostAnswers, seed });
  };

  it(`idempotence on: ${lostAnswers} lost answers, zero duplicates, zero gaps, order and offsets kept`, async () => {
    const r = await run("idem-on", true);
    console.log(`${deployment}, idempotence on: ${r.injected} lost answers, ${r.recordCount} records, ${r.duplicateAnswers} retries answered as duplicates, ${r.storedCount} stored`);
    expect(r.injected).toBe(lostAnswers);
    expect(r.report).toMatchObject({ ok: true, duplicated: [], lost: [], reordered: [], skipped: [], misplaced: [], unexpected: [] });
    expect(r.storedCount).toBe(r.recordCount);
    expect(r.duplicateAnswers).toBeGreaterThan(0);
  }, opts.timeoutMs);

  it("idempotence off: the same run stores duplicates", async () => {
    const r = await run("idem-off", false);
    console.log(`${deployment}, idempotence off: ${r.injected} lost answers, ${r.recordCount} records, ${r.duplicateCount} stored twice or more`);
    expect(r.injected).toBe(lostAnswers);
    expect(r.duplicateCount).toBeGreaterThan(0);
    expect(r.report.duplicated.length).toBeGreaterThan(0);
    expect(r.duplicateAnswers).toBe(0);
  }, opts.timeoutMs);
}

export async function httpIdempotentProduce(directUrl: string, httpUrl: string, topic: string): Promise<void> {
  const { expect } = await import("vitest");
  const { send } = await import("./http-properties.ts");
  const admin = new Edgelog({ url: directUrl });
  await admin.admin.createTopic(topic, { partitions: 3 });
  const id = 1 + Math.floor(Math.random() * 2 ** 52);
  const post = async (body: unknown) => {
    const a = await send(httpUrl, "POST", `/v1/topics/${topic}/records`, { "content-type": "text/plain" }, JSON.stringify(body));
    return { status: a.status, body: JSON.parse(a.text) };
  };
  const first = await post({ producer: { id, sequence: 0 }, records: [{ value: "a" }, { value: "b" }] });
  expect(first.status).toBe(200);
  const partition = id % 3;
  expect(first.body.offsets).toEqual([
    { partition, offset: 0 },
    { partition, offset: 1 },
  ]);
  expect(first.body.duplicate).toBeUndefined();
  const retry = await post({ producer: { id, sequence: 0 }, records: [{ value: "a" }, { value: "b" }] });
  expect(retry).toEqual({ status: 200, body: { offsets: first.body.offsets, duplicate: true } });
  const next = await post({ producer: { id, epoch: 0, sequence: 2 }, records: [{ value: "c" }] });
  expect(next).toEqual({ status: 200, body: { offsets: [{ partition, offset: 2 }] } });
  const gap = await post({ producer: { id, sequence: 5 }, records: [{ value: "x" }] });
  expect([gap.status, gap.body.error?.name]).toEqual([409, "OUT_OF_ORDER_SEQUENCE"]);
  const unknown = await post({ producer: { id: id + 1, sequence: 3 }, records: [{ value: "x" }] });
  expect([unknown.status, unknown.body.error?.name]).toEqual([409, "UNKNOWN_PRODUCER_ID"]);
  const bad = await post({ producer: { id, sequence: -1 }, records: [{ value: "x" }] });
  expect([bad.status, bad.body.error?.name]).toEqual([400, "INVALID_REQUEST"]);
  // Keys that hash to different partitions cannot share one sequence.
  const keys = ["k0", "k1", "k2", "k3", "k4", "k5"].map((key) => ({ key, value: key }));
  const apart = await post({ producer: { id: id + 2, sequence: 0 }, records: keys });
  expect([apart.status, apart.body.error?.name]).toEqual([400, "INVALID_REQUEST"]);
  const meta = await admin.admin.describeTopic(topic);
  const stored = meta.partitions.reduce((n, p) => n + p.highWatermark, 0);
  expect(stored).toBe(3);
  await admin.close();
}
