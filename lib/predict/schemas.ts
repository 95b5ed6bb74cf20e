import { z } from "zod";
import { format, list, token } from "../api/query";
import { FIT_GROUPS } from "../domain/groups";
import { VIEW_METHODS } from "../domain/paper";
import { FIT_METHODS } from "../fit/types";
import { HOLDOUT_DEFAULT, HOLDOUT_MAX, HOLDOUT_MIN } from "../backtest/split";
import { parseSamplesSeen, SAMPLES_SEEN_LABEL_LIST } from "./budget";
import { PAPER_TASKS } from "./paper-table";

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** A positive finite decimal number written plainly (`1e12`, `0.2`); never coerced from "". */
const positive = (what: string) => z.string().regex(NUMBER, `must be a positive number (${what})`).transform(Number)
  .pipe(z.number().finite("must be finite").positive("must be greater than 0"));

export const samplesSeenParam = z.string().transform((s, ctx) => {
  const v = parseSamplesSeen(s);
  if (v === null) ctx.addIssue({ code: "custom", message: `must be a positive number or one of ${SAMPLES_SEEN_LABEL_LIST.join(", ")}` });
  return v ?? 0;
});
const targetError = positive("an error fraction").pipe(z.number().lt(1, "must be an error fraction below 1 (e.g. 0.2 for 20%)"));
const method = z.enum(VIEW_METHODS);
const budgetShape = {
  group: z.enum(FIT_GROUPS).default("LAION"),
  method: method.default("paper"),
  compute: positive("GMACs").optional(),
  arch: z.optional(token),
  samples_seen: samplesSeenParam.optional(),
  target_error: targetError.optional(),
};

/** /api/v1/predictions: the paper's table (`table=paper`) for one of the notebook's two tasks. */
export const predictionsQuerySchema = z.object({ table: z.enum(["paper"]).default("paper"), task: z.enum(PAPER_TASKS).default("imagenet1k"), format });

/** /api/v1/predict: tasks (or `all`), group, method, a budget (compute | arch + samples_seen) and/or target_error. */
export const predictQuerySchema = z.object({ task: list(token), ...budgetShape, format });

const holdout = z.string().regex(NUMBER, "must be a number between 0.1 and 0.5").transform(Number)
  .pipe(z.number().min(HOLDOUT_MIN, `must be at least ${HOLDOUT_MIN}`).max(HOLDOUT_MAX, `must be at most ${HOLDOUT_MAX}`));
const fitMethod = z.enum(FIT_METHODS as unknown as [string, ...string[]]);

/** /api/v1/backtest: tasks (default all), groups (default LAION), methods (default every estimator), holdout share. */
export const backtestQuerySchema = z.object({
  task: list(token), group: list(z.enum(FIT_GROUPS)), method: list(fitMethod),
  holdout: holdout.default(HOLDOUT_DEFAULT), table: z.enum(["rows", "summary", "leaderboard"]).default("rows"), format,
});

/** /predict view state (and its .csv/.json twins): the chart task, the budget and the table's sort. */
export const predictViewSchema = z.object({
  task: z._default(token, "imagenet1k"),
  ...budgetShape,
  sort: z.enum(["task", "pred_error", "width", "decades_beyond", "target_compute"]).default("task"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  table: z.enum(["planner", "paper"]).default("planner"),
  paper_task: z.enum(PAPER_TASKS).default("imagenet1k"),
});
export type PredictViewState = z.infer<typeof predictViewSchema>;

/** /backtest view state (and twins): group, holdout, methods, the chart task and the table's sort. */
export const backtestViewSchema = z.object({
  task: z._default(token, "imagenet1k"),
  group: z.enum(FIT_GROUPS).default("LAION"),
  method: z.array(fitMethod).default([...FIT_METHODS]),
  holdout: holdout.default(HOLDOUT_DEFAULT),
  sort: z.enum(["task", "mean_rel_error", "mae_pp", "coverage", "max_decades_beyond"]).default("task"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  table: z.enum(["summary", "rows", "leaderboard"]).default("summary"),
});
export type BacktestViewState = z.infer<typeof backtestViewSchema>;
