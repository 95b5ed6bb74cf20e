import type { FitMethodId, FitResult } from "../fit/types";
import { MIN_CI_POINTS } from "../fit/ci-rule";
import { PAPER } from "../domain/paper";

/** Both groups' fits of one task, by ONE estimator, and why that estimator. */
export interface FitPair {
  method: FitMethodId;
  /** Set when `paper` fell back from binned-min to OLS. */
  note: string | null;
  a: FitResult;
  b: FitResult;
}

/**
 * Both groups are always fitted with the same estimator. `paper` means binned-min for both when
 * both binned-min fits have at least MIN_CI_POINTS fitted points (bin minima), otherwise OLS for
 * both; any other method is used for both as named.
 */
export function chooseFitPair(method: string, fit: (side: "a" | "b", m: FitMethodId) => FitResult, names: { a: string; b: string }): FitPair {
  if (method !== PAPER) {
    const m = method as FitMethodId;
    return { method: m, note: null, a: fit("a", m), b: fit("b", m) };
  }
  const a = fit("a", "binned-min");
  const b = fit("b", "binned-min");
  // Points each estimator fitted (bin minima for binned-min); 0 without a fit.
  const [na, nb] = [a.ok ? a.nFit : 0, b.ok ? b.nFit : 0];
  if (na >= MIN_CI_POINTS && nb >= MIN_CI_POINTS) return { method: "binned-min", note: null, a, b };
  const short = [na < MIN_CI_POINTS && `${names.a} ${na}`, nb < MIN_CI_POINTS && `${names.b} ${nb}`].filter(Boolean).join(", ");
  return { method: "ols", note: `OLS for both: binned-min would fit fewer than ${MIN_CI_POINTS} bin minima (${short})`, a: fit("a", "ols"), b: fit("b", "ols") };
}
