"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPct } from "@/lib/format";
import { buildCurveSeries, type ModelCurve } from "@/lib/models/curves";
import { curveXAxis, curveYAxis } from "@/lib/models/curve-axes";
import { formatInt } from "@/lib/models/format";

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** One model's ImageNet zero-shot top-1 (solid) and top-5 (dashed, when upstream has it) per epoch. */
export function ModelLearningCurve({ curve, height = 320 }: { curve: ModelCurve; height?: number }) {
  const [top1] = buildCurveSeries([curve], "epoch", "top1");
  const [top5] = buildCurveSeries([curve], "epoch", "top5");
  if (!top1 || top1.points.length === 0) return <p role="status">No checkpoints to draw.</p>;
  const hasTop5 = top5 !== undefined && top5.shown === "top5" && top5.points.length > 0;
  const xAxis = curveXAxis([top1], "epoch");
  const yAxis = curveYAxis(hasTop5 ? [top1, top5] : [top1]);
  const data = top1.points;
  const perEpoch = curve.samples[0] !== undefined && curve.epoch[0] ? curve.samples[0] / curve.epoch[0] : null;
  return (
    <figure className="models-curve" aria-label={`ImageNet zero-shot accuracy of ${curve.model} per epoch`}>
      <div style={{ height }} data-points={data.length}>
        <LineChart responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="epoch" domain={xAxis.domain} ticks={xAxis.ticks} allowDataOverflow
            label={{ value: `epoch${perEpoch ? ` (1 epoch = ${formatCount(perEpoch)} samples)` : ""}`, position: "insideBottom", offset: -16 }} />
          {/* Linear accuracy axis; width 74 keeps the rotated title clear of the "100%" ticks (tested by bounding boxes). */}
          <YAxis type="number" scale="linear" domain={yAxis.domain} ticks={yAxis.ticks} interval={0} tickFormatter={pct} width={74} allowDataOverflow
            label={{ value: "ImageNet accuracy (%)", angle: -90, position: "insideLeft", offset: 6, style: { textAnchor: "middle" } }} />
          <Line dataKey="top1" name="top-1" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
          {hasTop5 && <Line dataKey="top5" name="top-5" stroke="var(--accent)" strokeWidth={1.5} strokeDasharray="6 4" dot={false} isAnimationActive={false} />}
          <Tooltip isAnimationActive={false} content={({ active, payload }) => {
            const p = payload?.[0]?.payload as (typeof data)[number] | undefined;
            if (!active || !p) return null;
            return (
              <div className="models-tooltip" role="status">
                <div><strong>epoch {p.epoch}</strong></div>
                <div>samples seen: {formatCount(p.samples)} ({formatInt(p.samples)})</div>
                <div>steps: {formatInt(p.steps)}</div>
                <div>top-1: {formatPct(p.top1)}</div>
                <div>top-5: {p.top5 === null ? "missing upstream" : formatPct(p.top5)}</div>
              </div>
            );
          }} />
        </LineChart>
      </div>
      <figcaption className="muted">
        Solid: top-1{hasTop5 ? "; dashed: top-5" : "; top-5 is missing upstream for this model's checkpoints"}.
      </figcaption>
    </figure>
  );
}
