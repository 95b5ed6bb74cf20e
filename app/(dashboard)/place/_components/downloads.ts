import { csvLine } from "@/lib/export/csv";
import { PLACEMENT_COLUMNS } from "@/lib/place/columns";
import type { PlacementRow } from "@/lib/place/place";

/** Save text as a file (client-side; nothing is uploaded). */
export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The rows as RFC 4180 CSV (formula-safe cells, CRLF), header first. */
export function placementCsv(rows: readonly PlacementRow[]): string {
  return csvLine(PLACEMENT_COLUMNS) + rows.map((r) => csvLine(PLACEMENT_COLUMNS.map((c) => r[c]))).join("");
}
