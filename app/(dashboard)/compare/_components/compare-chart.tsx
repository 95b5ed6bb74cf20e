import { CompareOverlay, type OverlayGroup } from "@/components/charts/compare-overlay";
import { PlaceLayerControls, PlaceScatterLayers } from "@/components/place/place-layer";
import type { ComparePoint } from "@/db/services/compare";
import { formatAlpha, formatAlphaCi, formatCoef } from "@/lib/format";
import type { CompareRow, GroupFit } from "@/lib/compare/rows";
import { GROUP_COLORS } from "@/lib/chart/palette";
import { GROUP_LABELS, type FitGroup } from "@/lib/domain/groups";
import { METRIC_LABELS, type Metric } from "@/lib/domain/metrics";
import { taskLabel } from "@/lib/domain/tasks";

/** The overlay chart of one task with an HTML legend giving each group's law, α with its CI, and n. */
export function CompareChart({ row, points, a, b }: { row: CompareRow; points: { a: ComparePoint[]; b: ComparePoint[] }; a: FitGroup; b: FitGroup }) {
  const entry = (g: FitGroup, f: GroupFit, pts: ComparePoint[]): OverlayGroup => ({
    group: g, label: g, points: pts, fit: f.ok ? { alpha: f.alpha, A: f.A, xMin: f.range[0], xMax: f.range[1] } : null,
  });
  const legend = ([[a, row.a], [b, row.b]] as const).map(([g, f]) => (
    <li key={g}>
      <span className="compare-swatch" style={{ background: GROUP_COLORS[g] }} aria-hidden="true" /> <strong>{g}</strong> <span className="muted">{GROUP_LABELS[g]}</span>:{" "}
      {f.ok ? (
        <>
          <span className="formula">E = {formatCoef(f.A)}·C^{formatAlpha(f.alpha)}</span>, α = {formatAlpha(f.alpha)} {formatAlphaCi(f.alphaCi, 3, "")}, n = {f.n} ({f.nFit} fitted)
          {f.ciReason && <span className="muted"> — {f.ciReason}</span>}
        </>
      ) : <span className="muted">no fit ({f.reason})</span>}
    </li>
  ));
  return (
    <figure className="compare-figure">
      <figcaption>
        <strong>{taskLabel(row.task)}</strong>: error (1 − {METRIC_LABELS[row.metric as Metric] ?? row.metric}) vs compute, {a} and {b}, with their laws
        fitted by <strong>{row.method}</strong> for both{row.methodNote ? ` (${row.methodNote})` : ""}.
      </figcaption>
      <CompareOverlay groups={[entry(a, row.a, points.a), entry(b, row.b, points.b)]}>
        <PlaceScatterLayers task={row.task} metric={row.metric} xKey="compute" yKey="errorPct" />
      </CompareOverlay>
      <PlaceLayerControls task={row.task} />
      <ul className="compare-legend">{legend}</ul>
    </figure>
  );
}
