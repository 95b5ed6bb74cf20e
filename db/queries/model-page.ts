import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { metricValue } from "../../lib/dataset/rows";
import type { Metric } from "../../lib/domain/metrics";
import type { TaskScore } from "../../lib/models/results";
import type { ModelTableRow } from "../../lib/models/table";
import type { Db } from "../client";
import { evaluations, type Architecture, type Model } from "../schema";
import { listLearningCurves, type CurveRow } from "./learning-curves";
import { getModel, listModels } from "./models";
import { memoByVersion } from "../cache/store";

/** All model cards with their ImageNet (imagenet1k) zero-shot top-1, for the /models table. */
export const listModelTableRows = memoByVersion("listModelTableRows", listModelTableRowsFresh);
function listModelTableRowsFresh(db: Db): ModelTableRow[] {
  const top1 = new Map(
    db.select({ model: evaluations.modelId, acc1: evaluations.acc1 }).from(evaluations).where(eq(evaluations.task, "imagenet1k")).all()
      .map((r) => [r.model, r.acc1]),
  );
  return listModels(db).map((m) => ({
    id: m.id, origin: m.origin, arch: m.arch, upstream: m.upstream, samplesSeen: m.samplesSeen, samplesSeenPretty: m.samplesSeenPretty,
    gmacsPerSample: m.gmacsPerSample, totalGmacs: m.samplesSeen * m.gmacsPerSample, lr: m.lr, warmup: m.warmup, epochs: m.epochs,
    globalBatchSize: m.globalBatchSize, gpus: m.gpus, samplesPerSec: m.samplesPerSec, gpuHours: m.gpuHours, imagenetTop1: top1.get(m.id) ?? null,
  }));
}

export interface ModelPageData {
  model: Model;
  architecture: Architecture | null;
  scores: TaskScore[]; // every model on every task: ranks need the whole field
  curve: CurveRow[];
  imagenetTop1: number | null;
}

/** Everything /models/[id] shows, or null when the id is unknown. */
export const getModelPage = memoByVersion("getModelPage", getModelPageFresh);
function getModelPageFresh(db: Db, id: string): ModelPageData | null {
  const found = getModel(db, id);
  if (!found) return null;
  const scores = db.select().from(evaluations).orderBy(asc(evaluations.task), asc(evaluations.modelId)).all()
    .map((e): TaskScore => {
      const metric = e.metric as Metric;
      return { model: e.modelId, task: e.task, metric, value: metricValue(e, metric), error: e.error };
    });
  const imagenet = db.select({ acc1: evaluations.acc1 }).from(evaluations)
    .where(and(eq(evaluations.modelId, id), eq(evaluations.task, "imagenet1k"))).get();
  return { ...found, scores, curve: listLearningCurves(db, { model: [id] }), imagenetTop1: imagenet?.acc1 ?? null };
}

/** Every model's score (1 − error, the task's primary metric) on every task, and the task list. */
export function listTaskScores(db: Db): { tasks: string[]; byModel: Map<string, Record<string, number | null>> } {
  const byModel = new Map<string, Record<string, number | null>>();
  const tasks = new Set<string>();
  for (const e of db.select({ model: evaluations.modelId, task: evaluations.task, error: evaluations.error }).from(evaluations).all()) {
    tasks.add(e.task);
    const rec = byModel.get(e.model) ?? {};
    rec[e.task] = e.error === null ? null : 1 - e.error;
    byModel.set(e.model, rec);
  }
  return { tasks: [...tasks].sort(), byModel };
}
