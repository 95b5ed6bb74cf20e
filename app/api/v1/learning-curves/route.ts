import { tableRoute } from "@/app/_server/table-route";
import { facetsOf } from "@/db/queries/evaluations";
import { listLearningCurves } from "@/db/queries/learning-curves";
import { assertKnown } from "@/lib/api/known";
import { curvesQuerySchema } from "@/lib/api/schemas";
import { CURVE_EXPORT_COLUMNS } from "@/lib/export/columns";

export const GET = tableRoute(curvesQuerySchema, (q, db) => {
  assertKnown(facetsOf(db), q);
  return { rows: listLearningCurves(db, q), columns: CURVE_EXPORT_COLUMNS, filename: "learning-curves" };
});
