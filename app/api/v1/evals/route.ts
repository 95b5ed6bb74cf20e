import { getDb } from "@/db/client";
import { getEvalRows } from "@/db/queries/api";
import { buildMeta } from "@/db/queries/meta";
import { parseQuery } from "@/lib/api/query";
import { jsonTwin, handle, tableResponse } from "@/lib/api/respond";
import { EVAL_COLUMNS } from "@/lib/api/rows";
import { evalsQuerySchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, evalsQuerySchema);
    const db = getDb();
    const rows = getEvalRows(db, q);
    return tableResponse({ format: q.format, rows, meta: buildMeta(db, url, rows.length), columns: EVAL_COLUMNS, filename: "evals", metadataUrl: jsonTwin(url) });
  });
}
