"use client";
import { useMemo, useState } from "react";
import { useViewState } from "@/components/hooks/use-view-state";
import { LearningCurveChart } from "@/components/charts/learning-curve-chart";
import { LearningCurveLegend } from "@/components/charts/learning-curve-legend";
import { FacetCheckboxes } from "@/components/ui/facet-checkboxes";
import { Select } from "@/components/ui/select";
import { archLabel } from "@/lib/domain/arch";
import { formatPct } from "@/lib/format";
import { COLLAPSE_SHARE } from "@/lib/models/collapse";
import { buildCurveSeries, type CurveSeries, type CurveY, type ModelCurve } from "@/lib/models/curves";
import { curveXAxis, curveYAxis } from "@/lib/models/curve-axes";
import type { Facets } from "@/lib/models/facets";
import { CURVES_PARAMS, type CurvesState } from "@/lib/url-state/learning-curves";

/**
 * Controls and one small multiple per architecture (shared axes). Filters are applied by the server
 * (the URL is pushed and the page re-renders with the matching curves); x and y are redrawn from
 * the curves already here.
 */
export function CurvesView({ curves, facets }: { curves: ModelCurve[]; facets: Facets }) {
  const { view, go, pending } = useViewState(CURVES_PARAMS);
  const [hover, setHover] = useState<string | null>(null);
  const series = useMemo(() => buildCurveSeries(curves, view.x, view.y), [curves, view.x, view.y]);
  const panels = useMemo(() => {
    const byArch = new Map<string, CurveSeries[]>();
    for (const s of series) byArch.set(s.arch, [...(byArch.get(s.arch) ?? []), s]);
    return [...byArch];
  }, [series]);
  const xAxis = curveXAxis(series, view.x);
  const yAxis = curveYAxis(series);
  return (
    <>
      <div className="controls" role="group" aria-label="Chart settings">
        <Select label="x axis" value={view.x} onChange={(e) => go({ ...view, x: e.target.value as CurvesState["x"] })}
          options={[["samples", "Samples seen (log)"], ["compute", "Compute so far, GMACs (log)"], ["epoch", "Epoch"], ["steps", "Steps (log)"]]} />
        <Select label="y axis" value={view.y} onChange={(e) => go({ ...view, y: e.target.value as CurvesState["y"] })}
          options={[["top1", "Top-1 accuracy"], ["top5", "Top-5 accuracy"]]} />
        <FacetCheckboxes legend="Architecture" name="arch" options={facets.arch} selected={view.arch} label={archLabel} onChange={(arch) => go({ ...view, arch })} />
        <FacetCheckboxes legend="Upstream data" name="upstream" options={facets.upstream} selected={view.upstream} onChange={(upstream) => go({ ...view, upstream })} />
        <FacetCheckboxes legend="Samples seen" name="samples_seen" options={facets.samples_seen} selected={view.samples_seen} onChange={(samples_seen) => go({ ...view, samples_seen })} />
      </div>
      <p className="muted" aria-live="polite" data-testid="lc-count">
        {series.length} model{series.length === 1 ? "" : "s"}, {series.reduce((n, s) => n + s.points.length, 0)} checkpoints{pending ? " (updating…)" : ""}; one panel per
        architecture with the same axes. Hover a line or its label to highlight it.
      </p>
      <Top5Note series={series} y={view.y} />
      <CollapseNote series={series} />
      {series.length === 0 ? (
        <p className="lc-empty" role="status">No model matches these filters: widen them.</p>
      ) : (
        <div className="lc-multiples" aria-busy={pending} data-lines={series.length} data-points={series.reduce((n, s) => n + s.points.length, 0)}>
          {panels.map(([arch, ss]) => (
            <LearningCurveChart key={arch} title={archLabel(arch)} series={ss} x={view.x} y={view.y} xAxis={xAxis} yAxis={yAxis} hover={hover} onHover={setHover} />
          ))}
        </div>
      )}
      <LearningCurveLegend series={series} />
    </>
  );
}

/** Says which models lack top-5 upstream, and what is drawn for them in top-5 mode. */
function Top5Note({ series, y }: { series: CurveSeries[]; y: CurveY }) {
  const lacking = series.filter((s) => s.missingTop5 > 0);
  if (lacking.length === 0) return null;
  const checkpoints = lacking.reduce((n, s) => n + s.missingTop5, 0);
  return (
    <details className="lc-note">
      <summary>
        Top-5 is missing upstream for {checkpoints} checkpoints of {lacking.length} model{lacking.length === 1 ? "" : "s"}
        {y === "top5" ? ": their top-1 is drawn instead, faded." : "."}
      </summary>
      <ul>
        {lacking.map((s) => <li key={s.model}>{s.model} ({s.missingTop5} checkpoints)</li>)}
      </ul>
    </details>
  );
}

/** Lists the collapsed checkpoints marked on the chart (top-1 below half the run's best so far). */
function CollapseNote({ series }: { series: CurveSeries[] }) {
  const hits = series.flatMap((s) => s.points.filter((p) => p.collapsed).map((p) => ({ s, p })));
  if (hits.length === 0) return null;
  return (
    <p className="lc-collapse-note" role="note" data-testid="lc-collapsed">
      <span aria-hidden="true" className="lc-collapse-key">⊗</span> {hits.length} collapsed checkpoint{hits.length === 1 ? "" : "s"} (top-1 below{" "}
      {COLLAPSE_SHARE * 100}% of the run&apos;s best earlier top-1):{" "}
      {hits.map(({ s, p }, i) => (
        <span key={`${s.model}-${p.epoch}`} title={s.model}>
          {i > 0 && "; "}{archLabel(s.arch)} · {s.upstream} · {s.samplesSeenPretty} at epoch {p.epoch} ({formatPct(p.top1, 1)})
        </span>
      ))}.
    </p>
  );
}
