/** Upstream (pre-training) datasets as they appear in zeroshot_results.csv. */
export const UPSTREAMS = ["LAION-80M", "LAION-400M", "LAION-2B", "CLIP-WIT"] as const;
export type Upstream = (typeof UPSTREAMS)[number];

/** Fit groups: `LAION` pools 80M, 400M and 2B (the paper's OpenCLIP fit); `CLIP-WIT` is OpenAI's. */
export const FIT_GROUPS = ["LAION", "LAION-80M", "LAION-400M", "LAION-2B", "CLIP-WIT"] as const;
export type FitGroup = (typeof FIT_GROUPS)[number];

/** Whether an evaluation row with this upstream dataset belongs to a fit group. */
export function inGroup(group: FitGroup, upstream: string): boolean {
  return group === "LAION" ? upstream.startsWith("LAION-") : upstream === group;
}

export const GROUP_LABELS: Record<FitGroup, string> = {
  LAION: "OpenCLIP (LAION, pooled)",
  "LAION-80M": "OpenCLIP LAION-80M",
  "LAION-400M": "OpenCLIP LAION-400M",
  "LAION-2B": "OpenCLIP LAION-2B",
  "CLIP-WIT": "OpenAI CLIP (WIT)",
};

/** trained_models_info.csv says "400M"; the results say "LAION-400M". */
export function upstreamFromData(data: string): string {
  return `LAION-${data}`;
}
