import "server-only";
import { inArray } from "drizzle-orm";
import { ATLAS_GROUPS } from "../../lib/atlas/panels";
import type { Db } from "../client";
import { evaluations, fits } from "../schema";
import { listModels } from "./models";
import { memoByVersion } from "../cache/store";

/**
 * /tasks' reads, once per data version: every evaluation's point, the atlas groups' stored fits and
 * the model cards (for the points' names). lib/atlas builds the panels from these rows.
 */
export const getAtlasRows = memoByVersion("getAtlasRows", (db: Db) => ({
  evals: db
    .select({ task: evaluations.task, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, upstream: evaluations.upstream, model: evaluations.modelId })
    .from(evaluations).all(),
  fits: db.select().from(fits).where(inArray(fits.group, [...ATLAS_GROUPS])).all(),
  models: listModels(db),
}));
