import { mulberry32, randomIndex } from "./rng";
import { sortPoints } from "./sort-points";
import type { LineEstimator } from "./types";

/** Quantiles of the bootstrap distribution that bound the 95% percentile interval. */
export const CI_QUANTILES = [0.025, 0.975] as const;

/** How many resamples to draw and the PRNG seed. */
export interface BootstrapOptions {
  resamples: number;
  seed: number;
}

/** Percentile intervals for slope and intercept; null when no resample could be fitted. */
export interface BootstrapResult {
  resamples: number;
  used: number;
  seed: number;
  slopeCi: [number, number] | null;
  interceptCi: [number, number] | null;
}

/** Quantile q ∈ [0, 1] of ascending `sorted`, like numpy.percentile's default ("linear") method. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const m = sorted.length;
  if (m === 0) throw new RangeError("quantile of an empty sample");
  const h = q * (m - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  const t = h - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // numpy's _lerp interpolates from the nearer end, which keeps the result within [a, b].
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/**
 * Percentile bootstrap of a line estimator: resample the n (x, y) observations with replacement,
 * refit each resample, skip resamples the estimator cannot fit, and report 95% intervals.
 * Input is sorted by (x, y) first, so the result depends only on the multiset of points and the seed.
 */
export function bootstrapLine(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  estimator: LineEstimator,
  { resamples, seed }: BootstrapOptions,
): BootstrapResult {
  if (!Number.isInteger(resamples) || resamples < 0) {
    throw new RangeError(`resamples must be an integer ≥ 0; got ${resamples}`);
  }
  return intervalsFromDraws(bootstrapDraws(xs, ys, estimator, { resamples, seed }), { resamples, seed });
}

/** The 95% percentile intervals of given draws (left in draw order); null intervals when none was usable. */
export function intervalsFromDraws(
  { slopes, intercepts, used }: { slopes: Float64Array; intercepts: Float64Array; used: number },
  { resamples, seed }: BootstrapOptions,
): BootstrapResult {
  if (used === 0) return { resamples, used, seed, slopeCi: null, interceptCi: null };
  return { resamples, used, seed, slopeCi: percentileInterval(slopes), interceptCi: percentileInterval(intercepts) };
}

/** The 95% percentile interval of draws (sorted in a copy; typed-array sort is numeric). */
export function percentileInterval(draws: Float64Array): [number, number] {
  const sorted = draws.slice().sort();
  return [quantileSorted(sorted, CI_QUANTILES[0]), quantileSorted(sorted, CI_QUANTILES[1])];
}

/**
 * The resamples behind bootstrapLine, in draw order: data sorted by (x, y), mulberry32(seed), n
 * draws with replacement per resample, unfittable resamples skipped. Exported so other statistics
 * (e.g. a difference of slopes) reuse exactly the stored intervals' draws.
 */
export function bootstrapDraws(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  estimator: LineEstimator,
  { resamples, seed }: BootstrapOptions,
): { slopes: Float64Array; intercepts: Float64Array; used: number } {
  const { xs: sx, ys: sy } = sortPoints(xs, ys);
  const n = sx.length;
  const rng = mulberry32(seed);
  // Scratch buffers reused by every resample; estimators copy what they keep.
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const slopes = new Float64Array(resamples);
  const intercepts = new Float64Array(resamples);
  let used = 0;
  for (let r = 0; r < resamples && n > 0; r++) {
    for (let i = 0; i < n; i++) {
      const j = randomIndex(rng, n);
      bx[i] = sx[j]!;
      by[i] = sy[j]!;
    }
    const fit = estimator(bx, by, true);
    if ("reason" in fit || !Number.isFinite(fit.slope) || !Number.isFinite(fit.intercept)) continue;
    slopes[used] = fit.slope;
    intercepts[used] = fit.intercept;
    used++;
  }
  return { slopes: slopes.subarray(0, used), intercepts: intercepts.subarray(0, used), used };
}
