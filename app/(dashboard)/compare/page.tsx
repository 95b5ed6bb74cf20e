import type { Metadata } from "next";
import Link from "next/link";
import { ErrorBox } from "@/components/ui/error-box";
import { getDb } from "@/db/client";
import { getCompareData } from "@/db/services/compare";
import { GROUP_LABELS } from "@/lib/domain/groups";
import { NO_STORE_ATTR } from "@/db/cache/html";
import { AppError } from "@/lib/errors";
import { toSearchParams } from "@/lib/url-state/params";
import { compareQuery, parseCompareState } from "@/lib/url-state/compare";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { oembedMetadata } from "@/app/_server/oembed-metadata";
import { CompareChart } from "./_components/compare-chart";
import { CompareControls } from "./_components/compare-controls";
import { CompareDefinitions } from "./_components/compare-definitions";
import { CompareSummary } from "./_components/compare-summary";
import { CompareTable } from "./_components/compare-table";
import "./compare.css";

export const dynamic = "force-dynamic";
// oEmbed discovery: /compare embeds its chart task with both groups' laws.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Compare", ...(await oembedMetadata("compare", await searchParams)) };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function BadParam({ param, value, message }: { param: string; value: string | null; message: string }) {
  return <ErrorBox title={`Bad URL parameter "${param}"${value !== null ? ` = "${value.slice(0, 60)}"` : ""}`} message={message} />;
}

/** /compare: two fit groups' scaling laws side by side on every task. */
export default async function ComparePage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const parsed = parseCompareState(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>Compare fit groups</h1>
        {parsed.errors.map((e) => <BadParam key={e.param} param={e.param} value={params.get(e.param)} message={e.message} />)}
        <p><Link href="/compare">Compare with default settings</Link></p>
      </>
    );
  }
  const state = parsed.state;
  const data = await getCompareData(getDb(), state).catch((e: unknown) => {
    // A full CPU pool (or a worker that stopped) is a reason to retry, not a server error page.
    if (e instanceof AppError && e.status === 503) return e;
    throw e;
  });
  if (data instanceof AppError) {
    return (
      <>
        <h1>Compare fit groups</h1>
        {/* A transient state: the page cache serves it but never stores it (db/cache/html.ts). */}
        <div {...{ [NO_STORE_ATTR]: "" }}>
          <ErrorBox title="The comparison could not be computed right now" message={data.message} />
        </div>
        <p><Link href={`/compare${compareQuery(state) ? `?${compareQuery(state)}` : ""}`}>Try again</Link></p>
      </>
    );
  }
  const row = data.rows.find((r) => r.task === state.task);

  return (
    <>
      <h1>Compare fit groups</h1>
      <p className="muted">
        Group a: {GROUP_LABELS[state.a]}; group b: {GROUP_LABELS[state.b]}. Each task uses its primary metric; both groups are fitted by the same estimator
        ({state.method === "paper" ? <>method <strong>paper</strong>: binned-min for both when each group has at least 5 bin minima, otherwise OLS for both</> : <strong>{state.method}</strong>}).
      </p>
      <CompareControls tasks={data.tasks} />
      <ReportToolbar view="compare" query={compareQuery(state)} />
      <CompareSummary rows={data.rows} judgement={data.judgement} state={state} />
      {row ? (
        <CompareChart row={row} points={data.points} a={state.a} b={state.b} />
      ) : (
        <BadParam param="task" value={state.task} message={`unknown task; choose one of the ${data.tasks.length} tasks in the "Chart task" list.`} />
      )}
      <CompareTable rows={data.rows} state={state} />
      <CompareDefinitions a={state.a} b={state.b} bootstrap={data.bootstrap} />
    </>
  );
}
