import type { FitOk } from "../fit/types";

/** A fitted power law E = A·C^α in log10 form (log10 E = log10A + α·log10 C). */
export type Law = Pick<FitOk, "log10A" | "alpha">;

/** Slopes closer than this are treated as parallel (no crossing worth reporting). */
export const PARALLEL_TOL = 1e-12;

/** Where a compute value lies relative to the two groups' observed compute ranges. */
export type RangePosition = "both" | "one" | "outside";

/**
 * log10 of the compute C* at which two fitted lines cross, or null when they are parallel:
 * log10A_a + α_a·x = log10A_b + α_b·x  ⇒  x = (log10A_a − log10A_b) / (α_b − α_a).
 */
export function crossingLog10(a: Law, b: Law): number | null {
  const d = b.alpha - a.alpha;
  if (!Number.isFinite(d) || Math.abs(d) < PARALLEL_TOL) return null;
  const x = (a.log10A - b.log10A) / d;
  return Number.isFinite(x) ? x : null;
}

/** Whether log10 C lies inside both groups' observed compute ranges (GMACs), one of them, or neither. */
export function rangePosition(log10C: number, rangeA: [number, number], rangeB: [number, number]): RangePosition {
  const inside = ([lo, hi]: [number, number]) => log10C >= Math.log10(lo) && log10C <= Math.log10(hi);
  const hits = Number(inside(rangeA)) + Number(inside(rangeB));
  return hits === 2 ? "both" : hits === 1 ? "one" : "outside";
}

/** Result of computeMultiplier: log10 of C_a and of C_a / C_max, or why there is none. */
export type Multiplier = { ok: true; log10Ca: number; log10Multiplier: number; multiplier: number } | { ok: false; reason: string };

/**
 * Compute multiplier at C_max: b's predicted error there is E_b = A_b·C_max^α_b; group a reaches
 * E_b at C_a = (E_b / A_a)^(1/α_a); the multiplier is C_a / C_max (> 1: a needs more compute than b).
 * Worked in log10 so extreme values (flat laws) do not overflow.
 */
export function computeMultiplier(a: Law, b: Law, cMax: number): Multiplier {
  if (!(cMax > 0 && Number.isFinite(cMax))) return { ok: false, reason: "no observed compute" };
  // With α_a ≥ 0 more compute never lowers a's error, so "compute to reach E_b" is undefined.
  if (!(a.alpha < 0)) return { ok: false, reason: "group a's error does not fall with compute (α ≥ 0)" };
  const x = Math.log10(cMax);
  const log10Eb = b.log10A + b.alpha * x;
  const log10Ca = (log10Eb - a.log10A) / a.alpha;
  const log10Multiplier = log10Ca - x;
  if (!Number.isFinite(log10Multiplier)) return { ok: false, reason: "not finite" };
  return { ok: true, log10Ca, log10Multiplier, multiplier: 10 ** log10Multiplier };
}
