import type { ChartSpec, LegendItem } from "./types";
import { textWidth } from "./theme";

export const LEGEND_FONT = 11;
export const LEGEND_ROW = 16;
export const SOURCE_FONT = 11;

/** A legend entry placed at (x, row). */
export interface Placed { item: LegendItem; x: number; row: number; text: string; swatch: boolean }

/** Greedy wrap at spaces; a word longer than the line stays whole (it overflows a little). */
function wrapWords(text: string, width: number, fontSize: number, indent: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, fontSize) + indent > width) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wrap " · "-separated text into lines that fit `width`: whole pieces where they fit, a piece
 * longer than a line broken at spaces.
 */
export function wrapText(text: string, width: number, fontSize: number, indent = 0): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const p of text.split(" · ")) {
    const next = cur ? `${cur} · ${p}` : p;
    if (textWidth(next, fontSize) + indent <= width) {
      cur = next;
      continue;
    }
    if (cur) lines.push(cur);
    const parts = wrapWords(p, width, fontSize, indent);
    cur = parts.pop() ?? "";
    lines.push(...parts);
  }
  if (cur) lines.push(cur);
  return lines;
}

/** At most `max` lines of wrapped text, the last one cut with an ellipsis if more would follow. */
export function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]!.replace(/\s*\S*$/, "")}…`];
}

/**
 * Place the legend: swatches (colours, shapes, sizes) flow left to right in rows; each fit line
 * gets rows of its own (its formula, CI and n are long). Returns the placements and row count.
 */
export function layoutLegend(items: LegendItem[], width: number): { placed: Placed[]; rows: number } {
  const placed: Placed[] = [];
  let row = 0;
  let x = 0;
  let rowUsed = false;
  for (const item of items) {
    if (item.kind === "line" || item.kind === "note") continue;
    const w = 18 + textWidth(item.label, LEGEND_FONT) + 14;
    if (rowUsed && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row, text: item.label, swatch: true });
    x += w;
    rowUsed = true;
  }
  if (rowUsed) row++;
  for (const item of items) {
    if (item.kind !== "line" && item.kind !== "note") continue;
    for (const [i, text] of wrapText(item.label, width, LEGEND_FONT, 30).entries()) {
      placed.push({ item, x: 0, row, text, swatch: i === 0 });
      row++;
    }
  }
  return { placed, rows: row };
}

const PAD = 12;
const TITLE_FONT = 15;
/** Tick labels (18) + x-axis title (18) + gap (10) under the plot. */
const AXES_BLOCK = 46;

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
export function planChart(s: ChartSpec) {
  const inner = s.width - 2 * PAD;
  const attempt = (mode: "full" | "compact" | "minimal") => {
    const full = mode === "full";
    const pad = full ? PAD : 6;
    const axes = full ? AXES_BLOCK : 42;
    const titleFont = full ? TITLE_FONT : 13;
    const title = clampLines(wrapText(s.title, (s.width - 2 * pad) / 1.08, titleFont), full ? 2 : 1);
    // Text the image leaves out at this size (it goes into the SVG's description).
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
