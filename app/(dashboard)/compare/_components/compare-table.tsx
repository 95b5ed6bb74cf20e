import Link from "next/link";
import { formatAlpha, formatAlphaCi, formatCoef, formatCoefCi, formatMultiplier } from "@/lib/compare/format";
import type { CompareRow, GroupFit } from "@/lib/compare/rows";
import { taskLabel } from "@/lib/domain/tasks";
import { formatSci } from "@/lib/format";
import { compareQuery, type CompareState } from "@/lib/url-state/compare";

const POSITION = { both: "inside both observed ranges", one: "inside one group's range only", outside: "extrapolated: outside both ranges" } as const;
const FEW = "† fewer than 5 points: the interval is not meaningful";

function AlphaCell({ f, col }: { f: GroupFit; col: string }) {
  if (!f.ok) return <td data-col={col} className="muted">no fit ({f.reason})</td>;
  return (
    <td data-col={col}>
      <span data-value>{formatAlpha(f.alpha)}</span> <span className="compare-ci">{formatAlphaCi(f.alphaCi)}</span>
      {f.fewPoints && <abbr title={FEW}>†</abbr>}
      <span className="compare-n"> n={f.n}</span>
    </td>
  );
}

function CoefCell({ f, col }: { f: GroupFit; col: string }) {
  if (!f.ok) return <td data-col={col} className="muted">–</td>;
  return <td data-col={col}><span data-value>{formatCoef(f.A)}</span> <span className="compare-ci">{formatCoefCi(f.aCi)}</span></td>;
}

/** Per-task table: both laws with 95% CIs, Δα with its bootstrap CI, the crossing C* and the compute multiplier. */
export function CompareTable({ rows, state }: { rows: CompareRow[]; state: CompareState }) {
  const { a, b } = state;
  return (
    <div className="table-wrap">
      <table className="compare-table">
        <caption className="muted">α and A from the precomputed fits ({state.method}); [95% bootstrap interval]; n = models in the fit.</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">α {a}</th><th scope="col">A {a}</th>
            <th scope="col">α {b}</th><th scope="col">A {b}</th>
            <th scope="col">Δα = α<sub>b</sub> − α<sub>a</sub></th>
            <th scope="col">Crossing C* (GMACs)</th>
            <th scope="col">Multiplier for {a}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.task} data-task={r.task} aria-current={r.task === state.task ? "true" : undefined} className={r.differs && r.trusted ? "compare-differs" : undefined}>
              <th scope="row"><Link href={`/compare?${compareQuery({ ...state, task: r.task })}`} scroll={false}>{taskLabel(r.task)}</Link></th>
              <AlphaCell f={r.a} col="alpha-a" />
              <CoefCell f={r.a} col="A-a" />
              <AlphaCell f={r.b} col="alpha-b" />
              <CoefCell f={r.b} col="A-b" />
              <DeltaCell r={r} />
              <td data-col="crossing">{crossingText(r)}</td>
              <td data-col="multiplier">{multiplierText(r, a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeltaCell({ r }: { r: CompareRow }) {
  if (!r.delta) return <td data-col="delta" className="muted">–</td>;
  const few = !r.trusted;
  return (
    <td data-col="delta">
      <span data-value>{formatAlpha(r.delta.value)}</span> <span className="compare-ci">{r.delta.ci ? formatAlphaCi(r.delta.ci.ci) : "no CI"}</span>
      {few && <abbr title={FEW}>†</abbr>}
      {r.differs && <strong className="compare-flag">{few ? " excludes 0" : " differs"}</strong>}
    </td>
  );
}

function crossingText(r: CompareRow) {
  if (!r.crossing) return "–";
  if ("parallel" in r.crossing) return "none (parallel)";
  return <>{formatSci(10 ** r.crossing.log10C)} <span className="compare-ci">{POSITION[r.crossing.position]}</span></>;
}

function multiplierText(r: CompareRow, a: string) {
  if (!r.multiplier || !r.a.ok) return "–";
  if (!r.multiplier.ok) return <span className="muted">none: {r.multiplier.reason}</span>;
  const extrapolated = r.multiplier.log10Ca > Math.log10(r.a.range[1]) || r.multiplier.log10Ca < Math.log10(r.a.range[0]);
  return <>{formatMultiplier(r.multiplier.multiplier)}{extrapolated && <span className="compare-ci">extrapolated beyond {a}&apos;s compute</span>}</>;
}
