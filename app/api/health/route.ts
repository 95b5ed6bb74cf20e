import { cacheStats } from "@/db/cache/store";
import { getDb } from "@/db/client";
import { getProvenance } from "@/db/queries/provenance";
import { cpuPoolStats } from "@/db/services/cpu-pool";
import { jsonResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";

const started = Date.now();

/**
 * Liveness plus which database version is being served: 200 with the data version, ingest time,
 * source commit and row counts; 503 with a message when the database is missing or unreadable
 * (a load balancer or a person sees why, and the process stays up to serve the next ingest).
 */
export function GET() {
  const m = process.memoryUsage();
  const proc = { uptime_s: (Date.now() - started) / 1000, rss_bytes: m.rss, heap_used_bytes: m.heapUsed, node: process.version };
  try {
    const db = getDb();
    const p = getProvenance(db);
    // One handle for the whole response: the version and the counts come from the same file.
    return jsonResponse({
      status: "ok",
      uptime_s: proc.uptime_s,
      database: { data_version: p.data_version, ingested_at: p.ingested_at, source_commit: p.source_commit, source: p.source, row_counts: p.row_counts },
      process: proc,
      // The CPU pool (null until a chart, fit or comparison started it): completed tasks count work done off the request thread.
      cpu_pool: cpuPoolStats(),
      // The data-version cache (db/cache/store.ts): entries, bytes of its budget, hits and misses since start.
      cache: cacheStats(),
    });
  } catch (e) {
    const message = e instanceof AppError ? e.message : `Database unreadable: ${reason(e)}. Run \`npm run ingest\` to rebuild it.`;
    return jsonResponse({ status: "unavailable", uptime_s: proc.uptime_s, error: { code: "unavailable", message, param: null }, process: proc }, 503);
  }
}

/** SQLite's own words (e.g. "file is not a database"), without paths or stack traces. */
function reason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  return `${typeof code === "string" ? `${code}: ` : ""}${msg.split("\n")[0]!.replace(/\/[^\s"']+/g, "…").slice(0, 200)}`;
}
