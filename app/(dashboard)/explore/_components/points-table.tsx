"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { FitLineSwatch } from "@/components/charts/fit-line-swatch";
import { archLabel } from "@/lib/domain/arch";
import type { Metric } from "@/lib/domain/metrics";
import { groupLabel, lineParams } from "@/lib/explore/fits";
import { residual } from "@/lib/explore/residual";
import type { ExploreFit, ExploreRow } from "@/lib/explore/types";
import { formatPct, formatSci, formatSigned } from "@/lib/format";

type SortKey = "model" | "compute" | "error" | `r${number}`;

/**
 * The chart's models as a table (the same rows as the /explore.csv twin): compute, error of the
 * fitted metric and the log10 residual against each drawn law. Every column sorts.
 */
export function PointsTable({ rows, fits, metric }: { rows: readonly ExploreRow[]; fits: readonly ExploreFit[]; metric: Metric }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "compute", desc: false });
  const laws = useMemo(() => fits.flatMap((f) => {
    const p = lineParams(f);
    return p ? [{ fit: f, p }] : [];
  }), [fits]);
  const table = useMemo(() => rows.map((r) => {
    const v = r.values[metric];
    const error = v === null ? null : 1 - v;
    return { r, error, res: laws.map(({ p }) => (error === null ? null : (residual(error, r.totalGmacs, p)?.log10 ?? null))) };
  }), [rows, metric, laws]);
  const sorted = useMemo(() => {
    const val = (t: (typeof table)[number]): string | number | null =>
      sort.key === "model" ? t.r.model : sort.key === "compute" ? t.r.totalGmacs : sort.key === "error" ? t.error : t.res[Number(sort.key.slice(1))] ?? null;
    // Missing values sort last in both directions.
    return [...table].sort((a, b) => {
      const [x, y] = [val(a), val(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
      return sort.desc ? -c : c;
    });
  }, [table, sort]);
  const header = (key: SortKey, label: React.ReactNode) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" className="sort-button" data-sort={key}
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }))}>
        {label}{sort.key === key ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  return (
    <div className="table-wrap">
      <table className="explore-points-table" data-rows={rows.length}>
        <caption className="muted">
          {rows.length} models (the rows of Download CSV). Residual: log₁₀ of observed over predicted error; negative = below the line.
        </caption>
        <thead>
          <tr>
            {header("model", "Model")}
            {header("compute", "Compute (GMACs)")}
            {header("error", "Error")}
            {laws.map(({ fit }, i) => header(`r${i}`, <><FitLineSwatch group={fit.group} width={18} /> Residual vs {groupLabel(fit.group)}</>))}
          </tr>
        </thead>
        <tbody>
          {sorted.map(({ r, error, res }) => (
            <tr key={r.model} data-model={r.model}>
              <td><Link href={`/models/${encodeURIComponent(r.model)}`} title={`${archLabel(r.arch)} · ${r.upstream} · ${r.samplesSeenPretty}`}>{r.model}</Link></td>
              <td className="num">{formatSci(r.totalGmacs)}</td>
              <td className="num">{formatPct(error)}</td>
              {res.map((v, i) => <td key={i} className="num">{v === null ? "–" : formatSigned(v)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
