import { predictError } from "../fit/fit";
import type { LineSegment } from "./types";

/** What a fit line needs: E = A·C^α and the compute range of the data it was fitted on. */
export interface LineParams {
  A: number;
  alpha: number;
  xMin: number;
  xMax: number;
}

/**
 * Pieces of a power-law line across the chart's x domain: solid over the fitted data's compute
 * range, dashed where it extrapolates. A power law is straight in log–log, so two endpoints per
 * piece are exact. `yScale` converts the error fraction to the y unit (100 for percent).
 */
export function fitSegments(fit: LineParams, domain: readonly [number, number], yScale = 100): LineSegment[] {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo)) return [];
  const at = (x: number) => predictError(fit, x) * yScale;
  const piece = (a: number, b: number, dashed: boolean): LineSegment[] => (b > a ? [{ x1: a, y1: at(a), x2: b, y2: at(b), dashed }] : []);
  const solidLo = Math.max(lo, fit.xMin);
  const solidHi = Math.min(hi, fit.xMax);
  if (solidHi < solidLo) return piece(lo, hi, true); // observed range entirely outside the chart
  return [...piece(lo, solidLo, true), ...piece(solidLo, solidHi, false), ...piece(solidHi, hi, true)];
}
