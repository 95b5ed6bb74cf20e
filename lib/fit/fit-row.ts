import type { Metric } from "../domain/metrics";
import type { FitMethodId, FitResult } from "./types";

/** Bootstrap settings of the precomputed fits; recorded in the ingest row and in every export. */
export const FIT_CONFIG = { resamples: 1000, seed: 20230101, interval: 0.95, binnedMin: { nbins: 5, eps: 0.1 } } as const;

export interface FitRow {
  task: string; metric: Metric; group: string; method: FitMethodId; status: "ok" | "no_fit"; reason: string | null; n: number;
  alpha: number | null; coefficient: number | null; log10Coefficient: number | null; r2: number | null;
  xMin: number | null; xMax: number | null; alphaLo: number | null; alphaHi: number | null;
  coefficientLo: number | null; coefficientHi: number | null;
  bootstrapResamples: number | null; bootstrapUsed: number | null; bootstrapSeed: number | null; fittedJson: string | null;
  eInf: number | null; eInfLo: number | null; eInfHi: number | null; nFit: number | null;
  loss: number | null; converged: number | null; ciReason: string | null;
}

/** Turn a fit result into a table row. */
export function toFitRow(key: { task: string; metric: Metric; group: string; method: FitMethodId }, r: FitResult): FitRow {
  if (!r.ok) {
    return { ...key, status: "no_fit", reason: r.reason, n: r.n, alpha: null, coefficient: null, log10Coefficient: null, r2: null,
      xMin: null, xMax: null, alphaLo: null, alphaHi: null, coefficientLo: null, coefficientHi: null,
      bootstrapResamples: null, bootstrapUsed: null, bootstrapSeed: null, fittedJson: null,
      eInf: null, eInfLo: null, eInfHi: null, nFit: null, loss: null, converged: null, ciReason: null };
  }
  return {
    ...key, status: "ok", reason: null, n: r.n, alpha: r.alpha, coefficient: r.A, log10Coefficient: r.log10A, r2: r.r2,
    xMin: r.xMin, xMax: r.xMax, alphaLo: r.alphaCi?.[0] ?? null, alphaHi: r.alphaCi?.[1] ?? null,
    coefficientLo: r.aCi?.[0] ?? null, coefficientHi: r.aCi?.[1] ?? null,
    bootstrapResamples: r.bootstrap?.resamples ?? null, bootstrapUsed: r.bootstrap?.used ?? null,
    bootstrapSeed: r.bootstrap?.seed ?? null, fittedJson: JSON.stringify(r.fitted),
    eInf: r.eInf, eInfLo: r.eInfCi?.[0] ?? null, eInfHi: r.eInfCi?.[1] ?? null, nFit: r.nFit,
    loss: r.loss ?? null, converged: r.converged === undefined ? null : Number(r.converged), ciReason: r.ciReason,
  };
}
