import { z } from "zod";
import { token } from "../api/query";
import { MODEL_SORT_KEYS } from "../models/table";
import { parseViewState, toQuery, type ViewParse } from "./parse";

/**
 * /models URL state: the sorted column and direction, the filters (empty list = all, as on
 * /explore: every box ticked) and the task whose score is shown beside ImageNet top-1.
 */
export const modelsStateSchema = z.object({
  sort: z.enum(MODEL_SORT_KEYS).default("compute"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  arch: z.array(token).max(20).default([]),
  upstream: z.array(token).max(10).default([]),
  samples_seen: z.array(token).max(10).default([]),
  task: token.optional(),
});
export type ModelsState = z.infer<typeof modelsStateSchema>;
export const MODELS_ARRAYS = ["arch", "upstream", "samples_seen"] as const;
export const MODELS_DEFAULTS: ModelsState = modelsStateSchema.parse({});

/** Parse /models' query; every bad or unknown parameter is reported by name. */
export function parseModelsState(params: URLSearchParams): ViewParse<ModelsState> {
  return parseViewState(params, modelsStateSchema, MODELS_ARRAYS);
}

/** Canonical query string of a models state (defaults omitted). */
export function modelsQuery(s: ModelsState): string {
  return toQuery(s, MODELS_DEFAULTS);
}
