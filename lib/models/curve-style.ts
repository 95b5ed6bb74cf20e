/** Line dash per upstream dataset (the chart colours by architecture): 80M dotted, 400M dashed, 2B solid. */
export const UPSTREAM_DASH: Record<string, string | undefined> = { "LAION-80M": "2 3", "LAION-400M": "8 4", "LAION-2B": undefined };

/** Line width per samples-seen bucket, so 3B / 13B / 34B runs of one architecture and dataset stay apart. */
export const SAMPLES_WIDTH: Record<string, number> = { "3B": 1, "13B": 1.75, "34B": 2.75 };

/** Width of a samples-seen bucket's line (unknown buckets get the middle width). */
export function samplesWidth(pretty: string): number {
  return SAMPLES_WIDTH[pretty] ?? 1.75;
}
