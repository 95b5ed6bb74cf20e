import { FIT_GROUPS, GROUP_LABELS, type FitGroup } from "../domain/groups";
import { resolveMethod } from "../domain/paper";
import { formatAlphaCi, formatFixed, formatLaw } from "../format";
import type { LineParams } from "./lines";
import type { ExploreFit } from "./types";

/** Precomputed fits to show: one per selected group (in FIT_GROUPS order) for the metric and method. */
export function selectFits(fits: readonly ExploreFit[], groups: readonly FitGroup[], metric: string, method: string): ExploreFit[] {
  return FIT_GROUPS.filter((g) => groups.includes(g)).flatMap((g) => fits.filter((f) => f.group === g && f.metric === metric && f.method === resolveMethod(method, g)));
}

/** Line parameters of a successful fit, or null (no fit, or a value missing). */
export function lineParams(f: ExploreFit): LineParams | null {
  if (f.status !== "ok" || f.slope === null || f.coefficient === null || f.x_min === null || f.x_max === null) return null;
  return { A: f.coefficient, alpha: f.slope, xMin: f.x_min, xMax: f.x_max, eInf: f.e_inf ?? null };
}

/** Display name of a fit's group ("slice" is the live refit). */
export function groupLabel(group: string): string {
  return group === "slice" ? "Refit of this slice" : (GROUP_LABELS[group as FitGroup] ?? group);
}

/** "[−0.137, −0.088]" or "–" without an interval (lib/format). */
export function formatCi(ci: readonly [number, number] | null, digits = 3): string {
  return formatAlphaCi(ci, digits);
}

/**
 * The law, α's 95% CI (or why there is none) and n in one line (the chart legend; R² with n_fit is
 * in the fit table), e.g. "E = 5.86·C^−0.111 · α 95% CI [−0.137, −0.088] · n = 29".
 */
export function fitCaption(f: ExploreFit): string {
  if (f.status !== "ok" || f.slope === null || f.coefficient === null) return `no fit (${f.reason ?? "unknown reason"}) · n = ${f.n}`;
  return `${formatLaw(f.coefficient, f.slope, f.e_inf)} · ${ciText(f)} · n = ${f.n}`;
}

/** "α 95% CI [−0.137, −0.088]", or the interval rule's reason ("no interval: 3 fitted points …"). */
export function ciText(f: Pick<ExploreFit, "slope_ci" | "ci_reason">): string {
  return f.slope_ci ? `α 95% CI ${formatCi(f.slope_ci)}` : (f.ci_reason ?? "no interval");
}

/** R² labelled with the points it was computed on: "R² = 0.98 on n_fit = 5". */
export function r2Text(f: Pick<ExploreFit, "r2" | "n_fit">): string {
  return `R² = ${formatFixed(f.r2, 2)}${f.n_fit === null ? "" : ` on n_fit = ${f.n_fit}`}`;
}

export { formatAlpha, formatCoefCi } from "../format";
