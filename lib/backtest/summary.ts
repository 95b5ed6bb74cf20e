import type { BacktestRow } from "./score";

/** Aggregate of one task × group × method backtest. */
export type BacktestSummary = ReturnType<typeof summarise>;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** MAE (pp), mean absolute relative error and interval coverage over the held-out budgets of one backtest. */
export function summarise(key: { task: string; metric: string; group: string; method: string; holdout: number }, rows: readonly BacktestRow[], reason: string | null = null) {
  const scored = rows.filter((r) => r.pred_error !== null);
  const withIv = scored.filter((r) => r.covered !== null);
  const covered = withIv.filter((r) => r.covered).length;
  const decades = scored.map((r) => r.decades_beyond ?? 0);
  return {
    ...key, n_budgets: rows.length, n_scored: scored.length,
    mae_pp: mean(scored.map((r) => r.abs_error_pp!)), mean_rel_error: mean(scored.map((r) => r.rel_error!)),
    n_with_interval: withIv.length, n_covered: covered, coverage: withIv.length ? covered / withIv.length : null,
    max_decades_beyond: decades.length ? Math.max(...decades) : null,
    reason: reason ?? rows.find((r) => r.reason)?.reason ?? null,
  };
}

/** A method's standing across tasks (one group, one holdout). */
export interface LeaderboardRow {
  method: string; group: string; holdout: number; n_tasks: number;
  median_rel_error: number | null; best_share: number | null; n_best: number;
  n_with_interval: number; n_covered: number; coverage: number | null;
}

/** Median of the finite values, or null. */
export function median(xs: readonly number[]): number | null {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return null;
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * Leaderboard per method: median over tasks of the mean relative error, share of tasks where the
 * method has the lowest mean relative error (ties count for each tied method; tasks some method
 * could not score are left out of the share), and pooled interval coverage.
 */
export function leaderboard(summaries: readonly BacktestSummary[]): LeaderboardRow[] {
  const groups = [...new Set(summaries.map((s) => `${s.group}\u0000${s.holdout}`))];
  const out: LeaderboardRow[] = [];
  for (const gk of groups) {
    const inGroup = summaries.filter((s) => `${s.group}\u0000${s.holdout}` === gk);
    const methods = [...new Set(inGroup.map((s) => s.method))];
    const tasks = [...new Set(inGroup.map((s) => s.task))];
    const best = new Map<string, number>(methods.map((m) => [m, 0]));
    let contested = 0;
    for (const t of tasks) {
      const rs = inGroup.filter((s) => s.task === t);
      if (rs.length !== methods.length || rs.some((s) => s.mean_rel_error === null)) continue;
      contested++;
      const lo = Math.min(...rs.map((s) => s.mean_rel_error!));
      for (const s of rs) if (s.mean_rel_error === lo) best.set(s.method, best.get(s.method)! + 1);
    }
    for (const m of methods) {
      const rs = inGroup.filter((s) => s.method === m);
      const nIv = rs.reduce((a, s) => a + s.n_with_interval, 0);
      const nCov = rs.reduce((a, s) => a + s.n_covered, 0);
      out.push({
        method: m, group: rs[0]!.group, holdout: rs[0]!.holdout, n_tasks: rs.filter((s) => s.mean_rel_error !== null).length,
        median_rel_error: median(rs.map((s) => s.mean_rel_error ?? NaN)), n_best: best.get(m)!,
        best_share: contested ? best.get(m)! / contested : null,
        n_with_interval: nIv, n_covered: nCov, coverage: nIv ? nCov / nIv : null,
      });
    }
  }
  return out;
}
