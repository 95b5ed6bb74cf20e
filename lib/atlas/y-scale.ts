/**
 * The atlas's error axes: every panel shows the same number of decades (one log scale per pixel
 * across panels, so slopes compare by eye) and none runs above 100% error.
 */

import { snapDown125, snapUp125 } from "../chart/log-ticks";

/** Error can not exceed 100%; an axis stops there. */
export const MAX_ERROR_PCT = 100;

/** A panel's own padded range of errors in % (both > 0), capped at 100%, as log10 bounds. */
export function panelLogRange(errorsPct: readonly number[]): [number, number] | null {
  const v = errorsPct.filter((e) => e > 0 && Number.isFinite(e));
  if (v.length === 0) return null;
  const hi = Math.min(MAX_ERROR_PCT, snapUp125(Math.min(MAX_ERROR_PCT, Math.max(...v)) * 1.05));
  const lo = Math.min(snapDown125(Math.min(...v) / 1.05), hi / 2);
  return [Math.log10(lo), Math.log10(hi)];
}

/** The decades every panel shows: the widest panel's range. */
export function sharedSpan(ranges: readonly ([number, number] | null)[]): number {
  return Math.max(Math.log10(2), ...ranges.filter((r): r is [number, number] => r !== null).map(([lo, hi]) => hi - lo));
}

/**
 * A panel's y domain in % with exactly `span` decades: centred on its own range, then moved down
 * so that it never goes above 100%.
 */
export function panelYDomain(range: [number, number], span: number): [number, number] {
  const mid = (range[0] + range[1]) / 2;
  let hi = Math.min(mid + span / 2, Math.log10(MAX_ERROR_PCT));
  // Never cut the panel's own data: the span is at least its range, so this only moves, never shrinks.
  hi = Math.max(hi, range[1]);
  return [10 ** (hi - span), 10 ** hi];
}
