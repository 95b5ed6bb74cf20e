import type { Metric } from "../domain/metrics";
import type { ExploreState } from "../url-state/explore";
import type { ExploreRow } from "./types";

/** The part of the explore state that selects rows (empty lists mean "all"). */
type SliceFilters = Pick<ExploreState, "arch" | "upstream" | "samples_seen">;

/** Rows of the slice: each non-empty filter list keeps only its values. */
export function filterSlice<R extends Pick<ExploreRow, "arch" | "upstream" | "samplesSeenPretty">>(rows: readonly R[], f: SliceFilters): R[] {
  const keep = (list: readonly string[], v: string) => list.length === 0 || list.includes(v);
  return rows.filter((r) => keep(f.arch, r.arch) && keep(f.upstream, r.upstream) && keep(f.samples_seen, r.samplesSeenPretty));
}

/** Whether the user narrowed the slice (then the view also shows a refit of the visible points). */
export function isNarrowed(f: SliceFilters): boolean {
  return f.arch.length > 0 || f.upstream.length > 0 || f.samples_seen.length > 0;
}

/** Fit inputs of the slice's rows: compute and error (1 − metric) where a row has the metric, and every row's upstream. */
export function slicePoints(rows: readonly ExploreRow[], metric: Metric): { compute: number[]; error: number[]; upstreams: string[] } {
  const compute: number[] = [];
  const error: number[] = [];
  for (const r of rows) {
    const v = r.values[metric];
    if (v === null) continue;
    compute.push(r.totalGmacs);
    error.push(1 - v);
  }
  return { compute, error, upstreams: rows.map((r) => r.upstream) };
}

/**
 * Toggle one value of a checkbox group whose empty list means "all": the result is in `all`'s
 * order, and selecting every value collapses back to [] so equal views have equal URLs.
 */
export function toggleValue(selected: readonly string[], all: readonly string[], value: string, on: boolean): string[] {
  const current = new Set(selected.length === 0 ? all : selected);
  if (on) current.add(value);
  else current.delete(value);
  const next = all.filter((v) => current.has(v));
  return next.length === all.length ? [] : next;
}
