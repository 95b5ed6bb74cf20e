import { bootstrapDraws, intervalsFromDraws } from "./bootstrap";
import { ciReason } from "./ci-rule";
import { estimators, isLineMethod } from "./estimators";
import { fitSaturatingLaw } from "./saturating-law";
import { sortPoints } from "./sort-points";
import type { FitFail, FitOptions, FitResult } from "./types";
import { bootstrapOptions, finitePair } from "./options";
import { findInputProblem } from "./validate";

export { DEFAULT_BOOTSTRAP } from "./options";

/**
 * Fits E = A·C^α (E error fraction, C compute in GMACs) by a line in log10–log10 space, or
 * E = E∞ + A·C^α (method "saturating") on the Pareto frontier, with bootstrap intervals that obey
 * the one interval rule (ciReason): no interval below 5 fitted points or 90% usable resamples.
 */
export function fitPowerLaw(
  compute: readonly number[],
  error: readonly number[],
  opts: FitOptions,
): FitResult {
  const { method } = opts;
  const n = Math.min(compute.length, error.length);
  const fail = (reason: string): FitFail => ({ ok: false, method, n, reason });

  // Method ids can arrive from URLs at runtime, so the type alone does not guarantee a hit.
  if (method !== "saturating" && !isLineMethod(method)) return fail(`unknown fit method "${String(method)}"`);
  const problem = findInputProblem(compute, error);
  if (problem) return fail(problem);
  if (method === "saturating") return fitSaturatingLaw(compute, error, opts);
  const estimator = estimators[method];

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

  const nFit = line.points.length;
  // Below the rule's minimum no interval may be shown, so no bootstrap is run at all.
  const bopts = ciReason(nFit, { resamples: 1, used: 1 }) ? null : bootstrapOptions(opts);
  const d = bopts && bootstrapDraws(xs, ys, estimator, bopts);
  const boot = d && bopts ? intervalsFromDraws(d, bopts) : null;
  const reason = ciReason(nFit, boot);
  const log10ACi = reason ? null : (boot?.interceptCi ?? null);

  return {
    ok: true,
    method,
    alpha: line.slope,
    log10A: line.intercept,
    A,
    n,
    nFit,
    eInf: null,
    r2: line.r2,
    ciReason: reason,
    xMin: Math.min(...compute),
    xMax: Math.max(...compute),
    alphaCi: reason ? null : (boot?.slopeCi ?? null),
    aCi: log10ACi && finitePair([10 ** log10ACi[0], 10 ** log10ACi[1]]),
    log10ACi,
    bootstrap: boot && { resamples: boot.resamples, used: boot.used, seed: boot.seed },
    fitted: line.points,
    ...(d && opts.keepDraws && !reason ? { draws: { alpha: d.slopes, log10A: d.intercepts, eInf: null } } : {}),
  };
}

/** Predicted error E∞ + A·C^α at compute C (GMACs); E∞ is absent or null for a pure power law. */
export function predictError(fit: { alpha: number; A: number; eInf?: number | null }, compute: number): number {
  return (fit.eInf ?? 0) + fit.A * compute ** fit.alpha;
}
