import { drawInterval, type Interval, type Law } from "./law";
import { formatAlpha, formatNum } from "../format";

/**
 * Compute C (GMACs) at which E∞ + A·C^α reaches target error E: C = ((E − E∞)/A)^(1/α).
 * Null with a reason when the law never reaches it (E ≤ E∞, or a law that does not fall).
 */
export function computeForError(law: Pick<Law, "alpha" | "log10A" | "eInf">, target: number): { compute: number; reason: null } | { compute: null; reason: string } {
  const eInf = law.eInf ?? 0;
  if (!(law.alpha < 0)) return { compute: null, reason: `the law does not fall with compute (α = ${formatAlpha(law.alpha)})` };
  if (!(target > eInf)) return { compute: null, reason: `the target ${target} is at or below the law's floor E∞ = ${formatNum(eInf)}` };
  const log10C = (Math.log10(target - eInf) - law.log10A) / law.alpha;
  const compute = 10 ** log10C;
  if (!Number.isFinite(compute) || compute <= 0) return { compute: null, reason: "the compute overflows" };
  return { compute, reason: null };
}

/**
 * 95% interval of the compute that reaches the target, over the fit's bootstrap draws. A draw that
 * never reaches it counts as infinite compute, so the upper end may be Infinity ("not reached by
 * at least 2.5% of the draws").
 */
export function computeInterval(law: Law, target: number): Interval {
  return drawInterval(law, (alpha, log10A, eInf) => {
    const r = computeForError({ alpha, log10A, eInf }, target);
    return r.compute ?? Infinity;
  });
}
