import { bootstrapDraws, intervalsFromDraws } from "./bootstrap";
import { estimators } from "./estimators";
import { sortPoints } from "./sort-points";
import type { FitFail, FitOptions, FitResult } from "./types";
import { findInputProblem } from "./validate";

/** Bootstrap used when FitOptions.bootstrap is omitted (the seed is the paper's year, fixed for reproducibility). */
export const DEFAULT_BOOTSTRAP = { resamples: 1000, seed: 20230101 } as const;

/** Fits E = A·C^α (E error fraction, C compute in GMACs) by a line in log10–log10 space, with bootstrap CIs. */
export function fitPowerLaw(
  compute: readonly number[],
  error: readonly number[],
  opts: FitOptions,
): FitResult {
  const { method } = opts;
  const n = Math.min(compute.length, error.length);
  const fail = (reason: string): FitFail => ({ ok: false, method, n, reason });

  // Method ids can arrive from URLs at runtime, so the type alone does not guarantee a hit.
  const estimator = Object.hasOwn(estimators, method) ? estimators[method] : undefined;
  if (!estimator) return fail(`unknown fit method "${String(method)}"`);
  const problem = findInputProblem(compute, error);
  if (problem) return fail(problem);

  // Sorted so that the fit, not only the bootstrap, is independent of row order (float sums are not).
  const { xs, ys } = sortPoints(
    compute.map((c) => Math.log10(c)),
    error.map((e) => Math.log10(e)),
  );
  const line = estimator(xs, ys);
  if ("reason" in line) return fail(line.reason);
  const A = 10 ** line.intercept;
  if (![line.slope, line.intercept, line.r2, A].every(Number.isFinite)) {
    return fail("fit produced non-finite parameters");
  }

  const bopts = opts.bootstrap === false ? null : (opts.bootstrap ?? DEFAULT_BOOTSTRAP);
  const d = bopts && bootstrapDraws(xs, ys, estimator, bopts);
  // Intervals sort their input in place, so the kept draws are copies in draw order.
  const draws = d && opts.keepDraws ? { alpha: d.slopes.slice(), log10A: d.intercepts.slice(), eInf: null } : undefined;
  const boot = d && bopts ? intervalsFromDraws(d, bopts) : null;
  const log10ACi = boot?.interceptCi ?? null;
  const aCi = log10ACi && finitePair([10 ** log10ACi[0], 10 ** log10ACi[1]]);

  return {
    ok: true,
    method,
    alpha: line.slope,
    log10A: line.intercept,
    A,
    n,
    r2: line.r2,
    xMin: Math.min(...compute),
    xMax: Math.max(...compute),
    alphaCi: boot?.slopeCi ?? null,
    aCi,
    log10ACi,
    bootstrap: boot && { resamples: boot.resamples, used: boot.used, seed: boot.seed },
    fitted: line.points,
    ...(draws ? { draws } : {}),
  };
}

/** Predicted error E∞ + A·C^α at compute C (GMACs); E∞ is absent or null for a pure power law. */
export function predictError(fit: { alpha: number; A: number; eInf?: number | null }, compute: number): number {
  return (fit.eInf ?? 0) + fit.A * compute ** fit.alpha;
}

/** The pair, or null if 10^intercept overflowed/underflowed to a value that cannot be shown. */
function finitePair(pair: [number, number]): [number, number] | null {
  return pair.every((v) => Number.isFinite(v) && v > 0) ? pair : null;
}
