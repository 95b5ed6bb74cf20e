"use client";
import type { ReactNode } from "react";
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { GROUP_COLORS, UPSTREAM_SHAPES } from "@/lib/chart/palette";
import { denseLogTicks, logDomain, logTicks, niceLogDomain } from "@/lib/chart/log-ticks";
import { formatPct, formatSci, formatTick } from "@/lib/format";

/** One group of the overlay: its observations (error as a fraction) and its fitted law, if any. */
export interface OverlayGroup {
  group: string;
  label: string;
  points: { compute: number; error: number; model: string }[];
  fit: { alpha: number; A: number; xMin: number; xMax: number } | null;
}

type Datum = { compute: number; errorPct: number; model?: string; group: string };

const NO_DOT = () => <g />;

/** Both groups' points and fit lines on log–log axes (error % vs compute GMACs). */
export function CompareOverlay({ groups, height = 380, children }: { groups: OverlayGroup[]; height?: number; children?: ReactNode }) {
  const series = groups.map((g) => ({
    ...g,
    color: GROUP_COLORS[g.group] ?? "#999999",
    shape: UPSTREAM_SHAPES[g.group] ?? "diamond",
    data: g.points.filter((p) => p.compute > 0 && p.error > 0).map((p): Datum => ({ compute: p.compute, errorPct: p.error * 100, model: p.model, group: g.label })),
    line: g.fit ? [g.fit.xMin, g.fit.xMax].map((c): Datum => ({ compute: c, errorPct: 100 * g.fit!.A * c ** g.fit!.alpha, group: `${g.label} fit` })) : [],
  }));
  const all = series.flatMap((s) => [...s.data, ...s.line]);
  if (all.length === 0) return <p className="muted">No observations to draw for this task.</p>;
  const xd = logDomain(Math.min(...all.map((d) => d.compute)), Math.max(...all.map((d) => d.compute)));
  const yd = niceLogDomain(Math.min(...all.map((d) => d.errorPct)), Math.max(...all.map((d) => d.errorPct)));
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <ScatterChart margin={{ top: 10, right: 24, bottom: 28, left: 12 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="compute" scale="log" domain={xd} ticks={logTicks(xd[0], xd[1])} tickFormatter={formatTick} allowDataOverflow
            label={{ value: "Total compute C (GMACs, log scale)", position: "insideBottom", offset: -16 }} />
          <YAxis type="number" dataKey="errorPct" scale="log" domain={yd} ticks={denseLogTicks(yd[0], yd[1], 9, 5)} tickFormatter={formatTick} allowDataOverflow width={56}
            label={{ value: "Error (%, log scale)", angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle" } }} />
          <ZAxis range={[60, 60]} />
          <Tooltip content={<OverlayTooltip />} />
          {series.map((s) => (
            <Scatter key={s.group} name={s.label} data={s.data} fill={s.color} shape={s.shape} isAnimationActive={false} />
          ))}
          {series.map((s) => s.line.length > 0 && (
            <Scatter key={`${s.group}-fit`} name={`${s.label} fit`} data={s.line} line={{ stroke: s.color, strokeWidth: 2 }} shape={NO_DOT} legendType="none" isAnimationActive={false} />
          ))}
          {children /* extra layers, e.g. "your models" (components/place) */}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

function OverlayTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Datum }[] }) {
  const d = active ? payload?.[0]?.payload : undefined;
  if (!d) return null;
  return (
    <div className="card" style={{ fontSize: "0.85rem" }}>
      <div><strong>{d.model ?? d.group}</strong></div>
      {d.model && <div className="muted">{d.group}</div>}
      <div>compute {formatSci(d.compute)} GMACs</div>
      <div>error {formatPct(d.errorPct / 100)}</div>
    </div>
  );
}
