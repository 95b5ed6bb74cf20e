import "server-only";
import { asc } from "drizzle-orm";
import { createDb, type Db } from "../client";
import { evaluations } from "../schema";
import { sliceWhere, type SliceFilter } from "./evaluations";
import { modelNames } from "./models";
import { getProvenance } from "./provenance";

/**
 * Evaluation rows of a (validated) slice as CSV-ready arrays in EVAL_COLUMNS order, streamed from a cursor
 * (`.raw().iterate()`): a million-row export never sits in memory, and no object is built per row.
 * Same WHERE and ORDER BY as getEvalRows, so the CSV equals the JSON API row for row (tested).
 * The cursor runs on its own read-only connection (closed when the iteration ends or is
 * cancelled), so a long download does not outlive the shared handle's grace period after an
 * ingest; if an ingest replaced the file in between, it falls back to the shared handle.
 */
export function iterateEvalCsvRows(db: Db, filter: SliceFilter): Iterable<unknown[]> {
  const names = modelNames(db);
  const e = evaluations;
  // Field order = EVAL_COLUMNS; model_name is filled in from `names` (the model id selected twice).
  const q = db.select({
    model: e.modelId, model_name: e.modelId, arch: e.arch, upstream: e.upstream, samples_seen: e.samplesSeen, samples_seen_pretty: e.samplesSeenPretty,
    gmacs_per_sample: e.gmacsPerSample, total_gmacs: e.totalGmacs, task: e.task, task_type: e.taskType, acc1: e.acc1, acc5: e.acc5,
    mean_per_class_recall: e.meanPerClassRecall, ir5: e.imageRetrievalRecall5, tr5: e.textRetrievalRecall5, map: e.meanAveragePrecision,
    metric: e.metric, error: e.error, source_line: e.sourceLine,
  }).from(e).where(sliceWhere(filter)).orderBy(asc(e.task), asc(e.totalGmacs), asc(e.modelId)).toSQL();
  return (function* () {
    let conn: Db = db;
    const file = db.$client.name;
    if (file && file !== ":memory:") {
      const own = createDb(file, { readonly: true });
      if (getProvenance(own).data_version === getProvenance(db).data_version) conn = own;
      else own.$client.close();
    }
    try {
      for (const row of conn.$client.prepare(q.sql).raw(true).iterate(...q.params) as Iterable<unknown[]>) {
        row[1] = names[row[0] as string] ?? row[0];
        yield row;
      }
    } finally {
      if (conn !== db) conn.$client.close();
    }
  })();
}
