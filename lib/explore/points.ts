import type { Metric } from "../domain/metrics";
import type { ExploreRow, PlotPoint } from "./types";

export type XKey = "compute" | "samples" | "gmacs" | "params";
export type YKey = "error" | Metric;

/** Value of a row on an x axis, in the axis unit (GMACs, samples, GMACs per sample, M parameters). */
export function xValue(r: ExploreRow, x: XKey): number | null {
  switch (x) {
    case "compute": return r.totalGmacs;
    case "samples": return r.samplesSeen;
    case "gmacs": return r.gmacsPerSample;
    case "params": return r.mparams;
  }
}

/** Value of a row on the y axis as a fraction: the error 1 − metric, or a raw metric. */
export function yFraction(r: ExploreRow, y: YKey, metric: Metric): number | null {
  if (y === "error") {
    const v = r.values[metric];
    return v === null ? null : 1 - v;
  }
  return r.values[y];
}

/**
 * Rows → drawable points (y in percent); counts what a log–log chart cannot show instead of hiding
 * it: `nonPositive` rows (a value ≤ 0 or not finite; on a linear y axis, `yLog` false, a value of 0
 * is drawable) and `missing` rows (no value for the chosen column).
 */
export function toPlotPoints(rows: readonly ExploreRow[], x: XKey, y: YKey, metric: Metric, yLog = true) {
  const points: PlotPoint[] = [];
  let nonPositive = 0;
  let missing = 0;
  for (const r of rows) {
    const xv = xValue(r, x);
    const yv = yFraction(r, y, metric);
    if (xv === null || yv === null) {
      missing++;
      continue;
    }
    if (!(Number.isFinite(xv) && xv > 0 && Number.isFinite(yv) && (yLog ? yv > 0 : yv >= 0))) {
      nonPositive++;
      continue;
    }
    points.push({ id: r.model, model: r.model, arch: r.arch, upstream: r.upstream, samplesSeenPretty: r.samplesSeenPretty, x: xv, y: yv * 100, compute: r.totalGmacs });
  }
  return { points, nonPositive, missing };
}
