import type { FitOptions } from "./types";

/** Bootstrap used when FitOptions.bootstrap is omitted (the seed is the paper's year, fixed for reproducibility). */
export const DEFAULT_BOOTSTRAP = { resamples: 1000, seed: 20230101 } as const;

/** The bootstrap settings of a call: null when off. */
export function bootstrapOptions(opts: FitOptions): { resamples: number; seed: number } | null {
  return opts.bootstrap === false ? null : (opts.bootstrap ?? DEFAULT_BOOTSTRAP);
}

/** The pair, or null if 10^intercept overflowed/underflowed to a value that cannot be shown. */
export function finitePair(pair: [number, number]): [number, number] | null {
  return pair.every((v) => Number.isFinite(v) && v > 0) ? pair : null;
}
