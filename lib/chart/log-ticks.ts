/** Decades spanning [min, max] (both > 0), widened to whole powers of ten. */
export function logDomain(min: number, max: number): [number, number] {
  if (!(min > 0) || !(max > 0)) throw new Error("log domain needs positive bounds");
  return [10 ** Math.floor(Math.log10(min)), 10 ** Math.ceil(Math.log10(max))];
}

/**
 * Readable log ticks: powers of ten, or 1-2-5 × 10^k when the range spans fewer than three decades
 * (recharts' auto ticks on log scales give 3.16, 39.8, …).
 */
export function logTicks(lo: number, hi: number, maxTicks = 10): number[] {
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  const mantissas = b - a < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let k = a; k <= b; k++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  if (ticks.length <= maxTicks) return ticks;
  const step = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, i) => i % step === 0);
}

/** Tight log domain with a little padding, snapped to 1-2-5 values, for error axes (%). */
export function niceLogDomain(min: number, max: number): [number, number] {
  const snapDown = (v: number) => {
    const k = 10 ** Math.floor(Math.log10(v));
    const m = v / k;
    return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * k;
  };
  const snapUp = (v: number) => {
    const k = 10 ** Math.floor(Math.log10(v));
    const m = v / k;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * k;
  };
  return [snapDown(min / 1.05), snapUp(max * 1.05)];
}

/**
 * Log ticks that stay readable on narrow ranges (e.g. 20–50 %): the first of powers of ten,
 * 1-2-5, 1-2-3-5-7 and 1…9 × 10^k that gives 3 to `maxTicks` ticks; else logTicks.
 */
export function denseLogTicks(lo: number, hi: number, maxTicks = 8): number[] {
  for (const mantissas of [[1], [1, 2, 5], [1, 2, 3, 5, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const ticks: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of mantissas) {
        const v = Number((m * 10 ** k).toPrecision(12));
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
      }
    }
    if (ticks.length >= 3 && ticks.length <= maxTicks) return ticks;
  }
  return logTicks(lo, hi, maxTicks);
}
