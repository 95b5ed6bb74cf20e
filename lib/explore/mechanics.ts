import { inGroup, type FitGroup, FIT_GROUPS } from "../domain/groups";
import type { Metric } from "../domain/metrics";
import { binEdges, DEFAULT_EPS, DEFAULT_NBINS } from "../fit/binned-min";
import { CI_QUANTILES, quantileSorted } from "../fit/bootstrap";
import { ciReason } from "../fit/ci-rule";
import { DEFAULT_BOOTSTRAP, fitPowerLaw, predictError } from "../fit/fit";
import type { FitMethodId } from "../fit/types";
import type { ExploreFit, ExploreRow } from "./types";

/** What a fit ran on, drawn over the chart: the points the estimator fitted, bin edges and a 95% band. */
export interface FitMechanics {
  key: string;
  group: string;
  /** Points the least squares ran on (bin minima at bin centres for binned-min), compute in GMACs, error in %. */
  fitted: { x: number; y: number }[];
  /** Bin edges in GMACs (binned-min only). */
  edges: number[];
  /** Pointwise 95% percentile-bootstrap band of the line (error in %), or null with the reason. */
  band: { x: number; lo: number; hi: number }[] | null;
  bandReason: string | null;
}

/** The rows a fit was computed from: its group's rows (the visible slice for a live refit) that have the metric. */
export function fitInputRows(rows: readonly ExploreRow[], slice: readonly ExploreRow[], group: string, metric: Metric): ExploreRow[] {
  const from = group === "slice" ? slice : rows.filter((r) => (FIT_GROUPS as readonly string[]).includes(group) && inGroup(group as FitGroup, r.upstream));
  return from.filter((r) => r.values[metric] !== null);
}

const BAND_POINTS = 24;

/**
 * Re-run a fit exactly as it was made (same rows, method and bootstrap seed) to recover what it
 * ran on. Returns null when the re-run does not reproduce the shown α (then nothing is drawn
 * rather than something that may not belong to the line). The band follows lib/fit/ci-rule.
 */
export function fitMechanics(input: readonly ExploreRow[], fit: ExploreFit, metric: Metric): FitMechanics | null {
  if (fit.status !== "ok" || fit.slope === null) return null;
  const compute = input.map((r) => r.totalGmacs);
  const error = input.map((r) => 1 - r.values[metric]!);
  const boot = { resamples: fit.bootstrap_resamples ?? DEFAULT_BOOTSTRAP.resamples, seed: fit.bootstrap_seed ?? DEFAULT_BOOTSTRAP.seed };
  const r = fitPowerLaw(compute, error, { method: fit.method as FitMethodId, bootstrap: boot.resamples > 0 ? boot : false, keepDraws: true });
  if (!r.ok || Math.abs(r.alpha - fit.slope) > 1e-9 * Math.max(1, Math.abs(fit.slope))) return null;
  const fitted = r.fitted.map((p) => ({ x: 10 ** p.x, y: 10 ** p.y * 100 }));
  const lx = compute.map(Math.log10);
  const edges = fit.method === "binned-min" ? binEdges(Math.min(...lx), Math.max(...lx) + DEFAULT_EPS, DEFAULT_NBINS).map((e) => 10 ** e) : [];
  const bandReason = r.ciReason ?? ciReason(r.nFit, r.bootstrap);
  let band: FitMechanics["band"] = null;
  if (!bandReason && r.draws) {
    const { alpha, log10A, eInf } = r.draws;
    const [l0, l1] = [Math.log10(r.xMin), Math.log10(r.xMax)];
    band = [];
    const pred = new Float64Array(alpha.length);
    for (let i = 0; i < BAND_POINTS; i++) {
      const x = 10 ** (l0 + ((l1 - l0) * i) / (BAND_POINTS - 1));
      let m = 0;
      for (let d = 0; d < alpha.length; d++) {
        const v = predictError({ alpha: alpha[d]!, A: 10 ** log10A[d]!, eInf: eInf?.[d] ?? null }, x);
        if (Number.isFinite(v) && v > 0) pred[m++] = v;
      }
      if (m === 0) continue;
      const sorted = pred.subarray(0, m).sort();
      band.push({ x, lo: quantileSorted(sorted, CI_QUANTILES[0]) * 100, hi: quantileSorted(sorted, CI_QUANTILES[1]) * 100 });
    }
  }
  return { key: `${fit.group}-${fit.method}-${fit.metric}`, group: fit.group, fitted, edges, band, bandReason };
}
