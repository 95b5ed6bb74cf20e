import { resolveCompute, type ArchGmacs, type ComputeInfo, type ComputeOverrides } from "./compute";
import type { Law, NoLaw } from "./law";
import { placeModel, summarize, type PlacementRow, type PlacementSummary } from "./place";
import type { ModelResults } from "./types";

/** Placement of one model: its compute, rows and summary. */
export interface ModelPlacement { model: ModelResults; compute: ComputeInfo; rows: PlacementRow[]; summary: PlacementSummary }

/** Resolve compute and place each model (overrides keyed by model id, or `*` for all). */
export function placeAll(
  models: readonly ModelResults[],
  opts: { archs: ReadonlyMap<string, ArchGmacs>; laws: ReadonlyMap<string, Law | NoLaw>; group: string; method: string; overrides?: Record<string, ComputeOverrides>; zoo?: boolean },
): ModelPlacement[] {
  return models.map((m) => {
    const o = { ...opts.overrides?.["*"], ...opts.overrides?.[m.model] };
    const compute = resolveCompute(m, opts.archs, o, opts.zoo ?? false);
    const rows = placeModel(m, compute, opts.laws, opts.group, opts.method);
    return { model: m, compute, rows, summary: summarize(m.model, compute, rows) };
  });
}
