"use client";
import { useQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { ScalingLegend } from "@/components/charts/scaling-legend";
import { ScalingScatter } from "@/components/charts/scaling-scatter";
import { taskLabel } from "@/lib/domain/tasks";
import { refitOptions } from "@/lib/api-client/refit";
import { buildChartModel, fitsApply } from "@/lib/explore/chart-model";
import { selectFits } from "@/lib/explore/fits";
import { effectiveMetric } from "@/lib/explore/metrics";
import { filterSlice, isNarrowed } from "@/lib/explore/slice";
import type { ExploreData } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import { exploreQuery } from "@/lib/url-state/explore-query";
import { FitSensitivity } from "./fit-sensitivity";
import { FitTable } from "./fit-table";
import { RefitStatus } from "./refit-status";

/**
 * The chart, its legend, the refit of a narrowed slice and the table of fits, for one state.
 * Memoised on the canonical query and the data object: an optimistic control update that leaves
 * them alone, or the server confirming a state already drawn, must not redraw the SVG.
 */
export const ExploreChart = memo(function ExploreChart({ state, data }: { state: ExploreState; data: ExploreData }) {
  const metric = effectiveMetric(state.task, state.metric);
  const rows = useMemo(() => filterSlice(data.rows, state), [data.rows, state]);
  const fits = useMemo(() => selectFits(data.fits, state.groups, metric, state.method), [data.fits, state.groups, metric, state.method]);
  const wantRefit = isNarrowed(state) && fitsApply(state.x, state.y) && rows.length > 0;
  const refit = useQuery({
    ...refitOptions({ task: state.task, metric, method: state.method, arch: state.arch, upstream: state.upstream, samples_seen: state.samples_seen }),
    enabled: wantRefit,
  });
  const refitFit = wantRefit && refit.data ? refit.data.fit : null;
  const model = useMemo(
    () => buildChartModel(rows, state.x, state.y, metric, refitFit ? [...fits, refitFit] : fits),
    [rows, state.x, state.y, metric, fits, refitFit],
  );
  const title = `${taskLabel(state.task)}: ${model.valueName} vs ${model.xAxis.label}`;
  const applies = fitsApply(state.x, state.y);
  return (
    <section aria-label="Scaling chart" className="explore-chart" data-task={state.task}>
      <h2 className="explore-title">{title}</h2>
      {model.fitsHidden && <p className="muted explore-fits-hidden" role="note">{model.fitsHidden}</p>}
      {applies && state.groups.length > 0 && fits.length === 0 && (
        <p className="muted" role="note">No precomputed fits for this metric on this task; narrow the slice to get a live refit.</p>
      )}
      {wantRefit && <RefitStatus query={refit} />}
      <ScalingScatter model={model} title={title} />
      {model.points.length > 0 && <ScalingLegend points={model.points} lines={model.lines} />}
      {applies && (fits.length > 0 || refitFit) && <FitTable fits={refitFit ? [...fits, refitFit] : fits} />}
      {applies && fits.length > 0 && <FitSensitivity fits={fits} />}
    </section>
  );
}, (a, b) => a.data === b.data && exploreQuery(a.state) === exploreQuery(b.state));
