import { getDb } from "@/db/client";
import { assertKnown } from "@/lib/api/known";
import { facetsOf } from "@/db/queries/evaluations";
import { buildMeta } from "@/db/services/meta";
import { listModels } from "@/db/queries/models";
import { toModelApiRow, type ModelApiRow } from "@/lib/api/row-mappers";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonTwin, tableResponse } from "@/lib/api/respond";
import { modelsQuerySchema } from "@/lib/api/schemas";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

const COLUMNS: (keyof ModelApiRow)[] = [
  "id", "name", "origin", "arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs", "lr", "warmup", "epochs",
  "gpus", "samples_per_sec", "samples_per_epoch", "local_batch_size", "global_batch_size", "nominal_samples_seen", "steps", "gpu_hours",
  "detailed_training_info", "checkpoint_url", "source_line",
];

export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, modelsQuerySchema);
    const db = getDb();
    assertKnown(facetsOf(db), q);
    const rows = listModels(db, q).map(toModelApiRow);
    return tableResponse({ format: q.format, rows, meta: buildMeta(db, url, rows.length), columns: COLUMNS, filename: "models", metadataUrl: jsonTwin(url) });
  });
});
