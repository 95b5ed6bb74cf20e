import { viewTwinRoute } from "@/app/_server/view-twin-route";
import { getDb } from "@/db/client";
import { backtestTwin } from "@/db/services/backtest-view";
import { backtestQuery, parseBacktestView } from "@/lib/predict/view-state";

/** /backtest as json: the per-task summary the view shows (`table=rows`: every held-out budget; `table=leaderboard`), with /backtest's parameters. */
export const GET = viewTwinRoute("json", parseBacktestView, (s, url) => backtestTwin(getDb(), s, url, backtestQuery(s)));
