import { tableRoute } from "@/app/_server/table-route";
import { getBacktest } from "@/db/services/backtest";
import { resolveTasks } from "@/db/services/predict";
import { BACKTEST_META } from "@/lib/backtest/meta";
import type { FitGroup } from "@/lib/domain/groups";
import { FIT_METHODS, type FitMethodId } from "@/lib/fit/types";
import { BACKTEST_CSV_COLUMNS, LEADERBOARD_CSV_COLUMNS, SUMMARY_CSV_COLUMNS, pickCell } from "@/lib/predict/columns";
import { backtestQuerySchema } from "@/lib/predict/schemas";

const COLUMNS = { rows: BACKTEST_CSV_COLUMNS, summary: SUMMARY_CSV_COLUMNS, leaderboard: LEADERBOARD_CSV_COLUMNS };

/** Backtest: hold out the top share of compute, fit on the rest, score the held-out budgets; summaries and a leaderboard in meta. */
export const GET = tableRoute(backtestQuerySchema, async (q, db) => {
  const tasks = resolveTasks(db, q.task);
  const groups = (q.group?.length ? [...new Set(q.group)] : ["LAION"]) as FitGroup[];
  const methods = (q.method?.length ? [...new Set(q.method)] : [...FIT_METHODS]) as FitMethodId[];
  const data = await getBacktest(db, { tasks, groups, methods, holdout: q.holdout });
  const rows: object[] = q.table === "rows" ? data.rows : q.table === "summary" ? data.summaries : data.leaderboard;
  const meta = { ...BACKTEST_META, table: q.table, holdout: q.holdout, groups, methods, summary: data.summaries, leaderboard: data.leaderboard };
  return { rows, meta, columns: COLUMNS[q.table], pick: pickCell, filename: `backtest_${q.table}` };
});
