import { CURVE_X, CURVE_Y } from "../models/curves";
import { defaultsOf, many, one, viewUrl, type StateOf } from "./params";
import { choice, tokens } from "./values";

/** /learning-curves URL state: x (epoch, samples seen or steps), y (top-1 or top-5) and filters. */
export const CURVES_PARAMS = {
  x: one(choice(CURVE_X, "samples")),
  y: one(choice(CURVE_Y, "top1")),
  arch: many(tokens(20)),
  upstream: many(tokens(10)),
  samples_seen: many(tokens(10)),
};
export type CurvesState = StateOf<typeof CURVES_PARAMS>;
export const CURVES_DEFAULTS: CurvesState = defaultsOf(CURVES_PARAMS);
/** Parse /learning-curves' query (every bad or unknown parameter named); a state's canonical query. */
export const { parse: parseCurvesState, query: curvesQuery } = viewUrl(CURVES_PARAMS);
