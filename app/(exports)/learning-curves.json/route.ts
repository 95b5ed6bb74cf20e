import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { curvesTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /learning-curves as JSON `{ rows, fits, meta }`: every checkpoint of the curves drawn; same parameters as /learning-curves. */
export const GET = reportTwinRoute(REPORT_VIEWS["learning-curves"], "json", curvesTwinData);
