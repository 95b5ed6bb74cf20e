import Link from "next/link";
import { num, Table } from "@/components/ui/table";
import { taskLabel } from "@/lib/domain/tasks";
import { formatFixed, formatLaw, formatPct, formatPercent, formatSci } from "@/lib/format";
import type { PlanRow } from "@/lib/predict/planner";
import { SortHeader } from "./sort-header";

const decades = (r: PlanRow) => r.position === null ? "–" : r.position === "inside" ? "inside" : `${formatFixed(r.decades_beyond, 2)} ${r.position === "above" ? "above" : "below"}`;
const ivPct = (iv: [number, number] | null) => iv ? `${formatPct(iv[0], 1)} – ${formatPct(iv[1], 1)}` : null;

/** All tasks at one budget: predicted error with its 95% interval, extrapolation, and the compute for the target. */
export function PlanTable({ rows, sort, dir, href, target }: { rows: PlanRow[]; sort: string; dir: "asc" | "desc"; href: (s: string, d: string) => string; target: boolean }) {
  return (
    <Table className="predict-table" data-rows={rows.length}
      caption={<caption>One row per task (sorted by {sort}, {dir === "asc" ? "ascending" : "descending"}); click a header to sort. Intervals: 95% over the law&apos;s bootstrap draws.</caption>}
      head={[
        <SortHeader key="task" label="Task" col="task" sort={sort} dir={dir} href={href} num={false} />,
        "Law (n)",
        <SortHeader key="pred_error" label="Predicted error" col="pred_error" sort={sort} dir={dir} href={href} />,
        <SortHeader key="width" label="95% interval" col="width" sort={sort} dir={dir} href={href} />,
        num("Accuracy"),
        <SortHeader key="decades_beyond" label="Beyond fitted range (decades)" col="decades_beyond" sort={sort} dir={dir} href={href} />,
        target && <SortHeader key="target_compute" label="Compute for target (GMACs)" col="target_compute" sort={sort} dir={dir} href={href} />,
      ]}>
      {rows.map((r) => (
        <tr key={r.task} data-task={r.task}>
          <th scope="row"><Link href={`/explore?task=${encodeURIComponent(r.task)}`}>{taskLabel(r.task)}</Link></th>
          {r.status === "ok" ? (
            <>
              <td className="formula">{formatLaw(r.A!, r.alpha!, r.e_inf || null)} <span className="muted">(n={r.n})</span></td>
              <td className="num">{formatPct(r.pred_error, 1)}</td>
              <td className="num" title={r.interval_reason ?? undefined}>{ivPct(r.pred_interval) ?? <span className="muted">none</span>}</td>
              <td className="num">{formatPercent(r.pred_acc_pct, 1)}</td>
              <td className="num">{decades(r)}</td>
              {target && <td className="num" title={r.target_reason ?? r.target_interval_reason ?? undefined}>
                {r.target_compute === null ? <span className="muted">not reached</span> : formatSci(r.target_compute)}
                {r.target_compute_interval && <span className="muted"> ({formatSci(r.target_compute_interval[0], 2)} – {r.target_compute_interval[1] === null ? "∞" : formatSci(r.target_compute_interval[1], 2)})</span>}
              </td>}
            </>
          ) : (
            <td colSpan={target ? 6 : 5} className="muted">no law: {r.reason}</td>
          )}
        </tr>
      ))}
    </Table>
  );
}
