"use client";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { ScalingLegend } from "@/components/charts/scaling-legend";
import { ScalingScatter } from "@/components/charts/scaling-scatter";
import { PlaceScatterLayers } from "@/components/place/place-layer";
import { PlaceLayerControls } from "@/components/place/place-layer-controls";
import type { Metric } from "@/lib/domain/metrics";
import type { FitApiRow } from "@/lib/api/rows";
import { buildChartModel } from "@/lib/explore/chart-model";
import type { ExploreRow } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import { useMechanics } from "./use-mechanics";

/**
 * The chart tab of /explore: the chart model (axes, ticks, fit lines), the bands re-run in the
 * browser, recharts, the "your models" layers and the legend. One chunk loaded on demand after the
 * page's first JavaScript (recharts, d3-scale, d3-shape and lib/fit are most of /explore's code).
 */
export function ExploreChartBody({ state, all, rows, fits, metric, applies, detail, title }: {
  state: ExploreState; all: readonly ExploreRow[]; rows: readonly ExploreRow[]; fits: readonly FitApiRow[];
  metric: Metric; applies: boolean; detail: boolean; title: string;
}) {
  const router = useRouter();
  const model = useMemo(() => buildChartModel(rows, state.x, state.y, metric, fits), [rows, state.x, state.y, metric, fits]);
  const { mechanics, notes } = useMechanics(all, rows, applies ? fits : [], metric, applies);
  return (
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
  );
}
