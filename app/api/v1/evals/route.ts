import { getDb } from "@/db/client";
import { facetsOf } from "@/db/queries/evaluations";
import { getEvalRows } from "@/db/services/evals";
import { assertKnown } from "@/lib/api/known";
import { iterateEvalCsvRows } from "@/db/queries/eval-csv";
import { buildMeta } from "@/db/services/meta";
import { parseQuery } from "@/lib/api/query";
import { jsonTwin, handle, tableResponse } from "@/lib/api/respond";
import { EVAL_COLUMNS } from "@/lib/api/rows";
import { evalsQuerySchema } from "@/lib/api/schemas";
import { csvStream } from "@/lib/export/csv";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, evalsQuerySchema);
    const db = getDb();
    if (q.format === "csv") {
      assertKnown(facetsOf(db), q);
      // Streamed from a database cursor: memory stays flat however many rows the slice has.
      const at = new Map<string, number>(EVAL_COLUMNS.map((c, i) => [c, i]));
      return new Response(csvStream(EVAL_COLUMNS, iterateEvalCsvRows(db, q), (r, c) => r[at.get(c)!]), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8; header=present",
          "Content-Disposition": 'attachment; filename="evals.csv"',
          Link: `<${jsonTwin(url)}>; rel="describedby"; type="application/json"`,
          "Cache-Control": "no-store",
        },
      });
    }
    const rows = getEvalRows(db, q);
    return tableResponse({ format: q.format, rows, meta: buildMeta(db, url, rows.length), columns: EVAL_COLUMNS, filename: "evals", metadataUrl: jsonTwin(url) });
  });
});
