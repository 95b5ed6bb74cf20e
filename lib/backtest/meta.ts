import { INTERVAL_NOTE } from "../predict/meta";

/** How the backtest works, in every response's meta. */
export const BACKTEST_META = {
  procedure: "Per task × group × method: m = distinct compute values of the group's models; the models whose compute is among the k = max(1, ⌊holdout·m⌋) highest are held out; the law is fitted on the rest (same method, bootstrap kept). A held-out budget is one (architecture, samples-seen label); its actual is the held-out model with the lowest error there; the prediction is the law at that model's compute.",
  fields: {
    abs_error_pp: "|pred_error − actual_error| × 100 (percentage points)",
    rel_error: "|pred_error − actual_error| / actual_error",
    covered: "actual_error inside pred_interval (null when the fit gives no interval)",
    decades_beyond: "log10(compute / largest fitted compute)",
    median_rel_error: "leaderboard: median over tasks of each task's mean rel_error",
    best_share: "leaderboard: share of tasks (scored by every method) where the method has the lowest mean rel_error; ties count for each",
  },
  interval: INTERVAL_NOTE,
} as const;
