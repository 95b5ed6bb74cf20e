import { getDb } from "@/db/client";
import { compareTwinData } from "@/db/services/twins";
import { serveTwin } from "@/lib/export/twin";
import { REPORT_VIEWS } from "@/lib/export/views";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** /compare as JSON `{ rows, fits, meta }`: one row per task (both laws, Δα with its 95% CI, crossing, multiplier); same parameters as /compare. */
export const GET = cachedRoute(function GET(req: Request) {
  return serveTwin(req, REPORT_VIEWS["compare"], "json", (state, url) => compareTwinData(getDb(), state, url));
});
