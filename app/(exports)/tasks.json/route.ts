import { reportTwinRoute } from "@/app/_server/view-twin-route";
import { tasksTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";

/** /tasks as JSON `{ rows, fits, meta }`: the atlas's points (evaluations of the tasks shown, in panel order); same parameters as /tasks. */
export const GET = reportTwinRoute(REPORT_VIEWS.tasks, "json", tasksTwinData);
