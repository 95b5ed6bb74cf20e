import { METRIC_LABELS, type Metric } from "../domain/metrics";
import { taskLabel } from "../domain/tasks";
import type { XKey, YKey } from "./points";

// Labels and titles only, without d3-scale or the fit code: the /explore controls, title and report
// toolbar ship these in the page's first JavaScript; the axes' ticks (axes.ts) load with the chart.

/** Axis titles with units. */
export const X_LABELS: Record<XKey, string> = {
  compute: "Total compute (GMACs)",
  samples: "Samples seen",
  gmacs: "GMACs per sample",
  params: "Parameters (millions)",
};

/** The /explore page's title for a state ("Explore: ImageNet (imagenet1k) error vs compute"). */
export function exploreTitle(s: { task: string; y: YKey; x: XKey }): string {
  return `Explore: ${taskLabel(s.task)}${s.y === "error" ? " error" : ""} vs ${X_LABELS[s.x].replace(/ \(.*\)$/, "").toLowerCase()}`;
}

/** y-axis title with its unit; short enough for a small chart (valueName says which metric's error). */
export function yLabel(y: YKey): string {
  return y === "error" ? "Error (%)" : `${METRIC_LABELS[y]} (%)`;
}

/** Short name of the plotted value for tooltips. */
export function valueName(y: YKey, metric: Metric): string {
  return y === "error" ? `Error (1 − ${METRIC_LABELS[metric].toLowerCase()})` : METRIC_LABELS[y];
}

/** Fit lines are power laws of error against total compute: only that pair of axes can show them. */
export function fitsApply(x: XKey, y: YKey): boolean {
  return x === "compute" && y === "error";
}

/** Why fit lines are not drawn for this choice of axes, or null when they are (or there are none). */
export function fitsHiddenNote(x: XKey, y: YKey, metric: Metric, fitCount: number): string | null {
  return fitsApply(x, y) || fitCount === 0
    ? null
    : `Fit lines are hidden: the power laws relate error to total compute, so they are drawn only for error vs total compute (here: ${valueName(y, metric).toLowerCase()} vs ${X_LABELS[x].toLowerCase()}).`;
}
