import { computeMultiplier, crossingLog10, rangePosition, type Multiplier, type RangePosition } from "./laws";
import { slopeDifferenceCi, type DeltaCi } from "./delta";

/**
 * Below this many observations a bootstrap interval is not meaningful: with 3 points there are
 * only 10 distinct resamples (CLIP-WIT has 3 models), so the percentiles are a handful of values.
 */
export const MIN_POINTS_FOR_CI = 5;

/** The stored fit columns this view needs (a structural subset of the fits table row). */
export interface StoredFit {
  status: "ok" | "no_fit";
  reason: string | null;
  n: number;
  alpha: number | null;
  alphaLo: number | null;
  alphaHi: number | null;
  coefficient: number | null;
  coefficientLo: number | null;
  coefficientHi: number | null;
  log10Coefficient: number | null;
  r2: number | null;
  xMin: number | null;
  xMax: number | null;
}

/** One group's fit as shown: the law, its CIs and whether it has enough points for the CI to mean much. */
export type GroupFit =
  | { ok: true; n: number; alpha: number; alphaCi: [number, number] | null; A: number; aCi: [number, number] | null; log10A: number; r2: number | null; range: [number, number]; fewPoints: boolean }
  | { ok: false; n: number; reason: string };

/** One task of the comparison table; Δα, C* and the multiplier are null when either fit is missing. */
export interface CompareRow {
  task: string;
  metric: string;
  a: GroupFit;
  b: GroupFit;
  delta: { value: number; ci: DeltaCi | null } | null;
  crossing: { log10C: number; position: RangePosition } | { parallel: true } | null;
  multiplier: Multiplier | null;
  /** Δα's CI excludes 0. */
  differs: boolean;
  /** Both fits have ≥ MIN_POINTS_FOR_CI observations, so `differs` can be trusted. */
  trusted: boolean;
}

const pair = (lo: number | null, hi: number | null): [number, number] | null => (lo === null || hi === null ? null : [lo, hi]);

/** A stored fit row → GroupFit (a missing row counts as "no fit"). */
export function toGroupFit(f: StoredFit | undefined): GroupFit {
  if (!f) return { ok: false, n: 0, reason: "no fit stored" };
  if (f.status !== "ok" || f.alpha === null || f.coefficient === null || f.log10Coefficient === null || f.xMin === null || f.xMax === null) {
    return { ok: false, n: f.n, reason: f.reason ?? "no fit" };
  }
  return {
    ok: true, n: f.n, alpha: f.alpha, alphaCi: pair(f.alphaLo, f.alphaHi), A: f.coefficient, aCi: pair(f.coefficientLo, f.coefficientHi),
    log10A: f.log10Coefficient, r2: f.r2, range: [f.xMin, f.xMax], fewPoints: f.n < MIN_POINTS_FOR_CI,
  };
}

/** Compose one table row from both groups' stored fits and bootstrap slopes (multiplier at b's largest compute). */
export function buildCompareRow(task: string, metric: string, fa: StoredFit | undefined, fb: StoredFit | undefined, slopesA: Float64Array, slopesB: Float64Array, seed: number): CompareRow {
  const a = toGroupFit(fa);
  const b = toGroupFit(fb);
  if (!a.ok || !b.ok) return { task, metric, a, b, delta: null, crossing: null, multiplier: null, differs: false, trusted: false };
  const ci = slopeDifferenceCi(slopesA, slopesB, seed);
  const x = crossingLog10(a, b);
  const differs = ci !== null && (ci.ci[0] > 0 || ci.ci[1] < 0);
  return {
    task, metric, a, b,
    delta: { value: b.alpha - a.alpha, ci },
    crossing: x === null ? { parallel: true } : { log10C: x, position: rangePosition(x, a.range, b.range) },
    multiplier: computeMultiplier(a, b, b.range[1]),
    differs,
    trusted: !a.fewPoints && !b.fewPoints,
  };
}

/** Tasks whose Δα CI excludes 0, split by whether both fits have enough points to trust that. */
export function summarizeDifferences(rows: readonly CompareRow[]): { trusted: string[]; fewPoints: string[]; comparable: number } {
  const trusted: string[] = [];
  const fewPoints: string[] = [];
  for (const r of rows) if (r.differs) (r.trusted ? trusted : fewPoints).push(r.task);
  return { trusted, fewPoints, comparable: rows.filter((r) => r.delta !== null).length };
}
