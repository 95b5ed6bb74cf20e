import { queryOptions } from "@tanstack/react-query";
import type { FitApiRow } from "../api/rows";

/** The slice to refit: one task, its metric, method and the explore filters. */
export interface RefitSlice {
  task: string;
  metric: string;
  method: string;
  arch: readonly string[];
  upstream: readonly string[];
  samples_seen: readonly string[];
}

/** Query string of /api/v1/fit for a slice (filters comma-joined, empty ones omitted). */
export function refitQuery(s: RefitSlice): string {
  const q = new URLSearchParams({ task: s.task, metric: s.metric, method: s.method });
  for (const key of ["arch", "upstream", "samples_seen"] as const) if (s[key].length) q.set(key, s[key].join(","));
  return q.toString();
}

/** react-query options for a live refit of a slice; the response is validated with zod (explore-schemas.ts). */
export function refitOptions(s: RefitSlice) {
  const query = refitQuery(s);
  return queryOptions({
    queryKey: ["refit", query],
    queryFn: async ({ signal }): Promise<{ fit: FitApiRow; nRows: number }> => {
      const res = await fetch(`/api/v1/fit?${query}`, { signal });
      const body: unknown = await res.json().catch(() => null);
      // The schemas load with the first refit, not with the page (zod is ~23 kB gzip).
      const { refitResponseSchema, apiErrorSchema } = await import("./explore-schemas");
      if (!res.ok) {
        const msg = apiErrorSchema.safeParse(body);
        throw new Error(msg.success ? msg.data.error.message : `Refit failed (HTTP ${res.status})`);
      }
      const parsed = refitResponseSchema.safeParse(body);
      if (!parsed.success) throw new Error(`Unexpected refit response: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return { fit: parsed.data.rows[0]!, nRows: parsed.data.meta.refit.n_rows };
    },
    staleTime: Infinity,
  });
}
