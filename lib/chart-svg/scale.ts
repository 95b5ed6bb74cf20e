import { formatTick } from "../format";

/** A log10 scale from a data domain onto a pixel range. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const k = (range[1] - range[0]) / (d1 - d0 || 1);
  return (v) => range[0] + (Math.log10(v) - d0) * k;
}

/** A linear scale (accuracy axes). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const k = (range[1] - range[0]) / (domain[1] - domain[0] || 1);
  return (v) => range[0] + (v - domain[0]) * k;
}

/** Tick label: the site's one tick formatter (lib/format formatTick). */
export const tickLabel = formatTick;
