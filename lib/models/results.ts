import { METRIC_LABELS, type Metric } from "../domain/metrics";
import { TASK_CATEGORIES, taskCategory, taskLabel, type TaskCategory } from "../domain/tasks";
import { rankAmong, rankedCount } from "./rank";

/** One evaluation: a model's primary-metric value on a task (value and error as fractions). */
export interface TaskScore { model: string; task: string; metric: Metric; value: number | null; error: number | null }

export interface ModelResultRow {
  task: string; label: string; metric: Metric; metricLabel: string;
  value: number | null; error: number | null;
  rank: number | null; of: number; // rank among the models with a value on this task (1 = best)
}

export interface ResultGroup { category: TaskCategory; rows: ModelResultRow[] }

/**
 * A model's result on every task, grouped by task category, with its competition rank among all
 * models on that task (higher metric = better; ties share a rank). Tasks sort by label.
 */
export function modelResults(model: string, scores: readonly TaskScore[]): ResultGroup[] {
  const byTask = new Map<string, TaskScore[]>();
  for (const s of scores) {
    const list = byTask.get(s.task);
    if (list) list.push(s);
    else byTask.set(s.task, [s]);
  }
  const rows: (ModelResultRow & { category: TaskCategory })[] = [];
  for (const [task, list] of byTask) {
    const own = list.find((s) => s.model === model);
    if (!own) continue;
    const values = list.map((s) => s.value);
    rows.push({
      task, label: taskLabel(task), metric: own.metric, metricLabel: METRIC_LABELS[own.metric], value: own.value, error: own.error,
      rank: rankAmong(own.value, values), of: rankedCount(values), category: taskCategory(task),
    });
  }
  return TASK_CATEGORIES.map((category) => ({
    category,
    rows: rows.filter((r) => r.category === category).sort((a, b) => a.label.localeCompare(b.label, "en")).map(({ category: _c, ...r }) => r),
  })).filter((g) => g.rows.length > 0);
}
