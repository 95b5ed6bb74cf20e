import { inGroup } from "../domain/groups";
import { primaryMetric, type Metric } from "../domain/metrics";
import { resolveMethod } from "../domain/paper";
import type { LawObservations } from "./law-set";

/** The columns of an evaluation row a law needs. */
export interface EvalForLaw { task: string; upstream: string; totalGmacs: number; values: Partial<Record<Metric, number | null>> }

/**
 * Per task: the group's observations of the task's primary metric (compute in GMACs, error =
 * 1 − metric), with the estimator the requested method means for the group (`paper` resolves).
 */
export function lawObservations(rows: readonly EvalForLaw[], group: string, method: string): LawObservations[] {
  const byTask = new Map<string, LawObservations>();
  const m = resolveMethod(method, group);
  for (const r of rows) {
    if (!inGroup(group as never, r.upstream)) continue;
    const metric = primaryMetric(r.task);
    let t = byTask.get(r.task);
    if (!t) byTask.set(r.task, (t = { task: r.task, metric, method: m, compute: [], error: [] }));
    const v = r.values[metric];
    if (v === null || v === undefined) continue;
    t.compute.push(r.totalGmacs);
    t.error.push(1 - v);
  }
  return [...byTask.values()].sort((a, b) => (a.task < b.task ? -1 : a.task > b.task ? 1 : 0));
}
