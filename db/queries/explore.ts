import "server-only";
import { asc, eq } from "drizzle-orm";
import { METRICS, type Metric } from "../../lib/domain/metrics";
import type { ExploreFit, ExploreRow } from "../../lib/explore/types";
import type { Db } from "../client";
import { architectures, evaluations } from "../schema";
import { listFits } from "./fits";
import { toFitApiRow } from "../../lib/api/row-mappers";
import { memoByVersion } from "../cache/store";

/** One task's evaluations with their architecture's parameter count (one SQL read). */
export const getExploreRows = memoByVersion("getExploreRows", getExploreRowsFresh);
function getExploreRowsFresh(db: Db, task: string): ExploreRow[] {
  const e = evaluations;
  return db.select({
    model: e.modelId, arch: e.arch, upstream: e.upstream, samplesSeen: e.samplesSeen, samplesSeenPretty: e.samplesSeenPretty,
    gmacsPerSample: e.gmacsPerSample, totalGmacs: e.totalGmacs, mparams: architectures.mparams,
    acc1: e.acc1, acc5: e.acc5, mpcr: e.meanPerClassRecall, ir5: e.imageRetrievalRecall5, tr5: e.textRetrievalRecall5, map: e.meanAveragePrecision,
  }).from(e).leftJoin(architectures, eq(architectures.name, e.arch)).where(eq(e.task, task))
    .orderBy(asc(e.totalGmacs), asc(e.modelId)).all()
    .map(({ acc1, acc5, mpcr, ir5, tr5, map, ...r }) => ({
      ...r,
      values: { acc1, acc5, mean_per_class_recall: mpcr, "image_retrieval_recall@5": ir5, "text_retrieval_recall@5": tr5, mean_average_precision: map },
    }));
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
