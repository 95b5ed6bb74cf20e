import { formatAlphaCi as alphaCi, formatCoefCi as coefCi } from "../format";

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
