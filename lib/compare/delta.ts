import { bootstrapDraws, estimators, fitPowerLaw, isLineMethod, mulberry32, quantileSorted, randomIndex, CI_QUANTILES, type FitMethodId, type LineEstimator } from "../fit";

/** Observations of one fit group: compute C (GMACs) and error E (fraction), index-aligned. */
export interface Observations {
  compute: readonly number[];
  error: readonly number[];
}

/** Salt for the PRNG that pairs the two groups' resamples (kept apart from the resampling stream). */
const PAIRING_SALT = 0x9e3779b9;

/**
 * Bootstrap slopes of one group, drawn exactly as lib/fit's bootstrapLine draws them (log10 data
 * sorted by (x, y), mulberry32(seed), n draws with replacement per resample, unfittable resamples
 * skipped), so their percentiles are the stored α intervals. Returns the fitted slopes in draw order.
 */
export function bootstrapSlopes(obs: Observations, estimator: LineEstimator, opts: { resamples: number; seed: number }): Float64Array {
  return bootstrapDraws(obs.compute.map(Math.log10), obs.error.map(Math.log10), estimator, opts).slopes.slice();
}

/** bootstrapSlopes with the estimator of a method id. */
export function bootstrapSlopesFor(obs: Observations, method: FitMethodId, opts: { resamples: number; seed: number }): Float64Array {
  if (isLineMethod(method)) return bootstrapSlopes(obs, estimators[method], opts);
  // The saturating law is not a line estimator: its draws come from fitPowerLaw (none without an interval).
  const r = fitPowerLaw([...obs.compute], [...obs.error], { method, bootstrap: opts, keepDraws: true });
  return r.ok && r.draws ? r.draws.alpha.slice() : new Float64Array(0);
}

/** 95% percentile interval of Δα = α_b − α_a and how many paired resamples it used. */
export interface DeltaCi {
  ci: [number, number];
  used: number;
}

/**
 * Percentile CI of α_b − α_a from the two groups' independent bootstrap slopes. Both groups are
 * drawn with the same seed (so each matches its stored CI); when their sizes agree they would
 * share index sequences, so b's slopes are paired through a seeded random permutation, which makes
 * the pairs independent. Null when either group has no fitted resample.
 */
export function slopeDifferenceCi(slopesA: Float64Array, slopesB: Float64Array, seed: number): DeltaCi | null {
  const m = Math.min(slopesA.length, slopesB.length);
  if (m === 0) return null;
  const perm = permutation(slopesB.length, (seed ^ PAIRING_SALT) >>> 0);
  const diffs = new Float64Array(m);
  for (let i = 0; i < m; i++) diffs[i] = slopesB[perm[i]!]! - slopesA[i]!;
  diffs.sort();
  return { ci: [quantileSorted(diffs, CI_QUANTILES[0]), quantileSorted(diffs, CI_QUANTILES[1])], used: m };
}

/** A seeded Fisher–Yates permutation of 0..n−1. */
function permutation(n: number, seed: number): Uint32Array {
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
