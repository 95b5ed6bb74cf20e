import { CI_QUANTILES } from "../fit/bootstrap";
import { fitPowerLaw, predictError } from "../fit/fit";
import type { FitDraws, FitMethodId, FitOk } from "../fit/types";
import { formatPct } from "../format";

/** Observations one law is fitted to: total compute (GMACs) and error (fraction). */
export interface LawInput { task: string; metric: string; group: string; method: FitMethodId; compute: number[]; error: number[] }

/** A fitted law ready for placement: the fit's parameters, its bootstrap draws and the fitted points' residuals. */
export type Law = Pick<FitOk, "method" | "alpha" | "A" | "log10A" | "eInf" | "n" | "nFit" | "xMin" | "xMax" | "ciReason"> & {
  task: string;
  metric: string;
  group: string;
  draws: FitDraws | null;
  /** log10 E − log10 law(C) of the points the estimator fitted. */
  residuals: number[];
};

/** A task × group without a law, and why. */
export interface NoLaw { task: string; metric: string; group: string; method: FitMethodId; reason: string }

/** Fit a law with lib/fit (default bootstrap, draws kept) — the same fit the ingest stores. */
export function buildLaw(input: LawInput): Law | NoLaw {
  const { task, metric, group, method } = input;
  const fit = fitPowerLaw(input.compute, input.error, { method, keepDraws: true });
  if (!fit.ok) return { task, metric, group, method, reason: fit.reason };
  const residuals = fit.fitted.map((p) => p.y - Math.log10(predictError(fit, 10 ** p.x)));
  return {
    task, metric, group, method, alpha: fit.alpha, A: fit.A, log10A: fit.log10A, eInf: fit.eInf, n: fit.n, nFit: fit.nFit,
    xMin: fit.xMin, xMax: fit.xMax, ciReason: fit.ciReason, draws: fit.draws ?? null, residuals,
  };
}

export function isLaw(l: Law | NoLaw): l is Law {
  return "alpha" in l;
}

/**
 * The law at compute C (GMACs) with its 95% prediction interval: the 2.5% and 97.5% quantiles of
 * log10 law_b(C) + r_j over every bootstrap draw b and every residual r_j of the fitted points
 * (the law's uncertainty plus the scatter of the points it was fitted to). No interval when the
 * interval rule (ci-rule.ts) says so.
 */
export function lawAt(law: Law, compute: number): { error: number; lo: number | null; hi: number | null } {
  const error = predictError(law, compute);
  if (law.ciReason !== null || !law.draws || law.residuals.length === 0) return { error, lo: null, hi: null };
  const { alpha, log10A, eInf } = law.draws;
  const nr = law.residuals.length;
  const vals = new Float64Array(alpha.length * nr);
  const lc = Math.log10(compute);
  let k = 0;
  for (let b = 0; b < alpha.length; b++) {
    // A pure power law is a line in log space: no pow per draw.
    let lp = log10A[b]! + alpha[b]! * lc;
    if (eInf) {
      const p = eInf[b]! + 10 ** lp;
      if (!(p > 0)) continue;
      lp = Math.log10(p);
    }
    if (!Number.isFinite(lp)) continue;
    for (let j = 0; j < nr; j++) vals[k++] = lp + law.residuals[j]!;
  }
  if (k === 0) return { error, lo: null, hi: null };
  const v = vals.subarray(0, k);
  return { error, lo: 10 ** quantileInPlace(v, CI_QUANTILES[0]), hi: 10 ** quantileInPlace(v, CI_QUANTILES[1]) };
}

/**
 * The compute at which the law reaches error E: C = ((E − E∞)/A)^(1/α) (E∞ = 0 for a power law).
 * None when E is at or below E∞ (the law never gets there) or the law does not fall with compute.
 */
export function effectiveCompute(law: Pick<Law, "alpha" | "A" | "eInf">, error: number): { value: number } | { reason: string } {
  const floor = law.eInf ?? 0;
  if (!(law.alpha < 0)) return { reason: "the law does not fall with compute (α ≥ 0)" };
  if (error <= floor) return { reason: law.eInf === null ? "error is 0" : `error at or below the law's floor E∞ = ${formatPct(floor)}` };
  const value = Math.exp(Math.log((error - floor) / law.A) / law.alpha);
  return Number.isFinite(value) && value > 0 ? { value } : { reason: "beyond the range a number can hold" };
}

/**
 * Quantile q of `values` (reordered in place) with numpy.percentile's default linear
 * interpolation, in O(n) by selection instead of a full sort (a prediction interval has
 * draws × residuals values per placement row).
 */
function quantileInPlace(values: Float64Array, q: number): number {
  const m = values.length;
  if (m === 0) throw new RangeError("quantile of an empty sample");
  const h = q * (m - 1);
  const lo = Math.floor(h);
  const a = select(values, lo);
  if (lo + 1 >= m) return a;
  let b = Infinity;
  for (let i = lo + 1; i < m; i++) if (values[i]! < b) b = values[i]!;
  const t = h - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** Hoare-style quickselect: puts the k-th smallest at index k, smaller before, larger after. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as the pivot keeps sorted or constant runs from going quadratic.
    const x = a[left]!, y = a[mid]!, z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) { const t = a[i]!; a[i] = a[j]!; a[j] = t; i++; j--; }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}
