import { crossingNote, multiplierNote } from "../compare/notes";
import type { CompareRow, GroupFit } from "../compare/rows";
import { CORRECTION } from "../compare/significance";

const GROUP_COLS = ["group", "status", "reason", "n", "alpha", "alpha_ci_lo", "alpha_ci_hi", "coefficient", "coefficient_ci_lo", "coefficient_ci_hi", "log10_coefficient", "r2", "x_min", "x_max", "few_points"] as const;

/**
 * Columns of /compare.csv and of each /compare.json row: both groups' laws, Δα, crossing,
 * multiplier; then (appended, issue 8) the estimator used for both, each group's fitted points
 * and interval reason, Δα's bootstrap p-value and the corrected verdict, and the intervals and
 * notes of the crossing and the multiplier.
 */
export const COMPARE_COLUMNS = [
  "task", "metric",
  ...GROUP_COLS.map((c) => `a_${c}`), ...GROUP_COLS.map((c) => `b_${c}`),
  "delta_alpha", "delta_alpha_ci_lo", "delta_alpha_ci_hi", "delta_resamples", "differs", "trusted",
  "crossing_log10_gmacs", "crossing_position", "multiplier", "log10_multiplier", "multiplier_reason",
  "method_used", "method_note", "a_n_fit", "a_ci_reason", "b_n_fit", "b_ci_reason",
  "delta_p_value", "testable", "untestable_reason", "correction", "differs_corrected",
  "crossing_log10_ci_lo", "crossing_log10_ci_hi", "crossing_note",
  "log10_multiplier_ci_lo", "log10_multiplier_ci_hi", "multiplier_note",
] as const;
export type CompareExportRow = Record<(typeof COMPARE_COLUMNS)[number], string | number | boolean | null>;

function groupCells(prefix: "a" | "b", group: string, f: GroupFit): Record<string, string | number | boolean | null> {
  const ok = f.ok ? f : null;
  const cells: Record<string, string | number | boolean | null> = {
    group, status: f.ok ? "ok" : "no_fit", reason: f.ok ? null : f.reason, n: f.n, alpha: ok?.alpha ?? null,
    alpha_ci_lo: ok?.alphaCi?.[0] ?? null, alpha_ci_hi: ok?.alphaCi?.[1] ?? null, coefficient: ok?.A ?? null,
    coefficient_ci_lo: ok?.aCi?.[0] ?? null, coefficient_ci_hi: ok?.aCi?.[1] ?? null, log10_coefficient: ok?.log10A ?? null,
    r2: ok?.r2 ?? null, x_min: ok?.range[0] ?? null, x_max: ok?.range[1] ?? null, few_points: ok ? ok.fewPoints : null,
    n_fit: f.nFit, ci_reason: ok?.ciReason ?? null,
  };
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [`${prefix}_${k}`, v]));
}

/** One /compare table row as a flat record (the same numbers and words the table shows, unrounded). */
export function flattenCompareRow(r: CompareRow, a: string, b: string): CompareExportRow {
  const crossing = r.crossing && "log10C" in r.crossing ? r.crossing : null;
  const m = r.multiplier;
  const mOk = m?.ok ? m : null;
  return {
    task: r.task, metric: r.metric, ...groupCells("a", a, r.a), ...groupCells("b", b, r.b),
    delta_alpha: r.delta?.value ?? null, delta_alpha_ci_lo: r.delta?.ci?.[0] ?? null, delta_alpha_ci_hi: r.delta?.ci?.[1] ?? null,
    delta_resamples: r.delta?.ci ? r.delta.pairs : null, differs: r.differs, trusted: r.trusted,
    crossing_log10_gmacs: crossing?.log10C ?? null, crossing_position: crossing ? crossing.position : r.crossing ? "parallel" : null,
    multiplier: mOk?.multiplier ?? null, log10_multiplier: mOk?.log10Multiplier ?? null, multiplier_reason: m && !m.ok ? m.reason : null,
    method_used: r.method, method_note: r.methodNote,
    delta_p_value: r.delta?.p ?? null, testable: r.verdict.testable, untestable_reason: r.verdict.testable ? null : r.verdict.reason,
    correction: `${CORRECTION.id} fdr=${CORRECTION.fdr}`, differs_corrected: r.verdict.differs,
    crossing_log10_ci_lo: crossing?.ci?.[0] ?? null, crossing_log10_ci_hi: crossing?.ci?.[1] ?? null, crossing_note: crossingNote(r),
    log10_multiplier_ci_lo: mOk?.ci?.[0] ?? null, log10_multiplier_ci_hi: mOk?.ci?.[1] ?? null, multiplier_note: multiplierNote(r, a),
  } as CompareExportRow;
}
