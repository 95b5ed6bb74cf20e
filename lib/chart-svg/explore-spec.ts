import { ARCH_ORDER, UPSTREAM_SHAPES, archColor, markerSize } from "../chart/palette";
import { archLabel } from "../domain/arch";
import { UPSTREAMS } from "../domain/groups";
import { METHOD_LABELS } from "../domain/paper";
import type { ChartModel } from "../explore/chart-model";
import { formatPct, formatSci } from "../format";
import type { SvgTheme } from "./theme";
import type { ChartPoint, ChartSpec, LegendItem } from "./types";

/** Provenance fields the source line and the pinning banner need. */
export interface SourceInfo { source_repo: string; source_commit: string; data_version: string; ingested_at: string }

export interface ExploreChartInput {
  /** The same model /explore draws (lib/explore/chart-model buildChartModel). */
  model: ChartModel;
  title: string;
  method: string;
  source: SourceInfo;
  width: number;
  height: number;
  theme: SvgTheme;
  /** `v` from a pinned URL; a mismatch with the served data version shows a banner. */
  pinned?: string;
  responsive?: boolean;
  /** Prefix of element ids (several renderings in one page). */
  idPrefix?: string;
}

const SAMPLES = ["3B", "13B", "34B"];

/** Values of a key present among the points, in a preferred order, unknown ones last. */
function present(values: string[], order: readonly string[]): string[] {
  const seen = new Set(values);
  return [...order.filter((v) => seen.has(v)), ...[...seen].filter((v) => !order.includes(v)).sort()];
}

/** The fit method named once: "paper method (binned-min for LAION, OLS for OpenAI)", "binned-min for all groups". */
export function methodPhrase(method: string): string {
  const label = METHOD_LABELS[method];
  if (!label) return method;
  return method === "paper" ? `paper method (${label.replace(/^as in the paper \((.*)\)$/, "$1")})` : label;
}

/** The /explore chart as a renderer spec: same points, axes, encodings, fit lines and notes as the page. */
export function exploreChartSpec(i: ExploreChartInput): ChartSpec {
  const m = i.model;
  const points: ChartPoint[] = m.points.map((p) => {
    const shape = UPSTREAM_SHAPES[p.upstream] ?? "diamond";
    return {
      x: p.x, y: p.y, color: archColor(p.arch), shape, area: markerSize(p.samplesSeenPretty) * (shape === "star" ? 1.6 : 1),
      title: `${p.model} · ${archLabel(p.arch)} · ${p.upstream} · ${p.samplesSeenPretty} samples · C = ${formatSci(p.compute)} GMACs · ${m.valueName} ${formatPct(p.y / 100)}`,
    };
  });
  const legend: LegendItem[] = [
    ...present(m.points.map((p) => p.arch), ARCH_ORDER).map((a): LegendItem => ({ kind: "color", label: archLabel(a), color: archColor(a) })),
    ...present(m.points.map((p) => p.upstream), UPSTREAMS).map((u): LegendItem => ({ kind: "shape", label: u === "CLIP-WIT" ? "OpenAI WIT (CLIP-WIT)" : u, shape: UPSTREAM_SHAPES[u] ?? "diamond" })),
    ...present(m.points.map((p) => p.samplesSeenPretty), SAMPLES).map((n): LegendItem => ({ kind: "size", label: `${n} samples`, area: markerSize(n) })),
    ...m.lines.map((l): LegendItem => ({ kind: "line", label: l.label, short: l.short, color: l.color, dash: l.dash })),
  ];
  if (m.lines.length) legend.push({ kind: "note", label: "Each fit line spans only the compute range of the models it was fitted to." });
  if (m.fitsHidden) legend.push({ kind: "note", label: m.fitsHidden });
  const excluded = [
    m.nonPositive ? `${m.nonPositive} point${m.nonPositive === 1 ? "" : "s"} excluded (value ≤ 0, cannot be drawn on a log axis)` : "",
    m.missing ? `${m.missing} without a value for this column` : "",
  ].filter(Boolean).join("; ");
  if (excluded) legend.push({ kind: "note", label: `${excluded}.` });
  const src = i.source;
  const banner = i.pinned && i.pinned !== src.data_version
    ? `Data changed since this figure was made: pinned v=${i.pinned}, served v=${src.data_version}` : undefined;
  return {
    width: i.width, height: i.height, theme: i.theme, responsive: i.responsive, idPrefix: i.idPrefix, title: i.title,
    xAxis: m.xAxis, yAxis: m.yAxis, points, lines: m.lines, legend, banner,
    empty: "No models in this slice: widen the filters",
    source: [
      `Source: ${src.source_repo}@${src.source_commit.slice(0, 7)}`, `data v${src.data_version}`,
      `fit: ${methodPhrase(i.method)}, 95% percentile-bootstrap CI`, `ingested ${src.ingested_at.slice(0, 10)}`, "Cherti et al., CVPR 2023",
    ].join(" · "),
    shortSource: `${src.source_repo}@${src.source_commit.slice(0, 7)} · fit: ${i.method}`,
    minimalSource: `Legend: see alt text · data @${src.source_commit.slice(0, 7)}`,
  };
}
