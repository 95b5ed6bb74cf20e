import { METRICS } from "../domain/metrics";
import type { ExploreState } from "./explore";
import { toQuery } from "./parse";

/*
 * The zod-free half of the /explore URL contract (explore.ts re-exports it): what the browser needs
 * to write URLs, without shipping zod to the client (~30 kB gzip). explore.test.ts checks that
 * EXPLORE_DEFAULTS equals what the schema parses from an empty query.
 */

/** The `groups` value that means "draw no precomputed fit lines". */
export const NO_GROUPS = "none";

export const EXPLORE_X = ["compute", "samples", "gmacs", "params"] as const;
export const EXPLORE_Y = ["error", ...METRICS] as const;

/** The state of /explore with no query parameters. */
export const EXPLORE_DEFAULTS: ExploreState = {
  task: "imagenet1k", y: "error", x: "compute", arch: [], upstream: [], samples_seen: [], groups: ["LAION", "CLIP-WIT"], method: "paper",
};

/** Canonical query string of an explore state (defaults omitted). */
export function exploreQuery(s: ExploreState): string {
  const q = toQuery(s, EXPLORE_DEFAULTS);
  // toQuery writes nothing for an empty list, which would read back as the default groups.
  if (s.groups.length > 0) return q;
  return q ? `${q}&groups=${NO_GROUPS}` : `groups=${NO_GROUPS}`;
}
