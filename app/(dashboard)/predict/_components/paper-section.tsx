import Link from "next/link";
import { num, Table } from "@/components/ui/table";
import { LawChart } from "@/components/charts/law-chart";
import { taskLabel } from "@/lib/domain/tasks";
import { formatFixed, formatLaw, formatPercent, formatSci } from "@/lib/format";
import type { LawChartModel } from "@/lib/predict/chart";
import { PAPER_TASKS, type PaperTable } from "@/lib/predict/paper-table";

/** The paper notebook's prediction figure and table (figures.ipynb cells 6–7), for one of its two tasks. */
export function PaperSection({ task, table, chart, href }: { task: string; table: PaperTable; chart: LawChartModel; href: (task: string) => string }) {
  return (
    <section aria-labelledby="paper-title" className="predict-paper">
      <h2 id="paper-title">The paper&apos;s prediction table: {taskLabel(task)}</h2>
      <p className="muted">
        {PAPER_TASKS.map((t, i) => (
          <span key={t}>{i > 0 && " · "}{t === task ? <strong>{taskLabel(t)}</strong> : <Link href={href(t)}>{taskLabel(t)}</Link>}</span>
        ))}
        {" — "}binned-min law on the {table.n_models} LAION models: <span className="formula">{formatLaw(table.law.A, table.law.alpha)}</span>. Predicted accuracy = 100 − 100·A·C^α at
        C = samples seen × GMACs per sample; actual = the best LAION model of that architecture and samples seen.
        Mean absolute error over the {table.rows.filter((r) => r.actual_acc_pct !== null).length} rows with an actual: <strong data-mae={table.mae}>{formatFixed(table.mae, 3)} pp</strong>.
      </p>
      <LawChart model={chart} title={`${taskLabel(task)}: the notebook's law and its predictions`} height={380} />
      <Table className="paper-table" data-rows={table.rows.length}
        caption={<caption>As the notebook prints it, plus the 95% interval of each prediction (accuracy %).</caption>}
        head={["Model (samples seen)", num("Compute (GMACs)"), num("Predicted accuracy"), num("95% interval"), num("Actual"), num("Error (pp)")]}>
        {table.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatSci(r.compute)}</td>
            <td className="num">{formatPercent(r.pred_acc_pct)}</td>
            <td className="num" title={r.interval_reason ?? undefined}>{r.pred_ci ? `${formatFixed(r.pred_ci[0], 2)} – ${formatPercent(r.pred_ci[1])}` : "none"}</td>
            <td className="num">{formatPercent(r.actual_acc_pct)}</td>
            <td className="num">{r.actual_acc_pct === null ? "–" : formatFixed(Math.abs(r.pred_acc_pct - r.actual_acc_pct), 2)}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
