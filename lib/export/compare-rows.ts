import type { CompareRow, GroupFit } from "../compare/rows";

const GROUP_COLS = ["group", "status", "reason", "n", "alpha", "alpha_ci_lo", "alpha_ci_hi", "coefficient", "coefficient_ci_lo", "coefficient_ci_hi", "log10_coefficient", "r2", "x_min", "x_max", "few_points"] as const;

/** Columns of /compare.csv and of each /compare.json row: both groups' laws, Δα, crossing, multiplier. */
export const COMPARE_COLUMNS = [
  "task", "metric",
  ...GROUP_COLS.map((c) => `a_${c}`), ...GROUP_COLS.map((c) => `b_${c}`),
  "delta_alpha", "delta_alpha_ci_lo", "delta_alpha_ci_hi", "delta_resamples", "differs", "trusted",
  "crossing_log10_gmacs", "crossing_position", "multiplier", "log10_multiplier", "multiplier_reason",
] as const;
export type CompareExportRow = Record<(typeof COMPARE_COLUMNS)[number], string | number | boolean | null>;

function groupCells(prefix: "a" | "b", group: string, f: GroupFit): Record<string, string | number | boolean | null> {
  const ok = f.ok ? f : null;
  const cells: Record<string, string | number | boolean | null> = {
    group, status: f.ok ? "ok" : "no_fit", reason: f.ok ? null : f.reason, n: f.n, alpha: ok?.alpha ?? null,
    alpha_ci_lo: ok?.alphaCi?.[0] ?? null, alpha_ci_hi: ok?.alphaCi?.[1] ?? null, coefficient: ok?.A ?? null,
    coefficient_ci_lo: ok?.aCi?.[0] ?? null, coefficient_ci_hi: ok?.aCi?.[1] ?? null, log10_coefficient: ok?.log10A ?? null,
    r2: ok?.r2 ?? null, x_min: ok?.range[0] ?? null, x_max: ok?.range[1] ?? null, few_points: ok ? ok.fewPoints : null,
  };
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [`${prefix}_${k}`, v]));
}

/** One /compare table row as a flat record (the same numbers the table shows, unrounded). */
export function flattenCompareRow(r: CompareRow, a: string, b: string): CompareExportRow {
  const crossing = r.crossing && "log10C" in r.crossing ? r.crossing : null;
  const m = r.multiplier;
  return {
    task: r.task, metric: r.metric, ...groupCells("a", a, r.a), ...groupCells("b", b, r.b),
    delta_alpha: r.delta?.value ?? null, delta_alpha_ci_lo: r.delta?.ci?.ci[0] ?? null, delta_alpha_ci_hi: r.delta?.ci?.ci[1] ?? null,
    delta_resamples: r.delta?.ci?.used ?? null, differs: r.differs, trusted: r.trusted,
    crossing_log10_gmacs: crossing?.log10C ?? null, crossing_position: crossing ? crossing.position : r.crossing ? "parallel" : null,
    multiplier: m?.ok ? m.multiplier : null, log10_multiplier: m?.ok ? m.log10Multiplier : null, multiplier_reason: m && !m.ok ? m.reason : null,
  } as CompareExportRow;
}
