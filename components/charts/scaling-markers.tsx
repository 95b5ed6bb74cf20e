"use client";
import type { ReactElement } from "react";
import { Symbols } from "recharts";
import { UPSTREAM_SHAPES, archColor, markerSize } from "@/lib/chart/palette";
import type { PlotPoint } from "@/lib/explore/types";

/**
 * recharts `shape` render function: colour by architecture, marker shape by upstream dataset
 * (LAION-80M ▼, 400M ●, 2B ■, OpenAI ★), area by samples seen — the paper's encoding.
 */
export function renderScalingMarker(props: unknown): ReactElement {
  const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: PlotPoint };
  if (cx == null || cy == null || !payload) return <g />;
  return <MarkerGlyph cx={cx} cy={cy} arch={payload.arch} upstream={payload.upstream} samplesSeenPretty={payload.samplesSeenPretty} />;
}

/** One marker; also used (at a fixed position) in the HTML legend's inline SVGs. */
export function MarkerGlyph({ cx, cy, arch, upstream, samplesSeenPretty, fill }: { cx: number; cy: number; arch?: string; upstream: string; samplesSeenPretty: string; fill?: string }) {
  const type = UPSTREAM_SHAPES[upstream] ?? "diamond";
  // Symbols sizes are areas; a star fills less of its area than a circle, so it gets a bit more.
  const size = markerSize(samplesSeenPretty) * (type === "star" ? 1.6 : 1);
  const symbol = (
    <Symbols cx={cx} cy={cy} type={type} size={size} fill={fill ?? (arch ? archColor(arch) : "var(--muted)")} stroke="var(--bg)" strokeWidth={0.8} />
  );
  // The paper draws LAION-80M as a downward triangle; recharts' triangle points up.
  return type === "triangle" ? <g transform={`rotate(180 ${cx} ${cy})`}>{symbol}</g> : symbol;
}
