/**
 * POST /v1/topics/:topic/records — produce without an SDK (curl, sendBeacon, fetch). The rules live here
 * once; each deployment only adapts its HTTP server to them.
 *
 * Body (JSON): `{ "records": [{ "key"?: string, "value": any JSON, "headers"?: { [name]: string },
 * "partition"?: number, "timestampMs"?: number }] }` or just the array. A value is stored as its JSON text
 * (UTF-8), so SDK consumers read it with the json codec. Answer: `{ "offsets": [{ "partition", "offset" }] }`
 * in input order; errors: `{ "error": { "code", "name", "message" } }` with an HTTP status from the code.
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

/** Validates the body and groups its records into one batch per partition. */
export function planJsonProduce(body: unknown, partitionCount: number, stickyPartition: number, nowMs: number): PlannedBatch[] {
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
      partition = key ? partitionForKey(key, partitionCount) : stickyPartition % partitionCount;
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
  return [...groups].map(([partition, g]) => ({ partition, indexes: g.indexes, batch: encodeBatch(g.records, { nowMs }) }));
}

export interface JsonProduceAnswer {
  offsets: { partition: number; offset: number }[];
}

/** Appends every planned batch and resolves to the offsets in request order, once all are durable. */
export async function produceJson(broker: Broker, topicName: string, body: unknown, stickyPartition: number): Promise<JsonProduceAnswer> {
  const topic = broker.topic(topicName);
  return produceJsonWith(topic.partitions.length, broker.clock(), body, stickyPartition, (partition, batch) => {
    const r = broker.partition(topicName, partition).append(batch);
    return r.durable.then(() => r.baseOffset);
  });
}

/**
 * The same for a deployment whose partitions are elsewhere (the edge: one Durable Object each). `append`
 * stores one batch and resolves to its base offset once durable; it is called once per partition, in
 * partition order of first appearance, synchronously.
 */
export async function produceJsonWith(
  partitionCount: number,
  nowMs: number,
  body: unknown,
  stickyPartition: number,
  append: (partition: number, batch: Uint8Array) => Promise<number>,
): Promise<JsonProduceAnswer> {
  const planned = planJsonProduce(body, partitionCount, stickyPartition, nowMs);
  const offsets: { partition: number; offset: number }[] = [];
  await Promise.all(
    planned.map(async (p) => {
      const baseOffset = await append(p.partition, p.batch);
      p.indexes.forEach((index, n) => (offsets[index] = { partition: p.partition, offset: baseOffset + n }));
    }),
  );
  return { offsets };
}
