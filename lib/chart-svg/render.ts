import { formatTick as tickLabel } from "../format";
import { attrs, esc, px } from "./escape";
import { LEGEND_FONT, LEGEND_ROW, SOURCE_FONT, planChart, thinTicks, type Placed } from "./layout";
import { markerPath } from "./markers";
import { SVG_FONT, SVG_THEMES, textWidth } from "./theme";
import type { ChartSpec } from "./types";

const TICK_FONT = 11;

/**
 * Render a scatter (log x; log or linear y) with fit lines, legend and source line as a standalone
 * SVG document. Pure string building: every text and attribute from input or data goes through
 * `esc`. Small sizes get fewer ticks and a compact legend (lib/chart-svg/layout planChart), never smaller text.
 */
export function renderChartSvg(s: ChartSpec): string {
  const t = SVG_THEMES[s.theme];
  const W = s.width;
  const H = s.height;
  const id = (name: string) => `${s.idPrefix ?? ""}${name}`;
  const p = planChart(s);
  const PAD = p.pad;
  const inner = W - 2 * PAD;
  const { xAxis, yAxis } = s;
  const left = PAD + 20 + Math.max(...yAxis.ticks.map((v) => textWidth(tickLabel(v), TICK_FONT))) + 8;
  const plot = { x0: left, x1: W - PAD - 8, y0: p.plot.y0, y1: p.plot.y1 };
  const sx = logScale(xAxis.domain, [plot.x0, plot.x1]);
  const sy = (yAxis.scale === "linear" ? linearScale : logScale)(yAxis.domain, [plot.y1, plot.y0]);
  const xTicks = thinTicks(xAxis.ticks, xAxis.ticks.map(tickLabel), plot.x1 - plot.x0, TICK_FONT, true);
  const yTicks = thinTicks(yAxis.ticks, yAxis.ticks.map(tickLabel), plot.y1 - plot.y0, TICK_FONT, false);
  const desc = [`${s.points.length} points, ${s.lines.length} fit lines.`, ...p.omitted, s.source].join(" ");

  const out: string[] = [];
  const size = s.responsive ? { width: "100%", height: "100%", preserveAspectRatio: "xMidYMid meet" } : { width: W, height: H };
  out.push(`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ ...size, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": `${id("chart-title")} ${id("chart-desc")}`, "font-family": SVG_FONT, "data-layout": p.mode })}>`);
  out.push(`<title id="${esc(id("chart-title"))}">${esc(s.title)}</title><desc id="${esc(id("chart-desc"))}">${esc(desc)}</desc>`);
  out.push(`<rect${attrs({ width: W, height: H, fill: t.bg })}/>`);
  p.title.forEach((line, i) => out.push(`<text class="chart-title"${attrs({ x: PAD, y: PAD + p.titleFont - 3 + i * (p.titleFont + 3), fill: t.fg, "font-size": p.titleFont, "font-weight": 700 })}>${esc(line)}</text>`));
  if (s.banner) {
    const bannerY = p.top - 30 + 6;
    out.push(`<g class="banner" role="alert"><rect${attrs({ x: PAD, y: bannerY, width: inner, height: 22, rx: 4, fill: t.bannerBg })}/>`);
    out.push(`<text${attrs({ x: PAD + 8, y: bannerY + 15, fill: t.bannerFg, "font-size": 12, "font-weight": 700 })}>${esc(s.banner)}</text></g>`);
  }

  out.push(`<g class="grid"${attrs({ stroke: t.grid, "stroke-width": 1 })}>`);
  for (const v of xTicks) out.push(`<line${attrs({ x1: sx(v), x2: sx(v), y1: plot.y0, y2: plot.y1 })}/>`);
  for (const v of yTicks) out.push(`<line${attrs({ x1: plot.x0, x2: plot.x1, y1: sy(v), y2: sy(v) })}/>`);
  out.push("</g>");

  out.push(`<g class="axes"${attrs({ fill: t.fg, "font-size": TICK_FONT })}>`);
  out.push(`<path${attrs({ d: `M${px(plot.x0)},${px(plot.y0)}V${px(plot.y1)}H${px(plot.x1)}`, fill: "none", stroke: t.axis })}/>`);
  for (const v of xTicks) out.push(`<text class="x-tick"${attrs({ x: sx(v), y: plot.y1 + 15, "text-anchor": "middle" })}>${esc(tickLabel(v))}</text>`);
  for (const v of yTicks) out.push(`<text class="y-tick"${attrs({ x: plot.x0 - 6, y: sy(v) + 4, "text-anchor": "end" })}>${esc(tickLabel(v))}</text>`);
  out.push(`<text class="x-label"${attrs({ x: (plot.x0 + plot.x1) / 2, y: plot.y1 + p.axes - 13, "text-anchor": "middle", "font-size": 12 })}>${esc(xAxis.label)}</text>`);
  const ly = (plot.y0 + plot.y1) / 2;
  out.push(`<text class="y-label"${attrs({ x: PAD + 10, y: ly, "text-anchor": "middle", "font-size": 12, transform: `rotate(-90 ${px(PAD + 10)} ${px(ly)})` })}>${esc(yAxis.label)}</text>`);
  out.push("</g>");

  out.push(`<clipPath id="${esc(id("plot-area"))}"><rect${attrs({ x: plot.x0, y: plot.y0 - 8, width: plot.x1 - plot.x0 + 8, height: plot.y1 - plot.y0 + 8 })}/></clipPath>`);
  out.push(`<g class="points" clip-path="url(#${esc(id("plot-area"))})"${attrs({ stroke: t.bg, "stroke-width": 0.8 })}>`);
  for (const p of s.points) out.push(`<path class="pt"${attrs({ d: markerPath(p.shape, sx(p.x), sy(p.y), p.area), fill: p.color })}><title>${esc(p.title)}</title></path>`);
  out.push("</g>");
  out.push(`<g class="fits" clip-path="url(#${esc(id("plot-area"))})" fill="none" stroke-width="2.5">`);
  for (const l of s.lines) {
    for (const g of l.segments) {
      const a = { x1: sx(g.x1), y1: sy(g.y1), x2: sx(g.x2), y2: sy(g.y2), stroke: l.color, "stroke-dasharray": l.dash ?? null };
      out.push(`<line class="${g.dashed ? "fit fit-extrapolated" : "fit fit-observed"}"${attrs(a)}><title>${esc(l.label)}</title></line>`);
    }
  }
  out.push("</g>");
  if (!s.points.length && s.empty) {
    out.push(`<text class="empty"${attrs({ x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2, "text-anchor": "middle", fill: t.muted, "font-size": 14 })}>${esc(s.empty)}</text>`);
  }

  const legendTop = plot.y1 + p.axes;
  out.push(`<g class="legend"${attrs({ "font-size": LEGEND_FONT, fill: t.fg })}>`);
  for (const e of p.legend.placed) out.push(legendEntry(e, PAD, legendTop, t.muted));
  out.push("</g>");
  const srcTop = legendTop + p.legend.rows * LEGEND_ROW + 4;
  p.source.forEach((line, i) => out.push(`<text class="source"${attrs({ x: PAD, y: srcTop + (i + 1) * (SOURCE_FONT + 3) - 3, fill: t.muted, "font-size": SOURCE_FONT })}>${esc(line)}</text>`));
  out.push("</svg>");
  return out.join("\n");
}

