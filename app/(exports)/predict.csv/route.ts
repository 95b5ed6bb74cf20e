import { viewTwinRoute } from "@/app/_server/view-twin-route";
import { getDb } from "@/db/client";
import { predictTwin } from "@/db/services/predict-view";
import { parsePredictView, predictQuery } from "@/lib/predict/view-state";

/** /predict as csv: the rows the view shows (every task at the budget; `table=paper`: the paper table), with /predict's parameters. */
export const GET = viewTwinRoute("csv", parsePredictView, (s, url) => predictTwin(getDb(), s, url, predictQuery(s, url.searchParams)));
