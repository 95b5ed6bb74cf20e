import type { Metric } from "../../lib/domain/metrics";
import type { ExploreFit, ExploreRow } from "../../lib/explore/types";

/** A hand-made evaluation row for tests (defaults: ViT-B-32, LAION-400M, 13B, acc1 0.6). */
export function row(p: Partial<Omit<ExploreRow, "values">> & { values?: Partial<Record<Metric, number | null>> } = {}): ExploreRow {
  const { values, ...rest } = p;
  return {
    model: "m", arch: "ViT-B-32", upstream: "LAION-400M", samplesSeen: 13e9, samplesSeenPretty: "13B", gmacsPerSample: 4.4, totalGmacs: 5.72e10, mparams: 151.28,
    ...rest,
    values: { acc1: 0.6, acc5: null, mean_per_class_recall: null, "image_retrieval_recall@5": null, "text_retrieval_recall@5": null, mean_average_precision: null, ...values },
  };
}

/** A hand-made fit row for tests (an ok binned-min LAION acc1 fit unless overridden). */
export function fit(p: Partial<ExploreFit> = {}): ExploreFit {
  return {
    task: "imagenet1k", metric: "acc1", group: "LAION", method: "binned-min", status: "ok", reason: null, n: 29,
    slope: -0.5, slope_ci: [-0.6, -0.4], coefficient: 10, coefficient_ci: [8, 12], log10_coefficient: 1, r2: 0.9,
    x_min: 100, x_max: 10000, bootstrap_resamples: 1000, bootstrap_used: 1000, bootstrap_seed: 1,
    e_inf: null, e_inf_ci: null, n_fit: 5, loss: null, converged: null, ci_reason: null, ...p,
  };
}
