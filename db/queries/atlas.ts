import "server-only";
import { inArray } from "drizzle-orm";
import { ATLAS_GROUPS, buildAtlasPanels, type AtlasPanel } from "../../lib/atlas/panels";
import type { Db } from "../client";
import { evaluations, fits } from "../schema";
import { memoByVersion } from "../cache/store";

/** All tasks as atlas panels for one fit method (two reads: evaluations and the atlas groups' fits). */
export const listAtlasPanels = memoByVersion("listAtlasPanels", listAtlasPanelsFresh);
function listAtlasPanelsFresh(db: Db, method: string): AtlasPanel[] {
  const evals = db
    .select({ task: evaluations.task, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, upstream: evaluations.upstream, model: evaluations.modelId })
    .from(evaluations).all();
  return buildAtlasPanels(evals, db.select().from(fits).where(inArray(fits.group, [...ATLAS_GROUPS])).all(), method);
}
