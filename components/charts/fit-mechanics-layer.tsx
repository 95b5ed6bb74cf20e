"use client";
import { useId } from "react";
import { groupStyle } from "@/lib/chart/palette";
import type { ChartModel } from "@/lib/explore/chart-model";
import type { FitMechanics } from "@/lib/explore/mechanics";
import { useModelScales } from "./scaling-marks";

/**
 * Drawn inside the scatter (the chart model's scales over recharts' plot area): each fit's 95% band, and — when `detail` is
 * on — its bin edges and the points the estimator fitted (hollow, in the line's colour).
 */
export function FitMechanicsLayer({ mechanics, detail, model }: { mechanics: readonly FitMechanics[]; detail: boolean; model: ChartModel }) {
  const clip = useId();
  const scales = useModelScales(model.xAxis, model.yAxis);
  if (!scales) return null;
  const { X, Y, area } = scales;
  return (
    <g className="fit-mechanics" clipPath={`url(#${CSS.escape(clip)})`}>
      <clipPath id={clip}><rect x={area.x} y={area.y} width={area.width} height={area.height} /></clipPath>
      {mechanics.map((m) => {
        const { color } = groupStyle(m.group);
        const band = m.band?.filter((b) => b.lo > 0 && b.hi > 0);
        return (
          <g key={m.key} data-group={m.group}>
            {band && band.length > 1 && (
              <path className="fit-band" data-group={m.group} fill={color} fillOpacity={0.16} stroke="none"
                d={`M${band.map((b) => `${X(b.x)},${Y(b.hi)}`).join("L")}L${[...band].reverse().map((b) => `${X(b.x)},${Y(b.lo)}`).join("L")}Z`} />
            )}
            {detail && m.edges.map((e, i) => (
              <line key={i} className="bin-edge" x1={X(e)} x2={X(e)} y1={area.y} y2={area.y + area.height} stroke={color} strokeOpacity={0.7} strokeDasharray="1 3" />
            ))}
            {detail && m.fitted.map((p, i) => (
              <circle key={i} className="fitted-point" cx={X(p.x)} cy={Y(p.y)} r={6} fill="none" stroke={color} strokeWidth={2} />
            ))}
          </g>
        );
      })}
    </g>
  );
}
