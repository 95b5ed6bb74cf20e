import { z } from "zod";
import { FIT_GROUPS } from "../domain/groups";
import { METRICS } from "../domain/metrics";
import { token } from "../api/query";
import { FIT_METHODS } from "../fit/types";
import { parseViewState, toQuery, type ViewParse } from "./parse";

export const EXPLORE_X = ["compute", "samples", "gmacs", "params"] as const;
export const EXPLORE_Y = ["error", ...METRICS] as const;

/**
 * /explore URL state. `metric` is the metric whose error (1 − metric) is plotted and fitted
 * (default: the task's primary metric); `y` shows either that error or a raw metric column.
 * Empty arch/upstream/samples_seen lists mean "all". `groups` are the fit lines drawn.
 */
export const exploreStateSchema = z.object({
  task: token.default("imagenet1k"),
  metric: z.enum(METRICS).optional(),
  y: z.enum(EXPLORE_Y).default("error"),
  x: z.enum(EXPLORE_X).default("compute"),
  arch: z.array(token).max(50).default([]),
  upstream: z.array(token).max(10).default([]),
  samples_seen: z.array(token).max(10).default([]),
  groups: z.array(z.enum(FIT_GROUPS)).max(5).default(["LAION", "CLIP-WIT"]),
  method: z.enum(FIT_METHODS as unknown as [string, ...string[]]).default("binned-min"),
});
export type ExploreState = z.infer<typeof exploreStateSchema>;
export const EXPLORE_ARRAYS = ["arch", "upstream", "samples_seen", "groups"] as const;
export const EXPLORE_DEFAULTS: ExploreState = exploreStateSchema.parse({});

/** Parse /explore's query (extra keys in `passthrough`, e.g. width/height/theme on /embed). */
export function parseExploreState(params: URLSearchParams, passthrough: readonly string[] = []): ViewParse<ExploreState> {
  return parseViewState(params, exploreStateSchema, EXPLORE_ARRAYS, passthrough);
}

/** Canonical query string of an explore state (defaults omitted). */
export function exploreQuery(s: ExploreState): string {
  return toQuery(s, EXPLORE_DEFAULTS);
}
