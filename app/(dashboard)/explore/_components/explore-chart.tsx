"use client";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { memo, useDeferredValue, useMemo, useState } from "react";
import { ScalingLegend } from "@/components/charts/scaling-legend";
import { PlaceLayerControls } from "@/components/place/place-layer-controls";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { taskLabel } from "@/lib/domain/tasks";
import { refitOptions } from "@/lib/api-client/refit";
import { buildChartModel, fitsApply } from "@/lib/explore/chart-model";
import { selectFits } from "@/lib/explore/fits";
import { effectiveMetric } from "@/lib/explore/metrics";
import { filterSlice, isNarrowed } from "@/lib/explore/slice";
import type { ExploreData } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import type { FitApiRow } from "@/lib/api/rows";
import { exploreQuery } from "@/lib/url-state/explore";
import { FitSensitivity } from "./fit-sensitivity";
import { ChartOptions, type ExploreTab } from "./chart-options";
import { FitTable } from "./fit-table";
import { PointsTable } from "./points-table";
import { RefitStatus } from "./refit-status";
import { useMechanics } from "./use-mechanics";

// recharts (~115 kB gzip) loads on demand, after the page's own code: /explore's first JavaScript
// stays under 200 kB, and the legend, fit table and controls do not wait for it.
const ScalingScatter = dynamic(() => import("@/components/charts/scaling-scatter").then((m) => m.ScalingScatter), {
  ssr: false,
  loading: () => <ChartSkeleton height={420} />,
});
// The "your models" layers are recharts series too: they load with the chart, not before it.
const PlaceScatterLayers = dynamic(() => import("@/components/place/place-layer").then((m) => m.PlaceScatterLayers), { ssr: false });

/**
 * The chart (or its table), its legend, the refit of a narrowed slice and the table of fits, for
 * one state. Memoised on the canonical query and the data object: an optimistic control update
 * that leaves them alone, or the server confirming a state already drawn, must not redraw the SVG.
 */
export const ExploreChart = memo(function ExploreChart({ state, data }: { state: ExploreState; data: ExploreData }) {
  const router = useRouter();
  const [tab, setTab] = useState<ExploreTab>("chart");
  const [detail, setDetail] = useState(false);
  const metric = effectiveMetric(state.task, state.metric);
  const rows = useMemo(() => filterSlice(data.rows, state), [data.rows, state]);
  const fits = useMemo(() => selectFits(data.fits, state.groups, metric, state.method), [data.fits, state.groups, metric, state.method]);
  const wantRefit = isNarrowed(state) && fitsApply(state.x, state.y) && rows.length > 0;
  const refit = useQuery({
    ...refitOptions({ task: state.task, metric, method: state.method, arch: state.arch, upstream: state.upstream, samples_seen: state.samples_seen }),
    enabled: wantRefit,
  });
  const refitFit = wantRefit && refit.data ? refit.data.fit : null;
  const drawn = useMemo(() => (refitFit ? [...fits, refitFit] : fits), [fits, refitFit]);
  const model = useMemo(() => buildChartModel(rows, state.x, state.y, metric, drawn), [rows, state.x, state.y, metric, drawn]);
  const applies = fitsApply(state.x, state.y);
  const { mechanics, notes } = useMechanics(data.rows, rows, applies ? drawn : [], metric, tab === "chart" && applies);
  const title = `${taskLabel(state.task)}: ${model.valueName} vs ${model.xAxis.label}`;
  return (
    <section aria-label="Scaling chart" className="explore-chart" data-task={state.task}>
      <h2 className="explore-title">{title}</h2>
      {model.fitsHidden && <p className="muted explore-fits-hidden" role="note">{model.fitsHidden}</p>}
      {applies && state.groups.length > 0 && fits.length === 0 && (
        <p className="muted" role="note">No precomputed fits for this metric on this task; narrow the slice to get a live refit.</p>
      )}
      {wantRefit && <RefitStatus query={refit} />}
      <ChartOptions tab={tab} onTab={setTab} detail={detail} onDetail={setDetail} canDetail={applies && drawn.length > 0} />
      <div id="explore-tabpanel" role="tabpanel" aria-labelledby={`explore-tab-${tab}`}>
        {tab === "chart" ? (
          <>
            <ScalingScatter model={model} title={title} mechanics={mechanics} detail={detail}
              onPointClick={(p) => router.push(`/models/${encodeURIComponent(p.model)}`)}>
              {applies && <PlaceScatterLayers task={state.task} metric={metric} zoo />}
            </ScalingScatter>
            {applies && <PlaceLayerControls task={state.task} zoo />}
            {model.points.length > 0 && <ScalingLegend points={model.points} lines={model.lines} notes={notes} />}
            {detail && mechanics.length > 0 && (
              <p className="muted explore-mechanics-note">
                Hollow rings: the points each estimator fitted (binned-min: the lowest error in each of 5 equal compute bins, at the
                bin centre). Dotted verticals: bin edges. Shaded: pointwise 95% bootstrap band of each line.
              </p>
            )}
          </>
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
 * The table of fits and their sensitivity, a render behind the chart (useDeferredValue): their
 * backtest and sensitivity requests never hold up the new chart's paint. Busy while behind.
 */
const FitPanels = memo(function FitPanels({ fits }: { fits: readonly FitApiRow[] }) {
  const shown = useDeferredValue(fits);
  if (shown.length === 0) return null;
  return (
    <div className="explore-fit-panels" aria-busy={shown !== fits}>
      <FitTable fits={shown} />
      <FitSensitivity fits={shown.filter((f) => f.group !== "slice")} />
    </div>
  );
});
