/**
 * First problem with a (compute, error) series as a display string, or null when it can be fitted
 * in log space: equal lengths, compute finite and > 0 (GMACs), error a finite fraction in (0, 1).
 */
export function findInputProblem(compute: readonly number[], error: readonly number[]): string | null {
  if (compute.length !== error.length) {
    return `compute and error have different lengths (${compute.length} vs ${error.length})`;
  }
  if (compute.length === 0) return "no observations";
  for (let i = 0; i < compute.length; i++) {
    const c = compute[i]!;
    if (!(Number.isFinite(c) && c > 0)) return `compute must be finite and > 0; found ${c} at index ${i}`;
    const e = error[i]!;
    // log10 needs E > 0, and E = 1 − metric ≥ 1 would mean a metric ≤ 0, not an error fraction.
    if (!(Number.isFinite(e) && e > 0 && e < 1)) return `error must be in (0, 1); found ${e} at index ${i}`;
  }
  return null;
}
