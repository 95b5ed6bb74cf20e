import { formatAlphaCi as alphaCi, formatCoefCi as coefCi, formatMultiplier, formatSci, formatSigSigned } from "../format";

// One formatting module (lib/format.ts): these names keep compare's own "" for a missing interval.
export { formatAlpha, formatCoef, formatMultiplier } from "../format";

/** "[−0.137, −0.088]" for a slope interval, or "" when there is none. */
export function formatAlphaCi(ci: readonly [number, number] | null, decimals = 3): string {
  return alphaCi(ci, decimals, "");
}

/** "[1.2, 3.4]" for a coefficient interval, or "" when there is none. */
export function formatCoefCi(ci: readonly [number, number] | null): string {
  return coefCi(ci, "");
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
