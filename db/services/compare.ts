import "server-only";
import { type CompareFits, type CompareJob, type GroupObservations } from "../../lib/compare/compute";
import type { CompareRow } from "../../lib/compare/rows";
import type { Judgement } from "../../lib/compare/significance";
import { sortCompareRows } from "../../lib/compare/sort";
import { inGroup, type FitGroup } from "../../lib/domain/groups";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import type { CompareState } from "../../lib/url-state/compare";
import type { Db } from "../client";
import { evaluations } from "../schema";
import { getProvenance } from "../queries/provenance";
import { cached, memoByVersionAsync } from "../cache/store";
import { runCpuTask } from "./cpu-pool";

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

type EvalRow = { task: string; upstream: string; compute: number; error: number | null; arch: string; model: string };

/** Every evaluation by task, then compute (the order the fits receive their points in), read once per data version. */
function listCompareEvals(db: Db): Map<string, EvalRow[]> {
  return cached(db, "listCompareEvals", () => {
    const evals = db
      .select({ task: evaluations.task, upstream: evaluations.upstream, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, model: evaluations.modelId })
      .from(evaluations).orderBy(evaluations.task, evaluations.totalGmacs).all();
    const byTask = new Map<string, EvalRow[]>();
    for (const e of evals) {
      const list = byTask.get(e.task);
      if (list) list.push(e);
      else byTask.set(e.task, [e]);
    }
    return byTask;
  }, (m) => JSON.stringify([...m]).length * 2); // a Map's JSON is "{}": size its entries
}

function observations(rows: readonly EvalRow[], group: FitGroup): GroupObservations {
  const compute: number[] = [];
  const error: number[] = [];
  for (const r of rows) {
    if (r.error === null || !inGroup(group, r.upstream)) continue;
    compute.push(r.compute);
    error.push(r.error);
  }
  return { compute, error };
}

/** The job of one (a, b, method): both groups' observations per task, gathered on this thread (cheap). */
export function compareJob(db: Db, a: FitGroup, b: FitGroup, method: string): CompareJob {
  const byTask = listCompareEvals(db);
  const tasks = [...byTask.keys()].sort().map((task) => ({ task, a: observations(byTask.get(task)!, a), b: observations(byTask.get(task)!, b) }));
  return { a, b, method, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed }, dataVersion: getProvenance(db).data_version, tasks };
}

/**
 * Fits, bootstraps and verdicts of every task for one (a, b, method): one task on the CPU pool
 * (db/services/cpu-pool.ts), never on the request thread. Cached per data version (the chart task
 * and the sort order reuse it); identical concurrent requests share the one computation; a full
 * pool's 503 is not cached.
 */
const getCompareFits = memoByVersionAsync("getCompareFits", (db: Db, a: FitGroup, b: FitGroup, method: string): Promise<CompareFits> =>
  runCpuTask("compare", compareJob(db, a, b, method)));

/**
 * Every task compared between groups a and b: both fitted live by one estimator with the stored
 * fits' bootstrap (same resamples and seed, so the same intervals), the draws paired for Δα, C*
 * and the multiplier, and the Benjamini–Hochberg decision over the testable tasks. Cached per data version.
 */
export const getCompareData = memoByVersionAsync("getCompareData", getCompareDataFresh);
async function getCompareDataFresh(db: Db, s: Pick<CompareState, "a" | "b" | "method" | "task"> & Partial<Pick<CompareState, "sort" | "dir">>): Promise<CompareData> {
  const dataVersion = getProvenance(db).data_version;
  const fits = await getCompareFits(db, s.a, s.b, s.method);
  const sel = listCompareEvals(db).get(s.task) ?? [];
  const pts = (g: FitGroup) => sel.filter((r) => r.error !== null && r.error > 0 && inGroup(g, r.upstream)).map((r) => ({ compute: r.compute, error: r.error!, arch: r.arch, upstream: r.upstream, model: r.model }));
  return {
    dataVersion, tasks: fits.tasks, rows: sortCompareRows(fits.rows, s.sort ?? "task", s.dir ?? "asc", s.a), judgement: fits.judgement,
    points: { a: pts(s.a), b: pts(s.b) }, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed, ms: fits.ms, cached: fits.cached },
  };
}
