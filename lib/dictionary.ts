import { FIT_CSV_COLUMNS } from "./api/rows";
import { COMPARE_COLUMNS } from "./export/compare-rows";
import { UPSTREAM } from "./upstream";

/** One column of an export or API table: what it holds and where it comes from upstream. */
export interface DictColumn {
  name: string;
  type: "string" | "number" | "integer" | "boolean" | "[number, number]";
  nullable: boolean;
  unit: string | null;
  meaning: string;
  /** `file.csv:column`, or "derived: …" with the formula, or "fit: …". */
  source: string;
}
export interface DictTable { table: string; used_by: string[]; columns: DictColumn[] }

const R = "zeroshot_results.csv";
const M = "trained_models_info.csv";
const C = "imagenet_zeroshot_learning_curves.csv";
const col = (name: string, type: DictColumn["type"], unit: string | null, meaning: string, source: string, nullable = false): DictColumn => ({ name, type, nullable, unit, meaning, source });
const metric = (name: string, what: string) => col(name, "number", "fraction (0–1)", what, `${R}:${name}`, true);

const EVALS: DictColumn[] = [
  col("model", "string", null, "Model id: upstream file name without .pt; OpenAI models are openai-<arch>", `derived: ${R}:name (+ arch for OpenAI)`),
  col("model_name", "string", null, "Model name as upstream writes it (all three OpenAI models are \"openai\")", `${R}:name`),
  col("arch", "string", null, "Architecture (OpenCLIP name, e.g. ViT-B-32 = ViT-B/32)", `${R}:arch`),
  col("upstream", "string", null, "Pre-training dataset: LAION-80M, LAION-400M, LAION-2B or CLIP-WIT (OpenAI)", `${R}:upstream_dataset`),
  col("samples_seen", "number", "samples", "Training samples seen", `${R}:samples_seen`),
  col("samples_seen_pretty", "string", null, "Samples seen, rounded label (3B, 13B, 34B)", `${R}:samples_seen_pretty`),
  col("gmacs_per_sample", "number", "GMACs", "Compute per training sample (multiply–accumulates, 10⁹)", `${R}:gmacs`),
  col("total_gmacs", "number", "GMACs", "Total training compute C = samples seen × GMACs per sample", `${R}:gmacs_total`),
  col("task", "string", null, "Downstream (evaluation) dataset", `${R}:downstream_dataset`),
  col("task_type", "string", null, "zeroshot_classification or zeroshot_retrieval", `${R}:task`),
  metric("acc1", "Zero-shot top-1 accuracy"),
  metric("acc5", "Zero-shot top-5 accuracy"),
  metric("mean_per_class_recall", "Mean per-class recall"),
  metric("image_retrieval_recall@5", "Image retrieval recall@5 (text → image)"),
  metric("text_retrieval_recall@5", "Text retrieval recall@5 (image → text)"),
  metric("mean_average_precision", "Mean average precision (VOC 2007 multilabel)"),
  col("metric", "string", null, "The task's primary metric (the column the error is computed from)", "derived: acc1; image_retrieval_recall@5 for retrieval; mean_average_precision for VOC 2007 multilabel"),
  col("error", "number", "fraction (0–1)", "Error E = 1 − primary metric (the quantity the power laws fit)", "derived: 1 − <metric>", true),
  col("source_line", "integer", null, "Line of the row in the upstream file (1 = header)", `${R} line number`),
];

