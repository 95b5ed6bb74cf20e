import "server-only";
import { asc } from "drizzle-orm";
import { EVAL_COLUMNS as EVAL_API_COLUMNS, type EvalApiRow, type FitApiRow } from "../../lib/api/rows";
import { exploreChartSpec } from "../../lib/chart-svg/explore-spec";
import type { SvgTheme } from "../../lib/chart-svg/theme";
import type { ChartSpec } from "../../lib/chart-svg/types";
import { primaryMetric, type Metric } from "../../lib/domain/metrics";
import { CURVE_EXPORT_COLUMNS, MODEL_EXPORT_COLUMNS } from "../../lib/export/columns";
import { COMPARE_COLUMNS, flattenCompareRow } from "../../lib/export/compare-rows";
import { facetsOf as curveFacetsOf, unknownFilterValues } from "../../lib/models/facets";
import { filterModels, sortModels } from "../../lib/models/table";
import type { CompareState } from "../../lib/url-state/compare";
import type { CurvesState } from "../../lib/url-state/learning-curves";
import type { ModelsState } from "../../lib/url-state/models";
import { CATEGORY_SLUGS, sortPanels, type TasksState } from "../../lib/url-state/tasks";
import { AppError } from "../../lib/errors";
import { buildChartModel, fitsApply } from "../../lib/explore/chart-model";
import { selectFits } from "../../lib/explore/fits";
import { effectiveMetric } from "../../lib/explore/metrics";
import { filterSlice, isNarrowed } from "../../lib/explore/slice";
import type { ExploreRow } from "../../lib/explore/types";
import { validateAgainstData } from "../../lib/explore/validate";
import { DEFAULT_SIZE, type OutputParams } from "../../lib/export/params";
import type { TwinData } from "../../lib/export/twin";
import { REPORT_VIEWS } from "../../lib/export/views";
import { resolveMethod, resolveSliceMethod } from "../../lib/domain/paper";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import type { ExploreState } from "../../lib/url-state/explore";
import { ATLAS_GROUPS, listAtlasPanels } from "./atlas";
import { getCompareData } from "./compare";
import { listCurveModels } from "./curve-page";
import { listFits } from "./fits";
import { listLearningCurves } from "./learning-curves";
import { listModelTableRows, listTaskScores } from "./model-page";
import { createDb, type Db } from "../client";
import { evaluations } from "../schema";
import { assertKnown, facetsOf, getEvalRows } from "./api";
import { sliceWhere, type SliceFilter } from "./evaluations";
import { getExploreFits, getExploreRows, taskMetricsOf } from "./explore";
import { getProvenance } from "./provenance";
import { buildMeta } from "./meta";
import { listModels } from "./models";
import { refitSlice } from "../services/refit";
import { toFitApiRow, toModelApiRow } from "./shape";
import { memoByVersionAsync } from "../cache/store";

/**
 * Evaluation rows of a slice as CSV-ready arrays in EVAL_COLUMNS order, streamed from a cursor
 * (`.raw().iterate()`): a million-row export never sits in memory, and no object is built per row.
 * Same WHERE and ORDER BY as getEvalRows, so the CSV equals the JSON API row for row (tested).
 * The cursor runs on its own read-only connection (closed when the iteration ends or is
 * cancelled), so a long download does not outlive the shared handle's grace period after an
 * ingest; if an ingest replaced the file in between, it falls back to the shared handle.
 */
export function iterateEvalCsvRows(db: Db, filter: SliceFilter): Iterable<unknown[]> {
  assertKnown(db, filter);
  const names = new Map(listModels(db).map((m) => [m.id, m.name]));
  const e = evaluations;
  // Field order = EVAL_COLUMNS; model_name is filled in from `names` (the model id selected twice).
  const q = db.select({
    model: e.modelId, model_name: e.modelId, arch: e.arch, upstream: e.upstream, samples_seen: e.samplesSeen, samples_seen_pretty: e.samplesSeenPretty,
    gmacs_per_sample: e.gmacsPerSample, total_gmacs: e.totalGmacs, task: e.task, task_type: e.taskType, acc1: e.acc1, acc5: e.acc5,
    mean_per_class_recall: e.meanPerClassRecall, ir5: e.imageRetrievalRecall5, tr5: e.textRetrievalRecall5, map: e.meanAveragePrecision,
    metric: e.metric, error: e.error, source_line: e.sourceLine,
  }).from(e).where(sliceWhere(filter)).orderBy(asc(e.task), asc(e.totalGmacs), asc(e.modelId)).toSQL();
  return (function* () {
    let conn: Db = db;
    const file = db.$client.name;
    if (file && file !== ":memory:") {
      const own = createDb(file, { readonly: true });
      if (getProvenance(own).data_version === getProvenance(db).data_version) conn = own;
      else own.$client.close();
    }
    try {
      for (const row of conn.$client.prepare(q.sql).raw(true).iterate(...q.params) as Iterable<unknown[]>) {
        row[1] = names.get(row[0] as string) ?? row[0];
        yield row;
      }
    } finally {
      if (conn !== db) conn.$client.close();
    }
  })();
}

/** What /explore shows for a state: the slice's rows (API shape and the chart's shape) and the fits it draws. */
export interface ExploreExport { rows: EvalApiRow[]; chartRows: ExploreRow[]; fits: FitApiRow[]; metric: Metric }

/**
 * Rows and fit lines of an /explore state, chosen as the page chooses them (lib/explore): the
 * task's rows under the filters; the selected groups' precomputed fits for the metric and method,
 * plus the live refit of the slice when it is narrowed — both only when the axes are error vs
 * compute. Unknown values are a 400 naming the parameter, as the page's message names it.
 */
