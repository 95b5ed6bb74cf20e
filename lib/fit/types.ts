/** Identifier of a fit method: two lines in log10–log10 space and the saturating law E∞ + A·C^α. */
export type FitMethodId = "binned-min" | "ols" | "saturating";

/** The methods that fit a straight line in log10–log10 space (LineEstimator). */
export type LineMethodId = Exclude<FitMethodId, "saturating">;

/** All fit methods, in display order. */
export const FIT_METHODS: readonly FitMethodId[] = ["binned-min", "ols", "saturating"];

/** A straight line y = slope·x + intercept; `points` are what the least squares ran on (log10 space). */
export interface LineFit {
  slope: number;
  intercept: number;
  r2: number;
  points: { x: number; y: number }[];
}

/** Why a line could not be fitted (e.g. too few distinct x). */
export interface LineFailure {
  reason: string;
}

/** (log10 C, log10 E) arrays → a line or the reason it cannot be fitted; `lean`: slope and intercept only (r2 NaN, no points), as a bootstrap resample needs. */
export type LineEstimator = (xs: ArrayLike<number>, ys: ArrayLike<number>, lean?: boolean) => LineFit | LineFailure;

/** Options for fitPowerLaw; bootstrap defaults to { resamples: 1000, seed: 20230101 }. */
export interface FitOptions {
  method: FitMethodId;
  bootstrap?: { resamples: number; seed: number } | false;
  /** Keep the bootstrap draws on the result (`draws`), for prediction intervals and derived statistics. */
  keepDraws?: boolean;
}

/** Bootstrap draws in draw order (index i of each array is one resample); eInf is null for pure power laws. */
export interface FitDraws {
  alpha: Float64Array;
  log10A: Float64Array;
  eInf: Float64Array | null;
}

/** A successful fit of E = A·C^α; `alpha` is the log–log slope, `log10A` the intercept. */
export interface FitOk {
  ok: true;
  method: FitMethodId;
  alpha: number;
  log10A: number;
  A: number;
  /** Number of observations given (not the number of binned points). */
  n: number;
  /** Points the estimator actually fitted: bin minima (binned-min), frontier points (saturating), all (ols). */
  nFit: number;
  /** Irreducible error E∞ (fraction) of the saturating law; null for pure power laws. */
  eInf: number | null;
  /** R² on `fitted` (the nFit points the estimator ran on), in log10 E. */
  r2: number;
  /** Why the fit carries no interval (lib/fit/ci-rule.ts), or null when it has one. */
  ciReason: string | null;
  /** Saturating only: the objective (sum of Huber losses) at the optimum, and whether the optimiser converged. */
  loss?: number;
  converged?: boolean;
  /** Saturating only: 95% percentile-bootstrap interval of E∞ (null as the other intervals are). */
  eInfCi?: [number, number] | null;
  /** Smallest and largest raw compute (GMACs) of the input. */
  xMin: number;
  xMax: number;
  /** 95% percentile-bootstrap intervals; null whenever ciReason is set. */
  alphaCi: [number, number] | null;
  aCi: [number, number] | null;
  log10ACi: [number, number] | null;
  bootstrap: { resamples: number; used: number; seed: number } | null;
  /** Points the estimator ran on, in log10 space (bin minima at bin centres; frontier points for saturating). */
  fitted: { x: number; y: number }[];
  /** The bootstrap draws, only when FitOptions.keepDraws was set and the fit carries an interval. */
  draws?: FitDraws;
}

/** A fit that could not be made; `reason` names the problem for display. */
export interface FitFail {
  ok: false;
  method: FitMethodId;
  n: number;
  reason: string;
}

/** Result of fitPowerLaw: discriminate on `ok`. */
export type FitResult = FitOk | FitFail;
