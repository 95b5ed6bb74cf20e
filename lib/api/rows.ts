/** Row shapes of the public API (snake_case, upstream's metric names), shared by JSON and CSV. */
export type { EvalApiRow, FitApiRow } from "../api-client/explore-schemas";
import type { EvalApiRow, FitApiRow } from "../api-client/explore-schemas";

export const EVAL_COLUMNS: (keyof EvalApiRow)[] = [
  "model", "model_name", "arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs", "task", "task_type",
  "acc1", "acc5", "mean_per_class_recall", "image_retrieval_recall@5", "text_retrieval_recall@5", "mean_average_precision", "metric", "error", "source_line",
];

/** CSV flattens the two intervals into lo/hi columns. */
export const FIT_CSV_COLUMNS = [
  "task", "metric", "group", "method", "status", "reason", "n", "slope", "slope_ci_lo", "slope_ci_hi", "coefficient",
  "coefficient_ci_lo", "coefficient_ci_hi", "log10_coefficient", "r2", "x_min", "x_max", "bootstrap_resamples", "bootstrap_used", "bootstrap_seed",
  "e_inf", "e_inf_ci_lo", "e_inf_ci_hi", "n_fit", "loss", "converged", "ci_reason",
] as const;

/** A fit row as a flat record for CSV. */
export function flattenFit(f: FitApiRow): Record<(typeof FIT_CSV_COLUMNS)[number], unknown> {
  const { slope_ci, coefficient_ci, e_inf_ci, ...rest } = f;
  return {
    ...rest, slope_ci_lo: slope_ci?.[0] ?? null, slope_ci_hi: slope_ci?.[1] ?? null, coefficient_ci_lo: coefficient_ci?.[0] ?? null,
    coefficient_ci_hi: coefficient_ci?.[1] ?? null, e_inf_ci_lo: e_inf_ci?.[0] ?? null, e_inf_ci_hi: e_inf_ci?.[1] ?? null,
  };
}

let lastFit: FitApiRow | undefined;
let lastFlat: Record<(typeof FIT_CSV_COLUMNS)[number], unknown> | undefined;

/** CSV cell picker for fit rows: flattens each row once, not once per column. */
export function pickFitCell(f: FitApiRow, col: string): unknown {
  if (f !== lastFit || !lastFlat) {
    lastFit = f;
    lastFlat = flattenFit(f);
  }
  return lastFlat[col as (typeof FIT_CSV_COLUMNS)[number]];
}
