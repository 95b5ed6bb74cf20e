import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "../client";
import { ingests } from "../schema";

export interface Provenance {
  source_repo: string; source_commit: string; source: string; data_version: string; ingested_at: string;
  files: { file: string; sha256: string; rows: number; bytes: number }[];
  row_counts: Record<string, number>; warnings: string[];
  fit_config: unknown;
}

/** Where the served data came from: the single ingest record of this database. */
export function getProvenance(db: Db): Provenance {
  const r = db.select().from(ingests).orderBy(desc(ingests.id)).get();
  if (!r) throw new Error("Failed to load provenance: the database has no ingest record");
  return {
    source_repo: r.sourceRepo, source_commit: r.sourceCommit, source: r.source, data_version: r.version, ingested_at: r.finishedAt,
    files: JSON.parse(r.filesJson), row_counts: JSON.parse(r.rowCountsJson), warnings: JSON.parse(r.warningsJson),
    fit_config: JSON.parse(r.fitConfigJson),
  };
}
