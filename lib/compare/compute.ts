import { primaryMetric } from "../domain/metrics";
import { fitPowerLaw } from "../fit";
import type { FitMethodId, FitResult } from "../fit/types";
import type { Lru } from "../lru";
import { chooseFitPair } from "./method";
import { buildCompareRow, judgeRows } from "./rows";

/** One group's observations of one task, in the order the fit receives them. */
export interface GroupObservations { compute: number[]; error: number[] }

/** Everything the comparison computes from: plain numbers, no database (it runs on a worker). */
export interface CompareJob {
  a: string;
  b: string;
  /** `paper` or an estimator id (lib/compare/method). */
  method: string;
  bootstrap: { resamples: number; seed: number };
  /** Names the data the observations come from: part of the fit cache's key. */
  dataVersion: string;
  /** Tasks in display order, each with both groups' observations. */
  tasks: { task: string; a: GroupObservations; b: GroupObservations }[];
}

/**
 * One row per task (job order, corrected verdicts set), the judgement, the fits answered by the
 * cache, and the time the fits and rows took (ms).
 */
export type CompareFits = ReturnType<typeof computeCompareFits>;

/**
 * Every task compared between groups a and b: both fitted by one estimator with a seeded
 * bootstrap (draws kept, so Δα, C* and the multiplier are paired), then the Benjamini–Hochberg
 * decision over the testable tasks. `cache` (optional) keeps fits across calls.
 */
export function computeCompareFits(job: CompareJob, cache?: Lru<string, FitResult>) {
  const started = performance.now();
  const boot = job.bootstrap;
  let cached = 0;
  const fitOf = (task: string, group: string, method: FitMethodId, obs: GroupObservations) => {
    const key = `${job.dataVersion}|${method}|${group}|${task}|${boot.resamples}|${boot.seed}`;
    const hit = cache?.get(key);
    if (hit) {
      cached++;
      return hit;
    }
    const v = fitPowerLaw(obs.compute, obs.error, { method, bootstrap: boot, keepDraws: true });
    cache?.set(key, v);
    return v;
  };
  const names = { a: job.a, b: job.b };
  const built = job.tasks.map((t) => {
    const pair = chooseFitPair(job.method, (side, m) => fitOf(t.task, names[side], m, t[side]), names);
    return buildCompareRow(t.task, primaryMetric(t.task), pair, names, boot.seed);
  });
  const { rows, judgement } = judgeRows(built);
  return { tasks: job.tasks.map((t) => t.task), rows, judgement, cached, ms: performance.now() - started };
}
