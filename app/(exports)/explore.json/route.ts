import { getDb } from "@/db/client";
import { exploreTwinData } from "@/db/services/explore-export";
import { serveTwin } from "@/lib/export/twin";
import { REPORT_VIEWS } from "@/lib/export/views";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** The rows /explore shows and fit lines as JSON `{ rows, fits, meta }`; same parameters as /explore. */
export const GET = cachedRoute(function GET(req: Request) {
  return serveTwin(req, REPORT_VIEWS.explore, "json", (state, url) => exploreTwinData(getDb(), state, url));
});
