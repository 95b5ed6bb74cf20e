import * as z from "zod/mini";
import { FIT_GROUPS } from "../domain/groups";
import { VIEW_METHODS } from "../domain/paper";
import { defaultsOf, one, viewUrl, type StateOf } from "./params";
import { choice, direction, token } from "./values";

/** Sort keys of the /compare table (values said in words sort last). */
export const COMPARE_SORTS = ["task", "delta", "multiplier", "crossing"] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

/**
 * /compare URL state: two fit groups a and b (Δα = α_b − α_a), the fit method, and the task drawn
 * in the overlay chart, and the table's sort (task, Δα, multiplier or crossing) and direction. The
 * metric is each task's primary metric, so it is not a parameter.
 */
export const COMPARE_PARAMS = {
  a: one(choice(FIT_GROUPS, "LAION-400M")),
  b: one(choice(FIT_GROUPS, "LAION-2B")),
  method: one(choice(VIEW_METHODS, "paper")),
  task: one(z._default(token, "imagenet1k")),
  sort: one(choice(COMPARE_SORTS, "task")),
  dir: one(direction),
};
export type CompareState = StateOf<typeof COMPARE_PARAMS>;
export const COMPARE_DEFAULTS: CompareState = defaultsOf(COMPARE_PARAMS);
/** Parse /compare's query (bad or unknown parameters named; a = b refused); a state's canonical query. */
export const { parse: parseCompareState, query: compareQuery } = viewUrl(COMPARE_PARAMS, {
  refine: (s) => (s.a === s.b ? [{ param: "b", message: `"b": must be a different group from a` }] : []),
});
