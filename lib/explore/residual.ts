import { predictError } from "../fit/fit";

/** Residual of an observation against a fit: log10 difference and relative difference. */
export interface Residual {
  /** log10(observed error) − log10(predicted error): the quantity the fit minimises. */
  log10: number;
  /** observed / predicted − 1 (e.g. 0.05 = 5% above the line). */
  relative: number;
}

/** Residual of an observed error fraction at compute C (GMACs) against E = A·C^α. */
export function residual(observedError: number, compute: number, fit: { A: number; alpha: number }): Residual | null {
  const predicted = predictError(fit, compute);
  if (!(observedError > 0 && predicted > 0 && Number.isFinite(predicted))) return null;
  return { log10: Math.log10(observedError) - Math.log10(predicted), relative: observedError / predicted - 1 };
}
