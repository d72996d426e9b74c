// RecordBatch v2 codec: proves round trips (edge cases and a fast-check property), byte-for-byte agreement
// with KafkaJS's independent encoder and decoder in both directions (same bytes, same CRC), and that
// verifyBatch rejects every corruption with the right reason while the log's in-place writes keep batches valid.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32c } from "../../src/protocol/crc32c.ts";
import {
  BATCH_HEADER_BYTES,
  BATCH_OVERHEAD_BYTES,
  BatchBuilder,
  BatchError,
  batchSizeAt,
  batchSpans,
  decodeBatch,
  decodeRecords,
  encodeBatch,
  endOffsetOf,
  maxRecordBytes,
  offsetForTimestampInBatch,
  readBatchHeader,
  setBaseOffset,
  setPartitionLeaderEpoch,
  verifyBatch,
  type DecodedRecord,
  type RecordInput,
  type TextRecordInput,
} from "../../src/protocol/record-batch.ts";

// ---------------------------------------------------------------------------------------------------
// KafkaJS internals: its RecordBatch v0 (= magic 2) encoder and decoder, an independent implementation.

const require = createRequire(import.meta.url);
const { RecordBatch: kafkajsRecordBatch } = require("kafkajs/src/protocol/recordBatch/v0") as {
  RecordBatch: (args: Record<string, unknown>) => Promise<{ buffer: Buffer }>;
};
const kafkajsRecord = require("kafkajs/src/protocol/recordBatch/record/v0") as (args: {
  offsetDelta: number;
  timestampDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | Buffer[]>;
}) => unknown;
const kafkajsBatchDecoder = require("kafkajs/src/protocol/recordBatch/v0/decoder") as (decoder: unknown) => Promise<{
  firstOffset: string;
  firstTimestamp: string;
  maxTimestamp: string;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  lastOffsetDelta: number;
  partitionLeaderEpoch: number;
  records: Array<{ offset: string; timestamp: string; key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | Buffer[]> }>;
}>;
const KafkajsDecoder = require("kafkajs/src/protocol/decoder") as new (buffer: Buffer) => unknown;
const kafkajsCrc32c = require("kafkajs/src/protocol/recordBatch/crc32C") as (buffer: Buffer) => number;

function kafkajsDecode(bytes: Uint8Array) {
  return kafkajsBatchDecoder(new KafkajsDecoder(Buffer.from(bytes)));
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex"));
const bytesOf = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff);

/** A decoded record in comparable form. */
function plain(r: DecodedRecord) {
  return {
    offset: r.offset,
    timestampMs: r.timestampMs,
    key: hex(r.key),
    value: hex(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: hex(h.value) })),
  };
}

/** What decoding should give back for an input record (strings as their UTF-8). */
function expected(input: TextRecordInput, offset: number, defaultTimestampMs: number) {
  const asHex = (f: Uint8Array | string | null | undefined) =>
    f === null || f === undefined ? null : hex(typeof f === "string" ? utf8(f) : f);
  return {
    offset,
    timestampMs: input.timestampMs ?? defaultTimestampMs,
    key: asHex(input.key),
    value: asHex(input.value),
    headers: (input.headers ?? []).map((h) => ({ key: h.key, value: asHex(h.value) ?? "" })),
  };
}

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof BatchError) return err.reason;
    throw err;
  }
  return "none";
}

/** Re-seals a batch after a test edits bytes under the CRC, so the check under test is not the CRC. */
function reseal(batch: Uint8Array): Uint8Array {
  const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
  view.setUint32(17, crc32c(batch, 21));
  return batch;
}

const T0 = 1_700_000_000_000;

// ---------------------------------------------------------------------------------------------------

