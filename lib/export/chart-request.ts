import type { ExploreState } from "../url-state/explore";
import { contentDisposition, exportStem } from "./filename";
import { parseOutputParams, type OutputParams } from "./params";
import { badParams, parseViewOrThrow } from "./twin";
import { REPORT_VIEWS } from "./views";

/**
 * Parse a static chart request (/api/v1/chart.svg|png): the /explore parameters (same schema) plus
 * width, height, theme and the pinned data version `v`; bad values throw a 400 naming them.
 */
export function chartRequest(req: Request, ext: "svg" | "png"): { state: ExploreState; out: OutputParams; headers: Record<string, string> } {
  const url = new URL(req.url);
  const view = REPORT_VIEWS.explore;
  const state = parseViewOrThrow(view, url.searchParams);
  const out = parseOutputParams(url.searchParams, ["width", "height", "theme", "v"]);
  if (!out.ok) throw badParams(out.errors);
  const stem = exportStem({ view: view.id, lead: view.lead(state), filters: new URLSearchParams(view.query(state)), skip: view.leadKeys, part: "chart", date: new Date() });
  return {
    state, out: out.out,
    headers: { "Content-Disposition": contentDisposition(stem, ext).replace(/^attachment/, "inline"), "Cache-Control": "public, max-age=300" },
  };
}
