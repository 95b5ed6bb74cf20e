import "server-only";
import { and, asc, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { fits, type Fit } from "../schema";

export interface FitsFilter { task?: string[]; metric?: string[]; group?: string[]; method?: string[] }

/** Precomputed fits matching the filter, ordered by task, metric, group, method. */
export function listFits(db: Db, f: FitsFilter): Fit[] {
  const parts: SQL[] = [];
  if (f.task?.length) parts.push(inArray(fits.task, f.task));
  if (f.metric?.length) parts.push(inArray(fits.metric, f.metric));
  if (f.group?.length) parts.push(inArray(fits.group, f.group));
  if (f.method?.length) parts.push(inArray(fits.method, f.method));
  return db.select().from(fits).where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(fits.task), asc(fits.metric), asc(fits.group), asc(fits.method)).all();
}