describe("encodeBatch / decodeBatch round trips", () => {
  it("writes the header fields Kafka expects", () => {
    const batch = encodeBatch(
      [
        { value: utf8("a"), timestampMs: T0 + 5 },
        { value: utf8("b"), timestampMs: T0 + 9 },
        { value: utf8("c"), timestampMs: T0 + 1 },
      ],
      { baseOffset: 2 ** 53 - 10, producerId: 2 ** 40 + 3, producerEpoch: 7, baseSequence: 1234 },
    );
    const h = verifyBatch(batch);
    expect(h).toEqual({
      baseOffset: 2 ** 53 - 10,
      batchLength: batch.length - BATCH_OVERHEAD_BYTES,
      partitionLeaderEpoch: -1,
      magic: 2,
      crc: crc32c(batch, 21),
      attributes: 0,
      lastOffsetDelta: 2,
      baseTimestampMs: T0 + 5,
      maxTimestampMs: T0 + 9,
      producerId: 2 ** 40 + 3,
      producerEpoch: 7,
      baseSequence: 1234,
      recordCount: 3,
      // The verifying walk also measures the largest record, and agrees with the separate function.
      maxRecordBytes: maxRecordBytes(batch),
    });
    expect(batchSizeAt(batch)).toBe(batch.length);
    expect(decodeBatch(batch).map((r) => [r.offset, r.timestampMs])).toEqual([
      [2 ** 53 - 10, T0 + 5],
      [2 ** 53 - 9, T0 + 9],
      [2 ** 53 - 8, T0 + 1],
    ]);
  });

  it("defaults to baseOffset 0 and producer id, epoch and sequence -1", () => {
    const h = readBatchHeader(encodeBatch([{ value: null }], { nowMs: T0 }));
    expect([h.baseOffset, h.producerId, h.producerEpoch, h.baseSequence, h.partitionLeaderEpoch]).toEqual([0, -1, -1, -1, -1]);
    expect([h.baseTimestampMs, h.maxTimestampMs]).toEqual([T0, T0]);
  });

  it("round-trips null, empty and present keys and values", () => {
    const inputs: RecordInput[] = [
      { key: null, value: null },
      { value: new Uint8Array(0) },
      { key: new Uint8Array(0), value: new Uint8Array(0) },
      { key: utf8("k"), value: null },
      { key: utf8("key"), value: utf8("value") },
    ];
    const batch = encodeBatch(inputs, { nowMs: T0, baseOffset: 100 });
    verifyBatch(batch);
    expect(decodeBatch(batch).map(plain)).toEqual(inputs.map((r, i) => expected(r, 100 + i, T0)));
  });

  it("round-trips headers: several, repeated keys, unicode keys, empty values", () => {
    const inputs: RecordInput[] = [
      {
        value: utf8("v"),
        headers: [
          { key: "trace-id", value: utf8("abc") },
          { key: "trace-id", value: utf8("def") },
          { key: "ключ-🔑", value: new Uint8Array(0) },
          { key: "", value: bytesOf(300) },
        ],
      },
      { value: utf8("no headers"), headers: [] },
    ];
    const batch = encodeBatch(inputs, { nowMs: T0 });
    verifyBatch(batch);
    expect(decodeBatch(batch).map(plain)).toEqual(inputs.map((r, i) => expected(r, i, T0)));
  });

  it("writes string keys, values and header values as UTF-8 (short, long, astral, lone surrogates)", () => {
    const long = "é".repeat(70) + "x".repeat(100); // over the hand-encoder cut-off: TextEncoder.encodeInto path
    const inputs: TextRecordInput[] = [
      { key: "user-1", value: "hello" },
      { key: "ünïcödé", value: "日本語のテキスト 🎉🚀" },
      { value: long },
      { value: "" },
      { value: "a\uD800b\uDC00c" }, // lone surrogates become U+FFFD, as TextEncoder does
      { value: "x", headers: [{ key: "h", value: "string header ✓" }, { key: "n", value: null }] },
    ];
    const batch = encodeBatch(inputs, { nowMs: T0 });
    verifyBatch(batch);
    const decoded = decodeBatch(batch);
    expect(decoded.map(plain)).toEqual(inputs.map((r, i) => expected(r, i, T0)));
    expect(new TextDecoder().decode(decoded[4].value!)).toBe("a\uFFFDb\uFFFDc");
  });

  it("fast-check: strings of arbitrary UTF-16 code units (lone surrogates too) encode exactly as TextEncoder does", () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 70 }), (s) => {
        const [r] = decodeBatch(encodeBatch([{ key: s, value: s }], { nowMs: T0 }));
        expect(hex(r.key)).toBe(hex(utf8(s)));
        expect(hex(r.value)).toBe(hex(utf8(s)));
      }),
      { numRuns: 500 },
    );
  });

  it("corrects the length prefixes when a string's UTF-8 length crosses a varint boundary", () => {
    // 63 UTF-16 units guess a 1-byte prefix; 63 two-byte characters need 126 bytes and a 2-byte prefix.
    // The record's own length prefix: a 30-unit value guesses a 36-byte body (1-byte prefix), but 30 "é"
    // make it 66 bytes (2-byte prefix); 8180 ASCII + 4 "€" cross 8192 (2 → 3 bytes) for the field.
    const strings = ["é".repeat(30), "é".repeat(63), "é".repeat(64), "€".repeat(40), "x".repeat(8180) + "€€€€", "𝄞".repeat(31)];
    for (const s of strings) {
      const builder = new BatchBuilder(64);
      builder.add({ key: s, value: s, headers: [{ key: s, value: s }], timestampMs: T0 });
      builder.add({ value: s, timestampMs: T0 });
      const batch = builder.finish();
      verifyBatch(batch);
      const [r, valueOnly] = decodeBatch(batch);
      expect(new TextDecoder().decode(r.key!)).toBe(s);
      expect(new TextDecoder().decode(r.value!)).toBe(s);
      expect(r.headers[0].key).toBe(s);
      expect(new TextDecoder().decode(r.headers[0].value)).toBe(s);
      expect(new TextDecoder().decode(valueOnly.value!)).toBe(s);
    }
  });

  it("round-trips large values (1 MiB, 3-byte varints) from a small initial buffer", () => {
    const big = bytesOf(1024 * 1024, 3);
    const builder = new BatchBuilder(16);
    builder.add({ key: utf8("big"), value: big, timestampMs: T0 });
    builder.add({ value: bytesOf(10), timestampMs: T0 });
    const batch = builder.finish();
    verifyBatch(batch);
    const [r0, r1] = decodeBatch(batch);
    expect(hex(r0.value)).toBe(hex(big));
    expect(hex(r1.value)).toBe(hex(bytesOf(10)));
    expect(maxRecordBytes(batch)).toBeGreaterThan(1024 * 1024);
  });

  it("round-trips many records (multi-byte offset deltas) and timestamps far apart (varlong deltas)", () => {
    const inputs: RecordInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      key: i % 3 === 0 ? null : utf8(`k${i}`),
      value: bytesOf(i % 50, i),
      // Deltas beyond ±2^31 ms exercise the varlong path; negative deltas are legal in Kafka.
      timestampMs: i % 1000 === 1 ? T0 + 2 ** 40 : i % 1000 === 2 ? T0 - 2 ** 35 : T0 + i,
    }));
    const batch = encodeBatch(inputs, { baseOffset: 7 });
    const h = verifyBatch(batch);
    expect(h.recordCount).toBe(20_000);
    expect(h.lastOffsetDelta).toBe(19_999);
    expect(h.maxTimestampMs).toBe(T0 + 2 ** 40);
    expect(decodeBatch(batch).map(plain)).toEqual(inputs.map((r, i) => expected(r, 7 + i, 0)));
  });

  it("decodes keys and values as views into the given bytes, not copies", () => {
    const batch = encodeBatch([{ key: utf8("k"), value: utf8("v") }], { nowMs: T0 });
    const [r] = decodeBatch(batch);
    expect(r.key!.buffer).toBe(batch.buffer);
    expect(r.value!.buffer).toBe(batch.buffer);
  });

  it("decodes a batch at a position inside a larger buffer", () => {
    const batch = encodeBatch([{ value: utf8("inner") }], { nowMs: T0, baseOffset: 42 });
    const outer = new Uint8Array(batch.length + 20);
    outer.set(batch, 13);
    const view = outer.subarray(3); // a view whose byteOffset is not 0 either
    expect(decodeBatch(view, 10).map(plain)).toEqual([expected({ value: utf8("inner") }, 42, T0)]);
    expect(readBatchHeader(view, 10).baseOffset).toBe(42);
    expect(offsetForTimestampInBatch(view, T0, 10)).toBe(42);
  });

  it("fast-check: encodeBatch then decodeBatch gives the records back, and BatchBuilder writes the same bytes", () => {
    const field = fc.option(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 80 })), {
      nil: null,
    });
    const record = fc.record(
      {
        key: field,
        value: field,
        headers: fc.array(
          fc.record({ key: fc.string({ unit: "binary", maxLength: 20 }), value: fc.uint8Array({ maxLength: 40 }) }),
          { maxLength: 4 },
        ),
        timestampMs: fc.maxSafeNat().map((n) => n % 2 ** 51),
      },
      { requiredKeys: ["value"] },
    );
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 40 }),
        fc.maxSafeNat().map((n) => n % 2 ** 52),
        (inputs, baseOffset) => {
          const batch = encodeBatch(inputs, { baseOffset, nowMs: T0 });
          const header = verifyBatch(batch);
          expect(header.recordCount).toBe(inputs.length);
          expect(decodeBatch(batch).map(plain)).toEqual(inputs.map((r, i) => expected(r, baseOffset + i, T0)));

          const builder = new BatchBuilder(32, () => T0);
          let size = 0;
          for (const r of inputs) size = builder.add(r);
          expect(size).toBe(batch.length);
          expect(builder.sizeBytes).toBe(batch.length);
          expect(builder.recordCount).toBe(inputs.length);
          expect(hex(builder.finish({ baseOffset }))).toBe(hex(batch));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("BatchBuilder", () => {
  it("reports size and count, returns an independent copy, and resets for reuse", () => {
    const builder = new BatchBuilder(128, () => T0);
    expect(builder.sizeBytes).toBe(BATCH_HEADER_BYTES);
    expect(builder.add({ value: utf8("one") })).toBe(builder.sizeBytes);
    builder.add({ value: "two" });
    expect(builder.recordCount).toBe(2);
    const first = builder.finish({ baseOffset: 5 });
    expect(builder.recordCount).toBe(0);
    expect(builder.sizeBytes).toBe(BATCH_HEADER_BYTES);

    builder.add({ value: utf8("three"), timestampMs: T0 + 1 });
    const second = builder.finish();
    // The first batch was not overwritten by the reuse of the builder's buffer.
    expect(decodeBatch(first).map((r) => new TextDecoder().decode(r.value!))).toEqual(["one", "two"]);
    expect(decodeBatch(second).map((r) => [r.offset, r.timestampMs])).toEqual([[0, T0 + 1]]);
    verifyBatch(first);
    verifyBatch(second);
  });

  it("takes a missing timestamp from its clock at add()", () => {
    let now = T0;
    const builder = new BatchBuilder(128, () => now);
    builder.add({ value: null });
    now += 250;
    builder.add({ value: null });
    expect(decodeBatch(builder.finish()).map((r) => r.timestampMs)).toEqual([T0, T0 + 250]);
  });

  it("discards records on reset() and refuses to finish an empty batch", () => {
    const builder = new BatchBuilder();
    builder.add({ value: utf8("dropped") });
    builder.reset();
    expect(() => builder.finish()).toThrow(RangeError);
    expect(() => encodeBatch([])).toThrow(RangeError);
  });

  it("rejects header values out of their wire ranges", () => {
    const builder = new BatchBuilder();
    builder.add({ value: null });
    expect(() => builder.finish({ producerEpoch: 40_000 })).toThrow(RangeError);
    builder.add({ value: null });
    expect(() => builder.finish({ baseOffset: 2 ** 60 })).toThrow(RangeError);
    expect(() => builder.add({ value: null, timestampMs: 1.5 })).toThrow(RangeError);
  });
});

describe("cross-check with KafkaJS", () => {
  const inputs: RecordInput[] = [
    { key: utf8("key-1"), value: utf8("value-1"), timestampMs: T0 },
    { key: null, value: utf8("no key"), timestampMs: T0 + 10 },
    { key: utf8("k3"), value: null, timestampMs: T0 - 5 },
    { key: utf8("k4"), value: new Uint8Array(0), timestampMs: T0 + 2 ** 33, headers: [{ key: "h1", value: utf8("x") }] },
    { value: bytesOf(1000), timestampMs: T0 + 3, headers: [{ key: "a", value: utf8("1") }, { key: "b", value: new Uint8Array(0) }] },
  ];

  /** Encodes with KafkaJS's RecordBatch, header fields set explicitly to our defaults. */
  async function encodeWithKafkajs(records: RecordInput[], baseOffset: number) {
    const baseTimestampMs = records[0].timestampMs!;
    const encoded = await kafkajsRecordBatch({
      firstOffset: baseOffset,
      firstTimestamp: baseTimestampMs,
      maxTimestamp: Math.max(...records.map((r) => r.timestampMs!)),
      partitionLeaderEpoch: -1,
      lastOffsetDelta: records.length - 1,
      producerId: -1,
      producerEpoch: -1,
      firstSequence: -1,
      records: records.map((r, i) =>
        kafkajsRecord({
          offsetDelta: i,
          timestampDelta: r.timestampMs! - baseTimestampMs,
          key: r.key ? Buffer.from(r.key) : null,
          value: r.value ? Buffer.from(r.value) : null,
          headers: Object.fromEntries((r.headers ?? []).map((h) => [h.key, Buffer.from(h.value)])),
        }),
      ),
    });
    return new Uint8Array(encoded.buffer);
  }

  it("KafkaJS decodes what we encode, and agrees on the CRC", async () => {
    const batch = encodeBatch(inputs, { baseOffset: 1000, producerId: 77, producerEpoch: 3, baseSequence: 9 });
    const decoded = await kafkajsDecode(batch);
    expect(decoded.firstOffset).toBe("1000");
    expect(decoded.firstTimestamp).toBe(String(T0));
    expect(decoded.maxTimestamp).toBe(String(T0 + 2 ** 33));
    expect([decoded.producerId, decoded.producerEpoch, decoded.firstSequence]).toEqual(["77", 3, 9]);
    expect(decoded.lastOffsetDelta).toBe(inputs.length - 1);
    expect(decoded.records.map((r) => ({ offset: r.offset, ts: r.timestamp, key: hex(r.key), value: hex(r.value) }))).toEqual(
      inputs.map((r, i) => ({ offset: String(1000 + i), ts: String(r.timestampMs), key: hex(r.key ?? null), value: hex(r.value) })),
    );
    expect(Object.keys(decoded.records[4].headers)).toEqual(["a", "b"]);
    expect(hex(decoded.records[4].headers.a as Buffer)).toBe(hex(utf8("1")));
    expect(readBatchHeader(batch).crc).toBe(kafkajsCrc32c(Buffer.from(batch.subarray(21))));
  });

  it("we decode and verify what KafkaJS encodes, byte for byte the same as our encoding", async () => {
    const theirs = await encodeWithKafkajs(inputs, 55);
    expect(verifyBatch(theirs).recordCount).toBe(inputs.length);
    expect(decodeBatch(theirs).map(plain)).toEqual(inputs.map((r, i) => expected(r, 55 + i, 0)));
    expect(hex(encodeBatch(inputs, { baseOffset: 55 }))).toBe(hex(theirs));
  });

  it("fast-check: both implementations write identical bytes, and each decodes the other's", async () => {
    const record = fc.record({
      key: fc.option(fc.uint8Array({ maxLength: 60 }), { nil: null }),
      value: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: null }),
      // KafkaJS takes headers as an object: distinct, non-numeric keys keep their order.
      headers: fc.uniqueArray(fc.string({ unit: "binary", maxLength: 10 }).map((k) => `h-${k}`), { maxLength: 3 }).chain((keys) =>
        fc.tuple(...keys.map(() => fc.uint8Array({ maxLength: 20 }))).map((values) => keys.map((key, i) => ({ key, value: values[i] }))),
      ),
      timestampMs: fc.integer({ min: 0, max: 2 ** 31 }).map((n) => T0 + n - 2 ** 30),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 20 }), fc.nat(), async (records, baseOffset) => {
        const theirs = await encodeWithKafkajs(records, baseOffset);
        const ours = encodeBatch(records, { baseOffset });
        expect(hex(ours)).toBe(hex(theirs));
        verifyBatch(theirs);
        expect(decodeBatch(theirs).map(plain)).toEqual(records.map((r, i) => expected(r, baseOffset + i, 0)));
        const back = await kafkajsDecode(ours);
        expect(back.records.map((r) => [r.offset, hex(r.key), hex(r.value)])).toEqual(
          records.map((r, i) => [String(baseOffset + i), hex(r.key), hex(r.value)]),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe("verifyBatch rejects corruption", () => {
  const sample = () =>
    encodeBatch(
      [
        { key: utf8("k"), value: utf8("hello"), headers: [{ key: "h", value: utf8("v") }], timestampMs: T0 },
        { value: utf8("world"), timestampMs: T0 + 1 },
      ],
      { baseOffset: 10 },
    );

  it("accepts the intact batch", () => {
    expect(verifyBatch(sample()).recordCount).toBe(2);
  });

  it("flipping any bit of any byte covered by the CRC gives 'crc'", () => {
    const batch = sample();
    for (let i = 21; i < batch.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const copy = batch.slice();
        copy[i] ^= bit;
        expect(reasonOf(() => verifyBatch(copy)), `byte ${i} bit ${bit}`).toBe("crc");
      }
    }
  });

  it("a changed CRC field gives 'crc', a changed magic 'magic'", () => {
    for (let i = 17; i < 21; i++) {
      const copy = sample();
      copy[i] ^= 0x10;
      expect(reasonOf(() => verifyBatch(copy))).toBe("crc");
    }
    const copy = sample();
    copy[16] = 1;
    expect(reasonOf(() => verifyBatch(copy))).toBe("magic");
    expect(reasonOf(() => decodeBatch(copy))).toBe("magic");
  });

  it("every truncation gives 'truncated'; trailing bytes give 'format'", () => {
    const batch = sample();
    for (let n = 0; n < batch.length; n++) {
      expect(reasonOf(() => verifyBatch(batch.subarray(0, n))), `length ${n}`).toBe("truncated");
      expect(reasonOf(() => decodeBatch(batch.subarray(0, n))), `length ${n}`).toBe("truncated");
    }
    const longer = new Uint8Array(batch.length + 1);
    longer.set(batch);
    expect(reasonOf(() => verifyBatch(longer))).toBe("format");
    expect(() => readBatchHeader(batch.subarray(0, 60))).toThrow(BatchError);
    expect(batchSizeAt(batch.subarray(0, 11))).toBe(-1);
  });

  it("a compression codec in the attributes gives 'compression' (CRC resealed)", () => {
    for (const codec of [1, 2, 3, 4]) {
      const copy = sample();
      copy[22] |= codec;
      reseal(copy);
      expect(reasonOf(() => verifyBatch(copy))).toBe("compression");
      expect(reasonOf(() => decodeBatch(copy))).toBe("compression");
    }
  });

  it("declared count, lastOffsetDelta or record framing that disagree with the records give 'format' (CRC resealed)", () => {
    const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
    const edits: Array<[string, (b: Uint8Array) => void]> = [
      ["count too high", (b) => view(b).setInt32(57, 3)],
      ["count too low", (b) => view(b).setInt32(57, 1)],
      ["count negative", (b) => view(b).setInt32(57, -1)],
      ["lastOffsetDelta", (b) => view(b).setInt32(23, 5)],
      ["record length", (b) => (b[61] += 2)],
      ["offset delta", (b) => (b[64] = 2 << 1)],
    ];
    for (const [name, edit] of edits) {
      const copy = sample();
      edit(copy);
      reseal(copy);
      expect(reasonOf(() => verifyBatch(copy)), name).toBe("format");
    }
    const short = sample();
    view(short).setInt32(8, 40);
    expect(reasonOf(() => verifyBatch(short))).toBe("format");
  });

  it("gapped offset deltas and empty batches pass only with { compacted: true }", async () => {
    const gapped = await kafkajsRecordBatch({
      firstOffset: 0,
      firstTimestamp: T0,
      maxTimestamp: T0,
      lastOffsetDelta: 9,
      records: [0, 4, 7].map((offsetDelta) => kafkajsRecord({ offsetDelta, timestampDelta: 0, key: null, value: Buffer.from("x") })),
    });
    const bytes = new Uint8Array(gapped.buffer);
    expect(reasonOf(() => verifyBatch(bytes))).toBe("format");
    expect(verifyBatch(bytes, { compacted: true }).lastOffsetDelta).toBe(9);
    expect(decodeBatch(bytes).map((r) => r.offset)).toEqual([0, 4, 7]);

    const empty = new Uint8Array((await kafkajsRecordBatch({ lastOffsetDelta: 4, records: [] })).buffer);
    expect(reasonOf(() => verifyBatch(empty))).toBe("format");
    expect(verifyBatch(empty, { compacted: true }).recordCount).toBe(0);
  });

  it("setBaseOffset and setPartitionLeaderEpoch change fields outside the CRC only", () => {
    const batch = sample();
    setBaseOffset(batch, 2 ** 53 - 100);
    setPartitionLeaderEpoch(batch, 12);
    const h = verifyBatch(batch);
    expect([h.baseOffset, h.partitionLeaderEpoch]).toEqual([2 ** 53 - 100, 12]);
    expect(decodeBatch(batch).map((r) => r.offset)).toEqual([2 ** 53 - 100, 2 ** 53 - 99]);

    // In place inside a larger buffer too.
    const outer = new Uint8Array(batch.length + 8);
    outer.set(batch, 8);
    setBaseOffset(outer, 3, 8);
    setPartitionLeaderEpoch(outer, -1, 8);
    const inner = outer.subarray(8);
    expect(verifyBatch(inner).baseOffset).toBe(3);
    expect(readBatchHeader(inner).partitionLeaderEpoch).toBe(-1);
  });
});

describe("endOffsetOf", () => {
  it("is one past the last offset of the last whole batch, like a walk with batchSpans", () => {
    const a = encodeBatch([{ value: utf8("a") }, { value: utf8("b") }], { baseOffset: 7, nowMs: T0 });
    const b = encodeBatch([{ value: utf8("c") }, { value: utf8("d") }, { value: utf8("e") }], { baseOffset: 9, nowMs: T0 });
    const both = new Uint8Array([...a, ...b]);
    let walked = -1;
    for (const span of batchSpans(both)) walked = span.header.baseOffset + span.header.lastOffsetDelta + 1;
    expect(endOffsetOf(both, -1)).toBe(walked);
    expect(endOffsetOf(both, -1)).toBe(12);
    expect(endOffsetOf(both.subarray(0, both.length - 5), -1)).toBe(9); // a trailing partial batch is not counted
    expect(endOffsetOf(new Uint8Array(0), 42)).toBe(42);
  });
});

describe("maxRecordBytes, batchSpans, decodeRecords, offsetForTimestampInBatch", () => {
  it("maxRecordBytes is the largest record length field", () => {
    // attributes 1 + timestampDelta 1 + offsetDelta 1 + null key 1 + value length 2 (zigzag 200) + 100 + header count 1
    expect(maxRecordBytes(encodeBatch([{ value: bytesOf(100) }], { nowMs: T0 }))).toBe(107);
    const mixed = encodeBatch([{ value: bytesOf(10) }, { key: bytesOf(5), value: bytesOf(500) }, { value: null }], { nowMs: T0 });
    // 1 + 1 + 1 + (1 + 5) + (2 + 500) + 1
    expect(maxRecordBytes(mixed)).toBe(512);
  });

  it("batchSpans walks concatenated batches and stops at a trailing partial one", () => {
    const a = encodeBatch([{ value: utf8("a") }, { value: utf8("b") }], { baseOffset: 0, nowMs: T0 });
    const b = encodeBatch([{ value: utf8("c") }], { baseOffset: 2, nowMs: T0 });
    const c = encodeBatch([{ value: utf8("d") }], { baseOffset: 3, nowMs: T0 });
    const log = new Uint8Array(a.length + b.length + c.length - 5);
    log.set(a, 0);
    log.set(b, a.length);
    log.set(c.subarray(0, c.length - 5), a.length + b.length);
    const spans = [...batchSpans(log)].map((s) => [s.start, s.end, s.header.baseOffset]);
    expect(spans).toEqual([
      [0, a.length, 0],
      [a.length, a.length + b.length, 2],
    ]);
    expect([...batchSpans(log.subarray(0, 30))]).toEqual([]);
    expect(decodeRecords(log).map((r) => r.offset)).toEqual([0, 1, 2]);
    expect(decodeRecords(log, 1).map((r) => [r.offset, new TextDecoder().decode(r.value!)])).toEqual([
      [1, "b"],
      [2, "c"],
    ]);
    expect(decodeRecords(log, 3)).toEqual([]);
  });

  it("batchSpans refuses an impossible batchLength instead of looping", () => {
    const a = encodeBatch([{ value: utf8("a") }], { nowMs: T0 });
    new DataView(a.buffer).setInt32(8, -12);
    expect(() => [...batchSpans(a)]).toThrow(BatchError);
  });

  it("decodeRecords skips control batches (transaction markers)", () => {
    const control = encodeBatch([{ key: new Uint8Array([0, 0, 0, 0]), value: new Uint8Array(6) }], { baseOffset: 0, nowMs: T0 });
    control[22] |= 0x20;
    reseal(control);
    const data = encodeBatch([{ value: utf8("x") }], { baseOffset: 1, nowMs: T0 });
    const log = new Uint8Array(control.length + data.length);
    log.set(control, 0);
    log.set(data, control.length);
    expect(decodeRecords(log).map((r) => r.offset)).toEqual([1]);
  });

  it("offsetForTimestampInBatch finds the first record in batch order with timestamp >= ts", () => {
    const batch = encodeBatch(
      [
        { value: null, timestampMs: 100 },
        { value: null, timestampMs: 90 },
        { value: null, timestampMs: 200 },
        { value: null, timestampMs: 300 },
      ],
      { baseOffset: 50 },
    );
    expect(offsetForTimestampInBatch(batch, 0)).toBe(50);
    expect(offsetForTimestampInBatch(batch, 95)).toBe(50);
    expect(offsetForTimestampInBatch(batch, 150)).toBe(52);
    expect(offsetForTimestampInBatch(batch, 300)).toBe(53);
    expect(offsetForTimestampInBatch(batch, 301)).toBeNull();
  });

  it("log-append-time batches give every record the batch's maxTimestamp", () => {
    const batch = encodeBatch(
      [
        { value: null, timestampMs: 100 },
        { value: null, timestampMs: 200 },
      ],
      { baseOffset: 5 },
    );
    batch[22] |= 0x08;
    new DataView(batch.buffer).setBigInt64(35, 999n);
    reseal(batch);
    verifyBatch(batch);
    expect(decodeBatch(batch).map((r) => r.timestampMs)).toEqual([999, 999]);
    expect(offsetForTimestampInBatch(batch, 500)).toBe(5);
    expect(offsetForTimestampInBatch(batch, 1000)).toBeNull();
  });
});
