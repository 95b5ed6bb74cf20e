"use client";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ArchGmacs } from "@/lib/place/compute";
import type { Law, NoLaw } from "@/lib/place/law";
import { lawsFrom, type LawsPayload } from "@/lib/place/law-set";

/** Laws of a group and method: observations from the API, fitted here with lib/fit (the same call as the server). */
export function useLaws(group: string, method: string): { laws: Map<string, Law | NoLaw> | null; archs: Map<string, ArchGmacs>; payload: LawsPayload | undefined; error: string | null } {
  const q = useQuery({
    queryKey: ["place-laws", group, method],
    queryFn: async (): Promise<LawsPayload> => {
      const r = await fetch(`/api/v1/place/laws?group=${encodeURIComponent(group)}&method=${encodeURIComponent(method)}`);
      const body = await r.json();
      if (!r.ok) throw new Error(body?.error?.message ?? `HTTP ${r.status}`);
      return body as LawsPayload;
    },
    staleTime: Infinity,
  });
  const laws = useMemo(() => (q.data ? lawsFrom(q.data.group, q.data.tasks) : null), [q.data]);
  const archs = useMemo(() => new Map((q.data?.archs ?? []).map((a) => [a.arch, a])), [q.data]);
  return { laws, archs, payload: q.data, error: q.error ? (q.error as Error).message : null };
}
