import { getDb } from "@/db/client";
import { tasksTwinData } from "@/db/services/twins";
import { serveTwin } from "@/lib/export/twin";
import { REPORT_VIEWS } from "@/lib/export/views";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** /tasks as CSV: the atlas's points (evaluations of the tasks shown, in panel order); same parameters as /tasks (`table=fits`: its fits). */
export const GET = cachedRoute(function GET(req: Request) {
  return serveTwin(req, REPORT_VIEWS["tasks"], "csv", (state, url) => tasksTwinData(getDb(), state, url));
});
