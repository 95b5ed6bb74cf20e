import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { compareTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /compare as JSON `{ rows, fits, meta }`: one row per task (both laws, Δα with its 95% CI, crossing, multiplier); same parameters as /compare. */
export const GET = reportTwinRoute(REPORT_VIEWS.compare, "json", compareTwinData);
