import type { LineFailure, LineFit } from "./types";

/** Reason returned when every x is the same (no slope can be estimated). */
export const FEWER_THAN_TWO_X = "fewer than 2 distinct compute values";

/** Ordinary least squares y = slope·x + intercept, computed on centred data; R² = 1 − SSres/SStot (`lean`: see LineEstimator). */
export function olsLine(xs: ArrayLike<number>, ys: ArrayLike<number>, lean = false): LineFit | LineFailure {
  const n = xs.length;
  if (ys.length !== n) return { reason: `x and y have different lengths (${n} vs ${ys.length})` };
  if (n === 0) return { reason: "no observations" };
  const x0 = xs[0]!;
  const y0 = ys[0]!;
  let distinct = false;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      return { reason: `non-finite value at index ${i}` };
    }
    if (xs[i] !== x0) distinct = true;
  }
  if (!distinct) return { reason: FEWER_THAN_TWO_X };

  // Means as x0 + mean(x − x0): the sums stay small (log10 compute is ~9–13, so a plain sum
  // would carry the offset), and a constant column gets its mean exactly, so SStot is exactly 0.
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]! - x0;
    sy += ys[i]! - y0;
  }
  const mx = x0 + sx / n;
  const my = y0 + sy / n;

  // Two-pass centred sums avoid the cancellation of n·Σxy − Σx·Σy.
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  if (lean) return { slope, intercept, r2: NaN, points: [] };

  let ssRes = 0;
  const points: { x: number; y: number }[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    const r = y - my - slope * (x - mx);
    ssRes += r * r;
    points[i] = { x, y };
  }
  // All y equal: SStot = 0, and R² is 1 when the (flat) line passes through every point.
  const r2 = syy === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / syy;
  return { slope, intercept, r2, points };
}
