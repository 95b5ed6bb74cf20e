/** Power-law fits E = A·C^α in log10–log10 space: methods, bootstrap intervals and predictions. */
export * from "./types";
export { olsLine, FEWER_THAN_TWO_X } from "./ols";
export { binnedMinLine, binEdges, digitize, DEFAULT_NBINS, DEFAULT_EPS } from "./binned-min";
export { mulberry32, randomIndex, type Rng } from "./rng";
export { bootstrapLine, bootstrapDraws, intervalsFromDraws, quantileSorted, CI_QUANTILES, type BootstrapOptions, type BootstrapResult } from "./bootstrap";
export { estimators, isLineMethod } from "./estimators";
export { sortPoints } from "./sort-points";
export { findInputProblem } from "./validate";
export { fitPowerLaw, predictError, DEFAULT_BOOTSTRAP } from "./fit";
export { ciReason, MIN_CI_POINTS, MIN_USABLE_SHARE } from "./ci-rule";
export { paretoFrontier } from "./frontier";
export { huber, satLoss, HUBER_DELTA } from "./saturating-objective";
export { fitFromGrid, frontierData, startGrid, MIN_FRONTIER_POINTS } from "./saturating";
export { bfgs } from "./bfgs";
export { sensitivity, SENSITIVITY_BINS, SENSITIVITY_EPS, type SensitivityRow, type SensitivitySummary } from "./sensitivity";
