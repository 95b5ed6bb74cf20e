"use client";
import { useMemo, useState } from "react";
import { Table } from "@/components/ui/table";
import { sortRows } from "@/lib/models/sort";
import { formatNum, formatPct, formatSci, formatSigned } from "@/lib/format";
import type { PlacementRow } from "@/lib/place/place";

type Key = "model" | "task" | "error" | "law_error" | "residual" | "compute_multiplier" | "within_interval";
const COLS: { key: Key; label: string }[] = [
  { key: "model", label: "Model" }, { key: "task", label: "Task" }, { key: "error", label: "Error" },
  { key: "law_error", label: "Law at its compute (95% PI)" }, { key: "residual", label: "Residual" },
  { key: "compute_multiplier", label: "Compute multiplier" }, { key: "within_interval", label: "Within interval" },
];

/** The placement rows, sortable by any column (empty cells last). */
export function PlacementTable({ rows, caption }: { rows: PlacementRow[]; caption: string }) {
  const [sort, setSort] = useState<{ key: Key; dir: 1 | -1 }>({ key: "model", dir: 1 });
  // Empty cells last in both directions; "no" sorts before "yes".
  const sorted = useMemo(() => sortRows(rows, (r) => {
    const v = r[sort.key];
    return typeof v === "boolean" ? String(v) : v;
  }, sort.dir === 1 ? "asc" : "desc", [(r) => r.task]), [rows, sort]);
  const click = (key: Key) => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === "compute_multiplier" ? -1 : 1 }));
  return (
    <Table className="place-table" data-testid="placement-table" caption={<caption className="muted">{caption}</caption>}
      head={[...COLS.map((c) => (
        <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
          <button type="button" onClick={() => click(c.key)}>{c.label}{sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : " ↕"}</button>
        </th>
      )), "Note"]}>
      {sorted.map((r) => (
        <tr key={`${r.model}\u0000${r.file}\u0000${r.task}\u0000${r.line}`} data-task={r.task}>
          <td>{r.model}</td>
          <td title={`${r.file}:${r.line} (${r.dataset}, ${r.metric})`}>{r.task}</td>
          <td>{formatPct(r.error)}</td>
          <td>{formatPct(r.law_error)}{r.law_lo !== null && <span className="muted"> [{formatPct(r.law_lo)}, {formatPct(r.law_hi)}]</span>}</td>
          <td>{r.residual === null ? "–" : `${formatSigned(r.residual * 100, 2)} pp`}</td>
          <td title={r.effective_compute === null ? undefined : `effective compute ${formatSci(r.effective_compute)} GMACs`}>{r.compute_multiplier === null ? "–" : `${formatNum(r.compute_multiplier)}×`}</td>
          <td>{r.within_interval === null ? "–" : r.within_interval ? "yes" : "no"}</td>
          <td className="muted place-note-cell">{r.note ?? ""}</td>
        </tr>
      ))}
    </Table>
  );
}
