import { cachedRoute } from "@/db/cache/route";
import { getDb } from "@/db/client";
import { backtestTwin } from "@/db/services/backtest-view";
import { handle } from "@/lib/api/respond";
import { twinResponse } from "@/lib/predict/twin-response";
import { badQuery, twinBom } from "@/lib/predict/twin-params";
import { backtestQuery, parseBacktestView } from "@/lib/predict/view-state";

export const dynamic = "force-dynamic";

/** /backtest as json: the per-task summary the view shows (`table=rows`: every held-out budget; `table=leaderboard`), with /backtest's parameters. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const url = new URL(req.url);
    const bom = twinBom(url.searchParams, "json");
    const parsed = parseBacktestView(url.searchParams);
    if (!parsed.ok) throw badQuery(parsed.errors);
    return twinResponse(await backtestTwin(getDb(), parsed.state, url, backtestQuery(parsed.state)), "json", bom);
  });
});