const FIT_BASE: Record<string, Omit<DictColumn, "name">> = {
  task: { type: "string", nullable: false, unit: null, meaning: "Downstream dataset the fit is on", source: `${R}:downstream_dataset` },
  metric: { type: "string", nullable: false, unit: null, meaning: "Metric whose error (1 − metric) is fitted", source: "fit configuration" },
  group: { type: "string", nullable: false, unit: null, meaning: "Models fitted: LAION (80M+400M+2B pooled), LAION-80M, LAION-400M, LAION-2B, CLIP-WIT; slice = a live refit", source: `derived: ${R}:upstream_dataset` },
  method: { type: "string", nullable: false, unit: null, meaning: "binned-min (the paper's: minimum error in 5 log-compute bins), ols (all points) or saturating (E = E∞ + A·C^α on the Pareto frontier, sum of Huber(1e-3) losses of ln-residuals)", source: "fit configuration" },
  status: { type: "string", nullable: false, unit: null, meaning: "ok, or no_fit when the slice cannot be fitted", source: "fit" },
  reason: { type: "string", nullable: true, unit: null, meaning: "Why there is no fit", source: "fit" },
  n: { type: "integer", nullable: false, unit: "observations", meaning: "Number of evaluations the fit used", source: "fit" },
  slope: { type: "number", nullable: true, unit: null, meaning: "α, the exponent of E = A·C^α (log–log slope)", source: "fit: least squares on log10 C, log10 E" },
  slope_ci_lo: { type: "number", nullable: true, unit: null, meaning: "Lower end of α's 95% percentile-bootstrap interval", source: "fit: bootstrap" },
  slope_ci_hi: { type: "number", nullable: true, unit: null, meaning: "Upper end of α's 95% percentile-bootstrap interval", source: "fit: bootstrap" },
  coefficient: { type: "number", nullable: true, unit: "error fraction at C = 1 GMAC", meaning: "A of E = A·C^α", source: "fit: 10^intercept" },
  coefficient_ci_lo: { type: "number", nullable: true, unit: null, meaning: "Lower end of A's 95% bootstrap interval", source: "fit: bootstrap" },
  coefficient_ci_hi: { type: "number", nullable: true, unit: null, meaning: "Upper end of A's 95% bootstrap interval", source: "fit: bootstrap" },
  log10_coefficient: { type: "number", nullable: true, unit: null, meaning: "log10 A (the intercept in log–log space)", source: "fit" },
  r2: { type: "number", nullable: true, unit: null, meaning: "R² (log10 E) on the n_fit points the estimator fitted", source: "fit" },
  x_min: { type: "number", nullable: true, unit: "GMACs", meaning: "Smallest total compute of the fitted evaluations", source: `${R}:gmacs_total` },
  x_max: { type: "number", nullable: true, unit: "GMACs", meaning: "Largest total compute of the fitted evaluations", source: `${R}:gmacs_total` },
  bootstrap_resamples: { type: "integer", nullable: true, unit: null, meaning: "Bootstrap resamples drawn", source: "fit configuration" },
  bootstrap_used: { type: "integer", nullable: true, unit: null, meaning: "Resamples that could be fitted (the interval's basis)", source: "fit: bootstrap" },
  bootstrap_seed: { type: "integer", nullable: true, unit: null, meaning: "Seed of the bootstrap (same input → same interval)", source: "fit configuration" },
  e_inf: { type: "number", nullable: true, unit: "fraction (0–1)", meaning: "E∞, the irreducible error of the saturating law; null for pure power laws", source: "fit: saturating" },
  e_inf_ci_lo: { type: "number", nullable: true, unit: "fraction (0–1)", meaning: "Lower end of E∞'s 95% bootstrap interval", source: "fit: bootstrap" },
  e_inf_ci_hi: { type: "number", nullable: true, unit: "fraction (0–1)", meaning: "Upper end of E∞'s 95% bootstrap interval", source: "fit: bootstrap" },
  n_fit: { type: "integer", nullable: true, unit: "points", meaning: "Points the estimator fitted: bin minima (binned-min), Pareto-frontier points (saturating), all (ols)", source: "fit" },
  loss: { type: "number", nullable: true, unit: null, meaning: "Saturating only: sum of Huber(δ = 1e-3) losses of ln-residuals at the optimum", source: "fit: saturating" },
  converged: { type: "boolean", nullable: true, unit: null, meaning: "Saturating only: whether the BFGS optimum met the gradient tolerance", source: "fit: saturating" },
  ci_reason: { type: "string", nullable: true, unit: null, meaning: "Why the fit has no interval (fewer than 5 fitted points, or under 90% usable resamples); null when it has one", source: "fit: interval rule" },
};
const FITS_CSV: DictColumn[] = FIT_CSV_COLUMNS.map((name) => ({ name, ...FIT_BASE[name]! }));
const FITS_JSON: DictColumn[] = [
  ...FITS_CSV.filter((c) => !/_ci_(lo|hi)$/.test(c.name)),
  col("slope_ci", "[number, number]", null, "α's 95% percentile-bootstrap interval [lo, hi] (CSV: slope_ci_lo, slope_ci_hi)", "fit: bootstrap", true),
  col("e_inf_ci", "[number, number]", "fraction (0–1)", "E∞'s 95% percentile-bootstrap interval [lo, hi] (CSV: e_inf_ci_lo, e_inf_ci_hi)", "fit: bootstrap", true),
  col("coefficient_ci", "[number, number]", null, "A's 95% bootstrap interval [lo, hi] (CSV: coefficient_ci_lo, coefficient_ci_hi)", "fit: bootstrap", true),
];