export const getExploreExport = memoByVersionAsync("getExploreExport", getExploreExportFresh);
async function getExploreExportFresh(db: Db, s: ExploreState): Promise<ExploreExport> {
  const errors = exploreDataErrors(db, s);
  if (errors.length) throw new AppError("bad_request", `Invalid parameter ${errors[0]!.message}`, errors[0]!.param);
  const metric = effectiveMetric(s.task, s.metric);
  const rows = getEvalRows(db, { task: [s.task], arch: s.arch, upstream: s.upstream, samples_seen: s.samples_seen });
  const chartRows = filterSlice(getExploreRows(db, s.task), s);
  let fits: FitApiRow[] = [];
  if (fitsApply(s.x, s.y)) {
    fits = selectFits(getExploreFits(db, s.task), s.groups, metric, s.method);
    if (isNarrowed(s) && chartRows.length > 0) {
      const slice = { task: [s.task], arch: s.arch, upstream: s.upstream, samples_seen: s.samples_seen };
      // `paper` resolves per slice as the refit API does: OLS when every model is OpenAI's.
      const method = resolveSliceMethod(s.method, [...new Set(chartRows.map((r) => r.upstream))]);
      fits = [...fits, (await refitSlice(db, { slice, metric, method, bootstrap: 1000 })).fit];
    }
  }
  return { rows, chartRows, fits, metric };
}

/** Values of an /explore state the data does not have (unknown task or filter value, missing metric). */
export function exploreDataErrors(db: Db, s: ExploreState): { param: string; message: string }[] {
  return validateAgainstData(s, facetsOf(db), taskMetricsOf(db));
}

/** /explore.csv and /explore.json: the rows, the fits and the provenance (fit method and parameters). */
export async function exploreTwinData(db: Db, s: ExploreState, url: URL): Promise<TwinData> {
  const x = await getExploreExport(db, s);
  const meta = buildMeta(db, url, x.rows.length, {
    view: "explore", state: s,
    fit: {
      method: s.method, metric: x.metric, groups: s.groups, parameters: FIT_CONFIG, refit_of_slice: x.fits.some((f) => f.group === "slice"),
      law: "E = A·C^α, E = 1 − metric (fraction), C = total compute (GMACs)",
    },
  });
  return { rows: x.rows, columns: EVAL_API_COLUMNS, fits: x.fits, meta };
}

/** The /explore chart of a state as a renderer spec (static SVG/PNG and /embed/explore). */
export async function exploreChart(db: Db, s: ExploreState, out: Omit<OutputParams, "theme"> & { theme?: SvgTheme; responsive?: boolean }): Promise<ChartSpec> {
  return (await exploreChartVariants(db, s, out, [out.width ?? DEFAULT_SIZE.width]))[0]!;
}

/**
 * The same chart laid out at several widths from one read (the embed shows one per viewport
 * width, so text never shrinks below its size). `theme` "auto" follows prefers-color-scheme.
 */
export async function exploreChartVariants(db: Db, s: ExploreState, out: Omit<OutputParams, "theme"> & { theme?: SvgTheme; responsive?: boolean }, widths: readonly number[]): Promise<ChartSpec[]> {
  const x = await getExploreExport(db, s);
  const model = buildChartModel(x.chartRows, s.x, s.y, x.metric, x.fits);
  const source = getProvenance(db);
  return widths.map((width) => exploreChartSpec({
    model, title: REPORT_VIEWS.explore.title(s), method: s.method, source, idPrefix: widths.length > 1 ? `w${width}-` : undefined,
    width, height: out.height ?? DEFAULT_SIZE.height, theme: out.theme ?? "light", pinned: out.v, responsive: out.responsive,
  }));
}

const fitMeta = (method: string) => ({ method, parameters: FIT_CONFIG, law: "E = A·C^α, E = 1 − primary metric (fraction), C = total compute (GMACs)" });
const badValue = (errors: { param: string; message: string }[]) => new AppError("bad_request", `Invalid parameter ${errors.map((e) => e.message).join("; ")}`, errors[0]!.param);

/** /tasks twins: the atlas's points (evaluations of the shown tasks, panel order) and its LAION and CLIP-WIT fits. */
export function tasksTwinData(db: Db, s: TasksState, url: URL): TwinData {
  const category = s.category ? CATEGORY_SLUGS[s.category] : undefined;
  const panels = listAtlasPanels(db, s.method).filter((p) => !category || p.category === category);
  const laion = (p: (typeof panels)[number]) => ("alpha" in p.fits.LAION ? p.fits.LAION : null);
  const wit = (p: (typeof panels)[number]) => ("alpha" in p.fits["CLIP-WIT"] ? p.fits["CLIP-WIT"] : null);
  const delta = (p: (typeof panels)[number]) => (laion(p) && wit(p) ? wit(p)!.alpha - laion(p)!.alpha : null);
  const order = sortPanels(panels.map((p) => ({ task: p.task, alpha: laion(p)?.alpha ?? null, n: laion(p)?.n ?? null, r2: laion(p)?.r2 ?? null, delta: delta(p) })), s.sort, s.dir).map((p) => p.task);
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
export function compareTwinData(db: Db, s: CompareState, url: URL): TwinData {
  const data = getCompareData(db, s);
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
  const table = listModelTableRows(db);
  const errors = unknownFilterValues(s, curveFacetsOf(table));
  const scores = listTaskScores(db);
  if (s.task && !scores.tasks.includes(s.task)) errors.push({ param: "task", message: `"task": unknown value "${s.task}"` });
  if (errors.length) throw badValue(errors);
  const cards = new Map(listModels(db).map((m) => [m.id, toModelApiRow(m)]));
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
