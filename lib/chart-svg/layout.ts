import type { LegendItem } from "./types";
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
