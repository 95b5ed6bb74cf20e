import { fitPowerLaw } from "../fit";
import { FIT_CONFIG, toFitRow, type FitRow } from "../fit/fit-row";
import type { FitMethodId } from "../fit/types";
import { FIT_METHODS } from "../fit/types";
import { FIT_GROUPS, inGroup, type FitGroup } from "../domain/groups";
import { fitMetrics, type Metric } from "../domain/metrics";
import { addFitInput, type EvaluationRow, type MetricColumns } from "./rows";

/** One precomputed fit to make: its key and the (compute, error) series. */
export interface FitJob { task: string; metric: Metric; group: string; method: FitMethodId; compute: number[]; error: number[] }

/** What a fit needs of an evaluation row. */
export type FitInput = MetricColumns & Pick<EvaluationRow, "task" | "upstream" | "totalGmacs">;
type Series = { metric: Metric; group: FitGroup; compute: number[]; error: number[] };

/**
 * The fits' inputs gathered row by row: per task × fit metric × group, compute and error (1 −
 * metric) of the rows that have the metric, in row order. Two numbers per row and series instead
 * of the row itself: a 1M-row ingest keeps no object per row for its fits.
 */
export class FitSeries {
  private readonly byTask = new Map<string, { series: Series[]; byUpstream: Map<string, Series[]> }>();

  add(e: FitInput): void {
    let task = this.byTask.get(e.task);
    if (task === undefined) {
      const series = fitMetrics(e.task).flatMap((metric) => FIT_GROUPS.map((group): Series => ({ metric, group, compute: [], error: [] })));
      this.byTask.set(e.task, (task = { series, byUpstream: new Map() }));
    }
    // The series a row's upstream dataset belongs to, found once per (task, upstream).
    let series = task.byUpstream.get(e.upstream);
    if (series === undefined) task.byUpstream.set(e.upstream, (series = task.series.filter((s) => inGroup(s.group, e.upstream))));
    for (const s of series) addFitInput(s, e, s.metric);
  }

  /** Every fit to make: every task × its fit metrics × group × method, in table order. */
  jobs(): FitJob[] {
    const out: FitJob[] = [];
    for (const [task, { series }] of [...this.byTask].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const { metric, group, compute, error } of series) {
        for (const method of FIT_METHODS) out.push({ task, metric, group, method, compute, error });
      }
    }
    return out;
  }
}

/** Evaluation rows, or their fit inputs already gathered. */
export type FitSource = FitSeries | readonly FitInput[];

/** Every precomputed fit to make: every task × its fit metrics × group × method, in table order. */
export function fitJobs(source: FitSource): FitJob[] {
  if (source instanceof FitSeries) return source.jobs();
  const s = new FitSeries();
  for (const e of source) s.add(e);
  return s.jobs();
}

/** Make one precomputed fit with the ingest's bootstrap settings. */
export function runFitJob(j: FitJob): FitRow {
  const r = fitPowerLaw(j.compute, j.error, { method: j.method, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed } });
  return toFitRow({ task: j.task, metric: j.metric, group: j.group, method: j.method }, r);
}

/** All precomputed fits on this thread (scripts/lib/fit-pool.ts spreads the same jobs over worker threads). */
export function computeAllFits(source: FitSource): FitRow[] {
  return fitJobs(source).map(runFitJob);
}
