import type { CompareRow } from "./rows";

/** A derived value further than this (in log10 GMACs) outside the observed compute is not printed. */
export const FAR_DECADES = 1;

/** Whether an interval contains 0. */
const straddles0 = (ci: readonly [number, number]) => ci[0] <= 0 && ci[1] >= 0;

/**
 * Why the crossing C* is said in words instead of a number, or null when it is printed (with its
 * interval): no fit, parallel, no interval, Δα's interval contains 0, or C* lies more than a decade
 * outside the compute either group was observed at.
 */
export function crossingNote(r: CompareRow): string | null {
  if (!r.crossing || !r.a.ok || !r.b.ok || !r.delta) return "no crossing: a fit is missing";
  if ("parallel" in r.crossing) return "none: the fitted lines are parallel";
  if (r.delta.ci === null) return `not estimated: ${r.delta.ciReason ?? "no interval for Δα"}`;
  if (straddles0(r.delta.ci)) return "not estimated: Δα's interval contains 0, so the lines may never cross";
  if (r.crossing.ci === null) return `not estimated: ${r.crossing.ciReason ?? "no interval"}`;
  const lo = Math.log10(Math.min(r.a.range[0], r.b.range[0]));
  const hi = Math.log10(Math.max(r.a.range[1], r.b.range[1]));
  if (r.crossing.log10C > hi + FAR_DECADES) return "far beyond the data: more than 10× the largest compute observed";
  if (r.crossing.log10C < lo - FAR_DECADES) return "far below the data: less than 1/10 of the smallest compute observed";
  return null;
}

/**
 * Why the multiplier is said in words instead of a number, or null when it is printed (with its
 * interval): no value, no interval, or C_a more than a decade outside group a's observed compute.
 */
export function multiplierNote(r: CompareRow, aName: string): string | null {
  if (!r.multiplier || !r.a.ok) return "no multiplier: a fit is missing";
  if (!r.multiplier.ok) return `none: ${r.multiplier.reason}`;
  if (r.multiplier.ci === null) return `not estimated: ${r.multiplier.ciReason ?? "no interval"}`;
  const [lo, hi] = r.a.range.map(Math.log10) as [number, number];
  if (r.multiplier.log10Ca > hi + FAR_DECADES) return `far beyond the data: ${aName} would need more than 10× its largest observed compute`;
  if (r.multiplier.log10Ca < lo - FAR_DECADES) return `far below the data: less than 1/10 of ${aName}'s smallest observed compute`;
  return null;
}

/** Whether a printed multiplier is extrapolated (C_a outside a's observed compute, within a decade). */
export function multiplierExtrapolated(r: CompareRow): boolean {
  if (!r.multiplier?.ok || !r.a.ok) return false;
  return r.multiplier.log10Ca > Math.log10(r.a.range[1]) || r.multiplier.log10Ca < Math.log10(r.a.range[0]);
}
