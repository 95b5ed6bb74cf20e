import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LawChart } from "@/components/charts/law-chart";
import { ErrorBox } from "@/components/ui/error-box";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db/client";
import { facetsOf } from "@/db/queries/evaluations";
import { archGmacs } from "@/db/services/predict";
import { getPredictView, predictViewErrors } from "@/db/services/predict-view";
import { GROUP_LABELS } from "@/lib/domain/groups";
import { taskLabel } from "@/lib/domain/tasks";
import { formatFixed, formatPct, formatPercent, formatSci } from "@/lib/format";
import type { PredictViewState } from "@/lib/predict/schemas";
import { parsePredictView, predictQuery } from "@/lib/predict/view-state";
import { toSearchParams } from "@/lib/url-state/params";
import { PaperSection } from "./_components/paper-section";
import { PlanTable } from "./_components/plan-table";
import { PredictForm } from "./_components/predict-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Predict" };

/** /predict: what will a model at this budget reach on every task, how sure is the law, and the paper's own prediction table. */
export default async function PredictPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = toSearchParams(await searchParams);
  const parsed = parsePredictView(raw);
  const db = getDb();
  const errors = parsed.ok ? predictViewErrors(db, parsed.state) : parsed.errors;
  return (
    <>
      <h1>Predict: what will a model at this budget reach?</h1>
      <p className="muted predict-intro">
        Every law E = A·C^α predicts the error at any compute C (GMACs per sample × samples seen). The interval is the 95% spread of the law over
        its 1,000 bootstrap resamples: the uncertainty of the fit, not the run-to-run scatter of one model — the <Link href="/backtest">backtest</Link> shows
        how often held-out models fell inside. No interval from fewer than 5 fitted points. Beyond the fitted compute range the law is an extrapolation.
      </p>
      {!parsed.ok || errors.length ? (
        <>
          {errors.map((e, i) => <ErrorBox key={i} title={`Invalid URL parameter "${e.param}"`} message={e.message} />)}
          <p><Link href="/predict">Back to /predict</Link> (ViT-H/14 at 68B samples on every task).</p>
        </>
      ) : (
        <Suspense fallback={<ChartSkeleton />}>
          <PredictBody state={parsed.state} raw={raw} />
        </Suspense>
      )}
    </>
  );
}

async function PredictBody({ state, raw }: { state: PredictViewState; raw: URLSearchParams }) {
  const db = getDb();
  const d = await getPredictView(db, state);
  const query = predictQuery(state, raw);
  const href = (patch: Record<string, string>) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) q.set(k, v);
    return `/predict?${q}`;
  };
  const r = d.chartRow;
  const dl = query ? `?${query}` : "";
  return (
    <>
      <PredictForm state={state} raw={raw} tasks={facetsOf(db).task} archs={[...archGmacs(db).keys()]} />
      <div className="report-buttons predict-downloads">
        <a className="report-button" href={`/predict.csv${dl}`} download>Download CSV</a>
        <a className="report-button" href={`/predict.json${dl}`} download>JSON</a>
        <a className="report-button" href={`/predict.csv?${new URLSearchParams([...new URLSearchParams(query), ["table", "paper"]])}`} download>Paper table CSV</a>
        <a className="report-dictionary" href={`/api/v1/predict?${new URLSearchParams([...new URLSearchParams(query)].filter(([k]) => !["sort", "dir", "paper_task", "table"].includes(k)))}`}>API</a>
      </div>
      <section aria-labelledby="budget-title">
        <h2 id="budget-title">{taskLabel(state.task)} — {GROUP_LABELS[state.group]}{d.budgetLabel && `, ${d.budgetLabel}`}{d.defaultedBudget && <span className="muted"> (default budget)</span>}</h2>
        {r && r.status === "ok" && r.pred_error !== null && (
          <p className="predict-answer" data-pred-error={r.pred_error}>
            Predicted error <strong>{formatPct(r.pred_error, 1)}</strong> (accuracy {formatPercent(r.pred_acc_pct, 1)}),{" "}
            {r.pred_interval ? <>95% interval {formatPct(r.pred_interval[0], 1)} – {formatPct(r.pred_interval[1], 1)}</> : <span>{r.interval_reason}</span>}
            {" at "}{formatSci(r.compute!)} GMACs; {r.position === "inside" ? "inside the fitted compute range." : `${formatFixed(r.decades_beyond, 2)} decades ${r.position} the fitted range (${formatSci(r.fit_x_min!)} – ${formatSci(r.fit_x_max!)}): an extrapolation.`}
          </p>
        )}
        {r && r.target_error !== null && (
          <p className="predict-answer">
            To reach {formatPct(r.target_error, 1)} error: {r.target_compute === null ? r.target_reason : <>
              <strong>{formatSci(r.target_compute)} GMACs</strong>
              {r.target_compute_interval ? ` (95%: ${formatSci(r.target_compute_interval[0])} – ${r.target_compute_interval[1] === null ? "not reached by every draw" : formatSci(r.target_compute_interval[1])})` : ` (${r.target_interval_reason})`}
              {r.target_samples_seen !== null && <>, i.e. {formatSci(r.target_samples_seen)} samples seen for {r.arch}</>}.
            </>}
          </p>
        )}
        {r?.status === "no_fit" && <ErrorBox title="No law for this task and group" message={r.reason ?? ""} />}
        {d.chart && <LawChart model={d.chart} title={`${taskLabel(state.task)}: law and budget`} />}
      </section>
      <section aria-labelledby="all-tasks-title">
        <h2 id="all-tasks-title">All {d.rows.length} tasks at this budget</h2>
        <PlanTable rows={d.rows} sort={state.sort} dir={state.dir} href={(s, dir) => href({ sort: s, dir })} target={state.target_error !== undefined} />
      </section>
      <PaperSection task={state.paper_task} table={d.paper} chart={d.paperChart} href={(t) => href({ paper_task: t })} />
    </>
  );
}
