import Link from "next/link";
import { ATLAS_LINE_STYLE, AtlasPanelChart, type AtlasLine } from "@/components/charts/atlas-panel";
import type { AtlasFit, AtlasPanel } from "@/lib/atlas/panels";
import { doesNotScale } from "@/lib/atlas/flags";
import { METRIC_LABELS, type Metric } from "@/lib/domain/metrics";
import { taskLabel, taskOption } from "@/lib/domain/tasks";
import { formatNum, formatSigSigned } from "@/lib/format";

const isFit = (f: AtlasFit | { reason: string }): f is AtlasFit => "alpha" in f;
const sig2 = (v: number) => formatSigSigned(v, 2);

/** One task of the atlas: a link to /explore holding the title, the static chart and both fits' α. */
export function AtlasCard({ panel, xDomain, yDomain, method }: { panel: AtlasPanel; xDomain: [number, number]; yDomain: [number, number] | null; method: string }) {
  const q = new URLSearchParams({ task: panel.task });
  if (method !== "paper") q.set("method", method);
  const lines: Record<string, AtlasLine | null> = {};
  for (const [g, f] of Object.entries(panel.fits)) lines[g] = isFit(f) ? f : null;
  const summary = Object.entries(panel.fits).map(([g, f]) => (isFit(f) ? `${g} α = ${sig2(f.alpha)}` : `${g}: no fit`)).join("; ");
  const title = taskOption(panel.task)[1];
  const flat = Object.entries(panel.fits).filter(([, f]) => isFit(f) && doesNotScale(f)).map(([g]) => g);
  return (
    <Link href={`/explore?${q}`} prefetch={false} className="atlas-card" data-task={panel.task} data-does-not-scale={flat.join(",") || undefined}>
      <h2 className="atlas-title" title={title}>
        {taskLabel(panel.task)}{taskLabel(panel.task) !== panel.task && <span className="muted"> {panel.task}</span>}
      </h2>
      <p className="atlas-metric muted">error = 1 − {METRIC_LABELS[panel.metric as Metric] ?? panel.metric}</p>
      <AtlasPanelChart id={panel.task} label={`${taskLabel(panel.task)}: error vs compute, ${panel.points.length} models; ${summary}`} points={panel.points}
        lines={lines} xDomain={xDomain} yDomain={yDomain} layer={{ task: panel.task, metric: panel.metric }} />
      <dl className="atlas-fits">
        {Object.entries(panel.fits).map(([g, f]) => (
          <div key={g} data-group={g}>
            <dt>
              <svg width="16" height="8" aria-hidden="true"><line x1="0" x2="16" y1="4" y2="4" stroke={ATLAS_LINE_STYLE[g]?.color} strokeWidth="2" strokeDasharray={ATLAS_LINE_STYLE[g]?.dash} /></svg>
              {g === "LAION" ? "LAION (pooled)" : g}:
            </dt>{" "}
            <dd>
              {isFit(f) ? (
                <>
                  <span data-alpha>α = {sig2(f.alpha)}</span>{" "}
                  {f.alphaCi ? <span className="atlas-ci">[{sig2(f.alphaCi[0])}, {sig2(f.alphaCi[1])}]</span> : <abbr className="muted" title={f.ciReason ?? ""}>no interval</abbr>}
                  , n = {f.n}, R² = {formatNum(f.r2, 2)} <span className="muted">({f.nFit} fitted)</span>
                  {doesNotScale(f) && (
                    <strong className="atlas-flag" title={f.alpha >= 0 ? "α ≥ 0: error does not fall with compute" : "α's 95% interval includes 0"}> does not scale</strong>
                  )}
                  <span className="formula atlas-law">E = {f.eInf !== null && <>{formatNum(f.eInf, 3)} + </>}{formatNum(f.A, 3)}·C<sup>{sig2(f.alpha)}</sup></span>
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
