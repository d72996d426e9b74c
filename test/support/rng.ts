/**
 * Seeded randomness for fault tests: one seed per run, taken from EDGELOG_SEED when set (to replay a
 * failure) and printed in every failure message, so a failing schedule can be run again exactly.
 */

/** The run's seed: $EDGELOG_SEED, or a fresh one. */
export function runSeed(): number {
  const fromEnv = process.env.EDGELOG_SEED;
  return fromEnv !== undefined && fromEnv !== "" ? Number(fromEnv) >>> 0 : Math.floor(Math.random() * 2 ** 31);
}

/** mulberry32: a small, fast PRNG with 32 bits of state; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
