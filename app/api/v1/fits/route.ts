import { getDb } from "@/db/client";
import { assertKnown } from "@/lib/api/known";
import { facetsOf } from "@/db/queries/evaluations";
import { listFits } from "@/db/queries/fits";
import { buildMeta } from "@/db/services/meta";
import { toFitApiRow } from "@/lib/api/row-mappers";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonTwin, tableResponse } from "@/lib/api/respond";
import { FIT_CSV_COLUMNS, pickFitCell, type FitApiRow } from "@/lib/api/rows";
import { fitsQuerySchema } from "@/lib/api/schemas";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, fitsQuerySchema);
    const db = getDb();
    assertKnown(facetsOf(db), { task: q.task });
    const rows = listFits(db, q).map(toFitApiRow);
    return tableResponse<FitApiRow>({
      format: q.format, rows, meta: buildMeta(db, url, rows.length), columns: FIT_CSV_COLUMNS,
      pick: pickFitCell, filename: "fits", metadataUrl: jsonTwin(url),
    });
  });
});
