/**
 * A collapsed checkpoint: its top-1 falls below COLLAPSE_SHARE of the best top-1 the run had
 * reached before it (once that best was at least MIN_BEST), e.g. a drop to ~0% mid-training.
 */
export const COLLAPSE_SHARE = 0.5;
const MIN_BEST = 0.05;

/** Indices (in epoch order) of a run's collapsed checkpoints. */
export function collapsedIndices(top1: readonly number[]): number[] {
  const out: number[] = [];
  let best = -Infinity;
  top1.forEach((v, i) => {
    if (best >= MIN_BEST && v < COLLAPSE_SHARE * best) out.push(i);
    best = Math.max(best, v);
  });
  return out;
}
