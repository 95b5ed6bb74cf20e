/** One model's result on a task, as the backtest sees it. */
export interface BacktestPoint { model: string; arch: string; samplesSeenPretty: string; compute: number; error: number }

/** Allowed share of distinct compute values to hold out, and the default. */
export const HOLDOUT_MIN = 0.1;
export const HOLDOUT_MAX = 0.5;
export const HOLDOUT_DEFAULT = 0.25;

export interface Split { train: BacktestPoint[]; heldOut: BacktestPoint[]; m: number; k: number; threshold: number }

/**
 * Hold out the models whose compute is among the k = max(1, ⌊holdout · m⌋) highest of the m
 * distinct compute values; the rest is the training set.
 */
export function splitByCompute(points: readonly BacktestPoint[], holdout: number): Split {
  const distinct = [...new Set(points.map((p) => p.compute))].sort((a, b) => b - a);
  const m = distinct.length;
  const k = Math.max(1, Math.floor(holdout * m));
  const threshold = distinct[Math.min(k, m) - 1] ?? Infinity;
  return {
    train: points.filter((p) => p.compute < threshold),
    heldOut: points.filter((p) => p.compute >= threshold),
    m, k, threshold,
  };
}

/** A held-out budget: one (architecture, samples-seen label); its actual is the model with the lowest error there. */
export interface HeldOutBudget { arch: string; samplesSeenPretty: string; model: string; compute: number; actual: number; n_models: number }

/** Group the held-out models by (architecture, samples-seen label), keeping the lowest-error model of each. */
export function heldOutBudgets(heldOut: readonly BacktestPoint[]): HeldOutBudget[] {
  const best = new Map<string, HeldOutBudget>();
  for (const p of heldOut) {
    const key = `${p.arch}\u0000${p.samplesSeenPretty}`;
    const cur = best.get(key);
    if (!cur) best.set(key, { arch: p.arch, samplesSeenPretty: p.samplesSeenPretty, model: p.model, compute: p.compute, actual: p.error, n_models: 1 });
    else {
      cur.n_models++;
      if (p.error < cur.actual) Object.assign(cur, { model: p.model, compute: p.compute, actual: p.error });
    }
  }
  return [...best.values()].sort((a, b) => a.compute - b.compute || (a.arch < b.arch ? -1 : 1));
}
