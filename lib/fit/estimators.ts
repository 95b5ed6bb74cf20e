import { binnedMinLine, DEFAULT_EPS, DEFAULT_NBINS } from "./binned-min";
import { olsLine } from "./ols";
import type { LineEstimator, LineMethodId } from "./types";

/**
 * Line estimators by method id (log10–log10 space). The saturating law is not a line: fitPowerLaw
 * sends it to lib/fit/saturating-law.ts instead.
 */
export const estimators: Record<LineMethodId, LineEstimator> = {
  // Wrapped so a caller's extra arguments never reach nbins/eps.
  "binned-min": (xs, ys, lean) => binnedMinLine(xs, ys, DEFAULT_NBINS, DEFAULT_EPS, lean),
  ols: (xs, ys, lean) => olsLine(xs, ys, lean),
};

/** Whether a method id (possibly from a URL) names a line estimator. */
export function isLineMethod(method: string): method is LineMethodId {
  return Object.hasOwn(estimators, method);
}
