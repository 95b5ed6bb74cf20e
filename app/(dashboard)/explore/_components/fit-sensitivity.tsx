"use client";
import { useQueries } from "@tanstack/react-query";
import type { FitApiRow } from "@/lib/api/rows";
import { sensitivityOptions, type SensitivityApiRow } from "@/lib/api-client/sensitivity";
import { GROUP_COLORS } from "@/lib/chart/palette";
import { groupLabel } from "@/lib/explore/fits";
import { sensitivityText } from "@/lib/explore/sensitivity-text";
import { formatAlpha } from "@/lib/format";

/** How each precomputed fit moves with the binning and without each model (/api/v1/sensitivity). */
export function FitSensitivity({ fits }: { fits: readonly FitApiRow[] }) {
  const shown = fits.filter((f) => f.group !== "slice" && f.status === "ok");
  const results = useQueries({ queries: shown.map((f) => sensitivityOptions({ task: f.task, metric: f.metric, group: f.group, method: f.method })) });
  if (shown.length === 0) return null;
  return (
    <section className="fit-sensitivity" aria-label="Sensitivity of the fits">
      <h3>Sensitivity of α</h3>
      <ul>
        {shown.map((f, i) => {
          const q = results[i]!;
          const color = GROUP_COLORS[f.group] ?? "#999";
          return (
            <li key={`${f.group}-${f.method}`} data-group={f.group} data-method={f.method}>
              <span className="scaling-swatch" style={{ background: color }} aria-hidden />
              {groupLabel(f.group)} ({f.method}):{" "}
              {q.isPending ? <span className="muted">computing…</span> : q.isError ? <span className="muted">unavailable ({q.error.message})</span> : (
                <>
                  <span data-testid="sensitivity-text">{sensitivityText(f.method, q.data.summary)}</span>
                  <AlphaStrip rows={q.data.rows} color={color} label={`α per variant, ${groupLabel(f.group)} (${f.method})`} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const W = 360;
const H = 54;

/** A one-line dot plot of α per variant: the fit itself as a bar, bins/eps variants as squares, leave-outs as circles. */
function AlphaStrip({ rows, color, label }: { rows: SensitivityApiRow[]; color: string; label: string }) {
  const ok = rows.filter((r): r is SensitivityApiRow & { slope: number } => r.slope !== null);
  if (ok.length === 0) return null;
  let lo = Math.min(...ok.map((r) => r.slope));
  let hi = Math.max(...ok.map((r) => r.slope));
  if (hi - lo < 1e-6) { lo -= 0.005; hi += 0.005; }
  const sx = (v: number) => 10 + ((v - lo) / (hi - lo)) * (W - 20);
  const tick = formatAlpha;
  return (
    <svg className="sensitivity-strip" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${label}: from ${tick(lo)} to ${tick(hi)}`}>
      <line x1={10} x2={W - 10} y1={24} y2={24} stroke="var(--border)" />
      {ok.map((r) => {
        const x = sx(r.slope);
        if (r.variant === "all") return <line key={r.variant} x1={x} x2={x} y1={8} y2={40} stroke="var(--fg)" strokeWidth={2}><title>{`the fit: α = ${tick(r.slope)}`}</title></line>;
        const leave = r.variant.startsWith("leave-out:");
        return leave
          ? <circle key={r.variant} cx={x} cy={30} r={3} fill={color} fillOpacity={0.6}><title>{`${r.variant}: α = ${tick(r.slope)}`}</title></circle>
          : <rect key={r.variant} x={x - 3} y={13} width={6} height={6} fill="none" stroke={color}><title>{`${r.variant}: α = ${tick(r.slope)}`}</title></rect>;
      })}
      <text x={10} y={52} fontSize={10} fill="currentColor">α {tick(lo)}</text>
      <text x={W - 10} y={52} fontSize={10} textAnchor="end" fill="currentColor">{tick(hi)}</text>
    </svg>
  );
}
