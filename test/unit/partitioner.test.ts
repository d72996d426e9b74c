// Kafka's default partitioner: proves murmur2 reproduces Kafka's own UtilsTest.testMurmur2 vectors, and that
// murmur2 and partitionForKey agree with KafkaJS's Java-compatible DefaultPartitioner on random keys, so a key
// maps to the same partition whichever client produced it.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { murmur2, partitionForKey, toPositive } from "../../client/partitioner.ts";

const require = createRequire(import.meta.url);
const kafkajsMurmur2: (key: Buffer) => number = require("kafkajs/src/producer/partitioners/default/murmur2");
const createKafkajsPartitioner = require("kafkajs/src/producer/partitioners/default") as () => (args: {
  topic: string;
  partitionMetadata: Array<{ partitionId: number; leader: number }>;
  message: { key: Buffer; partition?: number };
}) => number;

const ascii = (s: string) => new TextEncoder().encode(s);

describe("murmur2", () => {
  // apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
  const kafkaVectors: Array<[string, number]> = [
    ["21", -973932308],
    ["foobar", -790332482],
    ["a-little-bit-long-string", -985981536],
    ["a-little-bit-longer-string", -1486304829],
    ["lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971],
    ["abc", 479470107],
  ];
  it.each(kafkaVectors)("murmur2(%j) is Kafka's %d", (key, expected) => {
    expect(murmur2(ascii(key))).toBe(expected);
  });

  it("covers every tail length (0-3 trailing bytes) and the empty key", () => {
    for (const key of ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg"]) {
      expect(murmur2(ascii(key))).toBe(kafkajsMurmur2(Buffer.from(key)));
    }
  });

  it("agrees with KafkaJS's Java-compatible murmur2 on random keys (high bytes included)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (key) => {
        expect(murmur2(key)).toBe(kafkajsMurmur2(Buffer.from(key)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("partitionForKey", () => {
  it("toPositive clears the sign bit like Kafka's Utils.toPositive", () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(5)).toBe(5);
  });

  it("matches toPositive(murmur2(key)) % count for Kafka's vectors", () => {
    expect(partitionForKey(ascii("foobar"), 10)).toBe((-790332482 & 0x7fffffff) % 10);
    expect(partitionForKey(ascii("abc"), 7)).toBe(479470107 % 7);
  });

  it("agrees with KafkaJS's DefaultPartitioner for random keys and partition counts", () => {
    const partitioner = createKafkajsPartitioner();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.integer({ min: 1, max: 1024 }), (key, count) => {
        const partitionMetadata = Array.from({ length: count }, (_, partitionId) => ({ partitionId, leader: 0 }));
        const expected = partitioner({ topic: "t", partitionMetadata, message: { key: Buffer.from(key) } });
        expect(partitionForKey(key, count)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("is stable for the same key (Kafka's DefaultPartitionerTest) and stays in range", () => {
    const key = ascii("key");
    expect(partitionForKey(key, 3)).toBe(partitionForKey(key, 3));
    for (let i = 0; i < 1000; i++) {
      const p = partitionForKey(ascii(`order-${i}`), 12);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(12);
    }
  });

  it("rejects a partition count below 1", () => {
    expect(() => partitionForKey(ascii("k"), 0)).toThrow(RangeError);
    expect(() => partitionForKey(ascii("k"), 1.5)).toThrow(RangeError);
  });
});
