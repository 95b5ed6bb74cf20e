import { primaryMetric } from "../domain/metrics";
import { NAN_SENTINEL } from "./json-text";

/** What a reader found for a task's primary metric in a `{metric: value}` object. */
export interface MetricPick {
  metric: string;
  value: number | null;
  missing: string | null;
}

/**
 * The paper's primary metric of `task` from `metrics` (top-1; image retrieval recall@5 for
 * retrieval; mAP for VOC multilabel). Never substitutes another metric: when the key is absent,
 * null or NaN the value is null and `missing` says so (and which metrics the file has instead).
 */
export function pickPrimaryMetric(task: string, metrics: Record<string, unknown>): MetricPick {
  const metric = primaryMetric(task);
  const has = Object.keys(metrics).filter((k) => k !== "main_metric" && typeof metrics[k] === "number" && Number.isFinite(metrics[k]));
  if (!Object.hasOwn(metrics, metric) || metrics[metric] === undefined) {
    return { metric, value: null, missing: `${metric} missing (file has ${has.length ? has.slice(0, 4).join(", ") + (has.length > 4 ? `, … ${has.length - 4} more` : "") : "no metric"})` };
  }
  const v = metrics[metric];
  if (v === null) return { metric, value: null, missing: `${metric} is null (read as missing)` };
  if (v === NAN_SENTINEL || (typeof v === "number" && Number.isNaN(v))) return { metric, value: null, missing: `${metric} is NaN (read as missing)` };
  if (typeof v !== "number" || !Number.isFinite(v)) return { metric, value: null, missing: `${metric} is not a number (${JSON.stringify(v)})` };
  return { metric, value: v, missing: null };
}
