import type { Db } from "../client";
import { architectures, evaluations, fits, ingests, learningCurvePoints, models } from "../schema";
import type { NewArchitecture, NewEvaluation, NewFit, NewIngest, NewLearningCurvePoint, NewModel } from "../schema";
import { insertRows } from "./insert-rows";

export interface DatasetRows {
  architectures: NewArchitecture[];
  models: NewModel[];
  evaluations: NewEvaluation[];
  curves: NewLearningCurvePoint[];
  fits: NewFit[];
  ingest: NewIngest;
}

/**
 * Write the whole dataset into a freshly migrated database in one synchronous transaction
 * (better-sqlite3: an async callback would commit early and not roll back).
 */
export function insertDataset(db: Db, rows: DatasetRows): Record<string, number> {
  return db.transaction((tx) => {
    const counts = {
      architectures: insertRows(db, architectures, rows.architectures),
      models: insertRows(db, models, rows.models),
      evaluations: insertRows(db, evaluations, rows.evaluations),
      learning_curve_points: insertRows(db, learningCurvePoints, rows.curves),
      fits: insertRows(db, fits, rows.fits),
    };
    tx.insert(ingests).values(rows.ingest).run();
    return counts;
  });
}
