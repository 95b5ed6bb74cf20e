import { crossingNote, multiplierNote } from "./notes";
import type { CompareRow } from "./rows";
import type { CompareSort } from "../url-state/compare";

/** The value a row sorts by: only numbers the table prints (a value said in words sorts last). */
export function sortValue(r: CompareRow, sort: Exclude<CompareSort, "task">, aName: string): number | null {
  if (sort === "delta") return r.delta?.value ?? null;
  if (sort === "crossing") return r.crossing && "log10C" in r.crossing && crossingNote(r) === null ? r.crossing.log10C : null;
  return r.multiplier?.ok && multiplierNote(r, aName) === null ? r.multiplier.log10Multiplier : null;
}

/** Rows in the requested order; rows without a printed value go last either way, ties by task. */
export function sortCompareRows(rows: readonly CompareRow[], sort: CompareSort, dir: "asc" | "desc", aName: string): CompareRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const byTask = (x: CompareRow, y: CompareRow) => (x.task < y.task ? -1 : x.task > y.task ? 1 : 0);
  if (sort === "task") return [...rows].sort((x, y) => sign * byTask(x, y));
  const keyed = rows.map((r) => [r, sortValue(r, sort, aName)] as const);
  keyed.sort(([x, vx], [y, vy]) => {
    if (vx === null || vy === null) return vx === vy ? byTask(x, y) : vx === null ? 1 : -1;
    return sign * (vx - vy) || byTask(x, y);
  });
  return keyed.map(([r]) => r);
}
