/**
 * Kafka's default partitioner for keyed records: partition = toPositive(murmur2(key)) % partitionCount,
 * with murmur2 exactly as Kafka's Utils.murmur2 (MurmurHash2, seed 0x9747b28c, little-endian 4-byte
 * blocks, signed 32-bit result). Matching it bit for bit means a key lands on the same partition
 * whether a Java client, KafkaJS (DefaultPartitioner) or this SDK produced it.
 * Pure and platform-free: Math.imul gives Java's wrapping 32-bit multiply.
 */

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** Kafka's Utils.murmur2: a signed 32-bit hash of the key bytes. */
export function murmur2(key: Uint8Array): number {
  const length = key.length;
  let h = SEED ^ length;
  const blocksEnd = length & ~3;
  for (let i = 0; i < blocksEnd; i += 4) {
    let k = key[i] | (key[i + 1] << 8) | (key[i + 2] << 16) | (key[i + 3] << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  // The 1-3 trailing bytes, falling through as in Kafka's switch.
  switch (length & 3) {
    case 3:
      h ^= key[blocksEnd + 2] << 16;
    // falls through
    case 2:
      h ^= key[blocksEnd + 1] << 8;
    // falls through
    case 1:
      h ^= key[blocksEnd];
      h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils.toPositive: clears the sign bit (not Math.abs, which fails for -2^31). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** The partition Kafka's default partitioner picks for a non-null key. */
export function partitionForKey(key: Uint8Array, partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount < 1) {
    throw new RangeError(`partitionCount must be a positive integer, got ${partitionCount}`);
  }
  return toPositive(murmur2(key)) % partitionCount;
}
