import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../lib/fit";
import { createDb, migrateDb } from "../client";
import { architectures, evaluations, fits, ingests, learningCurvePoints, models, type NewEvaluation } from "../schema";
import { openDatasetWriter, type DatasetRows } from "./write-dataset";

type AllRows = DatasetRows & { evaluations: NewEvaluation[] };

/** The ingest's way: the evaluations streamed in one by one, then the rest. */
function writeDatabase(file: string, d: AllRows): Record<string, number> {
  const w = openDatasetWriter(file);
  try {
    for (const e of d.evaluations) w.evaluations.push(e);
    return w.finish(d);
  } finally {
    w.close();
  }
}

/** A dataset with `n` evaluations (around the 100-row statement size), nulls in every nullable column kind. */
function dataset(n: number): AllRows {
  const rng = mulberry32(n + 7);
  const r = () => Math.round(rng() * 1e6) / 1e6;
  const evals = Array.from({ length: n }, (_, i) => ({
    modelId: `m${i % 13}`, task: `t${Math.floor(i / 13)}`, taskType: "zeroshot_classification", arch: "ViT-B-32", upstream: i % 2 ? "LAION-2B" : "CLIP-WIT",
    samplesSeen: 3e9 + i, samplesSeenPretty: "3B", gmacsPerSample: 4.4, totalGmacs: (3e9 + i) * 4.4,
    acc1: i % 5 ? r() : null, acc5: r(), meanPerClassRecall: null, imageRetrievalRecall5: null, textRetrievalRecall5: i % 3 ? null : r(),
    meanAveragePrecision: null, metric: "acc1", error: r(), sourceLine: i + 2,
  }));
  return {
    architectures: [{ name: "ViT-B-32", imageSize: 224, imageWidth: 768, textWidth: 512, embedDim: 512, gmacs: 4.4, macts: 5, mparams: 151, imageGmacs: 4.4, imageMacts: 4, imageMparams: 88, textGmacs: 3, textMacts: 2, textMparams: 63, sourceLine: 2 }],
    models: Array.from({ length: 13 }, (_, i) => ({ id: `m${i}`, name: `m${i}.pt`, origin: "laion" as const, arch: "ViT-B-32", upstream: "LAION-2B", samplesSeen: 3e9, samplesSeenPretty: "3B", gmacsPerSample: 4.4, sourceLine: i + 2 })),
    evaluations: evals,
    curves: Array.from({ length: 150 }, (_, i) => ({ modelId: `m${i % 13}`, epoch: i, top1: r(), top5: i % 4 ? r() : null, samplesSeen: i * 1e8, steps: i * 10, sourceLine: i + 2 })),
    fits: [{ task: "t0", metric: "acc1", group: "LAION", method: "ols", status: "ok", n: 3, alpha: -0.1, coefficient: 2, converged: 1 }, { task: "t1", metric: "acc1", group: "LAION", method: "ols", status: "no_fit", reason: "none", n: 0 }],
    ingest: { source: "test", sourceRepo: "r", sourceCommit: "c", filesJson: "[]", warningsJson: "[]", fitConfigJson: "{}", startedAt: "s", finishedAt: "f", elapsedMs: 1, version: "v1" },
  };
}

/** The same rows written the plain way: migrations (indexes first), drizzle's insert one row at a time, ANALYZE. */
function writePlainly(file: string, d: AllRows): void {
  const db = createDb(file);
  migrateDb(db);
  const counts = { architectures: d.architectures.length, models: d.models.length, evaluations: d.evaluations.length, learning_curve_points: d.curves.length, fits: d.fits.length };
  db.transaction((tx) => {
    for (const row of d.architectures) tx.insert(architectures).values(row).run();
    for (const row of d.models) tx.insert(models).values(row).run();
    for (const row of d.evaluations) tx.insert(evaluations).values(row).run();
    for (const row of d.curves) tx.insert(learningCurvePoints).values(row).run();
    for (const row of d.fits) tx.insert(fits).values(row).run();
    tx.insert(ingests).values({ ...d.ingest, rowCountsJson: JSON.stringify(counts) }).run();
  });
  db.$client.exec("ANALYZE");
  db.$client.close();
}

/** Schema (as a set), every row of every table in rowid order (sqlite_stat* included), the journal mode. */
function dump(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schema = (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master").all() as { type: string; name: string; sql: string | null }[]).sort((a, b) => (a.name < b.name ? -1 : 1));
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name).sort();
    const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()]));
    return { schema, rows, journal: db.pragma("journal_mode", { simple: true }) };
  } finally {
    db.close();
  }
}

describe("writeDatabase", () => {
  for (const n of [0, 1, 99, 100, 101, 250]) {
    it(`writes the same database as plain per-row inserts (${n} evaluations)`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-dataset-"));
      const d = dataset(n);
      const counts = writeDatabase(path.join(dir, "fast.db"), d);
      writePlainly(path.join(dir, "plain.db"), d);
      expect(counts).toEqual({ architectures: 1, models: 13, evaluations: n, learning_curve_points: 150, fits: 2 });
      const fast = dump(path.join(dir, "fast.db"));
      expect(fast).toEqual(dump(path.join(dir, "plain.db")));
      expect(fast.rows.evaluations).toHaveLength(n);
      // the six indexes of db/schema.ts (rebuilt after the rows), besides SQLite's own for text primary keys
      expect(fast.schema.filter((s) => s.type === "index" && s.sql !== null)).toHaveLength(6);
    });
  }

  it("leaves an ordinary rollback-journal database that opens read-only, with no journal file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-dataset-"));
    const file = path.join(dir, "a.db");
    writeDatabase(file, dataset(10));
    expect(fs.readdirSync(dir)).toEqual(["a.db"]);
    const header = fs.readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([1, 1]); // file format read/write versions 1: rollback journal (2 would be WAL)
    const db = createDb(file, { readonly: true });
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(db.$client.prepare("SELECT count(*) AS n FROM evaluations").get()).toEqual({ n: 10 });
    db.$client.close();
  });
});
