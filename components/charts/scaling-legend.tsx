import { ARCH_ORDER, archColor } from "@/lib/chart/palette";
import { archLabel } from "@/lib/domain/arch";
import { UPSTREAMS } from "@/lib/domain/groups";
import { inOrder } from "@/lib/explore/options";
import type { PlotLine, PlotPoint } from "@/lib/explore/types";
import { FitLineSwatch } from "./fit-line-swatch";
import { MarkerGlyph } from "./scaling-markers";

const SAMPLES = ["3B", "13B", "34B"];

/**
 * The one legend of scaling charts (/, /explore): colour = architecture, shape = upstream data,
 * size = samples seen, and each fit line with its group's colour and dash. `notes` adds a line
 * under a fit (e.g. why it has no band).
 */
export function ScalingLegend({ points, lines, notes = {} }: { points: readonly PlotPoint[]; lines: readonly PlotLine[]; notes?: Record<string, string> }) {
  const present = (key: "arch" | "upstream" | "samplesSeenPretty", order: readonly string[]) =>
    inOrder([...new Set(points.map((p) => p[key]))], order);
  return (
    <div className="scaling-legend">
      <dl>
        <dt>Colour: architecture</dt>
        {present("arch", ARCH_ORDER).map((a) => (
          <dd key={a}><span className="scaling-swatch" style={{ background: archColor(a) }} aria-hidden />{archLabel(a)}</dd>
        ))}
        <dt>Shape: upstream data</dt>
        {present("upstream", UPSTREAMS).map((u) => (
          <dd key={u}><Glyph upstream={u} samples="13B" />{u === "CLIP-WIT" ? "OpenAI WIT (CLIP-WIT)" : u}</dd>
        ))}
        <dt>Size: samples seen</dt>
        {present("samplesSeenPretty", SAMPLES).map((s) => (
          <dd key={s}><Glyph upstream="LAION-400M" samples={s} />{s}</dd>
        ))}
      </dl>
      {lines.length > 0 && (
        <ul className="scaling-fit-legend" aria-label="Fit lines">
          {lines.map((l) => (
            <li key={l.key} data-group={l.group}>
              <FitLineSwatch group={l.group} />
              <span className="formula">{l.label}</span>
              {notes[l.key] && <span className="muted fit-legend-note"> — {notes[l.key]}</span>}
            </li>
          ))}
          <li className="muted">Each line spans only the compute range of the models it was fitted to.</li>
        </ul>
      )}
    </div>
  );
}

function Glyph({ upstream, samples }: { upstream: string; samples: string }) {
  return (
    <svg width="18" height="18" aria-hidden className="scaling-glyph">
      <MarkerGlyph cx={9} cy={9} upstream={upstream} samplesSeenPretty={samples} fill="var(--fg)" />
    </svg>
  );
}
