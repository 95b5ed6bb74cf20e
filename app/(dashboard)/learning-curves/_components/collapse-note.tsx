import { archLabel } from "@/lib/domain/arch";
import { COLLAPSE_SHARE } from "@/lib/models/collapse";
import type { CurveSeries } from "@/lib/models/curves";
import { formatPct } from "@/lib/format";

/** Lists the collapsed checkpoints marked on the chart (top-1 below half the run's best so far). */
export function CollapseNote({ series }: { series: CurveSeries[] }) {
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
