import { Table } from "@/components/ui/table";
import type { SortDir } from "@/lib/models/sort";
import type { ModelSortKey, ModelTableRow } from "@/lib/models/table";
import type { ModelColumn } from "./models-columns";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** The models table; each header is a button that sorts by its column (the state lives in the URL). */
export function ModelsTable({ rows, columns, sort, dir, onSort, busy }: {
  rows: ModelTableRow[]; columns: ModelColumn[]; sort: ModelSortKey; dir: SortDir; onSort: (key: ModelSortKey) => void; busy: boolean;
}) {
  return (
    <Table wrap={{ className: "models-table-wrap", tabIndex: 0, role: "region", "aria-label": "Models table (scrolls sideways)" }}
      className="models-table" aria-busy={busy} aria-describedby="models-count"
      head={columns.map((c) => (
        <th key={c.key} scope="col" aria-sort={c.key === sort ? ARIA_SORT[dir] : "none"} className={c.numeric ? "num" : undefined} data-col={c.key}>
          <button type="button" onClick={() => onSort(c.key)}>
            {c.label}
            <span aria-hidden="true" className="models-sort-mark">{c.key === sort ? (dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
          </button>
        </th>
      ))}>
      {rows.map((r) => (
        <tr key={r.id} data-model={r.id}>
          {columns.map((c) => (
            c.key === "id"
              ? <th key={c.key} scope="row">{c.cell(r)}</th>
              : <td key={c.key} className={c.numeric ? "num" : undefined}>{c.cell(r)}</td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
