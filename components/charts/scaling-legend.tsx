"use client";
import { ARCH_ORDER, archColor } from "@/lib/chart/palette";
import { archLabel } from "@/lib/domain/arch";
import { UPSTREAMS } from "@/lib/domain/groups";
import type { PlotLine, PlotPoint } from "@/lib/explore/types";
import { MarkerGlyph } from "./scaling-markers";

const SAMPLES = ["3B", "13B", "34B"];

/** HTML legend of a scaling chart: colour = architecture, shape = upstream data, size = samples seen, and the fit lines. */
export function ScalingLegend({ points, lines }: { points: readonly PlotPoint[]; lines: readonly PlotLine[] }) {
  const present = (key: "arch" | "upstream" | "samplesSeenPretty", order: readonly string[]) => {
    const seen = new Set(points.map((p) => p[key]));
    return [...order.filter((v) => seen.has(v)), ...[...seen].filter((v) => !order.includes(v)).sort()];
  };
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
            <li key={l.key}>
              <svg width="36" height="10" aria-hidden>
                <line x1="0" y1="5" x2="20" y2="5" stroke={l.color} strokeWidth="2" />
                <line x1="22" y1="5" x2="36" y2="5" stroke={l.color} strokeWidth="2" strokeDasharray="4 3" />
              </svg>
              <span className="formula">{l.label}</span>
            </li>
          ))}
          <li className="muted">Solid over the compute range of the fitted models, dashed where extrapolated.</li>
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
