/** Metric columns of zeroshot_results.csv, as stored (snake_case keys) and as named upstream. */
export const METRICS = [
  "acc1",
  "acc5",
  "mean_per_class_recall",
  "image_retrieval_recall@5",
  "text_retrieval_recall@5",
  "mean_average_precision",
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  acc1: "Top-1 accuracy",
  acc5: "Top-5 accuracy",
  mean_per_class_recall: "Mean per-class recall",
  "image_retrieval_recall@5": "Image retrieval recall@5",
  "text_retrieval_recall@5": "Text retrieval recall@5",
  mean_average_precision: "Mean average precision",
};

/** The paper's headline metric of a task (the upstream notebook's `default_acc_metric`). */
export function primaryMetric(task: string): Metric {
  if (task === "mscoco_captions" || task === "flickr30k" || task === "flickr8k") return "image_retrieval_recall@5";
  if (task === "voc2007_multilabel") return "mean_average_precision";
  return "acc1";
}

/**
 * Metrics that get precomputed fits for a task. The two retrieval tasks also get text retrieval,
 * computed from the text column (the upstream notebook reuses the image column there by mistake).
 */
export function fitMetrics(task: string): Metric[] {
  const primary = primaryMetric(task);
  return primary === "image_retrieval_recall@5" ? [primary, "text_retrieval_recall@5"] : [primary];
}