const MODELS: DictColumn[] = [
  col("id", "string", null, "Model id (file name without .pt; openai-<arch> for OpenAI)", `derived: ${M}:name`),
  col("name", "string", null, "Upstream model name", `${M}:name`),
  col("origin", "string", null, "laion (trained for the paper) or openai", "derived"),
  ...EVALS.filter((c) => ["arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs"].includes(c.name)),
  col("lr", "number", null, "Peak learning rate", `${M}:lr`, true),
  col("warmup", "integer", "steps", "Warm-up steps", `${M}:warmup`, true),
  col("epochs", "integer", "epochs", "Training epochs (checkpoints)", `${M}:epochs`, true),
  col("gpus", "integer", "GPUs", "GPUs used", `${M}:gpus`, true),
  col("samples_per_sec", "number", "samples/s", "Training throughput", `${M}:samples_per_sec`, true),
  col("samples_per_epoch", "integer", "samples", "Samples per epoch", `${M}:samples_per_epoch`, true),
  col("local_batch_size", "integer", "samples", "Batch size per GPU", `${M}:local_bs`, true),
  col("global_batch_size", "integer", "samples", "Global batch size", "derived: local_bs × gpus", true),
  col("nominal_samples_seen", "number", "samples", "epochs × samples per epoch", "derived", true),
  col("steps", "integer", "steps", "Optimiser steps", "derived: ceil(nominal samples seen / global batch)", true),
  col("gpu_hours", "number", "GPU·h", "Estimated GPU hours", "derived: nominal samples seen / samples_per_sec / 3600 × gpus", true),
  col("detailed_training_info", "string", null, "Free-text training notes", `${M}:detailed_training_info`, true),
  col("checkpoint_url", "string", null, "Checkpoint download URL", `${M}:url`, true),
  col("source_line", "integer", null, "Line in trained_models_info.csv (null for OpenAI)", `${M} line number`, true),
];

const CURVES: DictColumn[] = [
  col("model", "string", null, "Model id", `derived: ${C}:name`),
  ...EVALS.filter((c) => ["arch", "upstream", "samples_seen_pretty"].includes(c.name)).map((c) => ({ ...c, source: `${M} (joined on the model)` })),
  col("epoch", "integer", "epochs", "Checkpoint epoch", `${C}:epoch`),
  col("top1", "number", "fraction (0–1)", "ImageNet zero-shot top-1 accuracy at this checkpoint", `${C}:imagenet-zeroshot-val-top1`),
  col("top5", "number", "fraction (0–1)", "ImageNet zero-shot top-5 accuracy at this checkpoint", `${C}:imagenet-zeroshot-val-top5`, true),
  col("samples_seen", "number", "samples", "Samples seen at this checkpoint", "derived: epoch × samples_per_epoch"),
  col("steps", "integer", "steps", "Optimiser steps at this checkpoint", "derived: samples seen / global batch"),
];

