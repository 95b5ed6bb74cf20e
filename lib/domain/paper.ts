import { FIT_METHODS, type FitMethodId } from "../fit/types";

/** `method=paper`: whatever estimator the paper's notebook used for that group. */
export const PAPER = "paper" as const;

/** Methods a view or API parameter may name: the estimators plus the `paper` selector. */
export const VIEW_METHODS = [PAPER, ...FIT_METHODS] as unknown as readonly [string, ...string[]];

/** Labels for method pickers (shared by every view). */
export const METHOD_LABELS: Record<string, string> = {
  paper: "as in the paper (binned-min for LAION, OLS for OpenAI)",
  "binned-min": "binned-min for all groups",
  ols: "OLS on all points for all groups",
  saturating: "saturating E = E∞ + A·C^α (Pareto frontier, Huber) for all groups",
};

/**
 * The upstream notebook fits OpenCLIP (LAION, any size) with the binned-minimum method and
 * OpenAI's three CLIP models with plain least squares (`lstsq`) — three points, one per bin.
 */
export function paperMethod(group: string): FitMethodId {
  return group === "CLIP-WIT" ? "ols" : "binned-min";
}

/** The estimator a view's method means for a fit group. */
export function resolveMethod(method: string, group: string): FitMethodId {
  return method === PAPER ? paperMethod(group) : (method as FitMethodId);
}

/** For a live refit of a slice: OLS when every observation is OpenAI's, binned-min otherwise. */
export function resolveSliceMethod(method: string, upstreams: readonly string[]): FitMethodId {
  if (method !== PAPER) return method as FitMethodId;
  return upstreams.length > 0 && upstreams.every((u) => u === "CLIP-WIT") ? "ols" : "binned-min";
}
