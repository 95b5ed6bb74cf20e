import type { FitMethodId } from "../fit/types";

/** `method=paper`: whatever estimator the paper's notebook used for that group. */
export const PAPER = "paper" as const;

/**
 * The upstream notebook fits OpenCLIP (LAION, any size) with the binned-minimum method and
 * OpenAI's three CLIP models with plain least squares (`lstsq`) — three points, one per bin.
 */
export function paperMethod(group: string): FitMethodId {
  return group === "CLIP-WIT" ? "ols" : "binned-min";
}
