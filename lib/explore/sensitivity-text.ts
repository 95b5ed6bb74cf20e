import type { SensitivityApiSummary } from "../api-client/sensitivity";
import { formatAlpha, formatFixed } from "../format";

/**
 * One sentence per fit, e.g. "α = −0.111; range over bins 3–10, eps 0.05–0.2 and leave-one-out:
 * −0.125 … −0.101; most influential model: X (α moves by 0.012 without it)".
 */
export function sensitivityText(method: string, s: SensitivityApiSummary): string {
  if (s.slope === null) return "no fit, so no sensitivity";
  const over = method === "binned-min" ? "bins 3–10, eps 0.05–0.2 and leave-one-out" : "leave-one-model-out";
  const range = s.slope_min === null || s.slope_max === null ? "–" : `${formatAlpha(s.slope_min)} … ${formatAlpha(s.slope_max)}`;
  const most = s.most_influential === null ? "" : `; most influential model: ${s.most_influential} (α moves by ${formatFixed(s.most_influential_shift)} without it)`;
  return `α = ${formatAlpha(s.slope)}; range over ${over}: ${range}${most}`;
}
