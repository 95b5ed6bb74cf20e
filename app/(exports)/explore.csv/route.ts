import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { exploreTwinData } from "@/db/services/explore-export";
import { REPORT_VIEWS } from "@/lib/export/views";

/** The rows /explore shows as CSV (`table=fits`: its fit lines); same parameters as /explore. */
export const GET = reportTwinRoute(REPORT_VIEWS.explore, "csv", exploreTwinData);
