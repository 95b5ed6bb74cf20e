import { fitPowerLaw } from "../fit";
import { FIT_CONFIG, toFitRow, type FitRow } from "../fit/fit-row";
import type { FitMethodId } from "../fit/types";
import { FIT_METHODS } from "../fit/types";
import { FIT_GROUPS, inGroup } from "../domain/groups";
import { fitMetrics, type Metric } from "../domain/metrics";
import { fitInputs, type EvaluationRow } from "./rows";

/** One precomputed fit to make: its key and the (compute, error) series. */
export interface FitJob { task: string; metric: Metric; group: string; method: FitMethodId; compute: number[]; error: number[] }

/** Every precomputed fit to make: every task × its fit metrics × group × method, in table order. */
export function fitJobs(evaluations: readonly EvaluationRow[]): FitJob[] {
  const byTask = new Map<string, EvaluationRow[]>();
  for (const e of evaluations) {
    const list = byTask.get(e.task);
    if (list) list.push(e);
    else byTask.set(e.task, [e]);
  }
  const out: FitJob[] = [];
  for (const [task, rows] of [...byTask].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const metric of fitMetrics(task)) {
      for (const group of FIT_GROUPS) {
        const { compute, error } = fitInputs(rows.filter((r) => inGroup(group, r.upstream)), metric);
        for (const method of FIT_METHODS) out.push({ task, metric, group, method, compute, error });
      }
    }
  }
  return out;
}

/** Make one precomputed fit with the ingest's bootstrap settings. */
export function runFitJob(j: FitJob): FitRow {
  const r = fitPowerLaw(j.compute, j.error, { method: j.method, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed } });
  return toFitRow({ task: j.task, metric: j.metric, group: j.group, method: j.method }, r);
}

/** All precomputed fits on this thread (scripts/lib/fit-pool.ts spreads the same jobs over worker threads). */
export function computeAllFits(evaluations: readonly EvaluationRow[]): FitRow[] {
  return fitJobs(evaluations).map(runFitJob);
}
