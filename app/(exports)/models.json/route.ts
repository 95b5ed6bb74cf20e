import { getDb } from "@/db/client";
import { modelsTwinData } from "@/db/services/twins";
import { serveTwin } from "@/lib/export/twin";
import { REPORT_VIEWS } from "@/lib/export/views";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** /models as JSON `{ rows, fits, meta }`: the model cards the table shows, filtered and sorted; same parameters as /models. */
export const GET = cachedRoute(function GET(req: Request) {
  return serveTwin(req, REPORT_VIEWS["models"], "json", (state, url) => modelsTwinData(getDb(), state, url));
});
