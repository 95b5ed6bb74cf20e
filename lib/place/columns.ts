import type { PlacementRow } from "./place";

/** CSV columns of a placement table (the contract's fields, then provenance). */
export const PLACEMENT_COLUMNS: readonly (keyof PlacementRow)[] = [
  "model", "task", "metric", "error", "compute", "law_error", "residual", "rel_residual", "effective_compute",
  "compute_multiplier", "within_interval", "law_lo", "law_hi", "group", "method", "dataset", "file", "line", "note",
];
