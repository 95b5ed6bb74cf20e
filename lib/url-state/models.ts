import * as z from "zod/mini";
import { MODEL_SORT_KEYS } from "../models/table";
import { many, one, viewUrl, type StateOf } from "./params";
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
/** Parse /models' query (every bad or unknown parameter named); a state's canonical query (defaults omitted). */
export const { parse: parseModelsState, query: modelsQuery } = viewUrl(MODELS_PARAMS);
