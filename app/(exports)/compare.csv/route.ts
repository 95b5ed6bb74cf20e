import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { compareTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /compare as CSV: one row per task (both laws, Δα with its 95% CI, crossing, multiplier); same parameters as /compare (`table=fits`: its fits). */
export const GET = reportTwinRoute(REPORT_VIEWS.compare, "csv", compareTwinData);
