import "server-only";
import { inArray } from "drizzle-orm";
import { resolveMethod } from "../../lib/domain/paper";
import { bootstrapSlopesFor, type Observations } from "../../lib/compare/delta";
import { buildCompareRow, type CompareRow } from "../../lib/compare/rows";
import { inGroup, type FitGroup } from "../../lib/domain/groups";
import { primaryMetric } from "../../lib/domain/metrics";
import { FIT_CONFIG } from "../../lib/ingest/fits";
import { Lru } from "../../lib/lru";
import type { Db } from "../client";
import { evaluations, fits, type Fit } from "../schema";
import { getProvenance } from "./provenance";

/** One observation of the overlay chart. */
export interface ComparePoint { compute: number; error: number; arch: string; upstream: string; model: string }

export interface CompareData {
  dataVersion: string;
  tasks: string[];
  rows: CompareRow[];
  /** Observations of the selected task, per group (a, b). */
  points: { a: ComparePoint[]; b: ComparePoint[] };
  bootstrap: { resamples: number; seed: number; ms: number; cached: number };
}

// Bootstrap slopes per (data version, method, group, task): 41 tasks × 5 groups × 2 methods × 1,000
// doubles is ~3 MB at most, and a new ingest changes the version so stale entries just age out.
const slopeCache = new Lru<string, Float64Array>(512);

type EvalRow = { task: string; upstream: string; compute: number; error: number | null; arch: string; model: string };

function observations(rows: readonly EvalRow[], group: FitGroup): Observations {
  const compute: number[] = [];
  const error: number[] = [];
  for (const r of rows) {
    if (r.error === null || !inGroup(group, r.upstream)) continue;
    compute.push(r.compute);
    error.push(r.error);
  }
  return { compute, error };
}

/** Every task compared between groups a and b (Δα bootstrap cached per data version), plus one task's points. */
export function getCompareData(db: Db, s: { a: FitGroup; b: FitGroup; method: string; task: string }): CompareData {
  const dataVersion = getProvenance(db).data_version;
  const evals = db
    .select({ task: evaluations.task, upstream: evaluations.upstream, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, model: evaluations.modelId })
    .from(evaluations).orderBy(evaluations.task, evaluations.totalGmacs).all();
  const fitRows = db.select().from(fits).where(inArray(fits.group, [s.a, s.b])).all()
    .filter((f) => f.method === resolveMethod(s.method, f.group));

  const byTask = new Map<string, EvalRow[]>();
  for (const e of evals) {
    const list = byTask.get(e.task);
    if (list) list.push(e);
    else byTask.set(e.task, [e]);
  }
  const fitOf = new Map<string, Fit>(fitRows.map((f) => [`${f.task}|${f.metric}|${f.group}`, f]));
  const boot = { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed };
  const started = performance.now();
  let cached = 0;
  const slopes = (task: string, group: FitGroup, rows: readonly EvalRow[]) => {
    const method = resolveMethod(s.method, group);
    const key = `${dataVersion}|${method}|${group}|${task}|${boot.resamples}|${boot.seed}`;
    const hit = slopeCache.get(key);
    if (hit) {
      cached++;
      return hit;
    }
    const v = bootstrapSlopesFor(observations(rows, group), method, boot);
    slopeCache.set(key, v);
    return v;
  };

  const tasks = [...byTask.keys()].sort();
  const rows = tasks.map((task) => {
    const list = byTask.get(task)!;
    const metric = primaryMetric(task);
    return buildCompareRow(task, metric, fitOf.get(`${task}|${metric}|${s.a}`), fitOf.get(`${task}|${metric}|${s.b}`), slopes(task, s.a, list), slopes(task, s.b, list), boot.seed);
  });

  const sel = byTask.get(s.task) ?? [];
  const pts = (g: FitGroup) => sel.filter((r) => r.error !== null && r.error > 0 && inGroup(g, r.upstream)).map((r) => ({ compute: r.compute, error: r.error!, arch: r.arch, upstream: r.upstream, model: r.model }));
  return { dataVersion, tasks, rows, points: { a: pts(s.a), b: pts(s.b) }, bootstrap: { ...boot, ms: performance.now() - started, cached } };
}
