"use client";
import { useXAxisScale, useYAxisScale } from "recharts";
import { archLabel } from "@/lib/domain/arch";
import { formatCount, formatPct } from "@/lib/format";
import type { CurvePoint, CurveSeries } from "@/lib/models/curves";
import { formatInt } from "@/lib/models/format";

const pct = (v: number | null) => (v === null ? "missing upstream" : formatPct(v));

/**
 * The checkpoint nearest the pointer (in pixels), across all lines: with up to 29 lines an axis
 * tooltip listing every model at an x would be unreadable, and lines rarely share x values.
 */
export function LearningCurveTooltip({ active, coordinate, series }: { active?: boolean; coordinate?: { x: number; y: number }; series: CurveSeries[] }) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  if (!active || !coordinate || !xs || !ys) return null;
  let best: { s: CurveSeries; p: CurvePoint } | null = null;
  let bestD = Infinity;
  for (const s of series) {
    for (const p of s.points) {
      const px = xs(p.x);
      const py = ys(p.y);
      if (px === undefined || py === undefined) continue;
      const d = (px - coordinate.x) ** 2 + (py - coordinate.y) ** 2;
      if (d < bestD) [best, bestD] = [{ s, p }, d];
    }
  }
  if (!best) return null;
  const { s, p } = best;
  return (
    <div className="lc-tooltip" role="status">
      <div><strong>{s.model}</strong></div>
      <div>{archLabel(s.arch)} · {s.upstream} · {s.samplesSeenPretty} samples seen</div>
      <div>epoch {p.epoch} · samples seen {formatCount(p.samples)} · steps {formatInt(p.steps)}</div>
      <div>top-1: {pct(p.top1)} · top-5: {pct(p.top5)}</div>
      {s.shown === "top1" && s.missingTop5 > 0 ? <div className="muted">drawn: top-1 (no top-5 upstream for this model)</div> : null}
    </div>
  );
}
