import { getDb } from "@/db/client";
import { getProvenance } from "@/db/queries/ingest";
import { jsonResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
const started = Date.now();

/** Liveness plus which database version is being served. */
export function GET() {
  const uptime_s = (Date.now() - started) / 1000;
  try {
    const p = getProvenance(getDb());
    return jsonResponse({ status: "ok", uptime_s, database: { data_version: p.data_version, ingested_at: p.ingested_at, source_commit: p.source_commit, row_counts: p.row_counts } });
  } catch (e) {
    const message = e instanceof AppError ? e.message : "database unreadable";
    return jsonResponse({ status: "unavailable", uptime_s, error: message }, 503);
  }
}
