import { formatNum, formatSci } from "../format";

const minus = (s: string) => s.replace(/^-/, "−");

/** A slope with a true minus sign and fixed decimals: −0.111. */
export function formatAlpha(v: number, decimals = 3): string {
  return Number.isFinite(v) ? minus(v.toFixed(decimals)) : "–";
}

/** "[−0.137, −0.088]" for a slope interval, or "" when there is none. */
export function formatAlphaCi(ci: readonly [number, number] | null, decimals = 3): string {
  return ci ? `[${formatAlpha(ci[0], decimals)}, ${formatAlpha(ci[1], decimals)}]` : "";
}

/** A coefficient A to 3 significant digits, in ×10ⁿ form when large or small (A spans 10⁻³–10⁶ here). */
export function formatCoef(v: number): string {
  // formatSci keeps toPrecision's "1.49e+3" for 10³–10⁴, so that range is written out in full.
  return v >= 0.01 && v < 1e4 ? String(Number(v.toPrecision(3))) : formatSci(v, 3);
}

/** "[1.2, 3.4]" for a coefficient interval. */
export function formatCoefCi(ci: readonly [number, number] | null): string {
  return ci ? `[${formatCoef(ci[0])}, ${formatCoef(ci[1])}]` : "";
}

/** A compute multiplier: "×9.77", "×0.25" or "×3.1×10⁵" for extrapolated extremes. */
export function formatMultiplier(m: number): string {
  if (!Number.isFinite(m) || m <= 0) return "–";
  return `×${m >= 1e4 || m < 1e-3 ? formatSci(m, 2) : formatNum(m, 3)}`;
}
