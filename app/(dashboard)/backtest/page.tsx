import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LawChart } from "@/components/charts/law-chart";
import { ErrorBox } from "@/components/ui/error-box";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { TaskGroupSelects } from "@/components/ui/task-group-selects";
import { getDb } from "@/db/client";
import { facetsOf } from "@/db/queries/evaluations";
import { backtestViewErrors, getBacktestView } from "@/db/services/backtest-view";
import { GROUP_LABELS } from "@/lib/domain/groups";
import { taskLabel } from "@/lib/domain/tasks";
import { FIT_METHODS } from "@/lib/fit/types";
import type { BacktestViewState } from "@/lib/predict/schemas";
import { backtestQuery, parseBacktestView } from "@/lib/predict/view-state";
import { toSearchParams } from "@/lib/url-state/params";
import { BudgetTable, Leaderboard, SummaryTable } from "./_components/backtest-tables";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Backtest" };

/** /backtest: how well has each estimator extrapolated to the largest models it did not see? */
export default async function BacktestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseBacktestView(toSearchParams(await searchParams));
  const db = getDb();
  const errors = parsed.ok ? backtestViewErrors(db, parsed.state) : parsed.errors;
  return (
    <>
      <h1>Backtest: how well has each law extrapolated?</h1>
      <p className="muted backtest-intro">
        For every task: hold out the models with the largest compute (the top share of distinct compute values), fit each estimator on the rest,
        and compare its prediction with the best held-out model of each architecture and samples seen. Relative error = |predicted − actual| / actual
        (on the error). &ldquo;Inside&rdquo; counts held-out models within the law&apos;s 95% bootstrap interval; fits on fewer than 5 points have none.
      </p>
      {!parsed.ok || errors.length ? (
        <>
          {errors.map((e, i) => <ErrorBox key={i} title={`Invalid URL parameter "${e.param}"`} message={e.message} />)}
          <p><Link href="/backtest">Back to /backtest</Link> (LAION, top 25% held out, every estimator).</p>
        </>
      ) : (
        <Suspense fallback={<ChartSkeleton label="Running the backtest…" />}>
          <BacktestBody state={parsed.state} />
        </Suspense>
      )}
    </>
  );
}

async function BacktestBody({ state }: { state: BacktestViewState }) {
  const db = getDb();
  const d = await getBacktestView(db, state);
  const query = backtestQuery(state);
  const href = (patch: Record<string, string>) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) q.set(k, v);
    return `/backtest?${q}`;
  };
  const dl = (table?: string) => { const q = new URLSearchParams(query); if (table) q.set("table", table); const s = q.toString(); return s ? `?${s}` : ""; };
  return (
    <>
      <BacktestForm state={state} tasks={facetsOf(db).task} />
      <div className="report-buttons backtest-downloads">
        <a className="report-button" href={`/backtest.csv${dl()}`} download>Download CSV</a>
        <a className="report-button" href={`/backtest.json${dl()}`} download>JSON</a>
        <a className="report-button" href={`/backtest.csv${dl("rows")}`} download>Held-out budgets CSV</a>
        <a className="report-button" href={`/backtest.csv${dl("leaderboard")}`} download>Leaderboard CSV</a>
      </div>
      <section aria-labelledby="lb-title">
        <h2 id="lb-title">{GROUP_LABELS[state.group]}: top {Math.round(100 * state.holdout)}% of compute held out</h2>
        <Leaderboard rows={d.leaderboard} />
      </section>
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{taskLabel(state.task)}: laws fitted without the held-out models</h2>
        {d.chart ? <LawChart model={d.chart} title={`${taskLabel(state.task)} backtest`} /> : <p className="muted">No law could be fitted for this task and group.</p>}
        <BudgetTable rows={d.chartRows} />
      </section>
      <section aria-labelledby="all-title">
        <h2 id="all-title">Every task</h2>
        <SummaryTable rows={d.summaries} sort={state.sort} dir={state.dir} href={(s, dir) => href({ sort: s, dir })} taskHref={(t) => `${href({ task: t })}#chart-title`} />
      </section>
    </>
  );
}

/** The backtest's settings as a plain GET form (keyboard-usable, each answer has its URL). */
function BacktestForm({ state, tasks }: { state: BacktestViewState; tasks: string[] }) {
  return (
    <form className="controls backtest-form" method="get" action="/backtest" aria-label="Backtest settings">
      <TaskGroupSelects task={state.task} group={state.group} tasks={tasks} />
      <label>Hold out the top{" "}
        <input name="holdout" type="number" min={0.1} max={0.5} step={0.05} defaultValue={state.holdout} /> of distinct computes
      </label>
      <fieldset className="backtest-methods"><legend>Methods</legend>
        {FIT_METHODS.map((m) => <label key={m} className="facet-option"><input type="checkbox" name="method" value={m} defaultChecked={state.method.includes(m)} /> {m}</label>)}
      </fieldset>
      {state.sort !== "task" && <input type="hidden" name="sort" value={state.sort} />}
      {state.dir !== "asc" && <input type="hidden" name="dir" value={state.dir} />}
      <button type="submit">Run backtest</button>
    </form>
  );
}
