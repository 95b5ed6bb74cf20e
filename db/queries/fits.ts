import "server-only";
import { asc } from "drizzle-orm";
import { paperMethod, PAPER } from "../../lib/domain/paper";
import type { Db } from "../client";
import { fits, type Fit } from "../schema";
import { whereIn } from "./evaluations";

export interface FitsFilter { task?: string[]; metric?: string[]; group?: string[]; method?: string[] }

/** Precomputed fits matching the filter, ordered by task, metric, group, method. */
export function listFits(db: Db, f: FitsFilter): Fit[] {
  const methods = f.method?.filter((m) => m !== PAPER) ?? [];
  // `paper` stands for each group's own method: those rows are picked after the read.
  const byMethod = f.method?.includes(PAPER) ? undefined : methods;
  const where = whereIn([[fits.task, f.task], [fits.metric, f.metric], [fits.group, f.group], [fits.method, byMethod]]);
  const rows = db.select().from(fits).where(where)
    .orderBy(asc(fits.task), asc(fits.metric), asc(fits.group), asc(fits.method)).all();
  if (!f.method?.includes(PAPER)) return rows;
  return rows.filter((r) => methods.includes(r.method) || r.method === paperMethod(r.group));
}
