"use client";
import { scaleLinear, scaleLog } from "d3-scale";
import { useId, useMemo, useState, type KeyboardEvent, type SyntheticEvent } from "react";
import { createPortal } from "react-dom";
import { DefaultZIndexes, usePlotArea, ZIndexLayer } from "recharts";
import type { AxisModel, ChartModel } from "@/lib/explore/chart-model";
import type { PlotPoint } from "@/lib/explore/types";
import { formatPercent, formatSci } from "@/lib/format";
import { MarkerGlyph } from "./scaling-markers";
import { ScalingTooltip } from "./scaling-tooltip";

/**
 * The chart model's scales over recharts' plot area: what recharts builds from the same explicit
 * domains (d3 log or linear scale; range = plot area, y upwards), without waiting for recharts' store
 * to learn the new axes (it does so in layout effects, a commit late). Marks drawn from it are in
 * place in the first commit of a task switch, and the commits that follow leave them alone.
 */
export function useModelScales(x: AxisModel, y: AxisModel) {
  const a = usePlotArea();
  const [ax, ay, aw, ah] = [a?.x ?? NaN, a?.y ?? NaN, a?.width ?? NaN, a?.height ?? NaN];
  return useMemo(() => {
    if (!(aw > 0 && ah > 0)) return null;
    const sx = scaleLog().domain(x.domain).range([ax, ax + aw]);
    const sy = (y.scale === "log" ? scaleLog() : scaleLinear()).domain(y.domain).range([ay + ah, ay]);
    return { X: (v: number) => sx(v), Y: (v: number) => sy(v), area: { x: ax, y: ay, width: aw, height: ah } };
  }, [x.domain, y.domain, y.scale, ax, ay, aw, ah]);
}

/**
 * The fit lines and the points, drawn by us instead of recharts' <ReferenceLine>s and <Scatter>: the
 * lines clipped to the plot, in recharts' line layer; then one glyph per model, keyed by model, so a
 * task switch moves the points instead of unmounting and mounting them all (Scatter keys them on
 * their pixels and wraps each in ~5 components). The tooltip (hover or keyboard focus) is HTML over
 * the chart; the points are one tab stop, arrow keys move between them, Enter or a click opens the
 * model card.
 */
export function ScalingMarks({ model, onPointClick }: { model: ChartModel; onPointClick?: (p: PlotPoint) => void }) {
  const clip = useId();
  const scales = useModelScales(model.xAxis, model.yAxis);
  const [active, setActive] = useState<{ id: string; host: Element } | null>(null);
  const [current, setCurrent] = useState(0);
  if (!scales) return null;
  const { X, Y, area } = scales;
  const { points } = model;
  const tab = Math.min(current, points.length - 1);
  const at = (e: SyntheticEvent) => Number((e.target as Element).closest("[data-i]")?.getAttribute("data-i"));
  const show = (e: SyntheticEvent) => {
    const p = points[at(e)];
    const host = (e.currentTarget as SVGElement).ownerSVGElement?.parentElement;
    if (p && host) setActive({ id: p.id, host });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = at(e);
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: points.length - 1 }[e.key];
    if (to === undefined && e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    if (to === undefined) return points[i] && onPointClick?.(points[i]);
    const j = Math.min(points.length - 1, Math.max(0, to));
    setCurrent(j);
    e.currentTarget.querySelector<SVGElement>(`[data-i="${j}"]`)?.focus();
  };
  const p = active && points.find((q) => q.id === active.id);
  const [px, py] = p ? [X(p.x), Y(p.y)] : [0, 0];
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <g className="fit-lines" clipPath={`url(#${CSS.escape(clip)})`}>
          <clipPath id={clip}><rect x={area.x} y={area.y} width={area.width} height={area.height} /></clipPath>
          {model.lines.flatMap((l) => l.segments.map((s, i) => (
            <line key={`${l.key}-${i}`} x1={X(s.x1)} y1={Y(s.y1)} x2={X(s.x2)} y2={Y(s.y2)} stroke={l.color} strokeWidth={2.5}
              strokeDasharray={l.dash ?? undefined} className="fit-line fit-observed" data-group={l.group} />
          )))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        <g className="recharts-layer recharts-scatter scaling-points" role="group" aria-label="Models (arrow keys move, Enter opens the model card)"
          onMouseOver={show} onFocus={show} onMouseLeave={() => setActive(null)} onBlur={() => setActive(null)} onKeyDown={onKeyDown}
          onClick={(e) => { const q = points[at(e)]; if (q) onPointClick?.(q); }}>
          {p && (
            <g stroke="currentColor" strokeOpacity={0.5} strokeDasharray="3 3" pointerEvents="none">
              <line x1={px} x2={px} y1={area.y} y2={area.y + area.height} />
              <line x1={area.x} x2={area.x + area.width} y1={py} y2={py} />
            </g>
          )}
          {points.map((q, i) => (
            <g key={q.id} className="recharts-scatter-symbol" data-i={i} tabIndex={i === tab ? 0 : -1} role="img" aria-label={`${q.model}: ${formatSci(q.x)}, ${formatPercent(q.y)}`}>
              <MarkerGlyph cx={X(q.x)} cy={Y(q.y)} arch={q.arch} upstream={q.upstream} samplesSeenPretty={q.samplesSeenPretty} />
            </g>
          ))}
        </g>
      </ZIndexLayer>
      {p && active && createPortal(
        <div style={{
          position: "absolute", left: px, top: py, maxWidth: "min(260px, 45%)", zIndex: 2, pointerEvents: "none",
          transform: `translate(${px > area.x + area.width / 2 ? "calc(-100% - 10px)" : "10px"}, ${py > area.y + area.height / 2 ? "calc(-100% - 10px)" : "10px"})`,
        }}>
          <ScalingTooltip p={p} model={model} />
        </div>, active.host)}
    </>
  );
}
