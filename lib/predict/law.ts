import { quantileSorted, CI_QUANTILES } from "../fit";
import type { FitOk } from "../fit/types";

/**
 * A fitted law as prediction needs it, in the generic form E = E∞ + A·C^α so that any estimator
 * (pure power laws: E∞ null; saturating laws: E∞ fitted) plugs in unchanged.
 */
export type Law = FitOk;

/** Why the law gets no interval (the one rule, lib/fit/ci-rule), or null; missing draws are a reason too. */
function intervalReason(law: Law): string | null {
  if (law.ciReason) return law.ciReason;
  if (!law.draws || law.draws.alpha.length === 0) return "no interval: the bootstrap draws were not kept";
  return null;
}

/** Point prediction E∞ + A·C^α (error fraction) at compute C (GMACs), evaluated in log space. */
export function lawError(law: Pick<Law, "alpha" | "log10A" | "eInf">, compute: number): number {
  return (law.eInf ?? 0) + 10 ** (law.log10A + law.alpha * Math.log10(compute));
}

/** A 95% interval, or null with the reason. Never zero-width: a degenerate spread is reported as no interval. */
export type Interval = { interval: [number, number]; reason: null } | { interval: null; reason: string };

/** 95% percentile interval of a statistic computed per bootstrap draw (Infinity allowed: "never reached"). */
export function drawInterval(law: Law, stat: (alpha: number, log10A: number, eInf: number) => number): Interval {
  const reason = intervalReason(law);
  if (reason) return { interval: null, reason };
  const d = law.draws!;
  const values = new Float64Array(d.alpha.length);
  for (let i = 0; i < values.length; i++) values[i] = stat(d.alpha[i]!, d.log10A[i]!, d.eInf?.[i] ?? 0);
  values.sort();
  const lo = quantile(values, CI_QUANTILES[0]);
  const hi = quantile(values, CI_QUANTILES[1]);
  if (Number.isNaN(lo) || Number.isNaN(hi)) return { interval: null, reason: "no interval: the draws give no finite value here" };
  // Widths at rounding level (draws equal up to float noise) count as zero.
  // (An upper end of +Infinity — some draws never reach it — is a width, not a zero: Inf > 1e-9·Inf is false.)
  if (!(hi === Infinity && lo < Infinity) && !(hi - lo > 1e-9 * Math.max(Math.abs(lo), Math.abs(hi)))) return { interval: null, reason: "no interval: every bootstrap draw gives the same value (a zero-width interval would overstate certainty)" };
  return { interval: [lo, hi], reason: null };
}

/** 95% prediction interval of the error at compute C: the spread of E∞ + A·C^α over the fit's bootstrap draws. */
export function errorInterval(law: Law, compute: number): Interval {
  const lc = Math.log10(compute);
  return drawInterval(law, (alpha, log10A, eInf) => eInf + 10 ** (log10A + alpha * lc));
}

/** quantileSorted that lets +Infinity through (numpy-style interpolation would give NaN next to it). */
function quantile(sorted: Float64Array, q: number): number {
  const h = q * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  if (sorted[hi] === Infinity && h > lo) return Infinity;
  if (sorted[lo] === Infinity) return Infinity;
  return quantileSorted(sorted, q);
}
