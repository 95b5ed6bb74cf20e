"use client";
import { useMemo, useState } from "react";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { sortRows } from "@/lib/models/sort";
import { formatCount, formatNum, formatSci } from "@/lib/format";

/** One public model: compute, summary, and its multiplier per task (null where none). */
export interface ZooRow {
  model: string; arch: string | null; pretrained: string | null; compute: number | null; samplesSeen: number | null; samplesSource: string | null;
  missing: string[]; median: number | null; above: number; below: number; withLaw: number; multipliers: Record<string, number | null>;
}

type SortKey = "median" | "task" | "model" | "compute";

/** The open_clip zoo against the law: sortable by median multiplier or one task's multiplier. */
export function ZooTable({ rows, tasks, caption }: { rows: ZooRow[]; tasks: string[]; caption: string }) {
  const [task, setTask] = useState("imagenet1k");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "median", dir: -1 });
  const placed = rows.filter((r) => r.compute !== null);
  const unknown = rows.filter((r) => r.compute === null);
  const sorted = useMemo(() => sortRows(placed, (r) => (
    sort.key === "median" ? r.median : sort.key === "task" ? r.multipliers[task] : sort.key === "compute" ? r.compute : r.model
  ), sort.dir === 1 ? "asc" : "desc"), [placed, sort, task]);
  const head = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === "model" ? 1 : -1 }))}>{label}{sort.key === key ? (sort.dir === 1 ? " ▲" : " ▼") : " ↕"}</button>
    </th>
  );
  return (
    <>
      <Select label="Task column" value={task} onChange={(e) => setTask(e.target.value)} aria-label="Zoo task" options={tasks} />
      <Table className="place-table" data-testid="zoo-table" caption={<caption className="muted">{caption}</caption>}
        head={[head("model", "Model"), head("compute", "Compute (GMACs)"), head("median", "Median multiplier"), head("task", `Multiplier on ${task}`), "Better / worse beyond interval", "Samples seen from"]}>
        {sorted.map((r) => (
          <tr key={r.model}>
            <td>{r.model}</td>
            <td>{formatSci(r.compute!)} <span className="muted">({formatCount(r.samplesSeen!)} samples)</span></td>
            <td>{r.median === null ? "–" : `${formatNum(r.median)}×`} <span className="muted">({r.withLaw} tasks)</span></td>
            <td>{r.multipliers[task] == null ? "–" : `${formatNum(r.multipliers[task]!)}×`}</td>
            <td>{r.below} / {r.above}</td>
            <td className="muted place-note-cell">{r.samplesSource}</td>
          </tr>
        ))}
      </Table>
      <details><summary>{unknown.length} public models with unknown compute (listed, not placed)</summary>
        <ul className="place-unknown">{unknown.map((r) => <li key={r.model}>{r.model}: {r.missing.join("; ")}</li>)}</ul>
      </details>
    </>
  );
}
