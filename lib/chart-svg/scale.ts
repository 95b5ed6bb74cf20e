import { logDomain, logTicks, niceLogDomain } from "../chart/log-ticks";

/** A log10 scale from a data domain onto a pixel range. */
export function logScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const k = (range[1] - range[0]) / (d1 - d0 || 1);
  return (v) => range[0] + (Math.log10(v) - d0) * k;
}

/** Domain and ticks of a log axis over positive values; `tight` snaps to 1-2-5 instead of decades. */
export function logAxis(values: number[], tight: boolean): { domain: [number, number]; ticks: number[] } {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (!pos.length) return { domain: [1, 10], ticks: [1, 10] };
  let lo = Math.min(...pos);
  let hi = Math.max(...pos);
  if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
  const domain = tight ? niceLogDomain(lo, hi) : logDomain(lo, hi);
  let ticks = logTicks(domain[0], domain[1], 8);
  if (ticks.length < 2) ticks = [domain[0], domain[1]];
  return { domain, ticks };
}
