import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatasetWriter, type WriteTimings } from "../../db/mutations/write-dataset";
import { formatIssue, type CsvIssue } from "../../lib/csv/issues";
import type { Env } from "../../lib/env";
import { archInfoFile, learningCurvesFile, trainedModelsFile, zeroshotResultsFile } from "../../lib/csv/schemas";
import { DatasetBuilder } from "../../lib/dataset/build";
import { FIT_CONFIG, type FitRow } from "../../lib/fit/fit-row";
import { startFitPool, type FitPool } from "./fit-pool";
import { UPSTREAM, type UpstreamKey } from "../../lib/upstream";
import { replaceAtomically } from "./atomic";
import { diffSnapshots, formatDiff, readSnapshot, type DbDiff } from "./db-diff";
import { loadFile, streamFile } from "./load";
import { downloadSource, readSourceDir, type Source } from "./source";

export interface IngestOptions {
  source?: string; dbPath: string; env: Env; log: (msg: string) => void;
  /** Replace the database even when the new one has fewer models, tasks or evaluations. */
  allowShrink?: boolean;
  /** The fit pool to use (default: a new one); scripts/bench/ingest.ts passes one that makes no fits. */
  fitPool?: FitPool;
}
export interface IngestSummary {
  dbPath: string; version: string; counts: Record<string, number>; fitsOk: number; fitsNone: number; warnings: string[]; elapsedMs: number;
  /** Changes against the database replaced (null on a first ingest). */
  diff: DbDiff | null;
}

