import type { SensitivityApiSummary } from "../api-client/sensitivity";

const signed = (v: number) => `${v < 0 ? "−" : ""}${Math.abs(v).toFixed(3)}`;

/**
 * One sentence per fit, e.g. "α = −0.111; range over bins 3–10, eps 0.05–0.2 and leave-one-out:
 * −0.125 … −0.101; most influential model: X (α moves by 0.012 without it)".
 */
export function sensitivityText(method: string, s: SensitivityApiSummary): string {
  if (s.slope === null) return "no fit, so no sensitivity";
  const over = method === "binned-min" ? "bins 3–10, eps 0.05–0.2 and leave-one-out" : "leave-one-model-out";
  const range = s.slope_min === null || s.slope_max === null ? "–" : `${signed(s.slope_min)} … ${signed(s.slope_max)}`;
  const most = s.most_influential === null ? "" : `; most influential model: ${s.most_influential} (α moves by ${s.most_influential_shift!.toFixed(3)} without it)`;
  return `α = ${signed(s.slope)}; range over ${over}: ${range}${most}`;
}
