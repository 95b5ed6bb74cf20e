import { queryOptions } from "@tanstack/react-query";

/** A row of /api/v1/sensitivity (lib/fit/sensitivity.ts SensitivityRow). */
export interface SensitivityApiRow { variant: string; slope: number | null; coefficient: number | null; e_inf: number | null; n_fit: number | null; reason: string | null }
export interface SensitivityApiSummary { slope: number | null; slope_min: number | null; slope_max: number | null; most_influential: string | null; most_influential_shift: number | null }

/** react-query options for the sensitivity of one precomputed fit. */
export function sensitivityOptions(p: { task: string; metric: string; group: string; method: string }) {
  const query = new URLSearchParams(p).toString();
  return queryOptions({
    queryKey: ["sensitivity", query],
    queryFn: async ({ signal }): Promise<{ rows: SensitivityApiRow[]; summary: SensitivityApiSummary }> => {
      const res = await fetch(`/api/v1/sensitivity?${query}`, { signal });
      const body = (await res.json().catch(() => null)) as { rows?: SensitivityApiRow[]; summary?: SensitivityApiSummary; error?: { message?: string } } | null;
      if (!res.ok || !body?.rows || !body.summary) throw new Error(body?.error?.message ?? `Sensitivity failed (HTTP ${res.status})`);
      return { rows: body.rows, summary: body.summary };
    },
    staleTime: Infinity,
  });
}
