import * as z from "zod/mini";
import { MODEL_SORT_KEYS } from "../models/table";
import { defaultsOf, many, one, parseView, viewQuery, type StateOf, type ViewParse } from "./params";
import { choice, direction, token, tokens } from "./values";

/**
 * /models URL state: the sorted column and direction, the filters (empty list = all, as on
 * /explore: every box ticked) and the task whose score is shown beside ImageNet top-1.
 */
export const MODELS_PARAMS = {
  sort: one(choice(MODEL_SORT_KEYS, "compute")),
  dir: one(direction),
  arch: many(tokens(20)),
  upstream: many(tokens(10)),
  samples_seen: many(tokens(10)),
  task: one(z.optional(token)),
};
export type ModelsState = StateOf<typeof MODELS_PARAMS>;
export const MODELS_DEFAULTS: ModelsState = defaultsOf(MODELS_PARAMS);

/** Parse /models' query; every bad or unknown parameter is reported by name. */
export function parseModelsState(params: URLSearchParams): ViewParse<ModelsState> {
  return parseView(params, MODELS_PARAMS);
}

/** Canonical query string of a models state (defaults omitted). */
export function modelsQuery(s: ModelsState): string {
  return viewQuery(s, MODELS_PARAMS);
}
