import { formatFixedSigned, formatSci, formatSigSigned } from "../format";

/** A slope with a true minus sign and fixed decimals: −0.111 (never "−0.000"). */
export function formatAlpha(v: number, decimals = 3): string {
  return formatFixedSigned(v, decimals);
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

/** A compute multiplier to two significant digits: "×9.8", "×0.25", "×3.1×10⁵". */
export function formatMultiplier(m: number): string {
  if (!Number.isFinite(m) || m <= 0) return "–";
  // formatSci writes 10⁻²–10⁴ plainly ("140", not toPrecision's "1.4e+2") and ×10ⁿ outside.
  return `×${formatSci(m, 2)}`;
}

/** A multiplier interval from log10 bounds: "[×0.81, ×2.3]". */
export function formatMultiplierCi(log10Ci: readonly [number, number]): string {
  return `[${formatMultiplier(10 ** log10Ci[0])}, ${formatMultiplier(10 ** log10Ci[1])}]`;
}

/** A compute in GMACs from its log10, two significant digits: "3.2×10¹¹". */
export function formatLog10Compute(log10C: number): string {
  return formatSci(10 ** log10C, 2);
}

/** A bootstrap p-value: "p ≤ 0.002" at the resolution floor of m paired draws, else "p = 0.031". */
export function formatP(p: number, pairs: number): string {
  const floor = 2 / (pairs + 1);
  return p <= floor + 1e-12 ? `p ≤ ${formatSigSigned(floor, 1)}` : `p = ${formatSigSigned(p, 2)}`;
}
