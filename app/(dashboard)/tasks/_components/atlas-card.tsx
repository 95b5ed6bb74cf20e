import Link from "next/link";
import { ATLAS_LINE_STYLE, AtlasPanelChart, type AtlasLine } from "@/components/charts/atlas-panel";
import type { AtlasFit, AtlasPanel } from "@/db/queries/atlas";
import { formatAlpha, formatAlphaCi } from "@/lib/compare/format";
import { METRIC_LABELS, type Metric } from "@/lib/domain/metrics";
import { taskLabel } from "@/lib/domain/tasks";
import { formatLaw, formatNum } from "@/lib/format";

const isFit = (f: AtlasFit | { reason: string }): f is AtlasFit => "alpha" in f;

/** One task of the atlas: a link to /explore holding the title, the static chart and both fits' α. */
export function AtlasCard({ panel, xDomain, method }: { panel: AtlasPanel; xDomain: [number, number]; method: string }) {
  const q = new URLSearchParams({ task: panel.task });
  if (method !== "paper") q.set("method", method);
  const lines: Record<string, AtlasLine | null> = {};
  for (const [g, f] of Object.entries(panel.fits)) lines[g] = isFit(f) ? f : null;
  const summary = Object.entries(panel.fits).map(([g, f]) => (isFit(f) ? `${g} α = ${formatAlpha(f.alpha)}` : `${g}: no fit`)).join("; ");
  return (
    <Link href={`/explore?${q}`} prefetch={false} className="atlas-card" data-task={panel.task}>
      <h2 className="atlas-title">{taskLabel(panel.task)}{taskLabel(panel.task) !== panel.task && <span className="muted"> {panel.task}</span>}</h2>
      <p className="atlas-metric muted">error = 1 − {METRIC_LABELS[panel.metric as Metric] ?? panel.metric}</p>
      <AtlasPanelChart label={`${taskLabel(panel.task)}: error vs compute, ${panel.points.length} models; ${summary}`} points={panel.points} lines={lines} xDomain={xDomain} />
      <dl className="atlas-fits">
        {Object.entries(panel.fits).map(([g, f]) => (
          <div key={g}>
            <dt>
              <svg width="16" height="8" aria-hidden="true"><line x1="0" x2="16" y1="4" y2="4" stroke={ATLAS_LINE_STYLE[g]?.color} strokeWidth="2" strokeDasharray={ATLAS_LINE_STYLE[g]?.dash} /></svg>
              {g === "LAION" ? "LAION (pooled)" : g}:
            </dt>{" "}
            <dd>
              {isFit(f) ? (
                <>
                  α = {formatAlpha(f.alpha)}{" "}
                  {f.alphaCi ? formatAlphaCi(f.alphaCi) : <span className="muted">({f.ciReason ?? "no interval"})</span>}, n = {f.n}
                  , R² = {formatNum(f.r2, 2)}{f.nFit !== null && <> on n_fit = {f.nFit}</>}
                  <span className="formula atlas-law">{formatLaw(f.A, f.alpha, f.eInf)}</span>
                </>
              ) : (
                <span className="muted">no fit: {f.reason}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Link>
  );
}
