import { mulberry32, randomIndex } from "./rng";
import { MIN_FRONTIER_POINTS, type SatFit } from "./saturating";
import { refitFrom, type RefitContext } from "./saturating-refit";
import { satLoss, type SatData } from "./saturating-objective";
import { sortPoints } from "./sort-points";

/** Draws of a saturating bootstrap (natural-log a converted to log10 A), in draw order. */
export interface SatDraws { alpha: Float64Array; log10A: Float64Array; eInf: Float64Array; used: number }

/**
 * Percentile-bootstrap draws for the saturating law. Each resample draws the n observations (all
 * models, not only the frontier) with replacement (mulberry32(seed), as the line bootstrap does),
 * takes the Pareto frontier of the resample, and refits by BFGS started from the full-data optimum
 * (or a previous resample's, see below);
 * converged decreasing fits are kept. Resampling whole models re-runs the frontier selection, so
 * the interval carries that step's uncertainty too: resampling only the frontier points covered the
 * true α in 80% of synthetic data sets (npm run bench:coverage), this covers ≥ 90%. A resample
 * whose frontier has fewer than 4 distinct computes cannot identify 3 parameters and is unusable.
 * Identical resampled frontiers (same points, same multiplicities) are fitted once.
 */
export function bootstrapSaturating(
  compute: readonly number[], error: readonly number[], full: SatData, best: SatFit, { resamples, seed }: { resamples: number; seed: number },
): SatDraws {
  // Sorted so the draws depend only on the multiset of observations and the seed.
  const { xs: c, ys: e } = sortPoints(compute, error);
  const n = c.length;
  const lnC = Float64Array.from(c, (v) => Math.log(v) - full.xBar);
  const lnE = Float64Array.from(e, Math.log);
  const rng = mulberry32(seed);
  const alpha = new Float64Array(resamples), log10A = new Float64Array(resamples), eInf = new Float64Array(resamples);
  const seen = new Map<string, SatFit | null>();
  const counts = new Int32Array(n);
  const front = new Int32Array(n);
  const bx = new Float64Array(n), by = new Float64Array(n), bw = new Float64Array(n);
  const ctx: RefitContext = { inside: [] };
  const sameFront = new Map<string, Float64Array>();
  const g = new Float64Array(3);
  let used = 0;
  for (let r = 0; r < resamples && n > 0; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[randomIndex(rng, n)]!++;
    const m = sortedFrontier(c, e, counts, front);
    // The resample's frontier with multiplicities: char codes (i, count) while n fits in 16 bits.
    let key = "";
    for (let k = 0; k < m; k++) key += n < 0x10000 ? String.fromCharCode(front[k]!, counts[front[k]!]!) : `${front[k]}:${counts[front[k]!]},`;
    let fit = seen.get(key);
    if (fit === undefined) {
      let distinct = 0;
      for (let k = 0; k < m; k++) if (k === 0 || c[front[k]!] !== c[front[k - 1]!]) distinct++;
      if (distinct < MIN_FRONTIER_POINTS) fit = null;
      else {
        let points = "";
        for (let k = 0; k < m; k++) {
          const i = front[k]!;
          points += `${i},`;
          bx[k] = lnC[i]!;
          by[k] = lnE[i]!;
          bw[k] = counts[i]!;
        }
        const d = { x: bx.subarray(0, m), lnE: by.subarray(0, m), w: bw.subarray(0, m), xBar: full.xBar };
        // Start from the last optimum of a resample with the same frontier points (other counts)
        // when it fits this one better than the full-data optimum: ~18% fewer evaluations.
        const near = sameFront.get(points);
        const raw = refitFrom(d, near && satLoss(d, near, g) < satLoss(d, best.theta, g) ? near : best.theta, ctx);
        if (raw.converged) sameFront.set(points, raw.theta);
        fit = usable(raw);
      }
      seen.set(key, fit);
    }
    if (!fit) continue;
    alpha[used] = fit.alpha;
    log10A[used] = fit.a / Math.LN10;
    eInf[used] = Math.exp(fit.e);
    used++;
  }
  return { alpha: alpha.subarray(0, used), log10A: log10A.subarray(0, used), eInf: eInf.subarray(0, used), used };
}

function usable(f: SatFit): SatFit | null {
  // e = −∞ is an optimum on the edge E∞ = 0.
  return f.converged && f.alpha < 0 && Number.isFinite(f.a) && (Number.isFinite(f.e) || f.e === -Infinity) ? f : null;
}

/**
 * paretoFrontier of the drawn points (counts[i] > 0) for data already sorted by (compute, error),
 * in one pass: the same indices, in increasing order, written to `out`; returns how many.
 */
export function sortedFrontier(c: Float64Array, e: Float64Array, counts: Int32Array, out: Int32Array): number {
  let m = 0;
  let best = Infinity; // smallest drawn error at strictly smaller compute
  const n = c.length;
  for (let k = 0; k < n; ) {
    while (k < n && counts[k] === 0) k++;
    if (k === n) break;
    // Drawn points with this compute, in increasing error: only the group's minimum can survive.
    const groupMin = e[k]!;
    let j = k;
    for (; j < n && c[j] === c[k]; j++) {
      if (counts[j] === 0) continue;
      if (e[j] === groupMin && !(best < e[j]!)) out[m++] = j;
    }
    best = Math.min(best, groupMin);
    k = j;
  }
  return m;
}
