import { z } from "zod";
import { token } from "../api/query";
import { FIT_GROUPS } from "../domain/groups";
import { VIEW_METHODS } from "../domain/paper";
import { parseViewState, toQuery, type ViewParse } from "./parse";

/** Sort keys of the /compare table (values said in words sort last). */
export const COMPARE_SORTS = ["task", "delta", "multiplier", "crossing"] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

/**
 * /compare URL state: two fit groups a and b (Δα = α_b − α_a), the fit method, and the task drawn
 * in the overlay chart, and the table's sort (task, Δα, multiplier or crossing) and direction. The
 * metric is each task's primary metric, so it is not a parameter.
 */
export const compareStateSchema = z
  .object({
    a: z.enum(FIT_GROUPS).default("LAION-400M"),
    b: z.enum(FIT_GROUPS).default("LAION-2B"),
    method: z.enum(VIEW_METHODS).default("paper"),
    task: token.default("imagenet1k"),
    sort: z.enum(COMPARE_SORTS).default("task"),
    dir: z.enum(["asc", "desc"]).default("asc"),
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
