import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from "d3-shape";
import { UPSTREAM_SHAPES, archColor, markerSize } from "@/lib/chart/palette";

const SHAPES = { circle: symbolCircle, diamond: symbolDiamond, square: symbolSquare, star: symbolStar, triangle: symbolTriangle };

/**
 * One marker of the chart (ScalingMarks): colour by architecture, shape by upstream dataset
 * (LAION-80M ▼, 400M ●, 2B ■, OpenAI ★), area by samples seen — the paper's encoding. Also used
 * (at a fixed position) in the HTML legend's inline SVGs. The path is
 * d3-shape's symbol of that area, as recharts' `Symbols` draws it (same class and geometry), without
 * importing recharts: the legend renders before the chart's code has loaded (it loads on demand).
 */
export function MarkerGlyph({ cx, cy, arch, upstream, samplesSeenPretty, fill }: { cx: number; cy: number; arch?: string; upstream: string; samplesSeenPretty: string; fill?: string }) {
  const type = UPSTREAM_SHAPES[upstream] ?? "diamond";
  // Symbols sizes are areas; a star fills less of its area than a circle, so it gets a bit more.
  const size = markerSize(samplesSeenPretty) * (type === "star" ? 1.6 : 1);
  const glyph = (
    <path className="recharts-symbols" transform={`translate(${cx}, ${cy})`} d={symbol(SHAPES[type], size)() ?? ""}
      fill={fill ?? (arch ? archColor(arch) : "var(--muted)")} stroke="var(--bg)" strokeWidth={0.8} />
  );
  // The paper draws LAION-80M as a downward triangle; recharts' triangle points up.
  return type === "triangle" ? <g transform={`rotate(180 ${cx} ${cy})`}>{glyph}</g> : glyph;
}
