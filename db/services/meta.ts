import "server-only";
import type { Db } from "../client";
import { getProvenance } from "../queries/provenance";

/** The `meta` object of every API response: provenance, the query, row count, time. */
export function buildMeta(db: Db, url: URL, rowCount: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...getProvenance(db),
    paper: "Cherti et al., Reproducible scaling laws for contrastive language-image learning, CVPR 2023 (arXiv:2212.07143)",
    query: Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
    row_count: rowCount,
    generated_at: new Date().toISOString(),
    dictionary: "/api/v1/dictionary",
    ...extra,
  };
}
