"use client";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { memo, useMemo, useState } from "react";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { refitOptions } from "@/lib/api-client/refit";
import { fitsHiddenNote } from "@/lib/explore/axis-labels";
import { isNarrowed } from "@/lib/explore/slice";
import type { ExploreData, ExploreOptions } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import type { FitApiRow } from "@/lib/api/rows";
import { exploreQuery } from "@/lib/url-state/explore";
import { useAfterPaint } from "./after-paint";
import { chartInputs } from "./chart-inputs";
import { FitSensitivity } from "./fit-sensitivity";
import { ChartOptions, type ExploreTab } from "./chart-options";
import { FitTable } from "./fit-table";
import { RefitStatus } from "./refit-status";

// The chart tab (recharts ~115 kB gzip, the chart model with d3-scale and lib/fit, the legend's
// d3-shape markers, the "your models" layers) loads on demand, after the page's own code: /explore's
// first JavaScript stays under 200 kB, and the title, controls and fit table do not wait for it.
const ChartStack = dynamic(() => import("./chart-stack").then((m) => m.ChartStack), {
  ssr: false,
  loading: () => <ChartSkeleton height={420} />,
});
// The table tab is opened by a click, never on first paint.
const PointsTable = dynamic(() => import("./points-table").then((m) => m.PointsTable), {
  ssr: false,
  loading: () => <ChartSkeleton label="Loading table…" height={420} />,
});

/**
 * The chart (or its table), its legend, the refit of a narrowed slice and the table of fits, for
 * one state. Memoised on the canonical query and the data: an optimistic control update that
 * leaves them alone, or the server confirming a state already drawn, must not redraw the SVG. With
 * every task prefetched (`all`), the chart tab keeps the other tasks' charts drawn (ChartStack).
 */
export const ExploreChart = memo(function ExploreChart({ state, data, all, options }: {
  state: ExploreState; data: ExploreData; all: ReadonlyMap<string, ExploreData> | undefined; options: ExploreOptions;
}) {
  const [tab, setTab] = useState<ExploreTab>("chart");
  const [detail, setDetail] = useState(false);
  const query = exploreQuery(state);
  const { metric, rows, fits, applies, title } = useMemo(() => chartInputs(state, data, null), [query, data]); // eslint-disable-line react-hooks/exhaustive-deps
  const tasks = useMemo(() => options.taskGroups.flatMap((g) => g.tasks.map((t) => t.value)), [options.taskGroups]);
  const wantRefit = isNarrowed(state) && applies && rows.length > 0;
  const refit = useQuery({
    ...refitOptions({ task: state.task, metric, method: state.method, arch: state.arch, upstream: state.upstream, samples_seen: state.samples_seen }),
    enabled: wantRefit,
  });
  const refitFit = wantRefit && refit.data ? refit.data.fit : null;
  const drawn = useMemo(() => (refitFit ? [...fits, refitFit] : fits), [fits, refitFit]);
  const fitsHidden = fitsHiddenNote(state.x, state.y, metric, drawn.length);
  return (
    <section aria-label="Scaling chart" className="explore-chart" data-task={state.task}>
      <h2 className="explore-title">{title}</h2>
      {fitsHidden && <p className="muted explore-fits-hidden" role="note">{fitsHidden}</p>}
      {applies && state.groups.length > 0 && fits.length === 0 && (
        <p className="muted" role="note">No precomputed fits for this metric on this task; narrow the slice to get a live refit.</p>
      )}
      {wantRefit && <RefitStatus query={refit} />}
      <ChartOptions tab={tab} onTab={setTab} detail={detail} onDetail={setDetail} canDetail={applies && drawn.length > 0} />
      <div id="explore-tabpanel" role="tabpanel" aria-labelledby={`explore-tab-${tab}`}>
        {tab === "chart" ? (
          <ChartStack shown={{ state, query, data, refit: refitFit, detail }} all={all} tasks={tasks} taskMetrics={options.taskMetrics} />
        ) : (
          <PointsTable rows={rows} fits={applies ? drawn : []} metric={metric} />
        )}
      </div>
      <FitPanels fits={applies ? drawn : NO_FITS} />
    </section>
  );
}, (a, b) => a.data === b.data && a.all === b.all && a.options === b.options && exploreQuery(a.state) === exploreQuery(b.state));

const NO_FITS: readonly FitApiRow[] = [];

/**
 * The table of fits and their sensitivity, shown after the new chart is painted (useAfterPaint):
 * their render and their backtest and sensitivity requests never hold up the chart's frame. Busy
 * while behind.
 */
const FitPanels = memo(function FitPanels({ fits }: { fits: readonly FitApiRow[] }) {
  const shown = useAfterPaint(fits);
  // Not redrawn in the switch's own commit, which only marks them busy.
  const panels = useMemo(() => (
    <><FitTable fits={shown} /><FitSensitivity fits={shown.filter((f) => f.group !== "slice")} /></>
  ), [shown]);
  if (shown.length === 0) return null;
  return <div className="explore-fit-panels" aria-busy={shown !== fits}>{panels}</div>;
});
