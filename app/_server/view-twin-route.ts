import { cachedRoute } from "@/db/cache/route";
import { getDb, type Db } from "@/db/client";
import { handle } from "@/lib/api/respond";
import { badParams, serveTwin, type TwinData, type TwinKind } from "@/lib/export/twin";
import type { ReportView } from "@/lib/export/views";
import { twinResponse, type ViewTwin } from "@/lib/predict/twin-response";
import { twinBom } from "@/lib/predict/twin-params";
import type { ViewParse } from "@/lib/url-state/params";

/** The GET of a report view's twin (`/<view>.csv|json`, lib/export/twin), cached per data version. */
export function reportTwinRoute<S>(view: ReportView<S>, kind: TwinKind, load: (db: Db, state: S, url: URL) => TwinData | Promise<TwinData>) {
  return cachedRoute(function GET(req: Request) {
    return serveTwin(req, view, kind, (state, url) => load(getDb(), state, url));
  });
}

/**
 * The GET of a /predict or /backtest twin (`/<view>.csv|json`): the view's own parameters (plus
 * `bom` on CSV), a 400 naming a bad one, then the rows the view shows, cached per data version.
 */
export function viewTwinRoute<S>(kind: "csv" | "json", parse: (p: URLSearchParams) => ViewParse<S>, load: (state: S, url: URL) => Promise<ViewTwin>) {
  return cachedRoute(function GET(req: Request) {
    return handle(async () => {
      const url = new URL(req.url);
      const bom = twinBom(url.searchParams, kind);
      const parsed = parse(url.searchParams);
      if (!parsed.ok) throw badParams(parsed.errors);
      return twinResponse(await load(parsed.state, url), kind, bom);
    });
  });
}
