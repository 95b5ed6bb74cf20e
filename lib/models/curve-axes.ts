import { logTicks, niceLogDomain } from "../chart/log-ticks";
import type { CurveSeries, CurveX } from "./curves";

export interface AxisSpec { scale: "linear" | "log"; domain: [number, number]; ticks: number[] }

/** Epochs are drawn on a linear axis; samples seen and steps span ~3 decades and get a log axis. */
export const CURVE_X_SCALE: Record<CurveX, "linear" | "log"> = { epoch: "linear", samples: "log", steps: "log", compute: "log" };

/** x axis of the learning-curve chart: explicit domain and readable ticks (1 and 3 × 10^k on log axes). */
export function curveXAxis(series: readonly CurveSeries[], x: CurveX): AxisSpec {
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).filter((v) => v > 0);
  const lo = xs.length ? Math.min(...xs) : 1;
  const hi = xs.length ? Math.max(...xs) : 10;
  if (CURVE_X_SCALE[x] === "linear") {
    const step = niceStep(hi / 5);
    return { scale: "linear", domain: [0, hi], ticks: Array.from({ length: Math.floor(hi / step) + 1 }, (_, i) => i * step) };
  }
  const domain = niceLogDomain(lo, hi === lo ? lo * 10 : hi);
  let ticks = logTicks(domain[0], domain[1]);
  if (ticks.length < 5) {
    ticks = [...ticks, ...ticks.map((t) => t * 3)].filter((t) => t >= domain[0] && t <= domain[1]).sort((a, b) => a - b);
  }
  return { scale: "log", domain, ticks };
}

/** y axis (accuracy as a fraction): from 0 to the next 10% above the highest value. */
export function curveYAxis(series: readonly CurveSeries[]): AxisSpec {
  const hi = Math.max(0.1, ...series.flatMap((s) => s.points.map((p) => p.y)));
  const top = Math.min(1, Math.ceil(hi * 10 - 1e-9) / 10);
  const n = Math.round(top * 10);
  return { scale: "linear", domain: [0, top], ticks: Array.from({ length: n + 1 }, (_, i) => Number((i / 10).toFixed(1))) };
}

/** Smallest 1, 2 or 5 × 10^k at or above v (at least 1: epochs are whole numbers). */
function niceStep(v: number): number {
  if (v <= 1) return 1;
  const k = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5]) if (m * k >= v) return m * k;
  return 10 * k;
}
