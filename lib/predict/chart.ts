import { denseLogTicks, logDomain, logTicks, niceLogDomain } from "../chart/log-ticks";
import { OKABE_ITO } from "../chart/palette";
import { errorInterval, lawError, type Law } from "./law";

/** A straight piece of a drawn curve in data space (x GMACs, y error %). */
export interface Segment { x1: number; y1: number; x2: number; y2: number; dashed: boolean }
export interface ChartPoint { x: number; y: number; label: string; kind: "fit" | "held-out" }
export interface ChartLine { key: string; label: string; color: string; segments: Segment[]; band: Segment[] }
export interface ChartMark { x: number; y: number; lo: number | null; hi: number | null; label: string; color: string; actual: number | null }
/** Everything a law chart draws, in plain serialisable data (y always error %, x total compute in GMACs). */
export interface LawChartModel {
  xDomain: [number, number]; xTicks: number[]; yDomain: [number, number]; yTicks: number[];
  points: ChartPoint[]; lines: ChartLine[]; marks: ChartMark[]; vlines: { x: number; label: string }[];
}

export interface LawSpec { key: string; label: string; law: Law }
export interface MarkSpec { compute: number; label: string; lawKey: string; actual?: number | null }

/** Colour of the i-th law (Okabe–Ito, skipping yellow which is faint on white). */
export function lawColor(i: number): string {
  return [OKABE_ITO[4], OKABE_ITO[5], OKABE_ITO[2], OKABE_ITO[6], OKABE_ITO[0]][i % 5]!;
}

const STEPS = 48;

/**
 * Chart model of laws over their data: each law sampled on a log grid across the x domain (solid
 * inside its fitted compute range, dashed beyond), its 95% band (dotted) where it has one, the data
 * points, prediction marks with their intervals, and vertical budget lines.
 */
export function buildLawChart(o: { points: { compute: number; error: number; label: string; kind: "fit" | "held-out" }[]; laws: LawSpec[]; marks: MarkSpec[]; vlines: { compute: number; label: string }[] }): LawChartModel {
  const xs = [...o.points.map((p) => p.compute), ...o.marks.map((m) => m.compute), ...o.vlines.map((v) => v.compute), ...o.laws.flatMap((l) => [l.law.xMin, l.law.xMax])].filter((v) => v > 0 && Number.isFinite(v));
  const xDomain = logDomain(Math.min(...xs), Math.max(...xs));
  const color = new Map(o.laws.map((l, i) => [l.key, lawColor(i)]));
  const grid = Array.from({ length: STEPS + 1 }, (_, i) => 10 ** (Math.log10(xDomain[0]) + (i / STEPS) * (Math.log10(xDomain[1]) - Math.log10(xDomain[0]))));
  const lines: ChartLine[] = o.laws.map((l) => {
    const ys = grid.map((x) => 100 * lawError(l.law, x));
    const iv = grid.map((x) => errorInterval(l.law, x).interval);
    const segments: Segment[] = [];
    const band: Segment[] = [];
    for (let i = 0; i < STEPS; i++) {
      const x1 = grid[i]!, x2 = grid[i + 1]!;
      const dashed = x1 < l.law.xMin * (1 - 1e-9) || x2 > l.law.xMax * (1 + 1e-9);
      if (ys[i]! > 0 && ys[i + 1]! > 0) segments.push({ x1, y1: ys[i]!, x2, y2: ys[i + 1]!, dashed });
      const a = iv[i], b = iv[i + 1];
      if (a && b && a[0] > 0 && b[0] > 0) {
        band.push({ x1, y1: 100 * a[0], x2, y2: 100 * b[0], dashed: true }, { x1, y1: 100 * a[1], x2, y2: 100 * b[1], dashed: true });
      }
    }
    return { key: l.key, label: l.label, color: color.get(l.key)!, segments, band };
  });
  const marks: ChartMark[] = o.marks.flatMap((m) => {
    const l = o.laws.find((x) => x.key === m.lawKey);
    if (!l) return [];
    const iv = errorInterval(l.law, m.compute).interval;
    return [{ x: m.compute, y: 100 * lawError(l.law, m.compute), lo: iv && 100 * iv[0], hi: iv && 100 * iv[1], label: m.label, color: color.get(l.key)!, actual: m.actual == null ? null : 100 * m.actual }];
  });
  const points = o.points.filter((p) => p.compute > 0 && p.error > 0).map((p) => ({ x: p.compute, y: 100 * p.error, label: p.label, kind: p.kind }));
  const ys = [...points.map((p) => p.y), ...marks.flatMap((m) => [m.y, m.lo ?? m.y, m.hi ?? m.y, m.actual ?? m.y]), ...lines.flatMap((l) => l.segments.filter((s) => !s.dashed).flatMap((s) => [s.y1, s.y2]))].filter((v) => v > 0 && Number.isFinite(v));
  const yDomain = niceLogDomain(Math.min(...ys), Math.min(100, Math.max(...ys)));
  return {
    xDomain, xTicks: logTicks(xDomain[0], xDomain[1], 8), yDomain, yTicks: denseLogTicks(yDomain[0], yDomain[1]),
    points, lines, marks, vlines: o.vlines.map((v) => ({ x: v.compute, label: v.label })),
  };
}
