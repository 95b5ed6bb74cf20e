import type { CurveSeries, CurveY } from "@/lib/models/curves";

/** Says which models lack top-5 upstream, and what is drawn for them in top-5 mode. */
export function Top5Note({ series, y }: { series: CurveSeries[]; y: CurveY }) {
  const lacking = series.filter((s) => s.missingTop5 > 0);
  if (lacking.length === 0) return null;
  const checkpoints = lacking.reduce((n, s) => n + s.missingTop5, 0);
  return (
    <details className="lc-note">
      <summary>
        Top-5 is missing upstream for {checkpoints} checkpoints of {lacking.length} model{lacking.length === 1 ? "" : "s"}
        {y === "top5" ? ": their top-1 is drawn instead, faded." : "."}
      </summary>
      <ul>
        {lacking.map((s) => <li key={s.model}>{s.model} ({s.missingTop5} checkpoints)</li>)}
      </ul>
    </details>
  );
}
