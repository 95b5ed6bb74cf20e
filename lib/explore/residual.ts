import { predictError } from "../fit/fit";

/**
 * Residual of an observed error fraction at compute C (GMACs) against E = A·C^α: `log10`, the
 * difference of log10 errors (what the fit minimises), and `relative`, observed / predicted − 1
 * (0.05 = 5% above the line).
 */
export function residual(observedError: number, compute: number, fit: { A: number; alpha: number }) {
  const predicted = predictError(fit, compute);
  if (!(observedError > 0 && predicted > 0 && Number.isFinite(predicted))) return null;
  return { log10: Math.log10(observedError) - Math.log10(predicted), relative: observedError / predicted - 1 };
}
