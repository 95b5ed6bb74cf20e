import { effectiveCompute, isLaw, lawAt, type Law, type NoLaw } from "./law";
import type { ComputeInfo } from "./compute";
import type { ModelResults } from "./types";
import { median } from "../backtest/summary";

/** One model × task placement (the contract's fields first; fractions, GMACs). */
export interface PlacementRow {
  model: string;
  task: string;
  metric: string;
  error: number | null;
  compute: number | null;
  law_error: number | null;
  residual: number | null;
  rel_residual: number | null;
  effective_compute: number | null;
  compute_multiplier: number | null;
  within_interval: boolean | null;
  law_lo: number | null;
  law_hi: number | null;
  dataset: string;
  file: string;
  line: number;
  group: string;
  method: string;
  /** Why some fields are empty: missing metric, no law for this task, compute unknown, no interval, … */
  note: string | null;
}

export { median } from "../backtest/summary";

/** Place one model's results against a set of laws (task → law or why there is none). */
export function placeModel(m: ModelResults, c: ComputeInfo, laws: ReadonlyMap<string, Law | NoLaw>, group: string, method: string): PlacementRow[] {
  return m.rows.map((r) => {
    const notes: string[] = [];
    const law = laws.get(r.task);
    const error = r.value === null ? null : 1 - r.value;
    const row: PlacementRow = {
      model: m.model, task: r.task, metric: r.metric, error, compute: c.compute, law_error: null, residual: null, rel_residual: null,
      effective_compute: null, compute_multiplier: null, within_interval: null, law_lo: null, law_hi: null,
      dataset: r.dataset, file: m.file, line: r.line, group, method: law ? law.method : method, note: null,
    };
    if (r.missing) notes.push(r.missing);
    if (!law) notes.push("no law for this task");
    else if (!isLaw(law)) notes.push(`no law: ${law.reason}`);
    else if (law.metric !== r.metric) notes.push(`no law for ${r.metric}`);
    if (c.compute === null) notes.push(...c.missing);
    if (law && isLaw(law) && law.metric === r.metric) {
      if (c.compute !== null) {
        const at = lawAt(law, c.compute);
        row.law_error = at.error;
        row.law_lo = at.lo;
        row.law_hi = at.hi;
        if (at.lo === null) notes.push(law.ciReason ?? "no interval");
        if (error !== null) {
          row.residual = error - at.error;
          row.rel_residual = error / at.error - 1;
          if (at.lo !== null && at.hi !== null) row.within_interval = error >= at.lo && error <= at.hi;
        }
      }
      if (error !== null) {
        const eff = effectiveCompute(law, error);
        if ("value" in eff) {
          row.effective_compute = eff.value;
          if (c.compute !== null) row.compute_multiplier = eff.value / c.compute;
        } else notes.push(`no effective compute: ${eff.reason}`);
      }
    }
    row.note = notes.length ? notes.join("; ") : null;
    return row;
  });
}

/** Per-model summary over tasks with a law. */
export type PlacementSummary = ReturnType<typeof summarize>;

/** The per-model summary of its placement rows. */
export function summarize(model: string, c: ComputeInfo, rows: readonly PlacementRow[]) {
  const withLaw = rows.filter((r) => r.law_error !== null || r.effective_compute !== null);
  const mult = withLaw.map((r) => r.compute_multiplier).filter((v): v is number => v !== null);
  return {
    model, compute: c.compute, missing: c.missing, tasks: rows.length, tasks_with_law: withLaw.length,
    median_multiplier: median(mult),
    // Observed error above the interval's upper end / below its lower end: beyond the law's uncertainty.
    tasks_above: rows.filter((r) => r.within_interval === false && r.error !== null && r.law_hi !== null && r.error > r.law_hi).length,
    tasks_below: rows.filter((r) => r.within_interval === false && r.error !== null && r.law_lo !== null && r.error < r.law_lo).length,
    tasks_without_interval: withLaw.filter((r) => r.law_error !== null && r.error !== null && r.within_interval === null).length,
  };
}
