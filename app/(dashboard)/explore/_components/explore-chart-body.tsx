"use client";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { ScalingLegend } from "@/components/charts/scaling-legend";
import { ScalingScatter } from "@/components/charts/scaling-scatter";
import { PlaceScatterLayers } from "@/components/place/place-layer";
import { PlaceLayerControls } from "@/components/place/place-layer-controls";
import type { FitApiRow } from "@/lib/api/rows";
import type { Metric } from "@/lib/domain/metrics";
import { buildChartModel } from "@/lib/explore/chart-model";
import type { ExploreData } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import { chartInputs } from "./chart-inputs";
import { useIsShown } from "./shown-task";
import { useMechanics } from "./use-mechanics";

/** One drawn chart: a state (`query` is its canonical URL query), its task's data, a slice's refit, the size. */
export interface BodyProps { state: ExploreState; query: string; data: ExploreData; refit: FitApiRow | null; detail: boolean; width: number }

/** Whether two bodies draw the same thing (the chart stack's memo: a hidden chart shown again is not redrawn). */
export const sameBody = (a: BodyProps, b: BodyProps) =>
  a.query === b.query && a.data === b.data && a.refit === b.refit && a.detail === b.detail && a.width === b.width;

/**
 * The chart tab of /explore: the chart model (axes, ticks, fit lines), the bands re-run in the
 * browser, recharts, the "your models" layers and the legend. One chunk loaded on demand after the
 * page's first JavaScript (recharts, d3-scale, d3-shape and lib/fit are most of /explore's code).
 */
export function ExploreChartBody({ state, query, data, refit, detail, width }: BodyProps) {
  const router = useRouter();
  const { metric, rows, drawn, applies, title } = useMemo(() => chartInputs(state, data, refit), [query, data, refit]); // eslint-disable-line react-hooks/exhaustive-deps
  const model = useMemo(() => buildChartModel(rows, state.x, state.y, metric, drawn), [rows, state.x, state.y, metric, drawn]);
  const { mechanics, notes } = useMechanics(data.rows, rows, applies ? drawn : [], metric, applies);
  return (
    <>
      <ScalingScatter model={model} title={title} width={width} mechanics={mechanics} detail={detail}
        onPointClick={(p) => router.push(`/models/${encodeURIComponent(p.model)}`)}>
        {applies && <PlaceLayers task={state.task} metric={metric} />}
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
  );
}

/** "Your models", and the public zoo (one request per task) only while this chart is the one shown. */
function PlaceLayers({ task, metric }: { task: string; metric: Metric }) {
  return <PlaceScatterLayers task={task} metric={metric} zoo={useIsShown(task)} />;
}
