import { z } from "zod";
import { FIT_GROUPS, type FitGroup } from "../domain/groups";
import { METRICS } from "../domain/metrics";
import { token } from "../api/query";
import { VIEW_METHODS } from "../domain/paper";
import { EXPLORE_X, EXPLORE_Y, NO_GROUPS } from "./explore-query";
import { parseViewState, type ViewParse } from "./parse";

export { EXPLORE_DEFAULTS, EXPLORE_X, EXPLORE_Y, NO_GROUPS, exploreQuery } from "./explore-query";

/**
 * /explore URL state. `metric` is the metric whose error (1 − metric) is plotted and fitted
 * (default: the task's primary metric); `y` shows either that error or a raw metric column.
 * Empty arch/upstream/samples_seen lists mean "all". `groups` are the fit lines drawn; an empty
 * list is written `groups=none` (an absent parameter means the default groups).
 */
export const exploreStateSchema = z.object({
  task: token.default("imagenet1k"),
  metric: z.enum(METRICS).optional(),
  y: z.enum(EXPLORE_Y).default("error"),
  x: z.enum(EXPLORE_X).default("compute"),
  arch: z.array(token).max(50).default([]),
  upstream: z.array(token).max(10).default([]),
  samples_seen: z.array(token).max(10).default([]),
  groups: z.array(z.enum([...FIT_GROUPS, NO_GROUPS])).max(6)
    .transform((gs) => gs.filter((g): g is FitGroup => g !== NO_GROUPS))
    .default(["LAION", "CLIP-WIT"]),
  method: z.enum(VIEW_METHODS).default("paper"),
});
export type ExploreState = z.infer<typeof exploreStateSchema>;
export const EXPLORE_ARRAYS = ["arch", "upstream", "samples_seen", "groups"] as const;

/** Parse /explore's query (extra keys in `passthrough`, e.g. width/height/theme on /embed). */
export function parseExploreState(params: URLSearchParams, passthrough: readonly string[] = []): ViewParse<ExploreState> {
  return parseViewState(params, exploreStateSchema, EXPLORE_ARRAYS, passthrough);
}
