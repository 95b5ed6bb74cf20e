import { cachedRoute } from "@/db/cache/route";
import { getDb } from "@/db/client";
import { predictTwin } from "@/db/services/predict-view";
import { handle } from "@/lib/api/respond";
import { twinResponse } from "@/lib/predict/twin-response";
import { badQuery, twinBom } from "@/lib/predict/twin-params";
import { parsePredictView, predictQuery } from "@/lib/predict/view-state";

export const dynamic = "force-dynamic";

/** /predict as json: the rows the view shows (every task at the budget; `table=paper`: the paper table), with /predict's parameters. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const url = new URL(req.url);
    const bom = twinBom(url.searchParams, "json");
    const parsed = parsePredictView(url.searchParams);
    if (!parsed.ok) throw badQuery(parsed.errors);
    return twinResponse(await predictTwin(getDb(), parsed.state, url, predictQuery(parsed.state, url.searchParams)), "json", bom);
  });
});
