/**
 * POST /v1/topics/:topic/records — produce without an SDK (curl, sendBeacon, fetch). The rules live here
 * once; each deployment only adapts its HTTP server to them.
 *
 * Body (JSON): `{ "records": [{ "key"?: string, "value": any JSON, "headers"?: { [name]: string },
 * "partition"?: number, "timestampMs"?: number }] }` or just the array. A value is stored as its JSON text
 * (UTF-8), so SDK consumers read it with the json codec. Answer: `{ "offsets": [{ "partition", "offset" }] }`
 * in input order; errors: `{ "error": { "code", "name", "message" } }` with an HTTP status from the code.
 *
 * Safe retries (idempotent, like the SDK's producer): the object form may carry
 * `"producer": { "id": 1..2^53-1, "epoch"?: 0..32767 (default 0), "sequence": 0..2^31-1 }`. The records
 * then form one batch with that producer id, epoch and base sequence, so a retry of the same body (a beacon
 * resent after a lost answer) is answered with the first attempt's offsets and `"duplicate": true`, and
 * nothing is stored twice; a skipped sequence is OUT_OF_ORDER_SEQUENCE (409). The caller numbers its records:
 * the next request's sequence is this one's plus its record count. The id is the caller's: 53 random bits
 * (crypto.getRandomValues), or one from the WebSocket InitProducer; the broker's own ids are random too.
 * Fields in the body rather than headers, because navigator.sendBeacon cannot set headers and a custom
 * header would cost a CORS preflight. Such a request writes one partition (a retry must reach the same one,
 * and one sequence numbers one partition's records): the partition its records name or their keys hash to
 * (they must agree, else INVALID_REQUEST), else producer id % partition count, the same for every retry.
 */
import { partitionForKey } from "../protocol/partitioner.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import { encodeBatch, type RecordInput } from "../protocol/record-batch.ts";
import type { Broker } from "./broker.ts";

const utf8 = new TextEncoder();

export interface PlannedBatch {
  partition: number;
  /** Positions of this batch's records in the request, in order. */
  indexes: number[];
  batch: Uint8Array;
}

/** An idempotent HTTP producer's fields (the body's "producer"). */
export interface HttpProducer {
  id: number;
  epoch: number;
  sequence: number;
}

/** The body's "producer" object, checked; null when absent. Throws INVALID_REQUEST. */
export function httpProducerOf(body: unknown): HttpProducer | null {
  if (Array.isArray(body) || typeof body !== "object" || body === null || !("producer" in body)) return null;
  const p = (body as { producer: unknown }).producer;
  if (p === undefined || p === null) return null;
  const { id, epoch = 0, sequence } = (typeof p === "object" ? p : {}) as { id?: unknown; epoch?: unknown; sequence?: unknown };
  const ok = Number.isSafeInteger(id) && (id as number) > 0 && Number.isInteger(epoch) && (epoch as number) >= 0 && (epoch as number) <= 0x7fff && Number.isInteger(sequence) && (sequence as number) >= 0 && (sequence as number) <= 0x7fff_ffff;
  if (!ok) throw new ProtocolError(ErrorCode.INVALID_REQUEST, 'producer must be {"id": 1..2^53-1, "epoch"?: 0..32767, "sequence": 0..2^31-1}');
  return { id: id as number, epoch: epoch as number, sequence: sequence as number };
}

