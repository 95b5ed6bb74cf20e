import { csvResponse, handle, jsonResponse } from "../api/respond";
import { FIT_CSV_COLUMNS, pickFitCell, type FitApiRow } from "../api/rows";
import { AppError } from "../errors";
import { csvStream } from "./csv";
import { contentDisposition, exportStem } from "./filename";
import { parseOutputParams } from "./params";
import { twinUrls } from "./view-meta";
import type { ReportView } from "./views";

export type TwinKind = "csv" | "json";

/** What a view shows, ready to serialise: its table, the fit lines it draws (null: none) and provenance. */
export interface TwinData {
  rows: readonly object[];
  columns: readonly string[];
  fits: readonly FitApiRow[] | null;
  meta: Record<string, unknown>;
}

/** 400 naming the first bad parameter; the message lists all of them. */
export function badParams(errors: { param: string; message: string }[]): AppError {
  return new AppError("bad_request", `Invalid query: ${errors.map((e) => e.message).join("; ")}.`, errors[0]?.param ?? "query");
}

/** Parse a view's URL with the view's own schema, or throw a 400 naming the parameter. */
export function parseViewOrThrow<S>(view: ReportView<S>, params: URLSearchParams): S {
  const parsed = view.parse(params);
  if (!parsed.ok) throw badParams(parsed.errors);
  return parsed.state;
}

/**
 * Serve `/<view>.csv` or `/<view>.json`: the view's URL parsed by its schema, exactly the rows the
 * view shows, the fits it draws (JSON `fits`; CSV with `table=fits`), provenance in JSON `meta`
 * and, for CSV, in the JSON twin named by a `Link: rel="describedby"` header.
 */
export function serveTwin<S>(req: Request, view: ReportView<S>, kind: TwinKind, load: (state: S, url: URL) => TwinData | Promise<TwinData>): Promise<Response> {
  return handle(async () => {
    const url = new URL(req.url);
    const state = parseViewOrThrow(view, url.searchParams);
    const out = parseOutputParams(url.searchParams, kind === "csv" ? ["table", "bom", "v"] : ["v"]); // v= pins the data version: caching only
    if (!out.ok) throw badParams(out.errors);
    const data = await load(state, url);
    const query = view.query(state);
    const fitsTable = out.out.table === "fits";
    if (fitsTable && !data.fits) throw new AppError("bad_request", `Invalid parameter "table": the ${view.id} view draws no fits.`, "table");
    const stem = exportStem({ view: view.id, lead: view.lead(state), filters: new URLSearchParams(query), skip: view.leadKeys, part: fitsTable ? "fits" : undefined, date: new Date() });
    const urls = twinUrls(view.id, query);
    if (kind === "json") return twinFile(stem, urls.json, { json: { rows: data.rows, fits: data.fits ?? [], meta: { ...data.meta, downloads: urls } } });
    const bom = { bom: out.out.bom === "1" };
    return twinFile(stem, urls.json, {
      csv: fitsTable
        ? csvStream(FIT_CSV_COLUMNS, data.fits ?? [], pickFitCell, 2000, bom)
        : csvStream(data.columns, data.rows, (r, c) => (r as Record<string, unknown>)[c], 2000, bom),
    });
  });
}

/** A twin's file: its JSON shown inline, or its CSV as a download described by the JSON twin. */
export function twinFile(stem: string, jsonUrl: string, body: { json: unknown } | { csv: ReadableStream<Uint8Array> }): Response {
  if ("csv" in body) return csvResponse(body.csv, contentDisposition(stem, "csv"), jsonUrl);
  const res = jsonResponse(body.json);
  res.headers.set("Content-Disposition", contentDisposition(stem, "json").replace(/^attachment/, "inline"));
  return res;
}
