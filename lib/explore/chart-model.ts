import { groupStyle } from "../chart/palette";
import type { Metric } from "../domain/metrics";
import { X_LABELS, axisTicks, linearPctAxis, valueName, xDomainOf, yDomainOf, yLabel } from "./axes";
import { fitsApply, fitsHiddenNote } from "./axis-labels";
import { formatLaw } from "../format";
import { fitCaption, groupLabel, lineParams } from "./fits";
import { fitSegments } from "./lines";
import { toPlotPoints, type XKey, type YKey } from "./points";
import type { ExploreFit, ExploreRow, PlotLine } from "./types";

export interface AxisModel {
  label: string;
  /** Log for compute, samples and error; linear for accuracy (a raw metric). */
  scale: "log" | "linear";
  domain: [number, number];
  ticks: number[];
}

/** Everything the scatter needs, as plain data (built on the server for /, in the browser for /explore). */
export type ChartModel = ReturnType<typeof buildChartModel>;

export { fitsApply };

/** Points, axes and fit lines of one chart; `fits` are drawn in the given order. */
export function buildChartModel(rows: readonly ExploreRow[], x: XKey, y: YKey, metric: Metric, fits: readonly ExploreFit[]) {
  const yLog = y === "error";
  const { points, nonPositive, missing } = toPlotPoints(rows, x, y, metric, yLog);
  const applies = fitsApply(x, y);
  const drawable = applies ? fits.flatMap((f) => {
    const p = lineParams(f);
    return p ? [{ fit: f, p }] : [];
  }) : [];
  const xDomain = xDomainOf([...points.map((p) => p.x), ...drawable.flatMap(({ p }) => [p.xMin, p.xMax])]);
  const lines: PlotLine[] = drawable.map(({ fit, p }) => ({
    key: `${fit.group}-${fit.method}-${fit.metric}`,
    label: `${groupLabel(fit.group)} (${fit.method}): ${fitCaption(fit)}`,
    short: `${fit.group === "slice" ? "Refit" : fit.group}: ${formatLaw(p.A, p.alpha)}`,
    group: fit.group,
    color: groupStyle(fit.group).color,
    dash: groupStyle(fit.group).dash,
    // Only over the compute range of the fitted points: a line is not evidence where no model was fitted.
    segments: fitSegments(p, xDomain).filter((s) => !s.dashed),
  }));
  const solidY = lines.flatMap((l) => l.segments.flatMap((s) => [s.y1, s.y2]));
  const yDomain = yDomainOf([...points.map((p) => p.y), ...solidY]);
  const xAxis: AxisModel = { label: X_LABELS[x], scale: "log", domain: xDomain, ticks: axisTicks(xDomain) };
  const yAxis: AxisModel = yLog
    ? { label: yLabel(y), scale: "log", domain: yDomain, ticks: axisTicks(yDomain) }
    : { label: yLabel(y), scale: "linear", ...linearPctAxis(points.map((p) => p.y)) };
  const first = drawable[0];
  return {
    points, nonPositive, missing, lines,
    /** Why fit lines are not drawn for this choice of axes, or null. */
    fitsHidden: fitsHiddenNote(x, y, metric, fits.length),
    xAxis,
    yAxis,
    valueName: valueName(y, metric),
    /** The first drawn fit: tooltips show each point's residual against it. */
    residualFit: first ? { ...first.p, label: `${groupLabel(first.fit.group)} (${first.fit.method})` } : null,
  };
}
