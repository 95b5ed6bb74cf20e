import "server-only";
import { EVAL_COLUMNS as EVAL_API_COLUMNS } from "../../lib/api/rows";
import { primaryMetric } from "../../lib/domain/metrics";
import { CURVE_EXPORT_COLUMNS, MODEL_EXPORT_COLUMNS } from "../../lib/export/columns";
import { COMPARE_COLUMNS, flattenCompareRow } from "../../lib/export/compare-rows";
import { facetsOf as curveFacetsOf, unknownFilterValues } from "../../lib/models/facets";
import { filterModels, sortModels, toModelTableRows } from "../../lib/models/table";
import type { CompareState } from "../../lib/url-state/compare";
import type { CurvesState } from "../../lib/url-state/learning-curves";
import type { ModelsState } from "../../lib/url-state/models";
import type { TasksState } from "../../lib/url-state/tasks";
import { AppError } from "../../lib/errors";
import type { TwinData } from "../../lib/export/twin";
import { resolveMethod } from "../../lib/domain/paper";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import type { Db } from "../client";
import { getEvalRows } from "./evals";
import { ATLAS_GROUPS, buildAtlasPanels, shownPanels } from "../../lib/atlas/panels";
import { getAtlasRows } from "../queries/atlas";
import { getCompareData } from "./compare";
import { listFits } from "../queries/fits";
import { listCurveModels, listLearningCurves } from "../queries/learning-curves";
import { buildMeta } from "./meta";
import { getModelsTable } from "../queries/model-page";
import { scoresByModel } from "../../lib/models/results";
import { toFitApiRow, toModelApiRow } from "../../lib/api/row-mappers";

const fitMeta = (method: string) => ({ method, parameters: FIT_CONFIG, law: "E = A·C^α, E = 1 − primary metric (fraction), C = total compute (GMACs)" });
const badValue = (errors: { param: string; message: string }[]) => new AppError("bad_request", `Invalid parameter ${errors.map((e) => e.message).join("; ")}`, errors[0]!.param);

/** /tasks twins: the atlas's points (evaluations of the shown tasks, panel order) and its LAION and CLIP-WIT fits. */
export function tasksTwinData(db: Db, s: TasksState, url: URL): TwinData {
  const atlas = getAtlasRows(db);
  const order = shownPanels(buildAtlasPanels(atlas.evals, atlas.fits, s.method), s).map((p) => p.task);
  const rank = new Map(order.map((t, i) => [t, i]));
  const groupRank = (g: string) => (ATLAS_GROUPS as readonly string[]).indexOf(g);
  // A panel draws the rows that have an error of the task's primary metric (a log axis needs > 0).
  const rows = order.length ? getEvalRows(db, { task: order }).filter((r) => r.error !== null && r.error > 0 && r.total_gmacs > 0) : [];
  rows.sort((a, b) => rank.get(a.task)! - rank.get(b.task)!);
  // `paper` means a different estimator per group (lib/domain/paper), as the atlas draws it.
  const fits = order.length ? listFits(db, { task: order, group: [...ATLAS_GROUPS] }).filter((f) => f.metric === primaryMetric(f.task) && f.method === resolveMethod(s.method, f.group)) : [];
  fits.sort((a, b) => rank.get(a.task)! - rank.get(b.task)! || groupRank(a.group) - groupRank(b.group));
  const meta = buildMeta(db, url, rows.length, { view: "tasks", state: s, tasks: order, fit: { ...fitMeta(s.method), groups: ATLAS_GROUPS } });
  return { rows, columns: EVAL_API_COLUMNS, fits: fits.map(toFitApiRow), meta };
}

/** /compare twins: one row per task (both laws, Δα with its CI, crossing, multiplier) and both groups' fits. */
export async function compareTwinData(db: Db, s: CompareState, url: URL): Promise<TwinData> {
  const data = await getCompareData(db, s);
  if (!data.tasks.includes(s.task)) throw badValue([{ param: "task", message: `"task": unknown value "${s.task}"` }]);
  const rows = data.rows.map((r) => flattenCompareRow(r, s.a, s.b));
  // The stored fits of the estimator each task actually used for both groups (lib/compare/method).
  const used = new Map(data.rows.map((r) => [r.task, r.method]));
  const fits = listFits(db, { group: [s.a, s.b] }).filter((f) => f.metric === primaryMetric(f.task) && f.method === used.get(f.task))
    .sort((x, y) => (x.task < y.task ? -1 : x.task > y.task ? 1 : 0) || (x.group === s.a ? -1 : 1) - (y.group === s.a ? -1 : 1));
  const meta = buildMeta(db, url, rows.length, { view: "compare", state: s, fit: { ...fitMeta(s.method), groups: [s.a, s.b] }, delta_bootstrap: data.bootstrap, correction: { ...data.judgement.correction, testable: data.judgement.testable, differ: data.judgement.differ.length } });
  return { rows, columns: COMPARE_COLUMNS, fits: fits.map(toFitApiRow), meta };
}

/** /models twins: the model cards the table shows (filtered, in its sort order) with their ImageNet top-1. */
export function modelsTwinData(db: Db, s: ModelsState, url: URL): TwinData {
  const read = getModelsTable(db);
  const table = toModelTableRows(read.models, read.scores);
  const errors = unknownFilterValues(s, curveFacetsOf(table));
  const scores = scoresByModel(read.scores);
  if (s.task && !scores.tasks.includes(s.task)) errors.push({ param: "task", message: `"task": unknown value "${s.task}"` });
  if (errors.length) throw badValue(errors);
  const cards = new Map(read.models.map((m) => [m.id, toModelApiRow(m)]));
  const scored = table.map((r) => ({ ...r, taskScore: s.task ? (scores.byModel.get(r.id)?.[s.task] ?? null) : null }));
  const rows = sortModels(filterModels(scored, s), s.sort, s.dir).map((r) => ({ ...cards.get(r.id)!, imagenet1k_top1: r.imagenetTop1 }));
  return { rows, columns: MODEL_EXPORT_COLUMNS, fits: null, meta: buildMeta(db, url, rows.length, { view: "models", state: s }) };
}

/** /learning-curves twins: every checkpoint of the curves drawn (the /api/v1/learning-curves columns). */
export function curvesTwinData(db: Db, s: CurvesState, url: URL): TwinData {
  const errors = unknownFilterValues(s, curveFacetsOf(listCurveModels(db)));
  if (errors.length) throw badValue(errors);
  const rows = listLearningCurves(db, s);
  return { rows, columns: CURVE_EXPORT_COLUMNS, fits: null, meta: buildMeta(db, url, rows.length, { view: "learning-curves", state: s }) };
}
