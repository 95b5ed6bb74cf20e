/**
 * CSV columns of the prediction and backtest tables. Intervals ([lo, hi] in JSON) become two
 * columns `<name>_lo`, `<name>_hi` in CSV, like the fits' `_ci_lo`/`_ci_hi`.
 */

export const PAPER_CSV_COLUMNS = [
  "label", "arch", "samples_seen_label", "samples_seen", "compute", "pred_acc_pct", "actual_acc_pct", "pred_ci_lo", "pred_ci_hi",
  "pred_error", "actual_error", "pred_interval_lo", "pred_interval_hi", "interval_reason",
] as const;

export const PLAN_CSV_COLUMNS = [
  "task", "metric", "group", "method", "status", "reason", "alpha", "A", "e_inf", "n", "n_fit", "fit_x_min", "fit_x_max",
  "compute", "arch", "samples_seen", "pred_error", "pred_acc_pct", "pred_interval_lo", "pred_interval_hi", "interval_reason",
  "position", "decades_beyond", "target_error", "target_compute", "target_compute_interval_lo", "target_compute_interval_hi",
  "target_samples_seen", "target_samples_seen_interval_lo", "target_samples_seen_interval_hi", "target_reason", "target_interval_reason", "target_decades_beyond",
] as const;

export const BACKTEST_CSV_COLUMNS = [
  "task", "metric", "group", "method", "holdout", "arch", "samples_seen", "model", "n_models", "compute", "pred_error", "actual_error",
  "abs_error_pp", "rel_error", "pred_interval_lo", "pred_interval_hi", "covered", "interval_reason", "decades_beyond", "fit_x_max", "n_train", "n_fit", "reason",
] as const;

export const SUMMARY_CSV_COLUMNS = [
  "task", "metric", "group", "method", "holdout", "n_budgets", "n_scored", "mae_pp", "mean_rel_error", "n_with_interval", "n_covered", "coverage", "max_decades_beyond", "reason",
] as const;

export const LEADERBOARD_CSV_COLUMNS = [
  "method", "group", "holdout", "n_tasks", "median_rel_error", "n_best", "best_share", "n_with_interval", "n_covered", "coverage",
] as const;

/** Cell of a row for a CSV column: `x_lo`/`x_hi` read the interval `x`; everything else is the field. */
export function pickCell(row: object, col: string): unknown {
  const r = row as Record<string, unknown>;
  if (Object.hasOwn(r, col)) return r[col];
  const m = /^(.*)_(lo|hi)$/.exec(col);
  if (m) {
    const pair = r[m[1]!];
    return Array.isArray(pair) ? pair[m[2] === "lo" ? 0 : 1] : null;
  }
  return null;
}
