import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { learningCurvePoints, models } from "../schema";
import { memoByVersion } from "../cache/store";
import { whereIn } from "./evaluations";

export interface CurvesFilter { model?: string[]; arch?: string[]; upstream?: string[]; samples_seen?: string[] }

export interface CurveRow {
  model: string; arch: string; upstream: string; samples_seen_pretty: string;
  epoch: number; top1: number; top5: number | null; samples_seen: number; steps: number;
}

/** Learning-curve checkpoints joined with their model card, ordered by model then epoch. */
export const listLearningCurves = memoByVersion("listLearningCurves", listLearningCurvesFresh);
function listLearningCurvesFresh(db: Db, f: CurvesFilter = {}): CurveRow[] {
  const where = whereIn([
    [learningCurvePoints.modelId, f.model], [models.arch, f.arch], [models.upstream, f.upstream], [models.samplesSeenPretty, f.samples_seen],
  ]);
  return db.select({
    model: learningCurvePoints.modelId, arch: models.arch, upstream: models.upstream, samples_seen_pretty: models.samplesSeenPretty,
    epoch: learningCurvePoints.epoch, top1: learningCurvePoints.top1, top5: learningCurvePoints.top5,
    samples_seen: learningCurvePoints.samplesSeen, steps: learningCurvePoints.steps,
  }).from(learningCurvePoints).innerJoin(models, eq(models.id, learningCurvePoints.modelId))
    .where(where)
    .orderBy(asc(learningCurvePoints.modelId), asc(learningCurvePoints.epoch)).all();
}

/** Model cards that have a learning curve (the filter values /learning-curves offers, and each model's GMACs per sample). */
export const listCurveModels = memoByVersion("listCurveModels", listCurveModelsFresh);
function listCurveModelsFresh(db: Db): { id: string; arch: string; upstream: string; samplesSeenPretty: string; samplesSeen: number; gmacsPerSample: number }[] {
  return db.selectDistinct({ id: models.id, arch: models.arch, upstream: models.upstream, samplesSeenPretty: models.samplesSeenPretty, samplesSeen: models.samplesSeen, gmacsPerSample: models.gmacsPerSample })
    .from(models).innerJoin(learningCurvePoints, eq(learningCurvePoints.modelId, models.id)).orderBy(asc(models.id)).all();
}
