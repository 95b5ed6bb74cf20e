import { CI_QUANTILES, quantileSorted } from "../fit";
import type { FitDraws } from "../fit/types";
import { computeMultiplier, crossingLog10 } from "./laws";
import { permutation } from "./permutation";

/** Share of paired draws a derived interval needs (the same 90% as lib/fit/ci-rule's usable share). */
const MIN_USABLE = 0.9;

/** Salt for the PRNG that pairs the two groups' resamples (kept apart from the resampling stream). */
export const PAIRING_SALT = 0x9e3779b9;

/** A 95% percentile interval and how many paired draws it used, or why there is none. */
export type DrawInterval = { ci: [number, number]; used: number } | { ci: null; used: number; reason: string };

/** Statistics of the paired bootstrap draws of two fits: Δα, log10 crossing, log10 multiplier. */
export type PairedStats = NonNullable<ReturnType<typeof pairedStats>>;

function percentileCi(values: number[], pairs: number, what: string): DrawInterval {
  if (values.length === 0 || values.length < MIN_USABLE * pairs) {
    return { ci: null, used: values.length, reason: `only ${values.length} of ${pairs} paired draws give a finite ${what}` };
  }
  const s = Float64Array.from(values).sort();
  return { ci: [quantileSorted(s, CI_QUANTILES[0]), quantileSorted(s, CI_QUANTILES[1])], used: values.length };
}

/** Two-sided percentile-bootstrap p-value for "the statistic is 0" from its draws. */
export function bootstrapPValue(draws: ArrayLike<number>): number {
  const m = draws.length;
  let le = 0;
  let ge = 0;
  for (let i = 0; i < m; i++) {
    if (draws[i]! <= 0) le++;
    if (draws[i]! >= 0) ge++;
  }
  return Math.min(1, (2 * (Math.min(le, ge) + 1)) / (m + 1));
}

/**
 * Pairs draw i of a with draw perm(i) of b (a seeded random permutation: both groups were drawn
 * with the same seed, so equal sizes would otherwise share index sequences) and derives, from the
 * SAME pairs, Δα = α_b − α_a, the crossing log10 C* and the multiplier log10(C_a / C_max) at b's
 * largest compute. Null when either fit kept no draws.
 */
export function pairedStats(a: FitDraws, b: FitDraws, cMaxB: number, seed: number) {
  const pairs = Math.min(a.alpha.length, b.alpha.length);
  if (pairs === 0) return null;
  const perm = permutation(b.alpha.length, (seed ^ PAIRING_SALT) >>> 0);
  const deltas = new Float64Array(pairs);
  const crossings: number[] = [];
  const multipliers: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const j = perm[i]!;
    const la = { alpha: a.alpha[i]!, log10A: a.log10A[i]! };
    const lb = { alpha: b.alpha[j]!, log10A: b.log10A[j]! };
    deltas[i] = lb.alpha - la.alpha;
    const x = crossingLog10(la, lb);
    if (x !== null) crossings.push(x);
    const m = computeMultiplier(la, lb, cMaxB);
    if (m.ok) multipliers.push(m.log10Multiplier);
  }
  return {
    pairs,
    delta: percentileCi(Array.from(deltas), pairs, "Δα"),
    // Two-sided bootstrap p-value of Δα = 0: 2·min(#{Δ* ≤ 0} + 1, #{Δ* ≥ 0} + 1) / (m + 1), at most 1.
    p: bootstrapPValue(deltas),
    crossing: percentileCi(crossings, pairs, "crossing (the others are parallel)"),
    multiplier: percentileCi(multipliers, pairs, "multiplier (the others have α ≥ 0 for the first group)"),
  };
}
