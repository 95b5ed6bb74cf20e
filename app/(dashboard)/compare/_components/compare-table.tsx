import Link from "next/link";
import { Table } from "@/components/ui/table";
import { formatAlpha, formatAlphaCi, formatCoef, formatCoefCi, formatMultiplier, formatMultiplierCi, formatP, formatSci } from "@/lib/format";
import { crossingNote, multiplierExtrapolated, multiplierNote } from "@/lib/compare/notes";
import type { CompareRow, GroupFit } from "@/lib/compare/rows";
import { taskLabel } from "@/lib/domain/tasks";
import { compareQuery, type CompareSort, type CompareState } from "@/lib/url-state/compare";

function AlphaCell({ f, col }: { f: GroupFit; col: string }) {
  if (!f.ok) return <td data-col={col} className="muted">no fit ({f.reason})</td>;
  return (
    <td data-col={col}>
      <span data-value>{formatAlpha(f.alpha)}</span>{" "}
      <span className="compare-ci">{f.alphaCi ? formatAlphaCi(f.alphaCi) : <abbr title={f.ciReason ?? ""}>no interval</abbr>}</span>
      <span className="compare-n"> n={f.n}, fitted {f.nFit}</span>
    </td>
  );
}

function CoefCell({ f, col }: { f: GroupFit; col: string }) {
  if (!f.ok) return <td data-col={col} className="muted">–</td>;
  return <td data-col={col}><span data-value>{formatCoef(f.A)}</span> <span className="compare-ci">{formatCoefCi(f.aCi, "")}</span></td>;
}

/** A sortable column header: a link to the same view sorted by it (a second click reverses it). */
function SortHeader({ state, sort, children }: { state: CompareState; sort: CompareSort; children: React.ReactNode }) {
  const active = state.sort === sort;
  const dir = active && state.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : "none"} data-sort={sort}>
      <Link href={`/compare?${compareQuery({ ...state, sort, dir })}`} scroll={false}>
        {children} <span className="compare-sort-mark" aria-hidden="true">{active ? (state.dir === "asc" ? "▲" : "▼") : "⇅"}</span>
      </Link>
    </th>
  );
}

/** Per-task table: both laws with 95% intervals, Δα with its interval and p-value, the crossing C* and the compute multiplier. */
export function CompareTable({ rows, state }: { rows: CompareRow[]; state: CompareState }) {
  const { a, b } = state;
  return (
    <Table wrap={{ className: "compare-table-wrap" }} className="compare-table"
      caption={
        <caption className="muted">
          α and A fitted by the estimator of each row, the same for both groups; [95% bootstrap interval], none below 5 fitted points; n = models, fitted =
          points the estimator fitted. ● marks the tasks counted in the headline.
        </caption>
      }
      head={[
        <SortHeader key="task" state={state} sort="task">Task</SortHeader>,
        `α ${a}`, `A ${a}`, `α ${b}`, `A ${b}`,
        <SortHeader key="delta" state={state} sort="delta">Δα = α<sub>b</sub> − α<sub>a</sub></SortHeader>,
        <SortHeader key="crossing" state={state} sort="crossing">Crossing C* (GMACs)</SortHeader>,
        <SortHeader key="multiplier" state={state} sort="multiplier">Multiplier for {a}</SortHeader>,
      ]}>
      {rows.map((r) => (
        <tr key={r.task} data-task={r.task} data-differs={r.verdict.differs ? "true" : "false"} aria-current={r.task === state.task ? "true" : undefined}
          className={r.verdict.differs ? "compare-differs" : undefined}>
          <th scope="row">
            <Link href={`/compare?${compareQuery({ ...state, task: r.task })}`} scroll={false}>{taskLabel(r.task)}</Link>
            <span className="compare-n compare-method" title={r.methodNote ?? undefined}> {r.method}</span>
          </th>
          <AlphaCell f={r.a} col="alpha-a" />
          <CoefCell f={r.a} col="A-a" />
          <AlphaCell f={r.b} col="alpha-b" />
          <CoefCell f={r.b} col="A-b" />
          <DeltaCell r={r} />
          <td data-col="crossing">{crossingCell(r, a, b)}</td>
          <td data-col="multiplier">{multiplierCell(r, a)}</td>
        </tr>
      ))}
    </Table>
  );
}

function DeltaCell({ r }: { r: CompareRow }) {
  if (!r.delta) return <td data-col="delta" className="muted">–</td>;
  const v = r.verdict;
  return (
    <td data-col="delta">
      <span data-value>{formatAlpha(r.delta.value)}</span>{" "}
      <span className="compare-ci">
        {r.delta.ci ? formatAlphaCi(r.delta.ci) : <abbr title={r.delta.ciReason ?? ""}>no interval</abbr>}
        {r.delta.p !== null && <> {formatP(r.delta.p, r.delta.pairs)}</>}
      </span>
      {v.differs && <strong className="compare-flag" data-marker="differs"> differs</strong>}
    </td>
  );
}

function crossingCell(r: CompareRow, a: string, b: string) {
  const note = crossingNote(r);
  if (note || !r.crossing || !("log10C" in r.crossing) || !r.crossing.ci) return <span className="compare-words">{note ?? "–"}</span>;
  const where = r.crossing.position === "both" ? null : r.crossing.position === "one" ? `inside only one group's observed compute (${a} or ${b})` : "outside both groups' observed compute";
  return (
    <>
      <span data-value>{formatSci(10 ** r.crossing.log10C, 2)}</span>
      {where && <Extrapolated title={`Extrapolated: C* lies ${where}, within a decade of it.`} />}
      <span className="compare-ci">[{formatSci(10 ** r.crossing.ci[0], 2)}, {formatSci(10 ** r.crossing.ci[1], 2)}]</span>
    </>
  );
}

function multiplierCell(r: CompareRow, a: string) {
  const note = multiplierNote(r, a);
  if (note || !r.multiplier?.ok || !r.multiplier.ci) return <span className="compare-words">{note ?? "–"}</span>;
  return (
    <>
      <span data-value>{formatMultiplier(r.multiplier.multiplier)}</span>
      {multiplierExtrapolated(r) && <Extrapolated title={`Extrapolated: ${a}'s law is evaluated beyond the compute ${a} was observed at (within a decade).`} />}
      <span className="compare-ci">{formatMultiplierCi(r.multiplier.ci)}</span>
    </>
  );
}

/** The "extrapolated" mark: one icon with its explanation as tooltip and accessible name. */
function Extrapolated({ title }: { title: string }) {
  return (
    <span className="compare-extrapolated" role="img" aria-label={title} title={title} tabIndex={0} data-extrapolated>
      {" "}⇢
    </span>
  );
}