/** Every problem found in the input, formatted `file:line:column: expected …, found …`. */
export class IngestError extends Error {
  constructor(readonly issues: CsvIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? "" : "s"} in the input; the database was not changed.`);
    this.name = "IngestError";
  }
  formatted(limit = 200): string[] {
    const lines = this.issues.slice(0, limit).map(formatIssue);
    if (this.issues.length > limit) lines.push(`… and ${this.issues.length - limit} more`);
    return lines;
  }
}

/** The new database has fewer models, tasks or evaluations than the current one. */
export class ShrinkError extends Error {
  constructor(readonly diff: DbDiff) {
    super(`the new database would shrink the dashboard (${diff.shrunk.join(", ")}); the database was not changed. ` +
      "If that is intended, run the ingest again with --allow-shrink.");
    this.name = "ShrinkError";
  }
}

/** Read → validate → check → fit → write a new database file and swap it in atomically. */
export async function runIngest(opts: IngestOptions): Promise<IngestSummary> {
  // The fit workers boot while the files are read and checked.
  const pool = opts.fitPool ?? startFitPool();
  try {
    return await ingestWith(opts, pool);
  } finally {
    pool.close();
  }
}

async function ingestWith(opts: IngestOptions, pool: FitPool): Promise<IngestSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const stage = (name: string) => opts.log(`[${((performance.now() - t0) / 1000).toFixed(2)}s] ${name}`);
  const dir = opts.source ?? opts.env.SCALING_DATA_DIR;
  stage(dir ? `source: ${dir}` : `source: download ${UPSTREAM.repo}@${UPSTREAM.commit.slice(0, 7)}`);
  const source: Source = dir
    ? readSourceDir(dir)
    : await downloadSource({ baseUrl: opts.env.SCALING_UPSTREAM_URL, cacheDir: opts.env.SCALING_CACHE_DIR, log: opts.log });
  const file = (key: UpstreamKey) => source.files.find((f) => f.key === key)!;
  stage("validate: architectures and model cards");
  const arch = loadFile(file("arch").file, file("arch").bytes, archInfoFile);
  const models = loadFile(file("models").file, file("models").bytes, trainedModelsFile);
  const version = dataVersion(source);
  let counts: Record<string, number> = {};
  let diff: DbDiff | null = null;
  let fitRows: FitRow[] = [];
  let warnings: string[] = [];
  // The results stream through validation, the cross-file checks and into the new database as
  // they are read; nothing is kept per row but the fits' inputs. A problem anywhere stops the
  // ingest before the rename: the temp file is deleted and the current database stays as it was.
  await replaceAtomically(opts.dbPath, async (tmp) => {
    stage(`write: results read, checked and inserted into a new database next to ${opts.dbPath}`);
    const writer = openDatasetWriter(tmp);
    try {
      const built = new DatasetBuilder(arch.rows, models.rows, (e) => writer.evaluations.push(e));
      const results = streamFile(file("results").file, file("results").bytes, zeroshotResultsFile, (r) => built.result(r));
      const curves = loadFile(file("curves").file, file("curves").bytes, learningCurvesFile);
      const issues = [...arch.issues, ...models.issues, ...results.issues, ...curves.issues];
      if (issues.length) throw new IngestError(issues);
      stage("check: cross-file consistency");
      const rest = built.finish(curves.rows);
      if (built.issues.length) throw new IngestError(built.issues);
      warnings = built.warnings;
      for (const w of warnings) opts.log(`  warning: ${w}`);
      stage("fit: power laws for every task × metric × group × method (with bootstrap)");
      fitRows = await pool.run(built.fits);
      stage("index: the other tables, indexes, ANALYZE");
      const rows = { arch: arch.rows.length, models: models.rows.length, results: results.accepted, curves: curves.rows.length };
      const files = source.files.map((f) => ({ file: f.file, sha256: f.sha256, bytes: f.bytes.length, rows: rows[f.key] }));
      const ms: WriteTimings = { evaluations: 0, insert: 0, index: 0, analyze: 0 };
      counts = writer.finish({
        ...rest,
        fits: fitRows,
        ingest: {
          source: source.kind === "dir" ? `directory:${path.basename(source.location)}` : `download:${source.location}`,
          sourceRepo: UPSTREAM.repo, sourceCommit: UPSTREAM.commit, filesJson: JSON.stringify(files),
          warningsJson: JSON.stringify(warnings), fitConfigJson: JSON.stringify(FIT_CONFIG),
          startedAt, finishedAt: new Date().toISOString(), elapsedMs: performance.now() - t0, version,
        },
      }, ms);
      const s = (x: number) => (x / 1000).toFixed(2);
      opts.log(`  write: evaluation rows ${s(ms.evaluations)} s, other rows ${s(ms.insert)} s, indexes ${s(ms.index)} s, ANALYZE ${s(ms.analyze)} s`);
    } finally {
      writer.close();
    }
    diff = compareWithCurrent(opts, tmp, stage);
  });
  const elapsedMs = performance.now() - t0;
  stage("done");
  const fitsOk = fitRows.filter((f) => f.status === "ok").length;
  return { dbPath: opts.dbPath, version, counts, fitsOk, fitsNone: fitRows.length - fitsOk, warnings, elapsedMs, diff };
}

/** Print what the new database changes; refuse (throw) a shrink unless allowed. */
function compareWithCurrent(opts: IngestOptions, tmp: string, stage: (name: string) => void): DbDiff | null {
  if (!fs.existsSync(opts.dbPath)) return null; // first ingest
  stage(`compare: the new database with ${opts.dbPath}`);
  let before;
  try {
    before = readSnapshot(opts.dbPath);
  } catch (e) {
    // An unreadable or foreign file holds nothing the dashboard could lose; say so and replace it.
    opts.log(`  the current database could not be read (${(e as Error).message}); no comparison`);
    return null;
  }
  const diff = diffSnapshots(before, readSnapshot(tmp));
  for (const line of formatDiff(diff)) opts.log(line);
  if (diff.shrunk.length > 0 && !opts.allowShrink) throw new ShrinkError(diff);
  return diff;
}

/** Data version: a short hash over the input files and the fit configuration. */
function dataVersion(source: Source): string {
  const h = createHash("sha256");
  for (const f of source.files) h.update(`${f.file}:${f.sha256}\n`);
  h.update(JSON.stringify(FIT_CONFIG));
  return h.digest("hex").slice(0, 12);
}
