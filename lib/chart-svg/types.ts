import type { MarkerShape } from "./markers";
import type { SvgTheme } from "./theme";

/** One mark: data coordinates (x > 0, y > 0 for the log axes), style, and a hover title. */
export interface ChartPoint { x: number; y: number; color: string; shape: MarkerShape; area: number; title: string }

/** A fit line: straight pieces in log–log space, solid over the fitted data, dashed where extrapolated. */
export interface ChartLine { color: string; label: string; /** Compact label for small images ("LAION: E = 5.86·C^−0.111"). */ short?: string; dash?: string | null; segments: { x1: number; y1: number; x2: number; y2: number; dashed: boolean }[] }

/** A log axis: title with unit, domain and explicit ticks. */
export interface ChartAxis { label: string; domain: [number, number]; ticks: number[]; scale?: "log" | "linear" }

/** Legend entry: a colour swatch, a marker shape, a marker size, a fit line with its text, or a note. */
export type LegendItem =
  | { kind: "color"; label: string; color: string }
  | { kind: "shape"; label: string; shape: MarkerShape }
  | { kind: "size"; label: string; area: number }
  | { kind: "line"; label: string; color: string; dash?: string | null; short?: string }
  | { kind: "note"; label: string };

/** Everything the renderer needs; every string is escaped when written. */
export interface ChartSpec {
  width: number;
  height: number;
  theme: SvgTheme;
  /** Prefix of the SVG's element ids, so several renderings can sit in one page. */
  idPrefix?: string;
  title: string;
  xAxis: ChartAxis;
  yAxis: ChartAxis;
  points: ChartPoint[];
  lines: ChartLine[];
  legend: LegendItem[];
  /** Provenance line at the bottom (repo@commit, data version, method, date). */
  source: string;
  /** One-line provenance for small images. */
  shortSource?: string;
  /** The shortest source note, for the smallest images (legend and full source go to the description). */
  minimalSource?: string;
  /** A visible warning strip under the title (e.g. the data changed since a pinned figure). */
  banner?: string;
  /** Shown in the plot area when there is nothing to draw. */
  empty?: string;
  /** Scale to the container (embed pages) instead of fixed pixel width/height. */
  responsive?: boolean;
}
