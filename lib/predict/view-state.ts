import { many, one, parseView, viewQuery, type ViewParse } from "../url-state/params";
import type { PlanRow } from "./planner";
import { backtestViewSchema, predictViewSchema, type BacktestViewState, type PredictViewState } from "./schemas";
import type { BacktestSummary } from "../backtest/summary";
import { sortRows } from "../models/sort";

const p = predictViewSchema.shape;
/** /predict's parsers (its GET form and twins), one per field of its zod schema, in canonical order. */
export const PREDICT_PARAMS = {
  task: one(p.task), group: one(p.group), method: one(p.method), compute: one(p.compute), arch: one(p.arch),
  samples_seen: one(p.samples_seen), target_error: one(p.target_error), sort: one(p.sort), dir: one(p.dir), table: one(p.table), paper_task: one(p.paper_task),
};
const b = backtestViewSchema.shape;
/** /backtest's parsers (its GET form and twins). */
export const BACKTEST_PARAMS = {
  task: one(b.task), group: one(b.group), method: many(b.method), holdout: one(b.holdout), sort: one(b.sort), dir: one(b.dir), table: one(b.table),
};

/** The budget /predict shows when the URL names none: the question, ViT-H/14 at 68B samples. */
export const DEFAULT_BUDGET = { arch: "ViT-H-14", samples_seen: "68B" } as const;

/** Parse /predict's query (its twins drop `bom` first); every bad parameter is named. */
export function parsePredictView(params: URLSearchParams): ViewParse<PredictViewState> {
  return parseView(withoutEmpty(params), PREDICT_PARAMS, { passthrough: ["bom"] }) as ViewParse<PredictViewState>;
}
/** Parse /backtest's query. */
export function parseBacktestView(params: URLSearchParams): ViewParse<BacktestViewState> {
  return parseView(withoutEmpty(params), BACKTEST_PARAMS, { passthrough: ["bom"] }) as ViewParse<BacktestViewState>;
}

/** An empty field of the views' GET forms means "not given" (never 0: zod must not coerce ""). */
function withoutEmpty(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (v.trim() !== "") out.append(k, v);
  return out;
}

/** Canonical query of a /predict state, with the raw samples_seen label kept as written. */
export function predictQuery(s: PredictViewState, raw: URLSearchParams): string {
  const q = new URLSearchParams(viewQuery({ ...s, samples_seen: undefined }, PREDICT_PARAMS));
  const ss = raw.get("samples_seen");
  if (ss !== null && s.samples_seen !== undefined) q.set("samples_seen", ss);
  return q.toString();
}
export function backtestQuery(s: BacktestViewState): string {
  return viewQuery(s, BACKTEST_PARAMS);
}

/** Planner rows in the view's order (missing values last in either direction), ties by task. */
export function sortPlanRows(rows: PlanRow[], sort: PredictViewState["sort"], dir: "asc" | "desc"): PlanRow[] {
  const width = (r: PlanRow) => (r.pred_interval ? r.pred_interval[1] - r.pred_interval[0] : null);
  return sortRows(rows, (r) => (sort === "width" ? width(r) : r[sort]), dir, [(r) => r.task]);
}

/** Backtest summaries in the view's order, ties by task and method. */
export function sortSummaries(rows: BacktestSummary[], sort: BacktestViewState["sort"], dir: "asc" | "desc"): BacktestSummary[] {
  return sortRows(rows, (r) => r[sort], dir, [(r) => r.task, (r) => r.method]);
}
