import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { architectures, models, type Architecture, type Model } from "../schema";
import { memoByVersion } from "../cache/store";
import { whereIn } from "./evaluations";

export interface ModelsFilter { arch?: string[]; upstream?: string[]; samples_seen?: string[] }

/** Model cards matching the filter, ordered by compute then id. */
export function listModels(db: Db, f: ModelsFilter = {}): Model[] {
  const where = whereIn([[models.arch, f.arch], [models.upstream, f.upstream], [models.samplesSeenPretty, f.samples_seen]]);
  return db.select().from(models).where(where)
    .orderBy(asc(models.arch), asc(models.upstream), asc(models.samplesSeen), asc(models.id)).all();
}

/** Model id → upstream name (once per data version, not once per request). */
export const modelNames = memoByVersion("modelNames", (db: Db): Record<string, string> =>
  Object.fromEntries(listModels(db).map((m) => [m.id, m.name])));

/** One model card with its architecture, or null when the id is unknown. */
export function getModel(db: Db, id: string): { model: Model; architecture: Architecture | null } | null {
  const model = db.select().from(models).where(eq(models.id, id)).get();
  if (!model) return null;
  const architecture = db.select().from(architectures).where(eq(architectures.name, model.arch)).get() ?? null;
  return { model, architecture };
}

/** All architectures (27 upstream, more than the five trained). */
export function listArchitectures(db: Db): Architecture[] {
  return db.select().from(architectures).orderBy(asc(architectures.gmacs)).all();
}
