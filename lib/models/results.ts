import { METRIC_LABELS, type Metric } from "../domain/metrics";
import { TASK_CATEGORIES, taskCategory, taskLabel, type TaskCategory } from "../domain/tasks";
import { metricValue, type MetricColumns } from "../dataset/rows";
import { rankAmong, rankedCount } from "./rank";

/** One evaluation: a model's primary-metric value on a task (value and error as fractions). */
export interface TaskScore { model: string; task: string; metric: Metric; value: number | null; error: number | null }

/** The stored columns a score is read from (db/queries/model-page ScoreRow). */
type ScoreColumns = MetricColumns & { modelId: string; task: string; metric: string; error: number | null };

/** Stored evaluations as scores: each task's primary metric value and its error. */
export function toTaskScores(rows: readonly ScoreColumns[]): TaskScore[] {
  return rows.map((e) => ({ model: e.modelId, task: e.task, metric: e.metric as Metric, value: metricValue(e, e.metric as Metric), error: e.error }));
}

/** A model's ImageNet (imagenet1k) zero-shot top-1, or null. */
export function imagenetTop1(rows: readonly ScoreColumns[], model: string): number | null {
  return rows.find((e) => e.task === "imagenet1k" && e.modelId === model)?.acc1 ?? null;
}

/** Every model's score (1 − error, the task's primary metric) on every task, and the task list. */
export function scoresByModel(rows: readonly ScoreColumns[]): { tasks: string[]; byModel: Map<string, Record<string, number | null>> } {
  const byModel = new Map<string, Record<string, number | null>>();
  const tasks = new Set<string>();
  for (const e of rows) {
    tasks.add(e.task);
    const rec = byModel.get(e.modelId) ?? {};
    rec[e.task] = e.error === null ? null : 1 - e.error;
    byModel.set(e.modelId, rec);
  }
  return { tasks: [...tasks].sort(), byModel };
}

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