/** Validates the body and groups its records into one batch per partition (one in all with a producer). */
export function planJsonProduce(body: unknown, partitionCount: number, stickyPartition: number, nowMs: number): PlannedBatch[] {
  const producer = httpProducerOf(body);
  const list = Array.isArray(body) ? body : (body as { records?: unknown })?.records;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, 'body must be {"records": [...]} or a non-empty array of records');
  }
  const groups = new Map<number, { indexes: number[]; records: RecordInput[] }>();
  list.forEach((r: unknown, i: number) => {
    if (typeof r !== "object" || r === null || !("value" in r)) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `records[${i}] must be an object with a "value"`);
    }
    const rec = r as { key?: unknown; value: unknown; headers?: unknown; partition?: unknown; timestampMs?: unknown };
    if (rec.key !== undefined && rec.key !== null && typeof rec.key !== "string") {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `records[${i}].key must be a string`);
    }
    const key = typeof rec.key === "string" ? utf8.encode(rec.key) : null;
    let partition: number;
    if (rec.partition !== undefined) {
      if (!Number.isInteger(rec.partition) || (rec.partition as number) < 0 || (rec.partition as number) >= partitionCount) {
        throw new ProtocolError(ErrorCode.UNKNOWN_PARTITION, `records[${i}].partition must be 0..${partitionCount - 1}`);
      }
      partition = rec.partition as number;
    } else {
      partition = key ? partitionForKey(key, partitionCount) : producer ? -1 : stickyPartition % partitionCount;
    }
    const headers: { key: string; value: Uint8Array }[] = [];
    if (rec.headers !== undefined) {
      if (typeof rec.headers !== "object" || rec.headers === null) throw new ProtocolError(ErrorCode.INVALID_REQUEST, `records[${i}].headers must be an object`);
      for (const [k, v] of Object.entries(rec.headers)) {
        if (typeof v !== "string") throw new ProtocolError(ErrorCode.INVALID_REQUEST, `records[${i}].headers.${k} must be a string`);
        headers.push({ key: k, value: utf8.encode(v) });
      }
    }
    if (rec.timestampMs !== undefined && (!Number.isSafeInteger(rec.timestampMs) || (rec.timestampMs as number) < 0)) {
      throw new ProtocolError(ErrorCode.INVALID_REQUEST, `records[${i}].timestampMs must be a non-negative integer`);
    }
    const value = rec.value === null ? null : utf8.encode(JSON.stringify(rec.value));
    let g = groups.get(partition);
    if (!g) groups.set(partition, (g = { indexes: [], records: [] }));
    g.indexes.push(i);
    g.records.push({ key, value, headers, timestampMs: (rec.timestampMs as number | undefined) ?? nowMs });
  });
  if (producer) return [planIdempotent(groups, producer, partitionCount, nowMs)];
  return [...groups].map(([partition, g]) => ({ partition, indexes: g.indexes, batch: encodeBatch(g.records, { nowMs }) }));
}

/** One batch for an idempotent request: records without a partition (-1) join the named one, or id % count. */
function planIdempotent(groups: Map<number, { indexes: number[]; records: RecordInput[] }>, producer: HttpProducer, partitionCount: number, nowMs: number): PlannedBatch {
  const named = [...groups.keys()].filter((p) => p >= 0);
  if (named.length > 1) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `a request with a producer writes one partition; its records name or hash to partitions ${named.slice(0, 8).join(", ")}`);
  }
  const partition = named[0] ?? producer.id % partitionCount;
  // Back in request order: a batch holds the records as the request lists them.
  const all = [...groups.values()].flatMap((g) => g.indexes.map((index, n) => ({ index, record: g.records[n]! })));
  all.sort((a, b) => a.index - b.index);
  const batch = encodeBatch(all.map((e) => e.record), { nowMs, producerId: producer.id, producerEpoch: producer.epoch, baseSequence: producer.sequence });
  return { partition, indexes: all.map((e) => e.index), batch };
}

export interface JsonProduceAnswer {
  offsets: { partition: number; offset: number }[];
  /** With a producer: the request was a retry of one already stored; the offsets are the first attempt's. */
  duplicate?: boolean;
}

/** What a deployment's append gives back: the base offset, and whether the batch was a producer's retry. */
export interface AppendAnswer {
  baseOffset: number;
  duplicate?: boolean;
}

/** Appends every planned batch and resolves to the offsets in request order, once all are durable. */
export async function produceJson(broker: Broker, topicName: string, body: unknown, stickyPartition: number): Promise<JsonProduceAnswer> {
  const topic = broker.topic(topicName);
  return produceJsonWith(topic.partitions.length, broker.clock(), body, stickyPartition, (partition, batch) =>
    broker.partition(topicName, partition).appendDurable(batch),
  );
}

/**
 * The same for a deployment whose partitions are elsewhere (the edge: one Durable Object each). `append`
 * stores one batch and resolves to its base offset (and whether it was a retry) once durable; it is called once per partition, in
 * partition order of first appearance, synchronously.
 */
export async function produceJsonWith(
  partitionCount: number,
  nowMs: number,
  body: unknown,
  stickyPartition: number,
  append: (partition: number, batch: Uint8Array) => Promise<AppendAnswer>,
): Promise<JsonProduceAnswer> {
  const planned = planJsonProduce(body, partitionCount, stickyPartition, nowMs);
  const offsets: { partition: number; offset: number }[] = [];
  let duplicate = false;
  await Promise.all(
    planned.map(async (p) => {
      const { baseOffset, duplicate: retried } = await append(p.partition, p.batch);
      if (retried) duplicate = true;
      p.indexes.forEach((index, n) => (offsets[index] = { partition: p.partition, offset: baseOffset + n }));
    }),
  );
  return duplicate ? { offsets, duplicate } : { offsets };
}
