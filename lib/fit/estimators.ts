import { binnedMinLine } from "./binned-min";
import { olsLine } from "./ols";
import type { FitMethodId, LineEstimator } from "./types";

/**
 * Line estimators by method id. A new method (e.g. a saturating law with Huber loss) adds its
 * id to FitMethodId and an entry here; fitPowerLaw and the bootstrap pick it up unchanged.
 */
export const estimators: Record<FitMethodId, LineEstimator> = {
  // Wrapped so a caller's extra arguments never reach nbins/eps.
  "binned-min": (xs, ys) => binnedMinLine(xs, ys),
  ols: (xs, ys) => olsLine(xs, ys),
};
