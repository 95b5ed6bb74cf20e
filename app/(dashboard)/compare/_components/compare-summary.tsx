import Link from "next/link";
import type { CompareRow } from "@/lib/compare/rows";
import type { Judgement } from "@/lib/compare/significance";
import { taskLabel } from "@/lib/domain/tasks";
import { compareQuery, type CompareState } from "@/lib/url-state/compare";

/**
 * The headline: how many testable tasks differ after the correction. It reads the same Judgement
 * (lib/compare/significance) as the table's markers, so the two agree row by row.
 */
export function CompareSummary({ rows, judgement, state }: { rows: CompareRow[]; judgement: Judgement; state: CompareState }) {
  const link = (t: string) => <Link href={`/compare?${compareQuery({ ...state, task: t })}`} scroll={false}>{taskLabel(t)}</Link>;
  const list = (ts: string[]) => ts.map((t, i) => <span key={t}>{i > 0 && ", "}{link(t)}</span>);
  const { correction, differ, testable, untestable } = judgement;
  // Untestable tasks grouped by their reason (usually one: a group with fewer than 5 fitted points).
  const reasons = new Map<string, string[]>();
  for (const u of untestable) reasons.set(u.reason, [...(reasons.get(u.reason) ?? []), u.task]);
  const binned = rows.filter((r) => r.method === "binned-min").length;
  const ols = rows.filter((r) => r.method === "ols").length;
  // LAION pools the three LAION subsets, so comparing it with one of them compares overlapping data.
  const nested = state.a === "LAION" && state.b.startsWith("LAION-") ? state.b : state.b === "LAION" && state.a.startsWith("LAION-") ? state.a : null;
  return (
    <section className="card compare-summary" aria-labelledby="compare-summary-title">
      <h2 id="compare-summary-title">
        <span data-testid="differ-count">{differ.length}</span> of <span data-testid="testable-count">{testable}</span> testable tasks: {state.b} and{" "}
        {state.a} scale differently
        <span className="muted"> ({rows.length} tasks; {correction.name}, {correction.fdr * 100}% false discovery rate)</span>
      </h2>
      <p>
        A task differs when Δα = α<sub>{state.b}</sub> − α<sub>{state.a}</sub> is non-zero after the {correction.name} correction at a{" "}
        {correction.fdr * 100}% false discovery rate, applied to the two-sided bootstrap p-values of the {testable} testable tasks
        {differ.length ? <>: {list(differ)}.</> : <> — none.</>}
      </p>
      <p className="muted" data-testid="compare-method">
        Estimator, the same for both groups:{" "}
        {state.method === "paper"
          ? <>binned-min for both on {binned} task{binned === 1 ? "" : "s"}, OLS for both on {ols} (where binned-min would fit fewer than 5 bin minima in a group); see each row.</>
          : <>{state.method} for both on every task.</>}
      </p>
      {untestable.length > 0 && (
        <div className="muted" data-testid="untestable">
          Not testable ({untestable.length}):
          <ul>
            {[...reasons].map(([reason, ts]) => (
              <li key={reason}>{reason} — {ts.length === rows.length ? "every task" : list(ts)}</li>
            ))}
          </ul>
        </div>
      )}
      {nested && (
        <p className="muted">
          {state.a === "LAION" ? state.a : state.b} pools 80M, 400M and 2B, so it contains {nested}&apos;s models: the two fits share data and are not
          independent, which the bootstrap (resampling each group on its own) does not account for. Read Δα&apos;s interval as approximate.
        </p>
      )}
    </section>
  );
}
