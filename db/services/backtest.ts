import "server-only";
import { backtest, type BacktestResult } from "../../lib/backtest/run";
import type { BacktestRow } from "../../lib/backtest/score";
import { leaderboard, type BacktestSummary, type LeaderboardRow } from "../../lib/backtest/summary";
import type { FitGroup } from "../../lib/domain/groups";
import { primaryMetric } from "../../lib/domain/metrics";
import type { FitMethodId, FitResult } from "../../lib/fit/types";
import { splitByCompute } from "../../lib/backtest/split";
import type { Db } from "../client";
import { memoByVersionAsync } from "../cache/store";
import { fitWithDraws, groupPoints } from "./predict";

const fitKey = (task: string, group: string, holdout: number) => `backtest\u0000${task}\u0000${group}\u0000${holdout}`;

/** The law a backtest fitted on the training models (the same cached fit the backtest scored). */
export function getBacktestLaw(db: Db, task: string, group: FitGroup, method: FitMethodId, holdout: number): Promise<FitResult> {
  const s = splitByCompute(groupPoints(db, task, group), holdout);
  return fitWithDraws(db, fitKey(task, group, holdout), s.train.map((p) => p.compute), s.train.map((p) => p.error), method);
}

/** One task × group × method backtest (cached per data version and holdout; a CPU pool's 503 is not kept). */
const getBacktestOne = memoByVersionAsync("getBacktestOne", (db: Db, task: string, group: FitGroup, method: FitMethodId, holdout: number) => {
  const fit = (c: number[], e: number[]) => fitWithDraws(db, fitKey(task, group, holdout), c, e, method);
  return backtest({ task, metric: primaryMetric(task), group, method }, groupPoints(db, task, group), holdout, fit);
});

export interface BacktestData { rows: BacktestRow[]; summaries: BacktestSummary[]; leaderboard: LeaderboardRow[] }

/** Backtests of every task × group × method asked for, with the per-method leaderboard across tasks. */
export async function getBacktest(db: Db, q: { tasks: string[]; groups: FitGroup[]; methods: FitMethodId[]; holdout: number }): Promise<BacktestData> {
  const jobs: Promise<BacktestResult>[] = [];
  for (const task of q.tasks) for (const group of q.groups) for (const method of q.methods) jobs.push(getBacktestOne(db, task, group, method, q.holdout));
  const results = await Promise.all(jobs);
  const summaries = results.map((r) => r.summary);
  return { rows: results.flatMap((r) => r.rows), summaries, leaderboard: leaderboard(summaries) };
}
