import type { FitResult } from "../fit/types";
import { scoreBudgets, type BacktestRow } from "./score";
import { heldOutBudgets, splitByCompute, type BacktestPoint } from "./split";
import { summarise, type BacktestSummary } from "./summary";

/** Fits E = A·C^α (or any law of FitResult's form) on compute and error; may run elsewhere (a worker). */
export type LawFitter = (compute: number[], error: number[]) => FitResult | Promise<FitResult>;

export interface BacktestResult { rows: BacktestRow[]; summary: BacktestSummary; split: { m: number; k: number; n_train: number; n_held_out: number } }

/**
 * Backtest one task × group × method: hold out the top-k distinct computes, fit on the rest with
 * `fit` (which must keep its bootstrap draws), and score each held-out budget.
 */
export async function backtest(key: { task: string; metric: string; group: string; method: string }, points: readonly BacktestPoint[], holdout: number, fit: LawFitter): Promise<BacktestResult> {
  const s = splitByCompute(points, holdout);
  const budgets = heldOutBudgets(s.heldOut);
  const split = { m: s.m, k: s.k, n_train: s.train.length, n_held_out: s.heldOut.length };
  const k = { ...key, holdout };
  if (s.train.length === 0) {
    const reason = `nothing left to fit: all ${s.m} distinct compute value${s.m === 1 ? " is" : "s are"} held out`;
    const rows = scoreBudgets(key, holdout, { reason }, budgets, 0);
    return { rows, summary: summarise(k, rows, reason), split };
  }
  const r = await fit(s.train.map((p) => p.compute), s.train.map((p) => p.error));
  const rows = scoreBudgets(key, holdout, r.ok ? r : { reason: r.reason }, budgets, s.train.length);
  return { rows, summary: summarise(k, rows, r.ok ? null : r.reason), split };
}
