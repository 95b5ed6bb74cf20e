import { reportTwinRoute, viewTwinRoute } from "@/app/_server/view-twin-route";
import { getDb } from "@/db/client";
import { backtestTwin } from "@/db/services/backtest-view";
import { exploreTwinData } from "@/db/services/explore-export";
import { predictTwin } from "@/db/services/predict-view";
import { compareTwinData, curvesTwinData, modelsTwinData, tasksTwinData } from "@/db/services/twins";
import { REPORT_VIEWS } from "@/lib/export/views";
import { backtestQuery, parseBacktestView, parsePredictView, predictQuery } from "@/lib/predict/view-state";

// The GET of every `/<view>.csv` and `/<view>.json` (each route.ts beside this file exports one),
// with the view's own parameters. JSON is `{ rows, fits, meta }` for the report views.

/** The rows /explore shows (`table=fits`: its fit lines). */
export const exploreCsv = reportTwinRoute(REPORT_VIEWS.explore, "csv", exploreTwinData);
export const exploreJson = reportTwinRoute(REPORT_VIEWS.explore, "json", exploreTwinData);
/** The atlas's points (evaluations of the tasks shown, in panel order; `table=fits`: its fits). */
export const tasksCsv = reportTwinRoute(REPORT_VIEWS.tasks, "csv", tasksTwinData);
export const tasksJson = reportTwinRoute(REPORT_VIEWS.tasks, "json", tasksTwinData);
/** One row per task (both laws, Δα with its 95% CI, crossing, multiplier; `table=fits`: its fits). */
export const compareCsv = reportTwinRoute(REPORT_VIEWS.compare, "csv", compareTwinData);
export const compareJson = reportTwinRoute(REPORT_VIEWS.compare, "json", compareTwinData);
/** The model cards the table shows, filtered and sorted. */
export const modelsCsv = reportTwinRoute(REPORT_VIEWS.models, "csv", modelsTwinData);
export const modelsJson = reportTwinRoute(REPORT_VIEWS.models, "json", modelsTwinData);
/** Every checkpoint of the curves drawn. */
export const curvesCsv = reportTwinRoute(REPORT_VIEWS["learning-curves"], "csv", curvesTwinData);
export const curvesJson = reportTwinRoute(REPORT_VIEWS["learning-curves"], "json", curvesTwinData);

/** The rows /predict shows (every task at the budget; `table=paper`: the paper table). */
const predict = (kind: "csv" | "json") =>
  viewTwinRoute(kind, parsePredictView, (s, url) => predictTwin(getDb(), s, url, predictQuery(s, url.searchParams)));
export const predictCsv = predict("csv");
export const predictJson = predict("json");
/** The per-task summary /backtest shows (`table=rows`: every held-out budget; `table=leaderboard`). */
const backtest = (kind: "csv" | "json") =>
  viewTwinRoute(kind, parseBacktestView, (s, url) => backtestTwin(getDb(), s, url, backtestQuery(s)));
export const backtestCsv = backtest("csv");
export const backtestJson = backtest("json");
