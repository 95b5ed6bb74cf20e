import { attrs, esc, px } from "./escape";
import { LEGEND_FONT, LEGEND_ROW, SOURCE_FONT, clampLines, layoutLegend, wrapText, type Placed } from "./layout";
import { markerPath } from "./markers";
import { logScale, tickLabel } from "./scale";
import { SVG_FONT, SVG_THEMES, textWidth } from "./theme";
import type { ChartSpec } from "./types";

const PAD = 12;
const TICK_FONT = 11;
const TITLE_FONT = 15;


/**
 * Render a log–log scatter with fit lines, legend and source line as a standalone SVG document.
 * Pure string building: every text and attribute from input or data goes through `esc`.
 */
export function renderChartSvg(s: ChartSpec): string {
  const t = SVG_THEMES[s.theme];
  const W = s.width;
  const H = s.height;
  const inner = W - 2 * PAD;
  const legend = layoutLegend(s.legend, inner);
  const source = wrapText(s.source, inner, SOURCE_FONT);
  const { xAxis, yAxis } = s;
  const yLabels = yAxis.ticks.map(tickLabel);

  // Bold text is wider than the 0.6 em estimate: wrap the title a little earlier.
  const title = clampLines(wrapText(s.title, inner / 1.08, TITLE_FONT), 2);
  let top = PAD + 16 + (title.length - 1) * (TITLE_FONT + 3);
  const bannerY = top + 6;
  if (s.banner) top += 30;
  const bottom = 18 + 18 + 10 + legend.rows * LEGEND_ROW + 6 + source.length * (SOURCE_FONT + 3) + PAD;
  const left = PAD + 20 + Math.max(...yLabels.map((l) => textWidth(l, TICK_FONT))) + 8;
  const plot = { x0: left, x1: W - PAD - 8, y0: top + 10, y1: Math.max(top + 50, H - bottom) };
  const sx = logScale(xAxis.domain, [plot.x0, plot.x1]);
  const sy = logScale(yAxis.domain, [plot.y1, plot.y0]);

  const out: string[] = [];
  const size = s.responsive ? { width: "100%", height: "100%", preserveAspectRatio: "xMidYMid meet" } : { width: W, height: H };
  out.push(`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ ...size, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "chart-title chart-desc", "font-family": SVG_FONT })}>`);
  out.push(`<title id="chart-title">${esc(s.title)}</title><desc id="chart-desc">${esc(`${s.points.length} points, ${s.lines.length} fit lines. ${s.source}`)}</desc>`);
  out.push(`<rect${attrs({ width: W, height: H, fill: t.bg })}/>`);
  title.forEach((line, i) => out.push(`<text class="chart-title"${attrs({ x: PAD, y: PAD + 12 + i * (TITLE_FONT + 3), fill: t.fg, "font-size": TITLE_FONT, "font-weight": 700 })}>${esc(line)}</text>`));
  if (s.banner) {
    out.push(`<g class="banner" role="alert"><rect${attrs({ x: PAD, y: bannerY, width: inner, height: 22, rx: 4, fill: t.bannerBg })}/>`);
    out.push(`<text${attrs({ x: PAD + 8, y: bannerY + 15, fill: t.bannerFg, "font-size": 12, "font-weight": 700 })}>${esc(s.banner)}</text></g>`);
  }

  out.push(`<g class="grid"${attrs({ stroke: t.grid, "stroke-width": 1 })}>`);
  for (const v of xAxis.ticks) out.push(`<line${attrs({ x1: sx(v), x2: sx(v), y1: plot.y0, y2: plot.y1 })}/>`);
  for (const v of yAxis.ticks) out.push(`<line${attrs({ x1: plot.x0, x2: plot.x1, y1: sy(v), y2: sy(v) })}/>`);
  out.push("</g>");

  out.push(`<g class="axes"${attrs({ fill: t.fg, "font-size": TICK_FONT })}>`);
  out.push(`<path${attrs({ d: `M${px(plot.x0)},${px(plot.y0)}V${px(plot.y1)}H${px(plot.x1)}`, fill: "none", stroke: t.axis })}/>`);
  for (const v of xAxis.ticks) out.push(`<text class="x-tick"${attrs({ x: sx(v), y: plot.y1 + 15, "text-anchor": "middle" })}>${esc(tickLabel(v))}</text>`);
  yAxis.ticks.forEach((v, i) => out.push(`<text class="y-tick"${attrs({ x: plot.x0 - 6, y: sy(v) + 4, "text-anchor": "end" })}>${esc(yLabels[i])}</text>`));
  out.push(`<text class="x-label"${attrs({ x: (plot.x0 + plot.x1) / 2, y: plot.y1 + 33, "text-anchor": "middle", "font-size": 12 })}>${esc(xAxis.label)}</text>`);
  const ly = (plot.y0 + plot.y1) / 2;
  out.push(`<text class="y-label"${attrs({ x: PAD + 10, y: ly, "text-anchor": "middle", "font-size": 12, transform: `rotate(-90 ${px(PAD + 10)} ${px(ly)})` })}>${esc(yAxis.label)}</text>`);
  out.push("</g>");

  out.push(`<clipPath id="plot-area"><rect${attrs({ x: plot.x0, y: plot.y0 - 8, width: plot.x1 - plot.x0 + 8, height: plot.y1 - plot.y0 + 8 })}/></clipPath>`);
  out.push(`<g class="points" clip-path="url(#plot-area)"${attrs({ stroke: t.bg, "stroke-width": 0.8 })}>`);
  for (const p of s.points) out.push(`<path class="pt"${attrs({ d: markerPath(p.shape, sx(p.x), sy(p.y), p.area), fill: p.color })}><title>${esc(p.title)}</title></path>`);
  out.push("</g>");
  out.push(`<g class="fits" clip-path="url(#plot-area)" fill="none" stroke-width="2">`);
  for (const l of s.lines) {
    for (const g of l.segments) {
      const a = { x1: sx(g.x1), y1: sy(g.y1), x2: sx(g.x2), y2: sy(g.y2), stroke: l.color, "stroke-dasharray": g.dashed ? "6 4" : null };
      out.push(`<line class="${g.dashed ? "fit fit-extrapolated" : "fit fit-observed"}"${attrs(a)}><title>${esc(l.label)}</title></line>`);
    }
  }
  out.push("</g>");
  if (!s.points.length && s.empty) {
    out.push(`<text class="empty"${attrs({ x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2, "text-anchor": "middle", fill: t.muted, "font-size": 14 })}>${esc(s.empty)}</text>`);
  }

  const legendTop = plot.y1 + 46;
  out.push(`<g class="legend"${attrs({ "font-size": LEGEND_FONT, fill: t.fg })}>`);
  for (const p of legend.placed) out.push(legendEntry(p, PAD, legendTop, t.muted));
  out.push("</g>");
  const srcTop = legendTop + legend.rows * LEGEND_ROW + 6;
  source.forEach((line, i) => out.push(`<text class="source"${attrs({ x: PAD, y: srcTop + (i + 1) * (SOURCE_FONT + 3) - 3, fill: t.muted, "font-size": SOURCE_FONT })}>${esc(line)}</text>`));
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
      mark = `<line${attrs({ x1: x, x2: x + 15, y1: cy, y2: cy, stroke: it.color, "stroke-width": 2.5, "stroke-dasharray": it.dashed ? "4 3" : null })}/>`
        + `<line${attrs({ x1: x + 17, x2: x + 26, y1: cy, y2: cy, stroke: it.color, "stroke-width": 2.5, "stroke-dasharray": "4 3" })}/>`;
    }
  }
  const tx = x + (it.kind === "line" || it.kind === "note" ? 30 : 18);
  return `${mark}<text${attrs({ x: tx, y: cy + 4, fill: it.kind === "note" ? muted : null })}>${esc(p.text)}</text>`;
}
