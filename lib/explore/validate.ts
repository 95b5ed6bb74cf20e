import { METRIC_LABELS, type Metric } from "../domain/metrics";
import type { ExploreState } from "../url-state/explore";
import type { ParamError } from "../url-state/params";

/** Values present in the data, per filterable parameter. */
type ExploreFacets = Record<"task" | "arch" | "upstream" | "samples_seen", readonly string[]>;

/**
 * Check a syntactically valid state against the data: known task and filter values, and a metric
 * / y column the task actually has. Each problem names its parameter.
 */
export function validateAgainstData(s: ExploreState, facets: ExploreFacets, taskMetrics: Record<string, readonly Metric[]>): ParamError[] {
  const errors: ParamError[] = [];
  const unknown = (param: string, v: string, known: readonly string[]) =>
    errors.push({ param, message: `unknown value "${v}" for "${param}". Known: ${known.slice(0, 8).join(", ")}${known.length > 8 ? ", …" : ""}.` });
  if (!facets.task.includes(s.task)) unknown("task", s.task, facets.task);
  for (const key of ["arch", "upstream", "samples_seen"] as const) {
    for (const v of s[key]) if (!facets[key].includes(v)) unknown(key, v, facets[key]);
  }
  const has = taskMetrics[s.task];
  if (has) {
    if (s.metric && !has.includes(s.metric)) errors.push({ param: "metric", message: `task "${s.task}" has no ${METRIC_LABELS[s.metric].toLowerCase()} ("${s.metric}"); it has: ${has.join(", ")}.` });
    if (s.y !== "error" && !has.includes(s.y)) errors.push({ param: "y", message: `task "${s.task}" has no ${METRIC_LABELS[s.y].toLowerCase()} ("${s.y}"); it has: error, ${has.join(", ")}.` });
  }
  return errors;
}

/** Explore state for another task: keeps metric and y when the new task has them, else defaults. */
export function switchTask(s: ExploreState, task: string, taskMetrics: Record<string, readonly Metric[]>): ExploreState {
  const has = taskMetrics[task] ?? [];
  return {
    ...s,
    task,
    metric: s.metric && has.includes(s.metric) ? s.metric : undefined,
    y: s.y === "error" || has.includes(s.y) ? s.y : "error",
  };
}
