import { scaleLinear } from "d3-scale";
import { axisLogTicks, logDomain } from "../chart/log-ticks";

export { X_LABELS, exploreTitle, valueName, yLabel } from "./axis-labels";

/** x domain: whole decades around the values (compute ticks at powers of ten, as in the paper). */
export function xDomainOf(values: readonly number[]): [number, number] {
  const v = values.filter((x) => x > 0 && Number.isFinite(x));
  if (v.length === 0) return [1, 10];
  return logDomain(Math.min(...v), Math.max(...v));
}

/**
 * y domain with 5% padding, snapped outwards to one significant digit ([22, 48] → [20, 60]) so the
 * points fill the chart rather than a 1-2-5 snap leaving most of a decade empty.
 */
export function yDomainOf(values: readonly number[]): [number, number] {
  const v = values.filter((x) => x > 0 && Number.isFinite(x));
  if (v.length === 0) return [1, 100];
  const lo = Math.min(...v) / 1.05;
  const hi = Math.max(...v) * 1.05;
  const k = (x: number) => 10 ** Math.floor(Math.log10(x));
  const down = Math.floor(lo / k(lo)) * k(lo);
  // Percentages never exceed 100, so a 100% point must not push the axis to 200.
  const up = Math.min(Math.ceil(hi / k(hi)) * k(hi), Math.max(...v) <= 100 ? 100 : Infinity);
  return [clean(down), clean(up > down ? up : down * 10)];
}

/** Ticks for a log axis (lib/chart/log-ticks axisLogTicks, on d3-scale). */
export function axisTicks(domain: readonly [number, number], max = 8): number[] {
  return axisLogTicks(domain[0], domain[1], max);
}

function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/**
 * Accuracy (a raw metric, in %) goes on a linear axis: 5% padding, d3's nice bounds clamped to
 * [0, 100], and its round ticks.
 */
export function linearPctAxis(values: readonly number[], maxTicks = 6): { domain: [number, number]; ticks: number[] } {
  const v = values.filter(Number.isFinite);
  const [min, max] = v.length ? [Math.min(...v), Math.max(...v)] : [0, 100];
  const pad = Math.max((max - min) * 0.05, 1);
  const s = scaleLinear().domain([Math.max(0, min - pad), Math.min(100, max + pad)]).nice(maxTicks);
  const [lo, hi] = s.domain() as [number, number];
  const domain: [number, number] = [Math.max(0, lo), Math.min(100, hi)];
  return { domain, ticks: scaleLinear().domain(domain).ticks(maxTicks) };
}
