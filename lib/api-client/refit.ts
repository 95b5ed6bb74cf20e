import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import type { FitApiRow } from "../api/rows";

const pair = z.tuple([z.number(), z.number()]).nullable();

/** A fit row as /api/v1/fit and /api/v1/fits serve it (lib/api/rows FitApiRow). */
export const fitApiRowSchema = z.object({
  task: z.string(), metric: z.string(), group: z.string(), method: z.string(), status: z.enum(["ok", "no_fit"]), reason: z.string().nullable(),
  n: z.number().int(), slope: z.number().nullable(), slope_ci: pair, coefficient: z.number().nullable(), coefficient_ci: pair,
  log10_coefficient: z.number().nullable(), r2: z.number().nullable(), x_min: z.number().nullable(), x_max: z.number().nullable(),
  bootstrap_resamples: z.number().nullable(), bootstrap_used: z.number().nullable(), bootstrap_seed: z.number().nullable(),
}) satisfies z.ZodType<FitApiRow>;

/** /api/v1/fit's JSON: exactly one fit row, and the slice it was fitted on. */
export const refitResponseSchema = z.object({
  rows: z.array(fitApiRowSchema).length(1),
  meta: z.object({ refit: z.object({ n_rows: z.number().int() }) }),
});

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

/** react-query options for a live refit of a slice; the response is validated with zod. */
export function refitOptions(s: RefitSlice) {
  const query = refitQuery(s);
  return queryOptions({
    queryKey: ["refit", query],
    queryFn: async ({ signal }): Promise<{ fit: FitApiRow; nRows: number }> => {
      const res = await fetch(`/api/v1/fit?${query}`, { signal });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        const msg = z.object({ error: z.object({ message: z.string() }) }).safeParse(body);
        throw new Error(msg.success ? msg.data.error.message : `Refit failed (HTTP ${res.status})`);
      }
      const parsed = refitResponseSchema.safeParse(body);
      if (!parsed.success) throw new Error(`Unexpected refit response: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return { fit: parsed.data.rows[0]!, nRows: parsed.data.meta.refit.n_rows };
    },
    staleTime: Infinity,
  });
}
