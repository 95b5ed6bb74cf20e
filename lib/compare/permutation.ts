import { mulberry32, randomIndex } from "../fit";

/** A seeded Fisher–Yates permutation of 0..n−1. */
export function permutation(n: number, seed: number): Uint32Array {
  const rng = mulberry32(seed);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}
