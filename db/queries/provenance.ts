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

// A handle's file never changes (the server opens it read-only; an ingest renames a new file into
// place and getDb opens a new handle), so the record is read and parsed once per handle, not per request.
const cache = new WeakMap<Db, Provenance>();

/** Where the served data came from: the single ingest record of this database (cached per handle). */
export function getProvenance(db: Db): Provenance {
  let p = cache.get(db);
  if (!p) cache.set(db, (p = readProvenance(db)));
  return p;
}

function readProvenance(db: Db): Provenance {
  const r = db.select().from(ingests).orderBy(desc(ingests.id)).get();
  if (!r) throw new Error("Failed to load provenance: the database has no ingest record");
  return {
    source_repo: r.sourceRepo, source_commit: r.sourceCommit, source: r.source, data_version: r.version, ingested_at: r.finishedAt,
    files: JSON.parse(r.filesJson), row_counts: JSON.parse(r.rowCountsJson), warnings: JSON.parse(r.warningsJson),
    fit_config: JSON.parse(r.fitConfigJson),
  };
}
