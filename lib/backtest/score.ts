import { rangePosition } from "../predict/budget";
import { errorInterval, lawError, type Law } from "../predict/law";
import type { HeldOutBudget } from "./split";

type Key = { task: string; metric: string; group: string; method: string };

/** One held-out budget scored against the law fitted without it. */
export interface BacktestRow {
  task: string; metric: string; group: string; method: string; holdout: number;
  arch: string; samples_seen: string; model: string; n_models: number; compute: number;
  pred_error: number | null; actual_error: number; abs_error_pp: number | null; rel_error: number | null;
  pred_interval: [number, number] | null; covered: boolean | null; interval_reason: string | null;
  decades_beyond: number | null; fit_x_max: number | null; n_train: number; n_fit: number | null; reason: string | null;
}

/** Score each held-out budget: prediction at its compute, errors, coverage of the 95% interval, decades beyond the fitted range. */
export function scoreBudgets(key: Key, holdout: number, law: Law | { reason: string }, budgets: readonly HeldOutBudget[], nTrain: number): BacktestRow[] {
  return budgets.map((b) => {
    const base = {
      ...key, holdout, arch: b.arch, samples_seen: b.samplesSeenPretty, model: b.model, n_models: b.n_models, compute: b.compute,
      actual_error: b.actual, n_train: nTrain,
    };
    if (!("ok" in law)) {
      return { ...base, pred_error: null, abs_error_pp: null, rel_error: null, pred_interval: null, covered: null, interval_reason: null, decades_beyond: null, fit_x_max: null, n_fit: null, reason: law.reason };
    }
    const pred = lawError(law, b.compute);
    const iv = errorInterval(law, b.compute);
    return {
      ...base, pred_error: pred, abs_error_pp: 100 * Math.abs(pred - b.actual), rel_error: Math.abs(pred - b.actual) / b.actual,
      pred_interval: iv.interval, covered: iv.interval ? iv.interval[0] <= b.actual && b.actual <= iv.interval[1] : null,
      interval_reason: iv.reason, decades_beyond: rangePosition(b.compute, law.xMin, law.xMax).decades_beyond,
      fit_x_max: law.xMax, n_fit: law.nFit, reason: null,
    };
  });
}
