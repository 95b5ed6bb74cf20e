import { createDb, migrateDb, type Db } from "../client";
import { architectures, evaluations, fits, ingests, learningCurvePoints, models } from "../schema";
import type { NewArchitecture, NewFit, NewIngest, NewLearningCurvePoint, NewModel } from "../schema";
import { insertRows as insert, rowSink } from "./insert-rows";

/** Every table but the evaluations, which are written as they are read. */
export interface DatasetRows {
  architectures: NewArchitecture[];
  models: NewModel[];
  curves: NewLearningCurvePoint[];
  fits: NewFit[];
  /** The ingest record; its row counts are filled in here. */
  ingest: Omit<NewIngest, "rowCountsJson">;
}

/** Wall time of the write's parts, ms: evaluation rows in SQLite (while the file is read), the other tables, indexes, ANALYZE. */
export interface WriteTimings { evaluations: number; insert: number; index: number; analyze: number }

/**
 * Start a new database file: migrate, then one transaction in which the evaluations stream in
 * (better-sqlite3 runs each statement synchronously, so no async callback can commit early), the
 * other tables follow, and the indexes are built after the rows (one sort each instead of an
 * update per row); ANALYZE after the commit.
 *
 * Only for a file nothing else reads yet (the ingest's temp file, renamed into place afterwards):
 * no journal, no fsync, one exclusive lock, sorts in memory. A failed build is deleted, never
 * rolled back, and durability comes from the fsync before the rename. The finished file is an
 * ordinary rollback-journal database (journal_mode OFF is not stored in the file).
 */
export function openDatasetWriter(file: string) {
  const db = createDb(file);
  try {
    for (const p of ["journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", "temp_store = MEMORY"]) db.$client.pragma(p);
    migrateDb(db);
    db.$client.exec("BEGIN");
  } catch (e) {
    db.$client.close();
    throw e;
  }
  const indexes = dropIndexes(db);
  const sink = rowSink(db, evaluations);
  return {
    /** The evaluations, one by one as they are read; batches go to SQLite as they fill. */
    evaluations: sink,
    /** The other tables, the indexes, ANALYZE; returns the row count per table. */
    finish(rows: DatasetRows, timings?: WriteTimings): Record<string, number> {
      const t0 = performance.now();
      const counts = {
        architectures: insert(db, architectures, rows.architectures), models: insert(db, models, rows.models), evaluations: sink.end(),
        learning_curve_points: insert(db, learningCurvePoints, rows.curves), fits: insert(db, fits, rows.fits),
      };
      insert(db, ingests, [{ ...rows.ingest, rowCountsJson: JSON.stringify(counts) }]);
      const t1 = performance.now();
      for (const sql of indexes) db.$client.exec(sql);
      db.$client.exec("COMMIT");
      const t2 = performance.now();
      db.$client.exec("ANALYZE");
      if (timings) Object.assign(timings, { evaluations: sink.ms, insert: t1 - t0, index: t2 - t1, analyze: performance.now() - t2 });
      return counts;
    },
    close: () => void db.$client.close(),
  };
}

/** Drop the migrations' indexes; returns the statements that create them again. */
function dropIndexes(db: Db): string[] {
  const indexes = db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const ix of indexes) db.$client.exec(`DROP INDEX "${ix.name}"`);
  return indexes.map((ix) => ix.sql);
}
