import { tableRoute } from "@/app/_server/table-route";
import { iterateEvalCsvRows } from "@/db/queries/eval-csv";
import { facetsOf } from "@/db/queries/evaluations";
import { getEvalRows } from "@/db/services/evals";
import { assertKnown } from "@/lib/api/known";
import { jsonTwin } from "@/lib/api/respond";
import { EVAL_COLUMNS } from "@/lib/api/rows";
import { evalsQuerySchema } from "@/lib/api/schemas";
import { csvStream } from "@/lib/export/csv";

export const GET = tableRoute(evalsQuerySchema, (q, db, url) => {
  if (q.format === "json") return { rows: getEvalRows(db, q), columns: EVAL_COLUMNS, filename: "evals" };
  // Streamed from a database cursor: memory stays flat however many rows the slice has.
  assertKnown(facetsOf(db), q);
  const at = new Map<string, number>(EVAL_COLUMNS.map((c, i) => [c, i]));
  return new Response(csvStream(EVAL_COLUMNS, iterateEvalCsvRows(db, q), (r, c) => r[at.get(c)!]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="evals.csv"',
      Link: `<${jsonTwin(url)}>; rel="describedby"; type="application/json"`,
      "Cache-Control": "no-store",
    },
  });
});
