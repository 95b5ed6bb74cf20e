import Link from "next/link";
import { archLabel } from "@/lib/domain/arch";
import { taskLabel } from "@/lib/domain/tasks";
import { formatFixed, formatPct, formatSci } from "@/lib/format";
import type { BacktestRow } from "@/lib/backtest/score";
import type { BacktestSummary, LeaderboardRow } from "@/lib/backtest/summary";
import { SortHeader } from "../../predict/_components/sort-header";

const cov = (k: number, n: number) => (n ? `${k}/${n}` : "no interval");

/** Per method across tasks: median relative error, share of tasks best, pooled coverage. */
export function Leaderboard({ rows }: { rows: LeaderboardRow[] }) {
  return (
    <div className="table-wrap">
      <table className="backtest-leaderboard" data-rows={rows.length}>
        <caption>Leaderboard: how well each estimator has extrapolated, over every task it could fit.</caption>
        <thead><tr><th scope="col">Method</th><th scope="col" className="num">Tasks</th><th scope="col" className="num">Median relative error</th><th scope="col" className="num">Best on</th><th scope="col" className="num">Inside the 95% interval</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.method} data-method={r.method}>
              <th scope="row">{r.method}</th>
              <td className="num">{r.n_tasks}</td>
              <td className="num">{formatPct(r.median_rel_error, 1)}</td>
              <td className="num">{r.best_share === null ? "–" : `${r.n_best} tasks (${formatPct(r.best_share, 0)})`}</td>
              <td className="num">{r.coverage === null ? "no interval" : `${r.n_covered}/${r.n_with_interval} (${formatPct(r.coverage, 0)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every task × method: MAE (pp), mean relative error, coverage, how far beyond the fitted range. */
export function SummaryTable({ rows, sort, dir, href, taskHref }: { rows: BacktestSummary[]; sort: string; dir: "asc" | "desc"; href: (s: string, d: string) => string; taskHref: (t: string) => string }) {
  return (
    <div className="table-wrap">
      <table className="backtest-summary" data-rows={rows.length}>
        <caption>One row per task and method; click a header to sort, a task to chart it.</caption>
        <thead>
          <tr>
            <SortHeader label="Task" col="task" sort={sort} dir={dir} href={href} num={false} />
            <th scope="col">Method</th>
            <th scope="col" className="num">Held-out budgets</th>
            <SortHeader label="MAE (pp)" col="mae_pp" sort={sort} dir={dir} href={href} />
            <SortHeader label="Mean relative error" col="mean_rel_error" sort={sort} dir={dir} href={href} />
            <SortHeader label="Inside 95% interval" col="coverage" sort={sort} dir={dir} href={href} />
            <SortHeader label="Decades beyond (max)" col="max_decades_beyond" sort={sort} dir={dir} href={href} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.task}-${r.method}`} data-task={r.task} data-method={r.method}>
              <th scope="row"><Link href={taskHref(r.task)}>{taskLabel(r.task)}</Link></th>
              <td>{r.method}</td>
              <td className="num">{r.n_budgets}</td>
              {r.mae_pp === null ? <td colSpan={4} className="muted">{r.reason ?? "not scored"}</td> : (
                <>
                  <td className="num">{formatFixed(r.mae_pp, 2)}</td>
                  <td className="num">{formatPct(r.mean_rel_error, 1)}</td>
                  <td className="num">{cov(r.n_covered, r.n_with_interval)}</td>
                  <td className="num">{formatFixed(r.max_decades_beyond, 2)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart task's held-out budgets, one row per method. */
export function BudgetTable({ rows }: { rows: BacktestRow[] }) {
  return (
    <div className="table-wrap">
      <table className="backtest-budgets" data-rows={rows.length}>
        <caption>Held-out budgets: the best held-out model of each architecture and samples seen, against the law fitted without them.</caption>
        <thead><tr><th scope="col">Method</th><th scope="col">Budget</th><th scope="col" className="num">Compute (GMACs)</th><th scope="col" className="num">Predicted</th><th scope="col" className="num">95% interval</th><th scope="col" className="num">Actual</th><th scope="col" className="num">|error| (pp)</th><th scope="col" className="num">Relative</th><th scope="col">Inside?</th><th scope="col" className="num">Decades beyond</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.method}-${r.arch}-${r.samples_seen}`}>
              <td>{r.method}</td>
              <th scope="row">{archLabel(r.arch)} ({r.samples_seen})</th>
              <td className="num">{formatSci(r.compute)}</td>
              <td className="num">{formatPct(r.pred_error, 1)}</td>
              <td className="num" title={r.interval_reason ?? undefined}>{r.pred_interval ? `${formatPct(r.pred_interval[0], 1)} – ${formatPct(r.pred_interval[1], 1)}` : "none"}</td>
              <td className="num">{formatPct(r.actual_error, 1)}</td>
              <td className="num">{formatFixed(r.abs_error_pp, 2)}</td>
              <td className="num">{formatPct(r.rel_error, 1)}</td>
              <td>{r.covered === null ? "–" : r.covered ? "yes" : "no"}</td>
              <td className="num">{formatFixed(r.decades_beyond, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
