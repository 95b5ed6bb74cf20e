import * as z from "zod/mini";
import { FIT_GROUPS, type FitGroup } from "../domain/groups";
import { METRICS } from "../domain/metrics";
import { VIEW_METHODS } from "../domain/paper";
import { defaultsOf, many, one, parseView, viewQuery, type StateOf, type ViewParse } from "./params";
import { choice, token, tokens } from "./values";

/** The `groups` value that means "draw no precomputed fit lines". */
export const NO_GROUPS = "none";

export const EXPLORE_X = ["compute", "samples", "gmacs", "params"] as const;
export const EXPLORE_Y = ["error", ...METRICS] as const;

const groups = z._default(
  z.pipe(z.array(z.enum([...FIT_GROUPS, NO_GROUPS])).check(z.maxLength(6)), z.transform((gs) => gs.filter((g): g is FitGroup => g !== NO_GROUPS))),
  ["LAION", "CLIP-WIT"],
);

/**
 * /explore URL state, one nuqs parser per parameter (the page, its twins, /embed and the client's
 * useQueryStates all read it). `metric` is the metric whose error (1 − metric) is plotted and
 * fitted (default: the task's primary metric); `y` shows either that error or a raw metric column.
 * Empty arch/upstream/samples_seen lists mean "all". `groups` are the fit lines drawn; an empty list
 * is written `groups=none` (an absent parameter means the default groups).
 */
export const EXPLORE_PARAMS = {
  task: one(z._default(token, "imagenet1k")),
  metric: one(z.optional(z.enum(METRICS))),
  y: one(choice(EXPLORE_Y, "error")),
  x: one(choice(EXPLORE_X, "compute")),
  arch: many(tokens(50)),
  upstream: many(tokens(10)),
  samples_seen: many(tokens(10)),
  groups: many(groups, (gs: FitGroup[]) => (gs.length ? gs : [NO_GROUPS])),
  method: one(choice(VIEW_METHODS, "paper")),
};
export type ExploreState = StateOf<typeof EXPLORE_PARAMS>;

/** The state of /explore with no query parameters. */
export const EXPLORE_DEFAULTS: ExploreState = defaultsOf(EXPLORE_PARAMS);

/** Canonical query string of an explore state (defaults omitted; no groups is `groups=none`, last). */
export function exploreQuery(s: ExploreState): string {
  if (s.groups.length > 0) return viewQuery(s, EXPLORE_PARAMS);
  const q = viewQuery({ ...s, groups: undefined }, EXPLORE_PARAMS);
  return q ? `${q}&groups=${NO_GROUPS}` : `groups=${NO_GROUPS}`;
}

/** Parse /explore's query (extra keys in `passthrough`, e.g. width/height/theme on /embed). */
export function parseExploreState(params: URLSearchParams, passthrough: readonly string[] = []): ViewParse<ExploreState> {
  return parseView(params, EXPLORE_PARAMS, { passthrough });
}
