import { getDb } from "@/db/client";
import { curvesTwinData } from "@/db/services/twins";
import { serveTwin } from "@/lib/export/twin";
import { REPORT_VIEWS } from "@/lib/export/views";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** /learning-curves as JSON `{ rows, fits, meta }`: every checkpoint of the curves drawn; same parameters as /learning-curves. */
export const GET = cachedRoute(function GET(req: Request) {
  return serveTwin(req, REPORT_VIEWS["learning-curves"], "json", (state, url) => curvesTwinData(getDb(), state, url));
});
