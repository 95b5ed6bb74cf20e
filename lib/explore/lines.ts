import { predictError } from "../fit/fit";
import type { LineSegment } from "./types";

/** What a fit line needs: E = A·C^α and the compute range of the data it was fitted on. */
export interface LineParams {
  A: number;
  alpha: number;
  xMin: number;
  xMax: number;
  /** Irreducible error of a saturating law (E = E∞ + A·C^α); absent or null for a power law. */
  eInf?: number | null;
}

/** Straight pieces per solid/dashed part of a saturating curve (log-spaced; the curve bends in log–log). */
const CURVE_PIECES = 48;

/**
 * Pieces of a power-law line across the chart's x domain: solid over the fitted data's compute
 * range, dashed where it extrapolates. A power law is straight in log–log, so two endpoints per
 * piece are exact; a saturating law is drawn as 48 log-spaced chords per piece. `yScale` converts the error fraction to the y unit (100 for percent).
 */
export function fitSegments(fit: LineParams, domain: readonly [number, number], yScale = 100): LineSegment[] {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo)) return [];
  const at = (x: number) => predictError(fit, x) * yScale;
  const parts = fit.eInf ? CURVE_PIECES : 1;
  const piece = (a: number, b: number, dashed: boolean): LineSegment[] => {
    if (!(b > a)) return [];
    const xs = Array.from({ length: parts + 1 }, (_, k) => (k === 0 ? a : k === parts ? b : a * (b / a) ** (k / parts)));
    return xs.slice(1).map((x2, k) => ({ x1: xs[k]!, y1: at(xs[k]!), x2, y2: at(x2), dashed }));
  };
  const solidLo = Math.max(lo, fit.xMin);
  const solidHi = Math.min(hi, fit.xMax);
  if (solidHi < solidLo) return piece(lo, hi, true); // observed range entirely outside the chart
  return [...piece(lo, solidLo, true), ...piece(solidLo, solidHi, false), ...piece(solidHi, hi, true)];
}
