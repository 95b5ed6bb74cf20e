import { getDb } from "@/db/client";
import { assertKnown } from "@/lib/api/known";
import { facetsOf } from "@/db/queries/evaluations";
import { listLearningCurves } from "@/db/queries/learning-curves";
import { buildMeta } from "@/db/services/meta";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonTwin, tableResponse } from "@/lib/api/respond";
import { curvesQuerySchema } from "@/lib/api/schemas";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

const COLUMNS = ["model", "arch", "upstream", "samples_seen_pretty", "epoch", "top1", "top5", "samples_seen", "steps"];

export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, curvesQuerySchema);
    const db = getDb();
    assertKnown(facetsOf(db), q);
    const rows = listLearningCurves(db, q);
    return tableResponse({ format: q.format, rows, meta: buildMeta(db, url, rows.length), columns: COLUMNS, filename: "learning-curves", metadataUrl: jsonTwin(url) });
  });
});
