/** Row shapes of the public API (snake_case, upstream's metric names), shared by JSON and CSV. */
export interface EvalApiRow {
  model: string; model_name: string; arch: string; upstream: string; samples_seen: number; samples_seen_pretty: string;
  gmacs_per_sample: number; total_gmacs: number; task: string; task_type: string;
  acc1: number | null; acc5: number | null; mean_per_class_recall: number | null;
  "image_retrieval_recall@5": number | null; "text_retrieval_recall@5": number | null; mean_average_precision: number | null;
  metric: string; error: number | null; source_line: number;
}
export const EVAL_COLUMNS: (keyof EvalApiRow)[] = [
  "model", "model_name", "arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs", "task", "task_type",
  "acc1", "acc5", "mean_per_class_recall", "image_retrieval_recall@5", "text_retrieval_recall@5", "mean_average_precision", "metric", "error", "source_line",
];

export interface FitApiRow {
  task: string; metric: string; group: string; method: string; status: "ok" | "no_fit"; reason: string | null; n: number;
  slope: number | null; slope_ci: [number, number] | null; coefficient: number | null; coefficient_ci: [number, number] | null;
  log10_coefficient: number | null; r2: number | null; x_min: number | null; x_max: number | null;
  bootstrap_resamples: number | null; bootstrap_used: number | null; bootstrap_seed: number | null;
  // Issue 8 (appended): E∞ (fraction; null for power laws), points fitted, saturating objective and convergence, why no interval.
  e_inf: number | null; e_inf_ci: [number, number] | null; n_fit: number | null; loss: number | null; converged: boolean | null; ci_reason: string | null;
}
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
