"use client";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { memo, useMemo, useState } from "react";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { taskLabel } from "@/lib/domain/tasks";
import { refitOptions } from "@/lib/api-client/refit";
import { X_LABELS, fitsApply, fitsHiddenNote, valueName } from "@/lib/explore/axis-labels";
import { selectFits } from "@/lib/explore/fits";
import { effectiveMetric } from "@/lib/explore/metrics";
import { filterSlice, isNarrowed } from "@/lib/explore/slice";
import type { ExploreData } from "@/lib/explore/types";
import type { FitApiRow } from "@/lib/api/rows";
import { exploreQuery, type ExploreState } from "@/lib/url-state/explore";
import { useAfterPaint } from "./after-paint";
import { FitSensitivity } from "./fit-sensitivity";
import { ChartOptions, type ExploreTab } from "./chart-options";
import { FitTable } from "./fit-table";
import { RefitStatus } from "./refit-status";

// The chart tab (recharts ~115 kB gzip, the chart model with d3-scale and lib/fit, the legend's
// d3-shape markers, the "your models" layers) loads on demand, after the page's own code: /explore's
// first JavaScript stays under 200 kB, and the title, controls and fit table do not wait for it.
const ExploreChartBody = dynamic(() => import("./explore-chart-body").then((m) => m.ExploreChartBody), {
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
 * one state. Memoised on the canonical query and the data object: an optimistic control update
 * that leaves them alone, or the server confirming a state already drawn, must not redraw the SVG.
 */
export const ExploreChart = memo(function ExploreChart({ state, data }: { state: ExploreState; data: ExploreData }) {
  const [tab, setTab] = useState<ExploreTab>("chart");
  const [detail, setDetail] = useState(false);
  const metric = effectiveMetric(state.task, state.metric);
  const rows = useMemo(() => filterSlice(data.rows, state), [data.rows, state]);
  const fits = useMemo(() => selectFits(data.fits, state.groups, metric, state.method), [data.fits, state.groups, metric, state.method]);
  const applies = fitsApply(state.x, state.y);
  const wantRefit = isNarrowed(state) && applies && rows.length > 0;
  const refit = useQuery({
    ...refitOptions({ task: state.task, metric, method: state.method, arch: state.arch, upstream: state.upstream, samples_seen: state.samples_seen }),
    enabled: wantRefit,
  });
  const refitFit = wantRefit && refit.data ? refit.data.fit : null;
  const drawn = useMemo(() => (refitFit ? [...fits, refitFit] : fits), [fits, refitFit]);
  const fitsHidden = fitsHiddenNote(state.x, state.y, metric, drawn.length);
  const title = `${taskLabel(state.task)}: ${valueName(state.y, metric)} vs ${X_LABELS[state.x]}`;
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
          <ExploreChartBody state={state} all={data.rows} rows={rows} fits={drawn} metric={metric} applies={applies} detail={detail} title={title} />
        ) : (
          <PointsTable rows={rows} fits={applies ? drawn : []} metric={metric} />
        )}
      </div>
      <FitPanels fits={applies ? drawn : NO_FITS} />
    </section>
  );
}, (a, b) => a.data === b.data && exploreQuery(a.state) === exploreQuery(b.state));

const NO_FITS: readonly FitApiRow[] = [];

/**
 * The table of fits and their sensitivity, shown after the new chart is painted (useAfterPaint):
 * their render and their backtest and sensitivity requests never hold up the chart's frame. Busy
 * while behind.
 */
const FitPanels = memo(function FitPanels({ fits }: { fits: readonly FitApiRow[] }) {
  const shown = useAfterPaint(fits);
  if (shown.length === 0) return null;
  return (
    <div className="explore-fit-panels" aria-busy={shown !== fits}>
      <FitTable fits={shown} />
      <FitSensitivity fits={shown} />
    </div>
  );
});
