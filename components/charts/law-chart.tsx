"use client";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, formatSci, formatTick } from "@/lib/format";
import type { LawChartModel } from "@/lib/predict/chart";

/**
 * A law chart (predict and backtest views): error (%) against total compute (GMACs), log–log.
 * Laws are solid over the compute they were fitted on and dashed beyond; dotted lines bound the
 * 95% band; hollow diamonds are predictions with their interval as a vertical bar; dashed vertical
 * lines mark budgets. Data arrive fully built (lib/predict/chart) so the chart only draws.
 */
export function LawChart({ model, title, height = 420 }: { model: LawChartModel; title: string; height?: number }) {
  const fit = model.points.filter((p) => p.kind === "fit");
  const held = model.points.filter((p) => p.kind === "held-out");
  return (
    <figure className="law-figure" aria-label={title}>
      <div className="law-chart" style={{ height }} data-points={model.points.length} data-marks={model.marks.length}>
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
          <CartesianGrid />
          <XAxis type="number" dataKey="x" scale="log" domain={model.xDomain} ticks={model.xTicks} allowDataOverflow tickFormatter={formatTick}
            label={{ value: "Total compute C (GMACs)", position: "insideBottom", offset: -16 }} name="Compute (GMACs)" />
          <YAxis type="number" dataKey="y" scale="log" domain={model.yDomain} ticks={model.yTicks} allowDataOverflow width={52} tickFormatter={formatTick}
            label={{ value: "Error (%)", angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" } }} name="Error (%)" />
          {model.lines.flatMap((l) => [
            ...l.band.map((s, i) => <ReferenceLine key={`${l.key}-b${i}`} segment={[{ x: s.x1, y: s.y1 }, { x: s.x2, y: s.y2 }]} ifOverflow="hidden" stroke={l.color} strokeOpacity={0.6} strokeDasharray="2 3" className="law-band" />),
            ...l.segments.map((s, i) => <ReferenceLine key={`${l.key}-${i}`} segment={[{ x: s.x1, y: s.y1 }, { x: s.x2, y: s.y2 }]} ifOverflow="hidden" stroke={l.color} strokeWidth={2} strokeDasharray={s.dashed ? "6 4" : undefined} className={s.dashed ? "law-extrapolated" : "law-observed"} />),
          ])}
          {model.vlines.map((v, i) => <ReferenceLine key={`v-${v.x}-${i}`} x={v.x} stroke="currentColor" strokeDasharray="4 4" className="law-budget" label={{ value: v.label, position: i % 2 ? "insideBottomRight" : "insideTopLeft", fontSize: 12 }} />)}
          {model.marks.filter((m) => m.lo !== null && m.hi !== null).map((m, i) => (
            <ReferenceLine key={`iv-${i}`} segment={[{ x: m.x, y: m.lo! }, { x: m.x, y: m.hi! }]} ifOverflow="hidden" stroke={m.color} strokeWidth={3} className="law-interval" />
          ))}
          <Scatter name="Fitted models" data={fit} fill="#8a8a8a" isAnimationActive={false} className="law-points" />
          {held.length > 0 && <Scatter name="Held-out models" data={held} isAnimationActive={false} className="law-held-out"
            shape={(p: { cx?: number; cy?: number }) => <path d={`M${p.cx} ${(p.cy ?? 0) - 6}l5.5 9.5h-11z`} fill="none" stroke="#8a8a8a" strokeWidth={1.8} />} />}
          <Scatter name="Predictions" data={model.marks} isAnimationActive={false} className="law-marks"
            shape={(p: { cx?: number; cy?: number; payload?: { color: string } }) => <path d={`M${p.cx} ${(p.cy ?? 0) - 6}l6 6l-6 6l-6-6z`} fill="none" stroke={p.payload?.color} strokeWidth={2} />} />
          <Tooltip isAnimationActive={false} cursor={{ strokeDasharray: "3 3" }} content={({ active, payload }) => {
            const d = active && payload?.[0]?.payload as { x: number; y: number; label: string; lo?: number | null; hi?: number | null; actual?: number | null } | undefined;
            if (!d) return null;
            return (
              <div className="scaling-tooltip">
                <strong>{d.label}</strong>
                <div>C = {formatSci(d.x)} GMACs</div>
                <div>error {formatPercent(d.y)}{d.lo != null && d.hi != null ? ` (95%: ${formatPercent(d.lo)}–${formatPercent(d.hi)})` : ""}</div>
                {d.actual != null && <div>actual {formatPercent(d.actual)}</div>}
              </div>
            );
          }} />
        </ScatterChart>
      </div>
      <figcaption className="muted law-caption">
        {model.lines.map((l) => <span key={l.key} className="law-key"><span className="scaling-swatch" style={{ background: l.color }} />{l.label}</span>)}
        <span className="law-key">● models the law was fitted on{held.length > 0 ? " · △ held-out models" : ""}</span>
        <span className="law-key">solid: fitted range · dashed: extrapolation · dotted: 95% band · ◇ prediction with its 95% interval</span>
      </figcaption>
    </figure>
  );
}
