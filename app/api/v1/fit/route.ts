import { getDb } from "@/db/client";
import { buildMeta } from "@/db/services/meta";
import { refitSlice } from "@/db/services/refit";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonTwin, tableResponse } from "@/lib/api/respond";
import { FIT_CSV_COLUMNS, pickFitCell, type FitApiRow } from "@/lib/api/rows";
import { fitQuerySchema } from "@/lib/api/schemas";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, fitQuerySchema);
    const db = getDb();
    const { task, arch, upstream, samples_seen, model } = q;
    const r = await refitSlice(db, { slice: { task, arch, upstream, samples_seen, model }, metric: q.metric, method: q.method, bootstrap: q.bootstrap, seed: q.seed });
    const meta = buildMeta(db, url, 1, { refit: { slice: r.slice, n_rows: r.n_rows, fitted_points: r.fitted, bootstrap: q.bootstrap } });
    return tableResponse<FitApiRow>({
      format: q.format, rows: [r.fit], meta, columns: FIT_CSV_COLUMNS,
      pick: pickFitCell, filename: "refit", metadataUrl: jsonTwin(url),
    });
  });
});
