import "server-only";
import { and, asc, inArray, type Column, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { evaluations, type Evaluation } from "../schema";
import { memoByVersion } from "../cache/store";

export interface SliceFilter { task?: string[]; arch?: string[]; upstream?: string[]; samples_seen?: string[]; model?: string[] }

/** AND of `column IN (values)` for each non-empty list; undefined (no WHERE) when all are empty. */
export function whereIn(lists: [Column, readonly string[] | undefined][]): SQL | undefined {
  const parts = lists.flatMap(([column, values]) => (values?.length ? [inArray(column, values)] : []));
  return parts.length ? and(...parts) : undefined;
}

/** WHERE clause of a slice; empty lists mean "no filter". */
export function sliceWhere(f: SliceFilter): SQL | undefined {
  const e = evaluations;
  return whereIn([
    [e.task, f.task], [e.arch, f.arch], [e.upstream, f.upstream], [e.samplesSeenPretty, f.samples_seen], [e.modelId, f.model],
  ]);
}

/** Evaluation rows of a slice, in a stable order (task, compute, model). */
export function listEvaluations(db: Db, f: SliceFilter): Evaluation[] {
  return db.select().from(evaluations).where(sliceWhere(f))
    .orderBy(asc(evaluations.task), asc(evaluations.totalGmacs), asc(evaluations.modelId)).all();
}

/** Distinct values of each filterable column, for validating parameters and building pickers. */
function getFacets(db: Db): { task: string[]; arch: string[]; upstream: string[]; samples_seen: string[]; model: string[] } {
  const col = (c: string) => (db.$client.prepare(`SELECT DISTINCT ${c} AS v FROM evaluations ORDER BY ${c}`).all() as { v: string }[]).map((r) => r.v);
  return { task: col("task"), arch: col("arch"), upstream: col("upstream"), samples_seen: col("samples_seen_pretty"), model: col("model_id") };
}

/** Facets of this database version (once per version, in the shared cache: a new ingest opens a new handle). */
export const facetsOf = memoByVersion("facetsOf", getFacets);
