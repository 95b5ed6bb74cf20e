import { archLabel } from "@/lib/domain/arch";
import type { ChartModel } from "@/lib/explore/chart-model";
import { residual } from "@/lib/explore/residual";
import type { PlotPoint } from "@/lib/explore/types";
import { formatPercent, formatSci, formatSigned } from "@/lib/format";

/**
 * Tooltip of one point, kept small (it must never cover more than a third of the chart): model,
 * encodings in one line, value and residual against the first fit.
 */
export function ScalingTooltip({ p, model }: { p: PlotPoint; model: ChartModel }) {
  const fit = model.residualFit;
  const r = fit ? residual(p.y / 100, p.compute, fit) : null;
  return (
    <div className="scaling-tooltip" role="status">
      <div><strong>{p.model}</strong></div>
      <div>{archLabel(p.arch)} · {p.upstream} · {p.samplesSeenPretty}</div>
      <div>{model.xAxis.label.replace(/ \(.*\)$/, "")}: {formatSci(p.x)}</div>
      <div>{model.valueName.replace(/ \(.*\)$/, "")}: {formatPercent(p.y)}</div>
      {fit && r && <div className="muted">vs {fit.label}: {formatSigned(r.log10)} log₁₀ E ({formatSigned(r.relative * 100, 1)}%)</div>}
      <div className="muted scaling-tooltip-hint">Click the point for its model card</div>
    </div>
  );
}
