"use client";
import { useQuery } from "@tanstack/react-query";

/** Which data the server serves (for pinned URLs and citations). */
export interface ServedData { data_version: string; source_commit: string; ingested_at: string }

// Checked by hand rather than with zod: the toolbar ships on every view and zod would add ~30 kB.
function servedData(body: unknown): ServedData {
  const d = (body as { database?: Record<string, unknown> } | null)?.database;
  const ok = d && ["data_version", "source_commit", "ingested_at"].every((k) => typeof d[k] === "string");
  if (!ok) throw new Error("Unexpected /api/health response");
  return { data_version: d.data_version as string, source_commit: d.source_commit as string, ingested_at: d.ingested_at as string };
}

/** The served data's provenance, read from /api/health. */
export function useServedData(): ServedData | undefined {
  return useQuery({
    queryKey: ["served-data"],
    queryFn: async ({ signal }) => servedData(await (await fetch("/api/health", { signal })).json()),
    staleTime: 60_000,
  }).data;
}
