import "server-only";
import { asc, getTableColumns } from "drizzle-orm";
import { EVAL_COLUMNS as EVAL_API_COLUMNS, type EvalApiRow, type FitApiRow } from "../../lib/api/rows";
import type { TwinData } from "../../lib/export/twin";
import { FIT_CONFIG } from "../../lib/ingest/fits";
import { FIT_GROUPS, inGroup, type FitGroup } from "../../lib/domain/groups";
import { fitMetrics, primaryMetric, type Metric } from "../../lib/domain/metrics";
import type { FitMethodId } from "../../lib/fit/types";
import type { ExploreState } from "../../lib/url-state/explore";
import { createDb, type Db } from "../client";
import { evaluations, type Evaluation } from "../schema";
import { assertKnown, facetsOf, getEvalRows } from "./api";
import { sliceWhere, type SliceFilter } from "./evaluations";
import { listFits } from "./fits";
import { buildMeta } from "./meta";
import { getProvenance } from "./ingest";
import { listModels } from "./models";
import { refitSlice } from "./refit";
import { toEvalApiRow, toFitApiRow } from "./shape";

// Property name → SQL column name, so raw rows from .iterate() become the same Evaluation objects
// drizzle returns (and then the same API rows as the JSON path).
const EVAL_COLUMNS = Object.entries(getTableColumns(evaluations)).map(([key, col]) => [key, col.name] as const);

/**
 * Evaluation rows of a slice as API rows, streamed from a cursor (`.iterate()`): a million-row
 * export never sits in memory. The cursor runs on its own read-only connection (closed when the
 * iteration ends or is cancelled), so a long download does not outlive the shared handle's grace
 * period after an ingest; if an ingest replaced the file in between, it falls back to the handle.
 */
export function iterateEvalApiRows(db: Db, filter: SliceFilter): Iterable<EvalApiRow> {
  assertKnown(db, filter);
  const names = new Map(listModels(db).map((m) => [m.id, m.name]));
  const q = db.select().from(evaluations).where(sliceWhere(filter))
    .orderBy(asc(evaluations.task), asc(evaluations.totalGmacs), asc(evaluations.modelId)).toSQL();
  return (function* () {
    let conn: Db = db;
    const file = db.$client.name;
    if (file && file !== ":memory:") {
      const own = createDb(file, { readonly: true });
      if (getProvenance(own).data_version === getProvenance(db).data_version) conn = own;
      else own.$client.close();
    }
    try {
      for (const raw of conn.$client.prepare(q.sql).iterate(...q.params) as Iterable<Record<string, unknown>>) {
        const e = {} as Record<string, unknown>;
        for (const [key, name] of EVAL_COLUMNS) e[key] = raw[name];
        const ev = e as unknown as Evaluation;
        yield toEvalApiRow(ev, names.get(ev.modelId) ?? ev.modelId);
      }
    } finally {
      if (conn !== db) conn.$client.close();
    }
  })();
}

/** What /explore shows: the task's evaluation rows under the filters, and one fit per drawn group. */
export interface ExploreExport { rows: EvalApiRow[]; fits: FitApiRow[]; fitted: Record<string, { x: number; y: number }[]>; metric: Metric }

/** Rows and fit lines of an /explore state (400 naming the parameter for unknown values). */
export function getExploreExport(db: Db, s: ExploreState): ExploreExport {
  const rows = getEvalRows(db, { task: [s.task], arch: s.arch, upstream: s.upstream, samples_seen: s.samples_seen });
  const metric = s.metric ?? primaryMetric(s.task);
  const fits: FitApiRow[] = [];
  const fitted: Record<string, { x: number; y: number }[]> = {};
  for (const group of s.groups) {
    const f = groupFit(db, s.task, metric, group, s.method as FitMethodId);
    fits.push(f.fit);
    fitted[group] = f.fitted;
  }
  return { rows, fits, fitted, metric };
}

/** /explore.csv and /explore.json: the rows, the fits and the provenance (fit method and parameters). */
export function exploreTwinData(db: Db, s: ExploreState, url: URL): TwinData {
  const x = getExploreExport(db, s);
  const meta = buildMeta(db, url, x.rows.length, {
    view: "explore", state: s,
    fit: { method: s.method, metric: x.metric, groups: s.groups, parameters: FIT_CONFIG, error: "1 − metric (fraction)", compute: "total GMACs" },
  });
  return { rows: x.rows, columns: EVAL_API_COLUMNS, fits: x.fits, meta };
}

/** The stored fit of a group, or a live refit for a metric without precomputed fits. */
function groupFit(db: Db, task: string, metric: Metric, group: FitGroup, method: FitMethodId): { fit: FitApiRow; fitted: { x: number; y: number }[] } {
  if (fitMetrics(task).includes(metric)) {
    const stored = listFits(db, { task: [task], metric: [metric], group: [group], method: [method] })[0];
    if (stored) return { fit: toFitApiRow(stored), fitted: stored.fittedJson ? JSON.parse(stored.fittedJson) : [] };
  }
  const upstream = facetsOf(db).upstream.filter((u) => inGroup(group, u));
  if (!upstream.length || !FIT_GROUPS.includes(group)) {
    return { fit: { ...noFit(task, metric, group, method), reason: `no evaluations in group ${group}` }, fitted: [] };
  }
  const r = refitSlice(db, { slice: { task: [task], upstream }, metric, method, bootstrap: 1000 });
  return { fit: { ...r.fit, group }, fitted: r.fitted };
}

function noFit(task: string, metric: string, group: string, method: string): FitApiRow {
  return { task, metric, group, method, status: "no_fit", reason: null, n: 0, slope: null, slope_ci: null, coefficient: null, coefficient_ci: null,
    log10_coefficient: null, r2: null, x_min: null, x_max: null, bootstrap_resamples: null, bootstrap_used: null, bootstrap_seed: null };
}
