import { cachedRoute } from "@/db/cache/route";
import { getDb } from "@/db/client";
import { buildMeta } from "@/db/services/meta";
import { getPaperTable } from "@/db/services/predict";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonTwin, tableResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { PAPER_CSV_COLUMNS, pickCell } from "@/lib/predict/columns";
import { paperMeta } from "@/lib/predict/meta";
import { predictionsQuerySchema } from "@/lib/predict/schemas";

export const dynamic = "force-dynamic";

/** The paper notebook's prediction table (figures.ipynb cells 6–7) for ImageNet or MS-COCO, with the MAE in meta. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, predictionsQuerySchema);
    const db = getDb();
    const t = getPaperTable(db, q.task);
    if ("reason" in t) throw new AppError("unavailable", `The paper table cannot be computed: ${t.reason}.`);
    return tableResponse({
      format: q.format, rows: t.rows, meta: buildMeta(db, url, t.rows.length, paperMeta(q.task, t)), columns: PAPER_CSV_COLUMNS,
      pick: pickCell, filename: `predictions_paper_${q.task}`, metadataUrl: jsonTwin(url),
    });
  });
});
