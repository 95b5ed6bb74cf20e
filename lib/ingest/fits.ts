import { fitPowerLaw } from "../fit";
import type { FitMethodId, FitResult } from "../fit/types";
import { FIT_METHODS } from "../fit/types";
import { FIT_GROUPS, inGroup } from "../domain/groups";
import { fitMetrics, type Metric } from "../domain/metrics";
import { metricValue, type EvaluationRow, type MetricColumns } from "./dataset";

/** Bootstrap settings of the precomputed fits; recorded in the ingest row and in every export. */
export const FIT_CONFIG = { resamples: 1000, seed: 20230101, interval: 0.95, binnedMin: { nbins: 5, eps: 0.1 } } as const;

export interface FitRow {
  task: string; metric: Metric; group: string; method: FitMethodId; status: "ok" | "no_fit"; reason: string | null; n: number;
  alpha: number | null; coefficient: number | null; log10Coefficient: number | null; r2: number | null;
  xMin: number | null; xMax: number | null; alphaLo: number | null; alphaHi: number | null;
  coefficientLo: number | null; coefficientHi: number | null;
  bootstrapResamples: number | null; bootstrapUsed: number | null; bootstrapSeed: number | null; fittedJson: string | null;
}

/** Turn a fit result into a table row. */
export function toFitRow(key: { task: string; metric: Metric; group: string; method: FitMethodId }, r: FitResult): FitRow {
  if (!r.ok) {
    return { ...key, status: "no_fit", reason: r.reason, n: r.n, alpha: null, coefficient: null, log10Coefficient: null, r2: null,
      xMin: null, xMax: null, alphaLo: null, alphaHi: null, coefficientLo: null, coefficientHi: null,
      bootstrapResamples: null, bootstrapUsed: null, bootstrapSeed: null, fittedJson: null };
  }
  return {
    ...key, status: "ok", reason: null, n: r.n, alpha: r.alpha, coefficient: r.A, log10Coefficient: r.log10A, r2: r.r2,
    xMin: r.xMin, xMax: r.xMax, alphaLo: r.alphaCi?.[0] ?? null, alphaHi: r.alphaCi?.[1] ?? null,
    coefficientLo: r.aCi?.[0] ?? null, coefficientHi: r.aCi?.[1] ?? null,
    bootstrapResamples: r.bootstrap?.resamples ?? null, bootstrapUsed: r.bootstrap?.used ?? null,
    bootstrapSeed: r.bootstrap?.seed ?? null, fittedJson: JSON.stringify(r.fitted),
  };
}

/** Error (1 − metric) and compute of the rows that have the metric. */
export function fitInputs(rows: readonly (MetricColumns & { totalGmacs: number })[], metric: Metric): { compute: number[]; error: number[] } {
  const compute: number[] = [];
  const error: number[] = [];
  for (const r of rows) {
    const v = metricValue(r, metric);
    if (v === null) continue;
    compute.push(r.totalGmacs);
    error.push(1 - v);
  }
  return { compute, error };
}

/** All precomputed fits: every task × its fit metrics × group × method. */
export function computeAllFits(evaluations: readonly EvaluationRow[]): FitRow[] {
  const byTask = new Map<string, EvaluationRow[]>();
  for (const e of evaluations) {
    const list = byTask.get(e.task);
    if (list) list.push(e);
    else byTask.set(e.task, [e]);
  }
  const out: FitRow[] = [];
  for (const [task, rows] of [...byTask].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const metric of fitMetrics(task)) {
      for (const group of FIT_GROUPS) {
        const { compute, error } = fitInputs(rows.filter((r) => inGroup(group, r.upstream)), metric);
        for (const method of FIT_METHODS) {
          const r = fitPowerLaw(compute, error, { method, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed } });
          out.push(toFitRow({ task, metric, group, method }, r));
        }
      }
    }
  }
  return out;
}
