export type SortDir = "asc" | "desc";
export type SortValue = number | string | null | undefined;

const missing = (v: SortValue): boolean => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

/**
 * Compare two cells for sorting in `dir`; missing values (null, undefined, NaN) go last in both
 * directions, because "no recipe published" is not smaller or larger than any number.
 */
export function compareNullsLast(a: SortValue, b: SortValue, dir: SortDir): number {
  const ma = missing(a);
  const mb = missing(b);
  if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en");
  return dir === "asc" ? c : -c;
}

/** A sorted copy of `rows` by `key` in `dir`, ties broken by the `tieBreak` keys (ascending). */
export function sortRows<T>(rows: readonly T[], key: (r: T) => SortValue, dir: SortDir, tieBreak: ((r: T) => SortValue)[] = []): T[] {
  return [...rows].sort((a, b) => {
    const c = compareNullsLast(key(a), key(b), dir);
    if (c !== 0) return c;
    for (const t of tieBreak) {
      const d = compareNullsLast(t(a), t(b), "asc");
      if (d !== 0) return d;
    }
    return 0;
  });
}
