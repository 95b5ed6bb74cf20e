import "server-only";
import { and, asc, inArray, type SQL } from "drizzle-orm";
import { paperMethod, PAPER } from "../../lib/domain/paper";
import type { Db } from "../client";
import { fits, type Fit } from "../schema";

export interface FitsFilter { task?: string[]; metric?: string[]; group?: string[]; method?: string[] }

/** Precomputed fits matching the filter, ordered by task, metric, group, method. */
export function listFits(db: Db, f: FitsFilter): Fit[] {
  const parts: SQL[] = [];
  if (f.task?.length) parts.push(inArray(fits.task, f.task));
  if (f.metric?.length) parts.push(inArray(fits.metric, f.metric));
  if (f.group?.length) parts.push(inArray(fits.group, f.group));
  const methods = f.method?.filter((m) => m !== PAPER) ?? [];
  if (methods.length && !f.method?.includes(PAPER)) parts.push(inArray(fits.method, methods));
  const rows = db.select().from(fits).where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(fits.task), asc(fits.metric), asc(fits.group), asc(fits.method)).all();
  if (!f.method?.includes(PAPER)) return rows;
  return rows.filter((r) => methods.includes(r.method) || r.method === paperMethod(r.group));
}
