/** A seeded uniform generator on [0, 1). */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger): 32-bit state, period 2^32. Plenty for bootstrap index draws
 * (1000 resamples × ~30 points), and deterministic across engines because it uses only
 * 32-bit integer operations.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n) drawn from `rng`. */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}
