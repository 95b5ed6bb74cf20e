import { mulberry32, randomIndex } from "./rng";
import { MIN_FRONTIER_POINTS, refitFrom, type SatFit } from "./saturating";
import type { SatData } from "./saturating-objective";

/** Draws of a saturating bootstrap (natural-log a converted to log10 A), in draw order. */
export interface SatDraws { alpha: Float64Array; log10A: Float64Array; eInf: Float64Array; used: number }

/**
 * Percentile-bootstrap draws for the saturating law: resample the frontier points with replacement
 * (mulberry32(seed), as the line bootstrap does), refit each resample with BFGS started from the
 * full-data optimum, keep converged decreasing fits. A resample with fewer than 4 distinct computes
 * cannot identify 3 parameters and is unusable. Identical resamples (same multiset) are fitted once.
 */
export function bootstrapSaturating(d: SatData, best: SatFit, { resamples, seed }: { resamples: number; seed: number }): SatDraws {
  const n = d.x.length;
  const rng = mulberry32(seed);
  const alpha = new Float64Array(resamples), log10A = new Float64Array(resamples), eInf = new Float64Array(resamples);
  const seen = new Map<string, SatFit | null>();
  const w = new Float64Array(n);
  let used = 0;
  for (let r = 0; r < resamples && n > 0; r++) {
    w.fill(0);
    for (let i = 0; i < n; i++) w[randomIndex(rng, n)]!++;
    const key = w.join(",");
    let fit = seen.get(key);
    if (fit === undefined) {
      fit = distinctComputes(d.x, w) < MIN_FRONTIER_POINTS ? null : usable(refitFrom({ ...d, w: w.slice() }, best.theta));
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
  return f.converged && f.alpha < 0 && Number.isFinite(f.a) && Number.isFinite(f.e) ? f : null;
}

/** Distinct x among points with positive weight (x ascending). */
function distinctComputes(x: Float64Array, w: Float64Array): number {
  let k = 0, last = NaN;
  for (let i = 0; i < x.length; i++) {
    if (w[i]! > 0 && x[i] !== last) { k++; last = x[i]!; }
  }
  return k;
}
