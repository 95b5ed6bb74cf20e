import { z } from "zod";
import { token } from "../api/query";
import { CURVE_X, CURVE_Y } from "../models/curves";
import { parseViewState, toQuery, type ViewParse } from "./parse";

/** /learning-curves URL state: x (epoch, samples seen or steps), y (top-1 or top-5) and filters. */
export const curvesStateSchema = z.object({
  x: z.enum(CURVE_X).default("samples"),
  y: z.enum(CURVE_Y).default("top1"),
  arch: z.array(token).max(20).default([]),
  upstream: z.array(token).max(10).default([]),
  samples_seen: z.array(token).max(10).default([]),
});
export type CurvesState = z.infer<typeof curvesStateSchema>;
export const CURVES_ARRAYS = ["arch", "upstream", "samples_seen"] as const;
export const CURVES_DEFAULTS: CurvesState = curvesStateSchema.parse({});

/** Parse /learning-curves' query; every bad or unknown parameter is reported by name. */
export function parseCurvesState(params: URLSearchParams): ViewParse<CurvesState> {
  return parseViewState(params, curvesStateSchema, CURVES_ARRAYS);
}

/** Canonical query string of a learning-curves state (defaults omitted). */
export function curvesQuery(s: CurvesState): string {
  return toQuery(s, CURVES_DEFAULTS);
}
