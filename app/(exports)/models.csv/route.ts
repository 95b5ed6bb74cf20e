import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { modelsTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /models as CSV: the model cards the table shows, filtered and sorted; same parameters as /models. */
export const GET = reportTwinRoute(REPORT_VIEWS.models, "csv", modelsTwinData);
