"use client";
import type { ReactNode } from "react";
import { CartesianGrid, ScatterChart, XAxis, YAxis } from "recharts";
import type { ChartModel } from "@/lib/explore/chart-model";
import type { FitMechanics } from "@/lib/explore/mechanics";
import type { PlotPoint } from "@/lib/explore/types";
import { formatTick } from "@/lib/format";
import { FitMechanicsLayer } from "./fit-mechanics-layer";
import { ScalingMarks } from "./scaling-marks";

export interface ScatterExtras {
  /** Bands (always) and bin edges + fitted points (with `detail`) of the drawn fits. */
  mechanics?: readonly FitMechanics[];
  detail?: boolean;
  /** Called with the clicked point (the explore view opens its model card). */
  onPointClick?: (p: PlotPoint) => void;
  /** Extra series drawn over the points, e.g. "your models" (components/place). */
  children?: ReactNode;
}

/**
 * Scatter of a scaling chart model: log x; log error or linear accuracy on y; each fit line in its
 * group's colour and dash, only over the compute range of its fitted points. Never blank: an empty
 * model gets a message, and points an axis cannot show are counted under the chart.
 */
export function ScalingScatter({ model, height = 420, title, mechanics, detail = false, onPointClick, children }: { model: ChartModel; height?: number; title: string } & ScatterExtras) {
  const excluded = model.nonPositive + model.missing;
  const note = [
    model.nonPositive ? `${model.nonPositive} point${model.nonPositive === 1 ? "" : "s"} excluded (value ≤ 0, cannot be drawn on a log axis)` : "",
    model.missing ? `${model.missing} without a value for this column` : "",
  ].filter(Boolean).join("; ");
  if (model.points.length === 0) {
    return (
      <div className="scaling-empty" role="status">
        {excluded ? `No point can be drawn: ${note}.` : "No models in this slice: widen the filters."}
      </div>
    );
  }
  return (
    <figure className="scaling-figure" aria-label={title}>
      <div className="scaling-chart" style={{ height }} data-points={model.points.length} data-y-scale={model.yAxis.scale}>
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 28, left: 12 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="x" scale="log" domain={model.xAxis.domain} ticks={model.xAxis.ticks} allowDataOverflow
            tickFormatter={formatTick} label={{ value: model.xAxis.label, position: "insideBottom", offset: -18 }} name={model.xAxis.label} />
          <YAxis type="number" dataKey="y" scale={model.yAxis.scale} domain={model.yAxis.domain} ticks={model.yAxis.ticks} allowDataOverflow width={52}
            tickFormatter={formatTick} label={{ value: model.yAxis.label, angle: -90, position: "insideLeft", offset: -6, style: { textAnchor: "middle" } }} name={model.yAxis.label} />
          {mechanics && <FitMechanicsLayer mechanics={mechanics} detail={detail} model={model} />}
          <ScalingMarks model={model} onPointClick={onPointClick} />
          {children}
        </ScatterChart>
      </div>
      {note && <figcaption className="muted scaling-note">{note}.</figcaption>}
    </figure>
  );
}
