import { archColor } from "@/lib/chart/palette";
import { archLabel } from "@/lib/domain/arch";
import type { CurveSeries } from "@/lib/models/curves";
import { samplesWidth, UPSTREAM_DASH } from "@/lib/models/curve-style";

function Swatch({ color = "currentColor", dash, width = 2 }: { color?: string; dash?: string; width?: number }) {
  return (
    <svg width="34" height="10" aria-hidden="true" className="lc-swatch">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Key to the encodings: colour = architecture, dash = upstream dataset, width = samples seen. */
export function LearningCurveLegend({ series }: { series: CurveSeries[] }) {
  const archs = uniq(series.map((s) => s.arch));
  const upstreams = uniq(series.map((s) => s.upstream));
  const samples = uniq(series.map((s) => s.samplesSeenPretty));
  return (
    <div className="lc-legend" aria-label="Legend">
      <div><span className="muted">Colour · architecture:</span>{archs.map((a) => <span key={a} className="lc-key"><Swatch color={archColor(a)} width={3} />{archLabel(a)}</span>)}</div>
      <div><span className="muted">Line · upstream data:</span>{upstreams.map((u) => <span key={u} className="lc-key"><Swatch dash={UPSTREAM_DASH[u]} />{u}</span>)}</div>
      <div><span className="muted">Width · samples seen:</span>{samples.map((p) => <span key={p} className="lc-key"><Swatch width={samplesWidth(p)} />{p}</span>)}</div>
    </div>
  );
}
