"use client";
import type { ReactNode } from "react";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartModel } from "@/lib/explore/chart-model";
import { formatLogTick } from "@/lib/format";
import { renderScalingMarker } from "./scaling-markers";
import { ScalingTooltip } from "./scaling-tooltip";

/**
 * Log–log scatter of a scaling chart model (points + fit lines, solid over the fitted data's
 * compute range, dashed where extrapolated). Never blank: an empty model gets a message, and points
 * a log axis cannot show are counted under the chart.
 */
export function ScalingScatter({ model, height = 420, title, children }: { model: ChartModel; height?: number; title: string; children?: ReactNode }) {
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
      <div className="scaling-chart" style={{ height }} data-points={model.points.length}>
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="x" scale="log" domain={model.xAxis.domain} ticks={model.xAxis.ticks} allowDataOverflow
            tickFormatter={formatLogTick} label={{ value: model.xAxis.label, position: "insideBottom", offset: -16 }} name={model.xAxis.label} />
          <YAxis type="number" dataKey="y" scale="log" domain={model.yAxis.domain} ticks={model.yAxis.ticks} allowDataOverflow width={52}
            tickFormatter={formatLogTick} label={{ value: model.yAxis.label, angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" } }} name={model.yAxis.label} />
          {model.lines.flatMap((l) => l.segments.map((s, i) => (
            <ReferenceLine key={`${l.key}-${i}`} segment={[{ x: s.x1, y: s.y1 }, { x: s.x2, y: s.y2 }]} ifOverflow="hidden"
              stroke={l.color} strokeWidth={2} strokeDasharray={s.dashed ? "6 4" : undefined} className={s.dashed ? "fit-extrapolated" : "fit-observed"} />
          )))}
          <Scatter data={model.points} shape={renderScalingMarker} isAnimationActive={false} />
          {children /* extra layers, e.g. "your models" (components/place) */}
          <Tooltip content={(p) => <ScalingTooltip active={p.active} payload={p.payload} model={model} />} isAnimationActive={false} cursor={{ strokeDasharray: "3 3" }} />
        </ScatterChart>
      </div>
      {note && <figcaption className="muted scaling-note">{note}.</figcaption>}
    </figure>
  );
}
