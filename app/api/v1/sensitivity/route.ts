import { cachedRoute } from "@/db/cache/route";
import { getDb } from "@/db/client";
import { buildMeta } from "@/db/services/meta";
import { getSensitivity } from "@/db/services/sensitivity";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonResponse, jsonTwin, tableResponse } from "@/lib/api/respond";
import { sensitivityQuerySchema } from "@/lib/api/schemas";
import { SENSITIVITY_CSV_COLUMNS } from "@/lib/api/sensitivity";
import type { Metric } from "@/lib/domain/metrics";
import type { FitGroup } from "@/lib/domain/groups";

export const dynamic = "force-dynamic";

/** How one precomputed fit moves with bins, eps and each model left out (refits on the CPU pool). */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, sensitivityQuerySchema);
    const db = getDb();
    const s = await getSensitivity(db, { task: q.task, metric: q.metric as Metric | undefined, group: q.group as FitGroup, method: q.method });
    const meta = buildMeta(db, url, s.rows.length, {
      fit: { task: s.task, metric: s.metric, group: s.group, method: s.method },
      variants: "all = the fit itself; bins=k: binned-min with k bins (eps 0.1); eps=e: 5 bins over [min, max + e]; leave-out:<model>: the method without that model",
      summary: s.summary,
    });
    if (q.format === "json") return jsonResponse({ rows: s.rows, summary: s.summary, meta });
    return tableResponse({ format: "csv", rows: s.rows, meta, columns: SENSITIVITY_CSV_COLUMNS, filename: "sensitivity", metadataUrl: jsonTwin(url) });
  });
});
