import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { exploreTwinData } from "@/db/services/explore-export";
import { REPORT_VIEWS } from "@/lib/export/views";

/** The rows /explore shows and fit lines as JSON `{ rows, fits, meta }`; same parameters as /explore. */
export const GET = reportTwinRoute(REPORT_VIEWS.explore, "json", exploreTwinData);
