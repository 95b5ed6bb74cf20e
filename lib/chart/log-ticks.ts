import { scaleLog } from "d3-scale";

/** Decades spanning [min, max] (both > 0), widened to whole powers of ten. */
export function logDomain(min: number, max: number): [number, number] {
  if (!(min > 0) || !(max > 0)) throw new Error("log domain needs positive bounds");
  return [10 ** Math.floor(Math.log10(min)), 10 ** Math.ceil(Math.log10(max))];
}

/** The integer mantissa m of v = m×10^k (1…9), or null when v is not such a value. */
function mantissa(v: number): number | null {
  const m = v / 10 ** Math.floor(Math.log10(v) + 1e-12);
  const r = Math.round(m);
  return Math.abs(m - r) < 1e-9 && r >= 1 && r <= 9 ? r : null;
}

/**
 * Every m×10^k (m = 1…9) inside [lo, hi], ascending. d3-scale's log ticks list all integer
 * multiples of each power of ten when the domain spans fewer decades than the count (and get the
 * floating-point edges right: 0.3 is 3/10, not 3×0.1).
 */
export function logCandidates(lo: number, hi: number): number[] {
  if (!(lo > 0 && hi >= lo)) return [];
  const count = Math.floor(Math.log10(hi / lo)) + 1;
  return scaleLog().domain([lo, hi]).ticks(count).filter((v) => mantissa(v) !== null);
}

function thin(ticks: number[], max: number): number[] {
  if (ticks.length <= max) return ticks;
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}

function withMantissas(all: number[], set: readonly number[]): number[] {
  return all.filter((v) => set.includes(mantissa(v)!));
}

/**
 * Readable log ticks: powers of ten, or 1-2-5 × 10^k when the range spans fewer than three decades
 * (recharts' auto ticks on log scales give 3.16, 39.8, …); thinned to at most `maxTicks`.
 */
export function logTicks(lo: number, hi: number, maxTicks = 10): number[] {
  const decades = Math.ceil(Math.log10(hi)) - Math.floor(Math.log10(lo));
  return thin(withMantissas(logCandidates(lo, hi), decades < 3 ? [1, 2, 5] : [1]), maxTicks);
}

/** The largest 1-2-5 × 10^k value ≤ v (v > 0). */
export function snapDown125(v: number): number {
  const k = 10 ** Math.floor(Math.log10(v));
  const m = v / k;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * k;
}

/** The smallest 1-2-5 × 10^k value ≥ v (v > 0). */
export function snapUp125(v: number): number {
  const k = 10 ** Math.floor(Math.log10(v));
  const m = v / k;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * k;
}

/** Tight log domain with a little padding, snapped to 1-2-5 values, for error axes (%). */
export function niceLogDomain(min: number, max: number): [number, number] {
  return [snapDown125(min / 1.05), snapUp125(max * 1.05)];
}

const DENSE_SETS = [[1], [1, 2, 5], [1, 2, 3, 5, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9]] as const;

/**
 * Log ticks that stay readable on narrow ranges (e.g. 20–50 %): the coarsest of powers of ten,
 * 1-2-5, 1-2-3-5-7 and 1…9 × 10^k that gives `minTicks` to `maxTicks` ticks; else the finest
 * giving at most `maxTicks` (when it has at least two); else logTicks.
 */
export function denseLogTicks(lo: number, hi: number, maxTicks = 8, minTicks = 3): number[] {
  const all = logCandidates(lo, hi);
  let best: number[] = [];
  for (const set of DENSE_SETS) {
    const ticks = withMantissas(all, set);
    if (ticks.length > maxTicks) break;
    if (ticks.length >= minTicks) return ticks;
    best = ticks;
  }
  return best.length >= 2 ? best : logTicks(lo, hi, maxTicks);
}

/**
 * Ticks for a log axis: logTicks' powers of ten / 1-2-5 when they give at least three; for a
 * narrow range, every m×10^k (m = 1…9) inside it, thinned to at most `max`.
 */
export function axisLogTicks(lo: number, hi: number, max = 8): number[] {
  const base = logTicks(lo, hi, max);
  return base.length >= 3 ? base : thin(logCandidates(lo, hi), max);
}
