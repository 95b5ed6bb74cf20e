import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../client";
import { evaluations, type Architecture, type Model } from "../schema";
import { listLearningCurves, type CurveRow } from "./learning-curves";
import { getModel, listModels } from "./models";
import { memoByVersion } from "../cache/store";

/** An evaluation's model, task, primary metric, error and metric values (what scores and ranks need). */
export type ScoreRow = Pick<typeof evaluations.$inferSelect,
  "modelId" | "task" | "metric" | "error" | "acc1" | "acc5" | "meanPerClassRecall" | "imageRetrievalRecall5" | "textRetrievalRecall5" | "meanAveragePrecision">;

/** Every evaluation's score columns, by task then model (one read per data version; lib/models shapes them). */
export const listScoreRows = memoByVersion("listScoreRows", (db: Db): ScoreRow[] => {
  const e = evaluations;
  return db.select({
    modelId: e.modelId, task: e.task, metric: e.metric, error: e.error, acc1: e.acc1, acc5: e.acc5, meanPerClassRecall: e.meanPerClassRecall,
    imageRetrievalRecall5: e.imageRetrievalRecall5, textRetrievalRecall5: e.textRetrievalRecall5, meanAveragePrecision: e.meanAveragePrecision,
  }).from(e).orderBy(asc(e.task), asc(e.modelId)).all();
});

/** The /models table's reads: every model card and every evaluation's scores. */
export function getModelsTable(db: Db): { models: Model[]; scores: ScoreRow[] } {
  return { models: listModels(db), scores: listScoreRows(db) };
}

export interface ModelPageData {
  model: Model;
  architecture: Architecture | null;
  scores: ScoreRow[]; // every model on every task: ranks need the whole field
  curve: CurveRow[];
}

/** Everything /models/[id] shows, or null when the id is unknown. */
export function getModelPage(db: Db, id: string): ModelPageData | null {
  const found = getModel(db, id);
  return found && { ...found, scores: listScoreRows(db), curve: listLearningCurves(db, { model: [id] }) };
}
