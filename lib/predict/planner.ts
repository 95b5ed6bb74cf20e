import { rangePosition } from "./budget";
import { computeForError, computeInterval } from "./inverse";
import { errorInterval, lawError, type Law } from "./law";

/** A budget: compute in GMACs, and the architecture and samples seen it came from when given that way. */
export interface Budget { compute: number; arch: string | null; samples_seen: number | null }
/** The inverse question: which compute reaches `target_error` (a fraction), and for `arch` how many samples. */
export interface Target { target_error: number; arch: string | null; gmacs_per_sample: number | null }

/** One task's answer: the law, the prediction at the budget and/or the compute for the target. */
export interface PlanRow {
  task: string; metric: string; group: string; method: string;
  status: "ok" | "no_fit"; reason: string | null;
  alpha: number | null; A: number | null; e_inf: number | null; n: number; n_fit: number | null;
  fit_x_min: number | null; fit_x_max: number | null;
  compute: number | null; arch: string | null; samples_seen: number | null;
  pred_error: number | null; pred_acc_pct: number | null;
  pred_interval: [number, number] | null; interval_reason: string | null;
  position: "inside" | "above" | "below" | null; decades_beyond: number | null;
  target_error: number | null; target_compute: number | null; target_compute_interval: [number, number | null] | null;
  target_samples_seen: number | null; target_samples_seen_interval: [number, number | null] | null;
  target_reason: string | null; target_interval_reason: string | null; target_decades_beyond: number | null;
}

type Key = { task: string; metric: string; group: string; method: string };

/** A row for a task whose law could not be fitted. */
export function failedPlanRow(key: Key, n: number, reason: string, budget: Budget | null, target: Target | null): PlanRow {
  return {
    ...key, status: "no_fit", reason, alpha: null, A: null, e_inf: null, n, n_fit: null, fit_x_min: null, fit_x_max: null,
    compute: budget?.compute ?? null, arch: budget?.arch ?? target?.arch ?? null, samples_seen: budget?.samples_seen ?? null,
    pred_error: null, pred_acc_pct: null, pred_interval: null, interval_reason: null, position: null, decades_beyond: null,
    target_error: target?.target_error ?? null, target_compute: null, target_compute_interval: null,
    target_samples_seen: null, target_samples_seen_interval: null, target_reason: null, target_interval_reason: null, target_decades_beyond: null,
  };
}

/** Predict with a fitted law at a budget (error, accuracy, 95% prediction interval, extrapolation) and/or invert it for a target. */
export function planRow(key: Key, law: Law, budget: Budget | null, target: Target | null): PlanRow {
  const row = failedPlanRow(key, law.n, "", budget, target);
  Object.assign(row, {
    status: "ok", reason: null, alpha: law.alpha, A: law.A, e_inf: law.eInf, n_fit: law.nFit,
    fit_x_min: law.xMin, fit_x_max: law.xMax,
  });
  if (budget) {
    const pred = lawError(law, budget.compute);
    const iv = errorInterval(law, budget.compute);
    Object.assign(row, {
      pred_error: pred, pred_acc_pct: 100 - 100 * pred, pred_interval: iv.interval, interval_reason: iv.reason,
      ...rangePosition(budget.compute, law.xMin, law.xMax),
    });
  }
  if (target) {
    const c = computeForError(law, target.target_error);
    row.target_reason = c.reason;
    if (c.compute !== null) {
      row.target_compute = c.compute;
      row.target_decades_beyond = rangePosition(c.compute, law.xMin, law.xMax).decades_beyond;
      const iv = computeInterval(law, target.target_error);
      row.target_compute_interval = iv.interval && [iv.interval[0], Number.isFinite(iv.interval[1]) ? iv.interval[1] : null];
      row.target_interval_reason = iv.reason;
      if (target.gmacs_per_sample) {
        const g = target.gmacs_per_sample;
        row.target_samples_seen = c.compute / g;
        row.target_samples_seen_interval = row.target_compute_interval && [row.target_compute_interval[0] / g, row.target_compute_interval[1] === null ? null : row.target_compute_interval[1] / g];
      }
    }
  }
  return row;
}
