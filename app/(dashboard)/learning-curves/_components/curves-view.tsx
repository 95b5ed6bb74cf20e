"use client";
import { useMemo } from "react";
import { useUrlState } from "@/components/hooks/use-url-state";
import { LearningCurveChart } from "@/components/charts/learning-curve-chart";
import { LearningCurveLegend } from "@/components/charts/learning-curve-legend";
import { FacetCheckboxes } from "@/components/ui/facet-checkboxes";
import { archLabel } from "@/lib/domain/arch";
import { buildCurveSeries, type ModelCurve } from "@/lib/models/curves";
import type { Facets } from "@/lib/models/facets";
import { curvesQuery, type CurvesState } from "@/lib/url-state/learning-curves";
import { Top5Note } from "./top5-note";

/**
 * Controls, chart and legend. Filters are applied by the server (the URL is pushed and the page
 * re-renders with the matching curves); x and y are redrawn from the curves already here.
 */
export function CurvesView({ curves, facets, state }: { curves: ModelCurve[]; facets: Facets; state: CurvesState }) {
  const { view, go, pending } = useUrlState(state, "/learning-curves", curvesQuery);
  const series = useMemo(() => buildCurveSeries(curves, view.x, view.y), [curves, view.x, view.y]);
  return (
    <>
      <div className="controls" role="group" aria-label="Chart settings">
        <label>
          x axis{" "}
          <select value={view.x} onChange={(e) => go({ ...view, x: e.target.value as CurvesState["x"] })}>
            <option value="samples">Samples seen (log)</option>
            <option value="epoch">Epoch</option>
            <option value="steps">Steps (log)</option>
          </select>
        </label>
        <label>
          y axis{" "}
          <select value={view.y} onChange={(e) => go({ ...view, y: e.target.value as CurvesState["y"] })}>
            <option value="top1">Top-1 accuracy</option>
            <option value="top5">Top-5 accuracy</option>
          </select>
        </label>
        <FacetCheckboxes legend="Architecture" name="arch" options={facets.arch} selected={view.arch} label={archLabel} onChange={(arch) => go({ ...view, arch })} />
        <FacetCheckboxes legend="Upstream data" name="upstream" options={facets.upstream} selected={view.upstream} onChange={(upstream) => go({ ...view, upstream })} />
        <FacetCheckboxes legend="Samples seen" name="samples_seen" options={facets.samples_seen} selected={view.samples_seen} onChange={(samples_seen) => go({ ...view, samples_seen })} />
      </div>
      <p className="muted" aria-live="polite" data-testid="lc-count">
        {series.length} model{series.length === 1 ? "" : "s"}, {series.reduce((n, s) => n + s.points.length, 0)} checkpoints{pending ? " (updating…)" : ""}.
      </p>
      <Top5Note series={series} y={view.y} />
      <div aria-busy={pending}>
        <LearningCurveChart series={series} x={view.x} y={view.y} />
      </div>
      <LearningCurveLegend series={series} />
    </>
  );
}
