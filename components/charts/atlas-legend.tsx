import { archColor, ARCH_ORDER } from "@/lib/chart/palette";
import { archLabel } from "@/lib/domain/arch";
import { GROUP_LABELS, UPSTREAMS, type FitGroup } from "@/lib/domain/groups";
import { AtlasMarker } from "./atlas-marker";
import { ATLAS_LINE_STYLE } from "./atlas-panel";

const swatch = { width: 18, height: 12, style: { verticalAlign: "middle" } } as const;

/** Shared legend and axis caption of the atlas: colours = architecture, shapes = dataset, lines = fit group. */
export function AtlasLegend() {
  return (
    <div className="atlas-legend" aria-label="Legend">
      <p className="muted">
        Every panel: <strong>x</strong> total compute C in GMACs, <strong>y</strong> error (1 − the task&apos;s primary metric) in %, both on
        log scales; the x axis is the same in all panels. Lines are fits E = A·C<sup>α</sup> over each group&apos;s observed compute.
      </p>
      <ul>
        {ARCH_ORDER.map((a) => (
          <li key={a}><svg {...swatch} aria-hidden="true"><circle cx={9} cy={6} r={4} fill={archColor(a)} /></svg>{archLabel(a)}</li>
        ))}
        {UPSTREAMS.map((u) => (
          <li key={u}><svg {...swatch} aria-hidden="true"><AtlasMarker upstream={u} x={9} y={6} r={4} fill="var(--muted)" /></svg>{u}</li>
        ))}
        {Object.entries(ATLAS_LINE_STYLE).map(([g, s]) => (
          <li key={g}>
            <svg {...swatch} aria-hidden="true"><line x1={0} x2={18} y1={6} y2={6} stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} /></svg>
            {GROUP_LABELS[g as FitGroup]} fit
          </li>
        ))}
      </ul>
    </div>
  );
}
