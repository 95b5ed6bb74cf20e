import { tableRoute } from "@/app/_server/table-route";
import { facetsOf } from "@/db/queries/evaluations";
import { listModels } from "@/db/queries/models";
import { assertKnown } from "@/lib/api/known";
import { toModelApiRow } from "@/lib/api/row-mappers";
import { modelsQuerySchema } from "@/lib/api/schemas";
import { MODEL_COLUMNS } from "@/lib/export/columns";

export const GET = tableRoute(modelsQuerySchema, (q, db) => {
  assertKnown(facetsOf(db), q);
  return { rows: listModels(db, q).map(toModelApiRow), columns: MODEL_COLUMNS, filename: "models" };
});
