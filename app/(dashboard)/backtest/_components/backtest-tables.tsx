import Link from "next/link";
import { num, Table } from "@/components/ui/table";
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
    <Table className="backtest-leaderboard" data-rows={rows.length}
      caption={<caption>Leaderboard: how well each estimator has extrapolated, over every task it could fit.</caption>}
      head={["Method", num("Tasks"), num("Median relative error"), num("Best on"), num("Inside the 95% interval")]}>
      {rows.map((r) => (
        <tr key={r.method} data-method={r.method}>
          <th scope="row">{r.method}</th>
          <td className="num">{r.n_tasks}</td>
          <td className="num">{formatPct(r.median_rel_error, 1)}</td>
          <td className="num">{r.best_share === null ? "–" : `${r.n_best} tasks (${formatPct(r.best_share, 0)})`}</td>
          <td className="num">{r.coverage === null ? "no interval" : `${r.n_covered}/${r.n_with_interval} (${formatPct(r.coverage, 0)})`}</td>
        </tr>
      ))}
    </Table>
  );
}

/** Every task × method: MAE (pp), mean relative error, coverage, how far beyond the fitted range. */
export function SummaryTable({ rows, sort, dir, href, taskHref }: { rows: BacktestSummary[]; sort: string; dir: "asc" | "desc"; href: (s: string, d: string) => string; taskHref: (t: string) => string }) {
  return (
    <Table className="backtest-summary" data-rows={rows.length}
      caption={<caption>One row per task and method; click a header to sort, a task to chart it.</caption>}
      head={[
        <SortHeader key="task" label="Task" col="task" sort={sort} dir={dir} href={href} num={false} />, "Method", num("Held-out budgets"),
        ...([["MAE (pp)", "mae_pp"], ["Mean relative error", "mean_rel_error"], ["Inside 95% interval", "coverage"], ["Decades beyond (max)", "max_decades_beyond"]] as const)
          .map(([label, col]) => <SortHeader key={col} label={label} col={col} sort={sort} dir={dir} href={href} />),
      ]}>
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
    </Table>
  );
}

/** The chart task's held-out budgets, one row per method. */
export function BudgetTable({ rows }: { rows: BacktestRow[] }) {
  return (
    <Table className="backtest-budgets" data-rows={rows.length}
      caption={<caption>Held-out budgets: the best held-out model of each architecture and samples seen, against the law fitted without them.</caption>}
      head={["Method", "Budget", num("Compute (GMACs)"), num("Predicted"), num("95% interval"), num("Actual"), num("|error| (pp)"), num("Relative"), "Inside?", num("Decades beyond")]}>
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
    </Table>
  );
}
