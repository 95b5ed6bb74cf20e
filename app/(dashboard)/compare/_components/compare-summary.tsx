import Link from "next/link";
import type { CompareRow } from "@/lib/compare/rows";
import { MIN_POINTS_FOR_CI, summarizeDifferences } from "@/lib/compare/rows";
import { taskLabel } from "@/lib/domain/tasks";
import { compareQuery, type CompareState } from "@/lib/url-state/compare";

/** Which tasks' exponents differ beyond the bootstrap uncertainty (Δα CI excludes 0). */
export function CompareSummary({ rows, state }: { rows: CompareRow[]; state: CompareState }) {
  const s = summarizeDifferences(rows);
  const link = (t: string) => <Link href={`/compare?${compareQuery({ ...state, task: t })}`} scroll={false}>{taskLabel(t)}</Link>;
  const list = (ts: string[]) => ts.map((t, i) => <span key={t}>{i > 0 && ", "}{link(t)}</span>);
  // LAION pools the three LAION subsets, so comparing it with one of them compares overlapping data.
  const nested = state.a === "LAION" && state.b.startsWith("LAION-") ? state.b : state.b === "LAION" && state.a.startsWith("LAION-") ? state.a : null;
  const fewA = rows.some((r) => r.a.ok && r.a.fewPoints);
  const fewB = rows.some((r) => r.b.ok && r.b.fewPoints);
  return (
    <section className="card compare-summary" aria-labelledby="compare-summary-title">
      <h2 id="compare-summary-title">
        <span data-testid="differ-count">{s.trusted.length}</span> of {s.comparable} tasks: {state.b} and {state.a} scale differently
      </h2>
      <p>
        Tasks where the 95% bootstrap interval of Δα = α<sub>{state.b}</sub> − α<sub>{state.a}</sub> excludes 0
        {s.trusted.length ? <>: {list(s.trusted)}.</> : <> — none.</>}
      </p>
      {s.fewPoints.length > 0 && (
        <p className="muted">
          Not counted ({s.fewPoints.length}), because a fit has fewer than {MIN_POINTS_FOR_CI} points: {list(s.fewPoints)}.
        </p>
      )}
      {nested && (
        <p className="muted">
          {state.a === "LAION" ? state.a : state.b} pools 80M, 400M and 2B, so it contains {nested}&apos;s models: the two fits share data and are not
          independent, which the bootstrap (resampling each group on its own) does not account for. Read Δα&apos;s interval as approximate.
        </p>
      )}
      {(fewA || fewB) && (
        <p className="muted">
          {[fewA && state.a, fewB && state.b].filter(Boolean).join(" and ")} has fewer than {MIN_POINTS_FOR_CI} models per task (CLIP-WIT has 3): a
          bootstrap of 3 points has only 10 distinct resamples, so its intervals are too coarse to mean much and are marked †.
        </p>
      )}
    </section>
  );
}
