import { csvStream } from "../export/csv";
import { exportStem } from "../export/filename";
import { twinFile } from "../export/twin";
import { pickCell } from "./columns";

/** A view twin's content: its rows, CSV columns, provenance and the pieces of its file name. */
export interface ViewTwin { rows: readonly object[]; columns: readonly string[]; meta: Record<string, unknown>; view: string; lead: string[]; part?: string; query: string }

/** `/<view>.json` or `/<view>.csv` for /predict and /backtest: same rows as the view, provenance in JSON meta and the CSV's Link header. */
export function twinResponse(t: ViewTwin, kind: "csv" | "json", bom: boolean): Response {
  const q = t.query ? `?${t.query}` : "";
  const downloads = { csv: `/${t.view}.csv${q}`, json: `/${t.view}.json${q}` };
  const stem = exportStem({ view: t.view, lead: t.lead, filters: new URLSearchParams(t.query), skip: ["table", "sort", "dir", "bom"], part: t.part, date: new Date() });
  return twinFile(stem, downloads.json, kind === "json"
    ? { json: { rows: t.rows, fits: [], meta: { ...t.meta, downloads } } }
    : { csv: csvStream(t.columns, t.rows, pickCell, 2000, { bom }) });
}
