"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { archColor } from "@/lib/chart/palette";
import { formatCount } from "@/lib/format";
import type { CurveSeries, CurveX, CurveY } from "@/lib/models/curves";
import { curveXAxis, curveYAxis } from "@/lib/models/curve-axes";
import { samplesWidth, UPSTREAM_DASH } from "@/lib/models/curve-style";
import { LearningCurveTooltip } from "./learning-curve-tooltip";

const X_LABEL: Record<CurveX, string> = {
  epoch: "epoch",
  samples: "samples seen (log scale)",
  steps: "optimizer steps (log scale)",
};
const Y_LABEL: Record<CurveY, string> = { top1: "ImageNet zero-shot top-1 (%)", top5: "ImageNet zero-shot top-5 (%)" };
const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * ImageNet zero-shot accuracy per checkpoint, one line per model. Lines without dots and without
 * animation: ~3,400 points must draw fast. A series drawn with top-1 in top-5 mode is faded.
 */
export function LearningCurveChart({ series, x, y, height = 460 }: { series: CurveSeries[]; x: CurveX; y: CurveY; height?: number }) {
  if (series.length === 0) return <p className="lc-empty" role="status">No model matches these filters: widen them.</p>;
  const xAxis = curveXAxis(series, x);
  const yAxis = curveYAxis(series);
  return (
    <div className="lc-chart" style={{ height }} data-lines={series.length} data-points={series.reduce((n, s) => n + s.points.length, 0)}>
      <LineChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid />
        <XAxis type="number" dataKey="x" scale={xAxis.scale} domain={xAxis.domain} ticks={xAxis.ticks} allowDataOverflow
          tickFormatter={x === "epoch" ? String : formatCount} label={{ value: X_LABEL[x], position: "insideBottom", offset: -16 }} />
        <YAxis type="number" domain={yAxis.domain} ticks={yAxis.ticks} tickFormatter={pct} width={52} allowDataOverflow
          label={{ value: Y_LABEL[y], angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" } }} />
        {series.map((s) => (
          <Line key={s.model} data={s.points} dataKey="y" name={s.model} type="linear" stroke={archColor(s.arch)}
            strokeDasharray={UPSTREAM_DASH[s.upstream]} strokeWidth={samplesWidth(s.samplesSeenPretty)} strokeOpacity={s.shown === y ? 1 : 0.4}
            dot={false} activeDot={false} isAnimationActive={false} />
        ))}
        <Tooltip content={<LearningCurveTooltip series={series} />} isAnimationActive={false} cursor={{ strokeDasharray: "3 3" }} />
      </LineChart>
    </div>
  );
}
