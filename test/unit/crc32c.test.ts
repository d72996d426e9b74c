// CRC-32C: proves the slicing-by-16 implementation matches published vectors (the check value and RFC 3720's
// iSCSI vectors) and, on random inputs at every alignment and length, KafkaJS's independent byte-at-a-time
// implementation; and that crc32cUpdate composes over split input.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32c, crc32cUpdate } from "../../src/protocol/crc32c.ts";

const require = createRequire(import.meta.url);
const kafkajsCrc32c: (buffer: Buffer) => number = require("kafkajs/src/protocol/recordBatch/crc32C");

const ascii = (s: string) => new TextEncoder().encode(s);
const bytesOf = (n: number, f: (i: number) => number) => Uint8Array.from({ length: n }, (_, i) => f(i));

describe("crc32c", () => {
  it("matches the standard check value and RFC 3720 B.4 vectors (32 bytes of 0x00, 0xff, ascending, descending)", () => {
    expect(crc32c(ascii("123456789"))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(0))).toBe(0);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(bytesOf(32, (i) => i))).toBe(0x46dd794e);
    expect(crc32c(bytesOf(32, (i) => 31 - i))).toBe(0x113fdb5c);
  });

  it("returns an unsigned 32-bit number", () => {
    const crc = crc32c(new Uint8Array(32)); // 0x8a9136aa: top bit set
    expect(crc).toBeGreaterThan(0x7fffffff);
    expect(Number.isInteger(crc)).toBe(true);
  });

  it("honours start and end, at any alignment of the underlying buffer", () => {
    const data = bytesOf(4096 + 64, (i) => (i * 2654435761) >>> 24);
    for (const start of [0, 1, 2, 3, 5, 17]) {
      for (const length of [0, 1, 15, 16, 17, 255, 256, 257, 1000, 4096]) {
        const expected = kafkajsCrc32c(Buffer.from(data.subarray(start, start + length)));
        expect(crc32c(data, start, start + length)).toBe(expected);
        // Same bytes through a view whose byteOffset is unaligned.
        expect(crc32c(data.subarray(start, start + length))).toBe(expected);
      }
    }
  });

  it("agrees with KafkaJS's implementation on random input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(7), (raw, shift) => {
        const shifted = new Uint8Array(raw.length + shift);
        shifted.set(raw, shift);
        const view = shifted.subarray(shift);
        expect(crc32c(view)).toBe(kafkajsCrc32c(Buffer.from(raw)));
      }),
      { numRuns: 300 },
    );
  });

  it("crc32cUpdate continues a CRC across split input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), fc.nat(), (raw, cut) => {
        const at = raw.length === 0 ? 0 : cut % (raw.length + 1);
        expect(crc32cUpdate(crc32c(raw, 0, at), raw, at)).toBe(crc32c(raw));
      }),
      { numRuns: 200 },
    );
  });
});
