import "server-only";
import { EVAL_COLUMNS as EVAL_API_COLUMNS, type FitApiRow } from "../../lib/api/rows";
import { exploreChartSpec } from "../../lib/chart-svg/explore-spec";
import type { SvgTheme } from "../../lib/chart-svg/theme";
import type { ChartSpec } from "../../lib/chart-svg/types";
import type { Metric } from "../../lib/domain/metrics";
import { AppError } from "../../lib/errors";
import { buildChartModel, fitsApply } from "../../lib/explore/chart-model";
import { selectFits } from "../../lib/explore/fits";
import { effectiveMetric } from "../../lib/explore/metrics";
import { filterSlice, isNarrowed, slicePoints } from "../../lib/explore/slice";
import type { ExploreRow } from "../../lib/explore/types";
import { validateAgainstData } from "../../lib/explore/validate";
import { DEFAULT_SIZE, type OutputParams } from "../../lib/export/params";
import type { TwinData } from "../../lib/export/twin";
import { REPORT_VIEWS } from "../../lib/export/views";
import { resolveSliceMethod } from "../../lib/domain/paper";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import type { ExploreState } from "../../lib/url-state/explore";
import type { Db } from "../client";
import { toEvalApiRow } from "../../lib/api/row-mappers";
import { toExploreRow } from "../../lib/explore/rows";
import { getExploreFits, getExploreOptions, getTaskEvaluations, type TaskEvaluation } from "../queries/explore";
import { getProvenance } from "../queries/provenance";
import { buildMeta } from "./meta";
import { refitSlice } from "./refit";
import { memoByVersionAsync } from "../cache/store";

/** What /explore draws for a state: the slice's rows and the fit lines. */
export interface ExploreDrawn { evaluations: TaskEvaluation[]; chartRows: ExploreRow[]; fits: FitApiRow[]; metric: Metric }

/**
 * Rows and fit lines of an /explore state, chosen as the page chooses them (lib/explore): the
 * task's rows under the filters; the selected groups' precomputed fits for the metric and method,
 * plus the live refit of the slice when it is narrowed — both only when the axes are error vs
 * compute. Unknown values are a 400 naming the parameter, as the page's message names it. The
 * task's evaluations are read once: the slice refit fits the rows drawn, not a second read.
 */
export const getExploreDrawn = memoByVersionAsync("getExploreDrawn", getExploreDrawnFresh);
async function getExploreDrawnFresh(db: Db, s: ExploreState): Promise<ExploreDrawn> {
  const errors = exploreDataErrors(db, s);
  if (errors.length) throw new AppError("bad_request", `Invalid parameter ${errors[0]!.message}`, errors[0]!.param);
  const metric = effectiveMetric(s.task, s.metric);
  const evaluations = filterSlice(getTaskEvaluations(db, s.task), s);
  const chartRows = evaluations.map(toExploreRow);
  let fits: FitApiRow[] = [];
  if (fitsApply(s.x, s.y)) {
    fits = selectFits(getExploreFits(db, s.task), s.groups, metric, s.method);
    if (isNarrowed(s) && chartRows.length > 0) {
      const slice = { task: [s.task], arch: s.arch, upstream: s.upstream, samples_seen: s.samples_seen };
      // `paper` resolves per slice as the refit API does: OLS when every model is OpenAI's.
      const method = resolveSliceMethod(s.method, [...new Set(chartRows.map((r) => r.upstream))]);
      fits = [...fits, (await refitSlice(db, { slice, metric, method, bootstrap: 1000 }, slicePoints(chartRows, metric))).fit];
    }
  }
  return { evaluations, chartRows, fits, metric };
}

/** Values of an /explore state the data does not have (unknown task or filter value, missing metric). */
export function exploreDataErrors(db: Db, s: ExploreState): { param: string; message: string }[] {
  const { facets, taskMetrics } = getExploreOptions(db);
  return validateAgainstData(s, facets, taskMetrics);
}

/** /explore.csv and /explore.json: the rows, the fits and the provenance (fit method and parameters). */
export async function exploreTwinData(db: Db, s: ExploreState, url: URL): Promise<TwinData> {
  const x = await getExploreDrawn(db, s);
  const rows = x.evaluations.map((e) => toEvalApiRow(e, e.modelName ?? e.modelId));
  const meta = buildMeta(db, url, rows.length, {
    view: "explore", state: s,
    fit: {
      method: s.method, metric: x.metric, groups: s.groups, parameters: FIT_CONFIG, refit_of_slice: x.fits.some((f) => f.group === "slice"),
      law: "E = A·C^α, E = 1 − metric (fraction), C = total compute (GMACs)",
    },
  });
  return { rows, columns: EVAL_API_COLUMNS, fits: x.fits, meta };
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
  const x = await getExploreDrawn(db, s);
  const model = buildChartModel(x.chartRows, s.x, s.y, x.metric, x.fits);
  const source = getProvenance(db);
  return widths.map((width) => exploreChartSpec({
    model, title: REPORT_VIEWS.explore.title(s), method: s.method, source, idPrefix: widths.length > 1 ? `w${width}-` : undefined,
    width, height: out.height ?? DEFAULT_SIZE.height, theme: out.theme ?? "light", pinned: out.v, responsive: out.responsive,
  }));
}
