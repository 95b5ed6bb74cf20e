import { FIT_CONFIG } from "../fit/fit-row";
import { PAPER_ARCHS, type PaperTable } from "./paper-table";
import { SAMPLES_SEEN_LABELS } from "./budget";

/** What every prediction interval is (said once, in every response's meta). */
export const INTERVAL_NOTE =
  "95% percentile interval of the law's prediction over its bootstrap draws (1,000 resamples of the observations, seed 20230101): the uncertainty of the fitted law. It does not add the run-to-run scatter of a single model, so /api/v1/backtest reports how often held-out models actually fell inside. No interval from fewer than 5 fitted points.";

/** meta of the paper table: the procedure, the law, the MAE. */
export function paperMeta(task: string, t: PaperTable): Record<string, unknown> {
  return {
    table: "paper", task, mae: t.mae,
    law: { method: "binned-min", alpha: t.law.alpha, A: t.law.A, log10A: t.law.log10A, n: t.n_models, n_fit: t.law.nFit, x_min: t.law.xMin, x_max: t.law.xMax },
    procedure: `figures.ipynb cells 6–7: binned-min law on the task's LAION models of ${PAPER_ARCHS.join(", ")}; compute = samples seen × GMACs per sample (arch_info.csv); predicted accuracy % = 100 − 100·A·C^α; actual = lowest error among LAION models of that architecture and samples-seen label; MAE = mean |predicted − actual| error in percentage points over the rows with an actual.`,
    samples_seen_labels: SAMPLES_SEEN_LABELS,
    pred_ci: "accuracy %, [lo, hi]; pred_interval is the same interval on the error as fractions",
    interval: INTERVAL_NOTE,
    bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed },
  };
}
