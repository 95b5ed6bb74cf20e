import Link from "next/link";

/** A sortable column header: a link to the same view sorted by this column (again: reversed). */
export function SortHeader({ label, col, sort, dir, href, num = true }: { label: string; col: string; sort: string; dir: "asc" | "desc"; href: (sort: string, dir: string) => string; num?: boolean }) {
  const active = sort === col;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className={num ? "num" : undefined} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={href(col, next)} scroll={false}>{label}{active ? (dir === "asc" ? " ▲" : " ▼") : ""}</Link>
    </th>
  );
}
