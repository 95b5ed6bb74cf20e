import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { tasksTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /tasks as CSV: the atlas's points (evaluations of the tasks shown, in panel order); same parameters as /tasks (`table=fits`: its fits). */
export const GET = reportTwinRoute(REPORT_VIEWS.tasks, "csv", tasksTwinData);
