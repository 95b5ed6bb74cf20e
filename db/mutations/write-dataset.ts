import { createDb, migrateDb, type Db } from "../client";
import { architectures, evaluations, fits, ingests, learningCurvePoints, models } from "../schema";
import type { NewArchitecture, NewEvaluation, NewFit, NewIngest, NewLearningCurvePoint, NewModel } from "../schema";
import { insertRows } from "./insert-rows";

export interface DatasetRows {
  architectures: NewArchitecture[];
  models: NewModel[];
  evaluations: NewEvaluation[];
  curves: NewLearningCurvePoint[];
  fits: NewFit[];
  /** The ingest record; its row counts are filled in here. */
  ingest: Omit<NewIngest, "rowCountsJson">;
}

/** Wall time of the write's parts, ms. */
export interface WriteTimings { insert: number; index: number; analyze: number }

/**
 * Write the whole dataset into a new database file: migrate, insert every table in one synchronous
 * transaction (better-sqlite3: an async callback would commit early and not roll back), build the
 * indexes after the rows (one sort each instead of an update per row), ANALYZE. Returns the row
 * count per table.
 *
 * Only for a file nothing else reads yet (the ingest's temp file, renamed into place afterwards):
 * no journal, no fsync, one exclusive lock, sorts in memory. A failed build is deleted, never
 * rolled back, and durability comes from the fsync before the rename. The finished file is an
 * ordinary rollback-journal database (journal_mode OFF is not stored in the file).
 */
export function writeDatabase(file: string, rows: DatasetRows, timings?: WriteTimings): Record<string, number> {
  const db = createDb(file);
  try {
    for (const p of ["journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", "temp_store = MEMORY"]) db.$client.pragma(p);
    migrateDb(db);
    const counts = {
      architectures: rows.architectures.length, models: rows.models.length, evaluations: rows.evaluations.length,
      learning_curve_points: rows.curves.length, fits: rows.fits.length,
    };
    const t0 = performance.now();
    const t1 = db.transaction(() => {
      const indexes = dropIndexes(db);
      insertRows(db, architectures, rows.architectures);
      insertRows(db, models, rows.models);
      insertRows(db, evaluations, rows.evaluations);
      insertRows(db, learningCurvePoints, rows.curves);
      insertRows(db, fits, rows.fits);
      insertRows(db, ingests, [{ ...rows.ingest, rowCountsJson: JSON.stringify(counts) }]);
      const t = performance.now();
      for (const sql of indexes) db.$client.exec(sql);
      return t;
    });
    const t2 = performance.now();
    db.$client.exec("ANALYZE");
    if (timings) Object.assign(timings, { insert: t1 - t0, index: t2 - t1, analyze: performance.now() - t2 });
    return counts;
  } finally {
    db.$client.close();
  }
}

/** Drop the migrations' indexes; returns the statements that create them again. */
function dropIndexes(db: Db): string[] {
  const indexes = db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const ix of indexes) db.$client.exec(`DROP INDEX "${ix.name}"`);
  return indexes.map((ix) => ix.sql);
}
