import { tableRoute } from "@/app/_server/table-route";
import { iterateEvalCsvRows } from "@/db/queries/eval-csv";
import { facetsOf } from "@/db/queries/evaluations";
import { getEvalRows } from "@/db/services/evals";
import { assertKnown } from "@/lib/api/known";
import { csvResponse, jsonTwin } from "@/lib/api/respond";
import { EVAL_COLUMNS } from "@/lib/api/rows";
import { evalsQuerySchema } from "@/lib/api/schemas";
import { csvStream } from "@/lib/export/csv";

export const GET = tableRoute(evalsQuerySchema, (q, db, url) => {
  if (q.format === "json") return { rows: getEvalRows(db, q), columns: EVAL_COLUMNS, filename: "evals" };
  // Streamed from a database cursor: memory stays flat however many rows the slice has.
  assertKnown(facetsOf(db), q);
  const at = new Map<string, number>(EVAL_COLUMNS.map((c, i) => [c, i]));
  const rows = csvStream(EVAL_COLUMNS, iterateEvalCsvRows(db, q), (r, c) => r[at.get(c)!]);
  return csvResponse(rows, 'attachment; filename="evals.csv"', jsonTwin(url));
});
