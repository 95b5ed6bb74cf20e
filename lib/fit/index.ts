/** Power-law fits E = A·C^α in log10–log10 space: methods, bootstrap intervals and predictions. */
export { mulberry32, randomIndex } from "./rng";
export { quantileSorted, CI_QUANTILES } from "./bootstrap";
export { fitPowerLaw, predictError } from "./fit";
export { sensitivity, type SensitivityRow, type SensitivitySummary } from "./sensitivity";