const GROUP_MEANING: Record<string, [DictColumn["type"], string | null, string]> = {
  group: ["string", null, "Fit group"], status: ["string", null, "ok or no_fit"], reason: ["string", null, "Why there is no fit"],
  n: ["integer", "observations", "Evaluations in the fit"], alpha: ["number", null, "α of E = A·C^α"],
  alpha_ci_lo: ["number", null, "Lower end of α's 95% bootstrap interval"], alpha_ci_hi: ["number", null, "Upper end of α's 95% bootstrap interval"],
  coefficient: ["number", "error fraction at C = 1 GMAC", "A of E = A·C^α"], coefficient_ci_lo: ["number", null, "Lower end of A's 95% bootstrap interval"],
  coefficient_ci_hi: ["number", null, "Upper end of A's 95% bootstrap interval"], log10_coefficient: ["number", null, "log10 A"],
  r2: ["number", null, "R² of the fitted line"], x_min: ["number", "GMACs", "Smallest compute fitted"], x_max: ["number", "GMACs", "Largest compute fitted"],
  few_points: ["boolean", null, "true when the fit has fewer than 5 fitted points (then it has no interval)"],
  n_fit: ["integer", "points", "Points the estimator fitted (bin minima for binned-min, all observations for OLS)"],
  ci_reason: ["string", null, "Why the fit has no interval (lib/fit's rule: fewer than 5 fitted points, or < 90% usable resamples)"],
};
const COMPARE_MEANING: Record<string, [DictColumn["type"], string | null, string, string]> = {
  task: ["string", null, "Downstream dataset", `${R}:downstream_dataset`],
  metric: ["string", null, "The task's primary metric (error = 1 − metric)", "derived"],
  delta_alpha: ["number", null, "Δα = α_b − α_a", "derived from the two fits"],
  delta_alpha_ci_lo: ["number", null, "Lower end of Δα's 95% interval (paired bootstrap resamples)", "bootstrap"],
  delta_alpha_ci_hi: ["number", null, "Upper end of Δα's 95% interval", "bootstrap"],
  delta_resamples: ["integer", null, "Paired resamples behind Δα's interval", "bootstrap"],
  differs: ["boolean", null, "true when Δα's interval excludes 0", "derived"],
  trusted: ["boolean", null, "true when both fits have an interval and Δα has a p-value (the task is testable)", "derived"],
  crossing_log10_gmacs: ["number", "log10 GMACs", "log10 of the compute C* where the two laws cross", "derived: (log10A_a − log10A_b) / (α_b − α_a)"],
  crossing_position: ["string", null, "C* inside both observed compute ranges, one, outside, or parallel laws", "derived"],
  multiplier: ["number", "×", "Compute group a needs to reach b's error at b's largest compute, relative to that compute", "derived"],
  log10_multiplier: ["number", null, "log10 of multiplier", "derived"],
  multiplier_reason: ["string", null, "Why there is no multiplier", "derived"],
  method_used: ["string", null, "Estimator both groups were fitted with (method=paper: binned-min when both have ≥ 5 bin minima, else ols)", "derived"],
  method_note: ["string", null, "Why method=paper fell back to OLS", "derived"],
  delta_p_value: ["number", null, "Two-sided bootstrap p-value of Δα = 0: 2·min(#{Δα* ≤ 0} + 1, #{Δα* ≥ 0} + 1) / (draws + 1)", "bootstrap"],
  testable: ["boolean", null, "true when the task takes part in the corrected test", "derived"],
  untestable_reason: ["string", null, "Why the task is not testable", "derived"],
  correction: ["string", null, "Multiple-comparison correction and its level", "derived"],
  differs_corrected: ["boolean", null, "true when Δα differs from 0 after the correction (the page's ● marker and headline)", "derived: Benjamini–Hochberg over the testable tasks"],
  crossing_log10_ci_lo: ["number", "log10 GMACs", "Lower end of log10 C*'s 95% interval (same paired draws as Δα)", "bootstrap"],
  crossing_log10_ci_hi: ["number", "log10 GMACs", "Upper end of log10 C*'s 95% interval", "bootstrap"],
  crossing_note: ["string", null, "Why the page says the crossing in words instead of a number", "derived"],
  log10_multiplier_ci_lo: ["number", null, "Lower end of log10 multiplier's 95% interval (same paired draws as Δα)", "bootstrap"],
  log10_multiplier_ci_hi: ["number", null, "Upper end of log10 multiplier's 95% interval", "bootstrap"],
  multiplier_note: ["string", null, "Why the page says the multiplier in words instead of a number", "derived"],
};
const COMPARE: DictColumn[] = COMPARE_COLUMNS.map((name) => {
  const g = /^([ab])_(.+)$/.exec(name);
  if (g) {
    const [type, unit, meaning] = GROUP_MEANING[g[2]!]!;
    return col(name, type, unit, `Group ${g[1]}: ${meaning}`, "fit of the row's estimator (same bootstrap as the fits table)", true);
  }
  const [type, unit, meaning, source] = COMPARE_MEANING[name]!;
  return col(name, type, unit, meaning, source, !["task", "metric", "differs", "trusted"].includes(name));
});

const TABLES: DictTable[] = [
  { table: "evals", used_by: ["/api/v1/evals", "/explore.csv", "/explore.json rows", "/tasks.csv", "/tasks.json rows", "/api/v1/models/{id} evaluations"], columns: EVALS },
  { table: "fits (CSV)", used_by: ["/api/v1/fits?format=csv", "/api/v1/fit?format=csv", "/explore.csv?table=fits", "/tasks.csv?table=fits", "/compare.csv?table=fits"], columns: FITS_CSV },
  { table: "fits (JSON)", used_by: ["/api/v1/fits", "/api/v1/fit", "/explore.json fits", "/tasks.json fits", "/compare.json fits"], columns: FITS_JSON },
  { table: "models", used_by: ["/api/v1/models", "/api/v1/models/{id}", "/models.csv", "/models.json rows"], columns: [
    ...MODELS, col("imagenet1k_top1", "number", "fraction (0–1)", "Zero-shot ImageNet top-1 (only in /models.csv and .json)", `${R}:acc1 where downstream_dataset = imagenet1k`, true),
  ] },
  { table: "learning-curves", used_by: ["/api/v1/learning-curves", "/api/v1/models/{id} learning_curve", "/learning-curves.csv", "/learning-curves.json rows"], columns: CURVES },
  { table: "compare", used_by: ["/compare.csv", "/compare.json rows"], columns: COMPARE },
];

/** The data dictionary: every column of every export and API table. */
export function dataDictionary(extra: DictTable[] = []): { upstream: { repo: string; commit: string }; tables: DictTable[] } {
  return { upstream: { repo: UPSTREAM.repo, commit: UPSTREAM.commit }, tables: [...TABLES, ...extra] };
}

