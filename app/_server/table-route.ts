import "server-only";
import type { z } from "zod";
import { cachedRoute, type CachedRouteOptions } from "@/db/cache/route";
import { getDb, type Db } from "@/db/client";
import { buildMeta } from "@/db/services/meta";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonResponse, jsonTwin, tableResponse } from "@/lib/api/respond";

/** What a table route reads: its rows, CSV columns (and cell picker), file name, extra `meta` fields and extra JSON fields (beside rows). */
export interface Table<T> { rows: T[]; columns: readonly string[]; filename: string; pick?: (row: T, col: string) => unknown; meta?: Record<string, unknown>; json?: Record<string, unknown> }

type Format = { format: "json" | "csv" };

/**
 * GET of one /api/v1 table as `{ rows, meta }` JSON or CSV (`format=`), cached per data version:
 * the query parsed with `schema` (a bad parameter is a 400 naming it), one database handle, the
 * provenance in `meta`. `read` may answer with its own Response (a streamed CSV).
 */
export function tableRoute<S extends z.ZodObject<z.ZodRawShape>, T>(schema: S, read: (q: z.infer<S> & Format, db: Db, url: URL) => Table<T> | Response | Promise<Table<T> | Response>, opts?: CachedRouteOptions) {
  return cachedRoute(function GET(req: Request) {
    return handle(async () => {
      const url = new URL(req.url);
      const q = parseQuery(url.searchParams, schema) as z.infer<S> & Format;
      const db = getDb();
      const t = await read(q, db, url);
      if (t instanceof Response) return t;
      const meta = buildMeta(db, url, t.rows.length, t.meta);
      if (q.format === "json" && t.json) return jsonResponse({ rows: t.rows, ...t.json, meta });
      return tableResponse({ format: q.format, rows: t.rows, meta, columns: t.columns, pick: t.pick, filename: t.filename, metadataUrl: jsonTwin(url) });
    });
  }, opts);
}