function legendEntry(p: Placed, x0: number, y0: number, muted: string): string {
  const x = x0 + p.x;
  const cy = y0 + p.row * LEGEND_ROW + LEGEND_ROW / 2;
  const it = p.item;
  let mark = "";
  if (p.swatch) {
    if (it.kind === "color") mark = `<path${attrs({ d: markerPath("circle", x + 7, cy, 40), fill: it.color })}/>`;
    else if (it.kind === "shape") mark = `<path${attrs({ d: markerPath(it.shape, x + 7, cy, 50), fill: muted })}/>`;
    else if (it.kind === "size") mark = `<path${attrs({ d: markerPath("circle", x + 7, cy, it.area), fill: muted })}/>`;
    else if (it.kind === "line") {
      mark = `<line${attrs({ x1: x, x2: x + 26, y1: cy, y2: cy, stroke: it.color, "stroke-width": 2.5, "stroke-dasharray": it.dash ?? null })}/>`;
    }
  }
  const tx = x + (it.kind === "line" || it.kind === "note" ? 30 : 18);
  return `${mark}<text${attrs({ x: tx, y: cy + 4, fill: it.kind === "note" ? muted : null })}>${esc(p.text)}</text>`;
}

/** A log10 scale from a data domain onto a pixel range. */
function logScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const k = (range[1] - range[0]) / (d1 - d0 || 1);
  return (v) => range[0] + (Math.log10(v) - d0) * k;
}

/** A linear scale (accuracy axes). */
function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const k = (range[1] - range[0]) / (domain[1] - domain[0] || 1);
  return (v) => range[0] + (v - domain[0]) * k;
}
