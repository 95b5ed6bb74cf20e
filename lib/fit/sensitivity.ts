import { binnedMinLine } from "./binned-min";
import { fitPowerLaw } from "./fit";
import { sortPoints } from "./sort-points";
import type { FitMethodId } from "./types";

/** One variant of a fit: `bins=7`, `eps=0.2`, `leave-out:<model id>` (or `all` for the fit itself). */
export interface SensitivityRow {
  variant: string; slope: number | null; coefficient: number | null; e_inf: number | null; n_fit: number | null; reason: string | null;
}
export interface SensitivitySummary {
  slope: number | null; slope_min: number | null; slope_max: number | null;
  most_influential: string | null; most_influential_shift: number | null;
}

/** Bin counts and bin-width offsets of the binned-min variants (issue 8). */
const SENSITIVITY_BINS = [3, 4, 5, 6, 7, 8, 9, 10] as const;
const SENSITIVITY_EPS = [0.05, 0.1, 0.2] as const;

type Obs = { model: string; compute: number; error: number };

function pointFit(obs: readonly Obs[], method: FitMethodId, variant: string): SensitivityRow {
  const r = fitPowerLaw(obs.map((o) => o.compute), obs.map((o) => o.error), { method, bootstrap: false });
  return r.ok
    ? { variant, slope: r.alpha, coefficient: r.A, e_inf: r.eInf, n_fit: r.nFit, reason: null }
    : { variant, slope: null, coefficient: null, e_inf: null, n_fit: null, reason: r.reason };
}

function binnedVariant(obs: readonly Obs[], nbins: number, eps: number, variant: string): SensitivityRow {
  // Same log10 sort as fitPowerLaw, so bins=5 / eps=0.1 reproduce the stored binned-min fit exactly.
  const { xs, ys } = sortPoints(obs.map((o) => Math.log10(o.compute)), obs.map((o) => Math.log10(o.error)));
  const line = obs.length === 0 ? { reason: "no observations" } : binnedMinLine(xs, ys, nbins, eps);
  return "reason" in line
    ? { variant, slope: null, coefficient: null, e_inf: null, n_fit: null, reason: line.reason }
    : { variant, slope: line.slope, coefficient: 10 ** line.intercept, e_inf: null, n_fit: line.points.length, reason: null };
}

/**
 * How the fit of `method` moves: binned-min with 3–10 bins (eps 0.1) and eps 0.05/0.1/0.2 (5 bins),
 * and every method without each model in turn. Point estimates only (no bootstrap). The first row
 * (`all`) is the fit itself; the summary's range covers every variant that fitted, and the most
 * influential model is the one whose removal moves α the most.
 */
export function sensitivity(obs: readonly Obs[], method: FitMethodId): { rows: SensitivityRow[]; summary: SensitivitySummary } {
  const rows: SensitivityRow[] = [pointFit(obs, method, "all")];
  if (method === "binned-min") {
    for (const b of SENSITIVITY_BINS) rows.push(binnedVariant(obs, b, 0.1, `bins=${b}`));
    for (const e of SENSITIVITY_EPS) rows.push(binnedVariant(obs, 5, e, `eps=${e}`));
  }
  for (const o of [...obs].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0))) {
    rows.push(pointFit(obs.filter((x) => x !== o), method, `leave-out:${o.model}`));
  }
  const base = rows[0]!.slope;
  const slopes = rows.map((r) => r.slope).filter((s): s is number => s !== null);
  let most: string | null = null;
  let shift: number | null = null;
  if (base !== null) {
    for (const r of rows) {
      if (!r.variant.startsWith("leave-out:") || r.slope === null) continue;
      const d = Math.abs(r.slope - base);
      if (shift === null || d > shift) { shift = d; most = r.variant.slice("leave-out:".length); }
    }
  }
  return {
    rows,
    summary: {
      slope: base, slope_min: slopes.length ? Math.min(...slopes) : null, slope_max: slopes.length ? Math.max(...slopes) : null,
      most_influential: most, most_influential_shift: shift,
    },
  };
}
