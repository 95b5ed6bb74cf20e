import "server-only";
import type { BacktestRow } from "../../lib/backtest/score";
import { splitByCompute } from "../../lib/backtest/split";
import type { BacktestSummary, LeaderboardRow } from "../../lib/backtest/summary";
import { BACKTEST_META } from "../../lib/backtest/meta";
import { archLabel } from "../../lib/domain/arch";
import type { FitMethodId } from "../../lib/fit/types";
import { buildLawChart, type LawChartModel } from "../../lib/predict/chart";
import { BACKTEST_CSV_COLUMNS, LEADERBOARD_CSV_COLUMNS, SUMMARY_CSV_COLUMNS } from "../../lib/predict/columns";
import type { Law } from "../../lib/predict/law";
import type { BacktestViewState } from "../../lib/predict/schemas";
import { badParams } from "../../lib/export/twin";
import type { ViewTwin } from "../../lib/predict/twin-response";
import { sortSummaries } from "../../lib/predict/view-state";
import type { Db } from "../client";
import { facetsOf } from "../queries/evaluations";
import { getBacktest, getBacktestLaw } from "./backtest";
import { buildMeta } from "./meta";
import { groupPoints } from "./predict";

export interface BacktestViewData { summaries: BacktestSummary[]; leaderboard: LeaderboardRow[]; chartRows: BacktestRow[]; chart: LawChartModel | null; allRows: BacktestRow[] }

/** Errors of a parsed /backtest state that need the data (an unknown chart task). */
export function backtestViewErrors(db: Db, s: BacktestViewState): { param: string; message: string }[] {
  return facetsOf(db).task.includes(s.task) ? [] : [{ param: "task", message: `"task": unknown task "${s.task}"` }];
}

/** Everything /backtest shows: the leaderboard, every task's summary per method, and the chart task's held-out predictions. */
export async function getBacktestView(db: Db, s: BacktestViewState): Promise<BacktestViewData> {
  const methods = [...new Set(s.method)] as FitMethodId[];
  const data = await getBacktest(db, { tasks: facetsOf(db).task, groups: [s.group], methods, holdout: s.holdout });
  const chartRows = data.rows.filter((r) => r.task === s.task);
  const pts = groupPoints(db, s.task, s.group);
  const split = splitByCompute(pts, s.holdout);
  const fits = await Promise.all(methods.map((m) => getBacktestLaw(db, s.task, s.group, m, s.holdout)));
  const laws = methods.flatMap((m, i) => (fits[i]!.ok ? [{ key: m, label: `${m} fitted on the ${split.train.length} models below the held-out compute`, law: fits[i] as Law }] : []));
  const chart = laws.length && pts.length ? buildLawChart({
    points: pts.map((p) => ({ compute: p.compute, error: p.error, label: `${archLabel(p.arch)} ${p.upstream} ${p.samplesSeenPretty}${p.compute >= split.threshold ? " (held out)" : ""}`, kind: p.compute >= split.threshold ? "held-out" as const : "fit" as const })),
    laws,
    marks: chartRows.filter((r) => r.pred_error !== null).map((r) => ({ compute: r.compute, label: `${r.method}: ${archLabel(r.arch)} ${r.samples_seen}`, lawKey: r.method, actual: r.actual_error })),
    vlines: [{ compute: split.threshold, label: "held out from here" }],
  }) : null;
  return { summaries: sortSummaries(data.summaries, s.sort, s.dir), leaderboard: data.leaderboard, chartRows, chart, allRows: data.rows };
}

/** /backtest.csv and .json: `table=summary` (default, the table shown), `rows` (every held-out budget) or `leaderboard`. */
export async function backtestTwin(db: Db, s: BacktestViewState, url: URL, query: string): Promise<ViewTwin> {
  const errors = backtestViewErrors(db, s);
  if (errors.length) throw badParams(errors);
  const d = await getBacktestView(db, s);
  const [rows, columns] = s.table === "rows" ? [d.allRows, BACKTEST_CSV_COLUMNS] : s.table === "leaderboard" ? [d.leaderboard, LEADERBOARD_CSV_COLUMNS] : [d.summaries, SUMMARY_CSV_COLUMNS];
  const meta = buildMeta(db, url, rows.length, { ...BACKTEST_META, view_state: s, table: s.table, leaderboard: d.leaderboard });
  return { rows, columns, meta, view: "backtest", lead: [s.group], part: s.table === "summary" ? undefined : s.table, query };
}
