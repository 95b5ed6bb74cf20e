import { LEGEND_ROW, SOURCE_FONT, clampLines, layoutLegend, wrapText, type Placed } from "./layout";
import { textWidth } from "./theme";
import type { ChartSpec, LegendItem } from "./types";

export const PAD = 12;
export const TITLE_FONT = 15;
/** Tick labels (18) + x-axis title (18) + gap (10) under the plot. */
export const AXES_BLOCK = 46;

/** How much text a chart of this size carries around its plot. */
export interface Plan {
  mode: "full" | "compact" | "minimal";
  title: string[];
  titleFont: number;
  legend: { placed: Placed[]; rows: number };
  source: string[];
  /** Text the image leaves out at this size (it goes into the SVG's description). */
  omitted: string[];
  top: number;
  /** Padding at the image's edges, and the height of tick labels + x-axis title under the plot. */
  pad: number;
  axes: number;
  plot: { y0: number; y1: number };
}

const BANNER = 30;

/** Compact legend: one short line per fit (the encodings' key moves to the description). */
function compactItems(items: LegendItem[]): LegendItem[] {
  return items.flatMap((it): LegendItem[] => (it.kind === "line" ? [{ ...it, label: it.short ?? it.label }] : []));
}

/**
 * Fit the text to the size: the full legend and source when the plot keeps at least half the
 * height; else a compact legend (one short line per fit, no notes) and a one-line source; else no
 * legend at all, with a note that says so. Text is never cut: what does not fit moves to `omitted`.
 */
export function planChart(s: ChartSpec): Plan {
  const inner = s.width - 2 * PAD;
  const attempt = (mode: Plan["mode"]): Plan => {
    const full = mode === "full";
    const pad = full ? PAD : 6;
    const axes = full ? AXES_BLOCK : 42;
    const titleFont = full ? TITLE_FONT : 13;
    const title = clampLines(wrapText(s.title, (s.width - 2 * pad) / 1.08, titleFont), full ? 2 : 1);
    const omitted: string[] = [];
    if (title.join(" ") !== s.title) omitted.push(`Title: ${s.title}.`);
    let items = s.legend;
    let source = wrapText(s.source, inner, SOURCE_FONT);
    if (!full) {
      items = mode === "compact" ? compactItems(s.legend) : [];
      omitted.push(`Legend: ${s.legend.map((l) => l.label).join("; ")}.`);
      const short = mode === "compact" ? (s.shortSource ?? s.source) : s.minimalSource ?? "Legend and source: see the image description";
      source = wrapText(short, inner, SOURCE_FONT);
    }
    const legend = layoutLegend(items, inner);
    const top = pad + titleFont + 1 + (title.length - 1) * (titleFont + 3) + (s.banner ? BANNER : 0);
    const bottom = axes + legend.rows * LEGEND_ROW + 4 + source.length * (SOURCE_FONT + 3) + pad;
    const plot = { y0: top + (full ? 10 : 6), y1: Math.max(top + 50, s.height - bottom) };
    return { mode, title, titleFont, legend, source, omitted, top, pad, axes, plot };
  };
  let plan = attempt("full");
  for (const mode of ["compact", "minimal"] as const) {
    if (plan.plot.y1 - plan.plot.y0 >= s.height / 2) break;
    plan = attempt(mode);
  }
  return plan;
}

/** Keep every k-th tick so that labels (with a gap) fit the axis length: fewer ticks, never smaller text. */
export function thinTicks(ticks: number[], labels: string[], length: number, font: number, horizontal: boolean): number[] {
  const need = (k: number) => ticks.filter((_, i) => i % k === 0).reduce((sum, _, i) => sum + (horizontal ? textWidth(labels[i * k]!, font) + 10 : font + 6), 0);
  let k = 1;
  while (k < ticks.length && need(k) > length) k++;
  return ticks.filter((_, i) => i % k === 0);
}
