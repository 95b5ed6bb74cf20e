import { z } from "zod";
import { token } from "../api/query";
import { FIT_GROUPS } from "../domain/groups";
import { VIEW_METHODS } from "../domain/paper";
import { parseViewState, toQuery, type ViewParse } from "./parse";

/**
 * /compare URL state: two fit groups a and b (Δα = α_b − α_a), the fit method, and the task drawn
 * in the overlay chart. The metric is each task's primary metric, so it is not a parameter.
 */
export const compareStateSchema = z
  .object({
    a: z.enum(FIT_GROUPS).default("LAION-400M"),
    b: z.enum(FIT_GROUPS).default("LAION-2B"),
    method: z.enum(VIEW_METHODS).default("paper"),
    task: token.default("imagenet1k"),
  })
  .refine((s) => s.a !== s.b, { path: ["b"], message: "must be a different group from a" });
export type CompareState = z.infer<typeof compareStateSchema>;
export const COMPARE_DEFAULTS: CompareState = compareStateSchema.parse({});

/** Parse /compare's query; bad or unknown parameters come back named. */
export function parseCompareState(params: URLSearchParams): ViewParse<CompareState> {
  return parseViewState(params, compareStateSchema, []);
}

/** Canonical query string of a /compare state (defaults omitted). */
export function compareQuery(s: CompareState): string {
  return toQuery(s, COMPARE_DEFAULTS);
}
