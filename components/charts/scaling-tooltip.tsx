"use client";
import { archLabel } from "@/lib/domain/arch";
import type { ChartModel } from "@/lib/explore/chart-model";
import { residual } from "@/lib/explore/residual";
import type { PlotPoint } from "@/lib/explore/types";
import { formatSci } from "@/lib/format";

/** Tooltip of one point: model, architecture, upstream, samples seen, value and residual against the first fit. */
export function ScalingTooltip({ active, payload, model }: { active?: boolean; payload?: readonly { payload?: unknown }[]; model: ChartModel }) {
  const p = payload?.[0]?.payload as PlotPoint | undefined;
  if (!active || !p) return null;
  const fit = model.residualFit;
  const r = fit ? residual(p.y / 100, p.compute, fit) : null;
  return (
    <div className="scaling-tooltip" role="status">
      <div><strong>{p.model}</strong></div>
      <div>Architecture: {archLabel(p.arch)}</div>
      <div>Upstream: {p.upstream}</div>
      <div>Samples seen: {p.samplesSeenPretty}</div>
      <div>{model.xAxis.label}: {formatSci(p.x)}</div>
      <div>{model.valueName}: {p.y.toFixed(2)}%</div>
      {fit && r && (
        <div className="muted">
          Residual vs {fit.label}: {sign(r.log10)}{Math.abs(r.log10).toFixed(3)} in log10 E ({sign(r.relative)}{Math.abs(r.relative * 100).toFixed(1)}% vs the line)
        </div>
      )}
    </div>
  );
}

function sign(v: number): string {
  return v < 0 ? "−" : "+";
}
