import { archColor, GROUP_COLORS } from "@/lib/chart/palette";
import { denseLogTicks, logTicks } from "@/lib/chart/log-ticks";
import { formatTick, formatPct, formatSci } from "@/lib/format";
import { AtlasPlaceMarks } from "../place/atlas-place-marks";
import { AtlasMarker, r1 } from "./atlas-marker";

/** A fit line over its observed compute range (GMACs): E = A·C^α, or E∞ + A·C^α when eInf is set. */
export interface AtlasLine { alpha: number; A: number; xMin: number; xMax: number; eInf?: number | null }

const at = (l: AtlasLine, c: number) => (l.eInf ?? 0) + l.A * c ** l.alpha;
export interface AtlasPoint { compute: number; error: number; arch: string; upstream: string; model: string; name?: string }

const W = 240;
const H = 150;
const M = { l: 30, r: 14, t: 6, b: 18 };
const PW = W - M.l - M.r;
const PH = H - M.t - M.b;

/** Fit lines drawn in every panel: LAION solid, CLIP-WIT dashed (also told apart by colour). */
export const ATLAS_LINE_STYLE: Record<string, { color: string; dash?: string }> = {
  LAION: { color: GROUP_COLORS.LAION! },
  "CLIP-WIT": { color: GROUP_COLORS["CLIP-WIT"]!, dash: "5 3" },
};

/**
 * A small static log–log panel (error % vs compute GMACs) drawn as plain SVG on the server: 41 of
 * them stay cheap, need no hydration, and print. The x domain is shared and every y domain spans
 * the same decades (lib/atlas/y-scale), so slopes compare by eye; fit lines are clipped to the plot.
 * Each point has a native tooltip (SVG <title>) naming the model, its compute and its error.
 */
export function AtlasPanelChart({ id, label, points, lines, xDomain, yDomain, layer }: { id: string; label: string; points: AtlasPoint[]; lines: Record<string, AtlasLine | null>; xDomain: [number, number]; yDomain: [number, number] | null; layer?: { task: string; metric: string } }) {
  if (!yDomain || points.length === 0) return <p className="muted">No observations with a positive error.</p>;
  const [y0, y1] = yDomain;
  const [lx0, lx1] = [Math.log10(xDomain[0]), Math.log10(xDomain[1])];
  const [ly0, ly1] = [Math.log10(y0), Math.log10(y1)];
  // Rounded to 0.1 of a viewBox unit: invisible, and it keeps 41 panels' HTML and RSC payload small.
  const sx = (c: number) => r1(M.l + ((Math.log10(c) - lx0) / (lx1 - lx0)) * PW);
  const sy = (pct: number) => r1(M.t + ((ly1 - Math.log10(pct)) / (ly1 - ly0)) * PH);
  const xTicks = logTicks(xDomain[0], xDomain[1], 5);
  const yTicks = denseLogTicks(y0, y1, 4);
  const clip = `atlas-clip-${id.replace(/[^a-zA-Z0-9_-]/g, "_")}`;

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="atlas-svg" role="img" aria-label={label}>
      <defs><clipPath id={clip}><rect x={M.l} y={M.t} width={PW} height={PH} /></clipPath></defs>
      <rect x={M.l} y={M.t} width={PW} height={PH} fill="none" stroke="var(--border)" />
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={sx(t)} x2={sx(t)} y1={M.t} y2={M.t + PH} className="atlas-gridline" />
          <text x={sx(t)} y={H - 5} textAnchor="middle" className="atlas-tick">{formatTick(t)}</text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={M.l} x2={M.l + PW} y1={sy(t)} y2={sy(t)} className="atlas-gridline" />
          <text x={M.l - 3} y={r1(sy(t) + 3)} textAnchor="end" className="atlas-tick">{formatTick(t)}</text>
        </g>
      ))}
      {points.map((p, i) => (
        <g key={i} className="atlas-point">
          <title>{`${p.name ?? p.model}: error ${formatPct(p.error, 1)} at ${formatSci(p.compute, 2)} GMACs`}</title>
          <AtlasMarker upstream={p.upstream} x={sx(p.compute)} y={sy(p.error * 100)} r={2.6} fill={archColor(p.arch)} />
        </g>
      ))}
      <g clipPath={`url(#${clip})`}>
      {Object.entries(lines).map(([group, l]) => {
        if (!l) return null;
        const style = ATLAS_LINE_STYLE[group] ?? { color: "var(--fg)" };
        // A straight segment in log–log space is the whole power law between its two ends; a
        // saturating law bends, so it is drawn through 24 log-spaced points.
        if (l.eInf) {
          const cs = Array.from({ length: 25 }, (_, k) => l.xMin * (l.xMax / l.xMin) ** (k / 24));
          return <polyline key={group} points={cs.map((c) => `${sx(c)},${sy(100 * at(l, c))}`).join(" ")} fill="none" stroke={style.color} strokeWidth={1.8} strokeDasharray={style.dash} />;
        }
        return (
          <line key={group} x1={sx(l.xMin)} y1={sy(100 * at(l, l.xMin))} x2={sx(l.xMax)} y2={sy(100 * at(l, l.xMax))}
            stroke={style.color} strokeWidth={1.8} strokeDasharray={style.dash} />
        );
      })}
      </g>
      {layer && <AtlasPlaceMarks task={layer.task} metric={layer.metric} g={{ lx: [lx0, lx1], ly: [ly0, ly1], box: { l: M.l, t: M.t, w: PW, h: PH } }} />}
    </svg>
  );
}
