import "server-only";
import { fitPowerLaw } from "../../lib/fit";
import type { FitMethodId, FitResult } from "../../lib/fit/types";
import { chooseFitPair } from "../../lib/compare/method";
import { buildCompareRow, judgeRows, type CompareRow } from "../../lib/compare/rows";
import type { Judgement } from "../../lib/compare/significance";
import { sortCompareRows } from "../../lib/compare/sort";
import { inGroup, type FitGroup } from "../../lib/domain/groups";
import { primaryMetric } from "../../lib/domain/metrics";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import { Lru } from "../../lib/lru";
import type { CompareState } from "../../lib/url-state/compare";
import type { Db } from "../client";
import { evaluations } from "../schema";
import { getProvenance } from "./provenance";
import { memoByVersion } from "../cache/store";

/** One observation of the overlay chart. */
export interface ComparePoint { compute: number; error: number; arch: string; upstream: string; model: string }

export interface CompareData {
  dataVersion: string;
  tasks: string[];
  /** One row per task, in the state's sort order, with the corrected verdicts set. */
  rows: CompareRow[];
  /** The one decision behind the headline and the markers. */
  judgement: Judgement;
  /** Observations of the selected task, per group (a, b). */
  points: { a: ComparePoint[]; b: ComparePoint[] };
  bootstrap: { resamples: number; seed: number; ms: number; cached: number };
}

// Fits with their bootstrap draws per (data version, method, group, task): 41 tasks × 5 groups ×
// 2 methods × 2,000 doubles is ~6.6 MB at most; a new ingest changes the version, so stale entries age out.
const fitCache = new Lru<string, FitResult>(512);

type EvalRow = { task: string; upstream: string; compute: number; error: number | null; arch: string; model: string };

function observations(rows: readonly EvalRow[], group: FitGroup): { compute: number[]; error: number[] } {
  const compute: number[] = [];
  const error: number[] = [];
  for (const r of rows) {
    if (r.error === null || !inGroup(group, r.upstream)) continue;
    compute.push(r.compute);
    error.push(r.error);
  }
  return { compute, error };
}

/**
 * Every task compared between groups a and b: both fitted live by one estimator with the stored
 * fits' bootstrap (same resamples and seed, so the same intervals), the draws paired for Δα, C*
 * and the multiplier, and the Benjamini–Hochberg decision over the testable tasks. Cached per data version.
 */
export const getCompareData = memoByVersion("getCompareData", getCompareDataFresh);
function getCompareDataFresh(db: Db, s: Pick<CompareState, "a" | "b" | "method" | "task"> & Partial<Pick<CompareState, "sort" | "dir">>): CompareData {
  const dataVersion = getProvenance(db).data_version;
  const evals = db
    .select({ task: evaluations.task, upstream: evaluations.upstream, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, model: evaluations.modelId })
    .from(evaluations).orderBy(evaluations.task, evaluations.totalGmacs).all();
  const byTask = new Map<string, EvalRow[]>();
  for (const e of evals) {
    const list = byTask.get(e.task);
    if (list) list.push(e);
    else byTask.set(e.task, [e]);
  }
  const boot = { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed };
  const started = performance.now();
  let cached = 0;
  const fitOf = (task: string, group: FitGroup, method: FitMethodId, rows: readonly EvalRow[]) => {
    const key = `${dataVersion}|${method}|${group}|${task}|${boot.resamples}|${boot.seed}`;
    const hit = fitCache.get(key);
    if (hit) {
      cached++;
      return hit;
    }
    const o = observations(rows, group);
    const v = fitPowerLaw(o.compute, o.error, { method, bootstrap: boot, keepDraws: true });
    fitCache.set(key, v);
    return v;
  };

  const names = { a: s.a, b: s.b };
  const tasks = [...byTask.keys()].sort();
  const built = tasks.map((task) => {
    const list = byTask.get(task)!;
    const pair = chooseFitPair(s.method, (side, m) => fitOf(task, s[side], m, list), names);
    return buildCompareRow(task, primaryMetric(task), pair, names, boot.seed);
  });
  const { rows, judgement } = judgeRows(built);

  const sel = byTask.get(s.task) ?? [];
  const pts = (g: FitGroup) => sel.filter((r) => r.error !== null && r.error > 0 && inGroup(g, r.upstream)).map((r) => ({ compute: r.compute, error: r.error!, arch: r.arch, upstream: r.upstream, model: r.model }));
  return {
    dataVersion, tasks, rows: sortCompareRows(rows, s.sort ?? "task", s.dir ?? "asc", s.a), judgement,
    points: { a: pts(s.a), b: pts(s.b) }, bootstrap: { ...boot, ms: performance.now() - started, cached },
  };
}
