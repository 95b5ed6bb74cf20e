"use client";
import { CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { archColor } from "@/lib/chart/palette";
import { formatCount, formatTick } from "@/lib/format";
import type { CurveSeries, CurveX, CurveY } from "@/lib/models/curves";
import type { AxisSpec } from "@/lib/models/curve-axes";
import { samplesWidth, UPSTREAM_DASH } from "@/lib/models/curve-style";
import { LearningCurveTooltip } from "./learning-curve-tooltip";

const X_LABEL: Record<CurveX, string> = {
  epoch: "epoch",
  samples: "samples seen (log scale)",
  steps: "optimizer steps (log scale)",
  compute: "compute so far C (GMACs, log scale)",
};
const Y_LABEL: Record<CurveY, string> = { top1: "ImageNet top-1 (%)", top5: "ImageNet top-5 (%)" };
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** A run's direct label at its last checkpoint: dataset and samples seen (the panel is one architecture). */
const runLabel = (s: CurveSeries) => `${s.upstream.replace(/^LAION-/, "")} · ${s.samplesSeenPretty}`;

/** A collapsed checkpoint: a ring with a cross, drawn on the line (explained in the note below the chart). */
function CollapseMark({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return <g />;
  return (
    <g className="lc-collapse" data-collapsed="true">
      <circle cx={cx} cy={cy} r={5} fill="var(--bg)" stroke="#d55e00" strokeWidth={1.8} />
      <path d={`M${cx - 3},${cy - 3}L${cx + 3},${cy + 3}M${cx - 3},${cy + 3}L${cx + 3},${cy - 3}`} stroke="#d55e00" strokeWidth={1.5} />
    </g>
  );
}

/**
 * One small multiple: ImageNet zero-shot accuracy per checkpoint of one architecture's runs, one line
 * per run, labelled directly at its end. Hovering a line or its label highlights it (others fade);
 * collapsed checkpoints are marked. Axes are shared across panels (passed in). No animation: ~3,400 points.
 */
export function LearningCurveChart({ series, x, y, xAxis, yAxis, title, hover, onHover, height = 300 }: {
  series: CurveSeries[]; x: CurveX; y: CurveY; xAxis: AxisSpec; yAxis: AxisSpec; title?: string;
  hover?: string | null; onHover?: (model: string | null) => void; height?: number;
}) {
  if (series.length === 0) return <p className="lc-empty" role="status">No model matches these filters: widen them.</p>;
  const fade = (m: string) => (hover && hover !== m ? 0.15 : 1);
  const xTick = x === "epoch" ? String : x === "compute" ? formatTick : formatCount;
  return (
    <figure className="lc-panel">
      {title && <figcaption className="lc-panel-title">{title}</figcaption>}
      <div className="lc-chart" style={{ height }} data-lines={series.length} data-points={series.reduce((n, s) => n + s.points.length, 0)}
        onMouseLeave={() => onHover?.(null)}>
        <LineChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 78, bottom: 30, left: 4 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="x" scale={xAxis.scale} domain={xAxis.domain} ticks={xAxis.ticks} allowDataOverflow
            tickFormatter={xTick} label={{ value: X_LABEL[x], position: "insideBottom", offset: -18 }} />
          {/* Width 74 leaves room for the rotated title left of the "100%" ticks (no overlap, tested by bounding boxes). */}
          <YAxis type="number" domain={yAxis.domain} ticks={yAxis.ticks} interval={0} tickFormatter={pct} width={74} allowDataOverflow
            label={{ value: Y_LABEL[y], angle: -90, position: "insideLeft", offset: 6, style: { textAnchor: "middle" } }} />
          {series.map((s) => (
            <Line key={s.model} data={s.points} dataKey="y" name={s.model} type="linear" stroke={archColor(s.arch)}
              strokeDasharray={UPSTREAM_DASH[s.upstream]} strokeWidth={samplesWidth(s.samplesSeenPretty) + (hover === s.model ? 1.5 : 0)}
              strokeOpacity={(s.shown === y ? 1 : 0.4) * fade(s.model)} isAnimationActive={false} activeDot={false}
              dot={(p: { cx?: number; cy?: number; index?: number; key?: React.Key | null }) =>
                s.points[p.index ?? -1]?.collapsed ? <CollapseMark key={p.key ?? undefined} cx={p.cx} cy={p.cy} /> : <g key={p.key ?? undefined} />}
              onMouseEnter={() => onHover?.(s.model)}>
              <LabelList dataKey="y" content={(l: { x?: number | string; y?: number | string; index?: number }) =>
                l.index === s.points.length - 1 ? (
                  <text x={Number(l.x) + 4} y={Number(l.y) + 3} className="lc-direct-label" fillOpacity={fade(s.model)} onMouseEnter={() => onHover?.(s.model)}
                    data-model={s.model}>{runLabel(s)}</text>
                ) : null} />
            </Line>
          ))}
          <Tooltip content={<LearningCurveTooltip series={series} />} isAnimationActive={false} cursor={{ strokeDasharray: "3 3" }} />
        </LineChart>
      </div>
    </figure>
  );
}
