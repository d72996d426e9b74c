/**
 * Hand encoder for the one frame on the producer's hot path, byte-identical to encodeFrame's output
 * (test/unit/produce-frame.test.ts checks both ways). protobufjs's Writer builds a list of operations
 * and copies the 1 MiB batch through it; writing the few header bytes directly and copying the batch
 * once into an exactly sized buffer costs a fraction of that per batch.
 *
 * Wire (proto/edgelog.proto, proto3; tags are (field << 3) | wire type):
 *   Frame:          08 varint(correlation_id)  B2 01 varint(len) ProduceRequest      (field 22, LEN)
 *   ProduceRequest: 0A varint(len) topic-utf8  10 varint(partition)  18 varint(acks)  22 varint(len) records
 * Fields are written in field order and, as proto3 and protobufjs's static encoder do, omitted when they
 * hold their default (0, empty).
 */

const textEncoder = new TextEncoder();

function varintBytes(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

function writeVarint(b: Uint8Array, p: number, v: number): number {
  while (v >= 0x80) {
    b[p++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  b[p++] = v;
  return p;
}

/** Encodes a topic name once; producers cache the result per topic. */
export function encodeTopicName(topic: string): Uint8Array {
  return textEncoder.encode(topic);
}

/** Frame { correlationId, produceRequest { topic, partition, acks, records } } as protobuf bytes. */
export function encodeProduceFrame(correlationId: number, topicUtf8: Uint8Array, partition: number, acks: number, records: Uint8Array): Uint8Array {
  const inner =
    (topicUtf8.length ? 1 + varintBytes(topicUtf8.length) + topicUtf8.length : 0) +
    (partition ? 1 + varintBytes(partition) : 0) +
    (acks ? 1 + varintBytes(acks) : 0) +
    (records.length ? 1 + varintBytes(records.length) + records.length : 0);
  const total = 1 + varintBytes(correlationId) + 2 + varintBytes(inner) + inner;
  const b = new Uint8Array(total);
  b[0] = 0x08;
  let p = writeVarint(b, 1, correlationId);
  b[p++] = 0xb2;
  b[p++] = 0x01;
  p = writeVarint(b, p, inner);
  if (topicUtf8.length) {
    b[p++] = 0x0a;
    p = writeVarint(b, p, topicUtf8.length);
    b.set(topicUtf8, p);
    p += topicUtf8.length;
  }
  if (partition) {
    b[p++] = 0x10;
    p = writeVarint(b, p, partition);
  }
  if (acks) {
    b[p++] = 0x18;
    p = writeVarint(b, p, acks);
  }
  if (records.length) {
    b[p++] = 0x22;
    p = writeVarint(b, p, records.length);
    b.set(records, p);
  }
  return b;
}
