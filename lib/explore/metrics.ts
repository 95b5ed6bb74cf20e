import { fitMetrics, primaryMetric, type Metric } from "../domain/metrics";

/**
 * Metrics whose error the user may pick for a task: the ones with precomputed fits (image and text
 * retrieval for MS-COCO and Flickr30K), plus the current one if the URL chose another.
 */
export function errorMetricChoices(task: string, current: Metric | undefined): Metric[] {
  const base = fitMetrics(task);
  return current && !base.includes(current) ? [...base, current] : base;
}

/** The metric whose error is plotted and fitted: the URL's choice or the task's primary metric. */
export function effectiveMetric(task: string, metric: Metric | undefined): Metric {
  return metric ?? primaryMetric(task);
}
