import "server-only";
import { asc, eq, getTableColumns } from "drizzle-orm";
import { METRICS, type Metric } from "../../lib/domain/metrics";
import type { ExploreFit } from "../../lib/explore/types";
import type { Db } from "../client";
import { architectures, evaluations, models, type Evaluation } from "../schema";
import { facetsOf } from "./evaluations";
import { listFits } from "./fits";
import { toFitApiRow } from "../../lib/api/row-mappers";
import { memoByVersion } from "../cache/store";

/** An evaluation row with its model's upstream name and its architecture's parameter count. */
export type TaskEvaluation = Evaluation & { modelName: string | null; mparams: number | null };

/**
 * One task's evaluations by compute, with the model's name and the architecture's parameters joined
 * (one SQL read, memoised per data version): the /explore page, its twins and its chart image all
 * shape these same rows (lib/explore/rows, lib/api/row-mappers).
 */
export const getTaskEvaluations = memoByVersion("getTaskEvaluations", getTaskEvaluationsFresh);
function getTaskEvaluationsFresh(db: Db, task: string): TaskEvaluation[] {
  return db.select({ ...getTableColumns(evaluations), modelName: models.name, mparams: architectures.mparams }).from(evaluations)
    .leftJoin(architectures, eq(architectures.name, evaluations.arch)).leftJoin(models, eq(models.id, evaluations.modelId))
    .where(eq(evaluations.task, task)).orderBy(asc(evaluations.totalGmacs), asc(evaluations.modelId)).all();
}

/** Every precomputed fit of a task (all metrics, groups and methods: at most 20 rows, one read). */
export const getExploreFits = memoByVersion("getExploreFits", getExploreFitsFresh);
function getExploreFitsFresh(db: Db, task: string): ExploreFit[] {
  return listFits(db, { task: [task] }).map(toFitApiRow);
}

/**
 * Metrics each task has values for (computed once per data version, in the shared cache so the
 * start-up warmer's copy serves every route). Lets the view keep the y axis when switching to a
 * task that has the same metric.
 */
export const taskMetricsOf = memoByVersion("taskMetricsOf", taskMetricsOfFresh);
function taskMetricsOfFresh(db: Db): Record<string, Metric[]> {
  const cols: Record<Metric, string> = {
    acc1: "acc1", acc5: "acc5", mean_per_class_recall: "mean_per_class_recall", "image_retrieval_recall@5": "image_retrieval_recall_at_5",
    "text_retrieval_recall@5": "text_retrieval_recall_at_5", mean_average_precision: "mean_average_precision",
  };
  const select = METRICS.map((m, i) => `MAX(${cols[m]} IS NOT NULL) AS m${i}`).join(", ");
  const rows = db.$client.prepare(`SELECT task, ${select} FROM evaluations GROUP BY task`).all() as Record<string, string | number>[];
  const out: Record<string, Metric[]> = {};
  for (const r of rows) out[String(r.task)] = METRICS.filter((_, i) => r[`m${i}`] === 1);
  return out;
}

/** What /explore's controls offer and its URL is checked against: the facets and each task's metrics (both cached per data version). */
export function getExploreOptions(db: Db) {
  return { facets: facetsOf(db), taskMetrics: taskMetricsOf(db) };
}
