import "server-only";
import { archLabel } from "../../lib/domain/arch";
import type { FitGroup } from "../../lib/domain/groups";
import { AppError } from "../../lib/errors";
import { buildLawChart, type LawChartModel } from "../../lib/predict/chart";
import type { Law } from "../../lib/predict/law";
import type { PaperTable } from "../../lib/predict/paper-table";
import type { PlanRow } from "../../lib/predict/planner";
import { resolvePlan } from "../../lib/predict/request";
import type { PredictViewState } from "../../lib/predict/schemas";
import { DEFAULT_BUDGET, sortPlanRows } from "../../lib/predict/view-state";
import { parseSamplesSeen, samplesSeenLabel } from "../../lib/predict/budget";
import { formatPct, formatSci } from "../../lib/format";
import { PAPER_CSV_COLUMNS, PLAN_CSV_COLUMNS } from "../../lib/predict/columns";
import { INTERVAL_NOTE, paperMeta } from "../../lib/predict/meta";
import type { ViewTwin } from "../../lib/predict/twin-response";
import { badParams } from "../../lib/export/twin";
import type { Db } from "../client";
import { buildMeta } from "./meta";
import { facetsOf } from "../queries/evaluations";
import { archGmacs, getLaw, getPaperTable, getPlan, groupPoints, taskPoints } from "./predict";

export interface PredictViewData {
  rows: PlanRow[];
  chartRow: PlanRow | null;
  chart: LawChartModel | null;
  paper: PaperTable;
  paperChart: LawChartModel;
  budgetLabel: string;
  defaultedBudget: boolean;
}

/** Errors of a parsed /predict state that need the data (unknown task or architecture, impossible budget). */
export function predictViewErrors(db: Db, s: PredictViewState): { param: string; message: string }[] {
  if (!facetsOf(db).task.includes(s.task)) return [{ param: "task", message: `"task": unknown task "${s.task}"` }];
  try {
    plan(db, s);
  } catch (e) {
    if (e instanceof AppError) return [{ param: e.param ?? "query", message: e.message }];
    throw e;
  }
  return [];
}

function plan(db: Db, s: PredictViewState) {
  const g = archGmacs(db);
  const none = s.compute === undefined && s.samples_seen === undefined && s.target_error === undefined;
  const input = none ? { ...s, arch: s.arch ?? DEFAULT_BUDGET.arch, samples_seen: parseSamplesSeen(DEFAULT_BUDGET.samples_seen)! } : s;
  return { ...resolvePlan(input, (a) => g.get(a), () => [...g.keys()]), defaulted: none };
}

/** Everything /predict shows: the planner table over all tasks, the chart task's law with the budget, the paper table and figure. */
export async function getPredictView(db: Db, s: PredictViewState): Promise<PredictViewData> {
  const { budget, target, defaulted } = plan(db, s);
  const group = s.group as FitGroup;
  const rows = sortPlanRows(await getPlan(db, { tasks: facetsOf(db).task, group, method: s.method, budget, target }), s.sort, s.dir);
  const chartRow = rows.find((r) => r.task === s.task) ?? null;
  const { fit } = await getLaw(db, s.task, group, s.method);
  const budgetLabel = budget ? (budget.arch ? `${archLabel(budget.arch)} at ${samplesSeenLabel(budget.samples_seen!) ?? formatSci(budget.samples_seen!)} samples seen` : `${formatSci(budget.compute)} GMACs`) : "";
  const chart = fit.ok ? buildLawChart({
    points: groupPoints(db, s.task, group).map((p) => ({ compute: p.compute, error: p.error, label: `${archLabel(p.arch)} ${p.upstream} ${p.samplesSeenPretty}`, kind: "fit" as const })),
    laws: [{ key: "law", label: `${group} ${fit.method}`, law: fit as Law }],
    marks: budget ? [{ compute: budget.compute, label: `budget: ${budgetLabel}`, lawKey: "law" }] : [],
    vlines: [...(budget ? [{ compute: budget.compute, label: "budget" }] : []), ...(chartRow?.target_compute ? [{ compute: chartRow.target_compute, label: `reaches ${formatPct(target!.target_error, 1)}` }] : [])],
  }) : null;
  const paper = getPaperTable(db, s.paper_task);
  if ("reason" in paper) throw new Error(`Failed to compute the paper table: ${paper.reason}`);
  const paperChart = buildLawChart({
    points: (taskPoints(db)[s.paper_task] ?? []).filter((p) => p.upstream !== "CLIP-WIT").map((p) => ({ compute: p.compute, error: p.error, label: `${archLabel(p.arch)} ${p.upstream} ${p.samplesSeenPretty}`, kind: "fit" as const })),
    laws: [{ key: "paper", label: "LAION binned-min (the notebook's law)", law: paper.law }],
    marks: paper.rows.map((r) => ({ compute: r.compute, label: r.label, lawKey: "paper", actual: r.actual_error })),
    vlines: [],
  });
  return { rows, chartRow, chart, paper, paperChart, budgetLabel, defaultedBudget: defaulted };
}

/** /predict.csv and /predict.json: the planner rows the view shows (same order), or `table=paper` the paper table shown. */
export async function predictTwin(db: Db, s: PredictViewState, url: URL, query: string): Promise<ViewTwin> {
  const errors = predictViewErrors(db, s);
  if (errors.length) throw badParams(errors);
  const d = await getPredictView(db, s);
  if (s.table === "paper") {
    return { rows: d.paper.rows, columns: PAPER_CSV_COLUMNS, meta: buildMeta(db, url, d.paper.rows.length, paperMeta(s.paper_task, d.paper)), view: "predict", lead: [s.paper_task], part: "paper", query };
  }
  const meta = buildMeta(db, url, d.rows.length, { view_state: s, budget: d.budgetLabel, default_budget: d.defaultedBudget, interval: INTERVAL_NOTE, units: { compute: "GMACs", error: "fraction", pred_acc_pct: "%" } });
  return { rows: d.rows, columns: PLAN_CSV_COLUMNS, meta, view: "predict", lead: [s.group], query };
}
