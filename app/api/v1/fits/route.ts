import { tableRoute } from "@/app/_server/table-route";
import { facetsOf } from "@/db/queries/evaluations";
import { listFits } from "@/db/queries/fits";
import { assertKnown } from "@/lib/api/known";
import { toFitApiRow } from "@/lib/api/row-mappers";
import { FIT_CSV_COLUMNS, pickFitCell } from "@/lib/api/rows";
import { fitsQuerySchema } from "@/lib/api/schemas";

export const GET = tableRoute(fitsQuerySchema, (q, db) => {
  assertKnown(facetsOf(db), { task: q.task });
  return { rows: listFits(db, q).map(toFitApiRow), columns: FIT_CSV_COLUMNS, pick: pickFitCell, filename: "fits" };
});
