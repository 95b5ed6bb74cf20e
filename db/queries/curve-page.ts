import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { learningCurvePoints, models } from "../schema";
import { memoByVersion } from "../cache/store";

/** Model cards that have a learning curve (the filter values /learning-curves offers). */
export const listCurveModels = memoByVersion("listCurveModels", listCurveModelsFresh);
function listCurveModelsFresh(db: Db): { id: string; arch: string; upstream: string; samplesSeenPretty: string; samplesSeen: number }[] {
  return db.selectDistinct({ id: models.id, arch: models.arch, upstream: models.upstream, samplesSeenPretty: models.samplesSeenPretty, samplesSeen: models.samplesSeen })
    .from(models).innerJoin(learningCurvePoints, eq(learningCurvePoints.modelId, models.id)).orderBy(asc(models.id)).all();
}
