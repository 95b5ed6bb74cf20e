import { compareQuery, parseCompareState, type CompareState } from "../url-state/compare";
import { exploreQuery, parseExploreState, type ExploreState } from "../url-state/explore";
import { curvesQuery, parseCurvesState, type CurvesState } from "../url-state/learning-curves";
import { modelsQuery, parseModelsState, type ModelsState } from "../url-state/models";
import type { ViewParse } from "../url-state/params";
import { parseTasksState, tasksQuery, type TasksState } from "../url-state/tasks";
import { withoutOutputParams } from "./params";
import { VIEW_META, type ViewId } from "./view-meta";

/** What a view declares: its id, its own url-state parser and canonical query, and its file-name lead. */
type ViewDef<S> = {
  id: ViewId;
  parseView: (p: URLSearchParams) => ViewParse<S>;
  /** Canonical query (defaults omitted), as the page writes it. */
  query: (state: S) => string;
  /** Leading file-name pieces (e.g. the task, also when it is the default) and the keys they come from. */
  lead: (state: S) => string[];
  leadKeys: readonly string[];
};

/**
 * A dashboard view that has download twins (`/<view>.csv`, `/<view>.json`) and, where
 * `embeddable` (view-meta `chart`), an `/embed/<view>` page, static images and oEmbed. `parse`
 * reads the view's URL with the view's own url-state module (output-only parameters such as width
 * or table removed first), so a twin accepts exactly what the page accepts; `title` is view-meta's.
 */
function view<S>({ parseView, ...v }: ViewDef<S>) {
  const meta = VIEW_META[v.id];
  return {
    ...v, path: meta.path, embeddable: !!meta.chart,
    parse: (p: URLSearchParams): ViewParse<S> => parseView(withoutOutputParams(p)),
    title: (s: S): string => meta.title(new URLSearchParams(v.query(s))),
  };
}
export type ReportView<S> = ReturnType<typeof view<S>>;

const explore = view<ExploreState>({ id: "explore", parseView: (p) => parseExploreState(p), query: exploreQuery, lead: (s) => [s.task], leadKeys: ["task"] });
const tasks = view<TasksState>({ id: "tasks", parseView: parseTasksState, query: tasksQuery, lead: () => [], leadKeys: [] });
const compare = view<CompareState>({ id: "compare", parseView: parseCompareState, query: compareQuery, lead: (s) => [`${s.a}-vs-${s.b}`], leadKeys: ["a", "b"] });
const models = view<ModelsState>({ id: "models", parseView: parseModelsState, query: modelsQuery, lead: () => [], leadKeys: [] });
const learningCurves = view<CurvesState>({ id: "learning-curves", parseView: parseCurvesState, query: curvesQuery, lead: () => [], leadKeys: [] });

// Heterogeneous registry: each entry is type-checked where it is built.
export const REPORT_VIEWS = { explore, tasks, compare, models, "learning-curves": learningCurves } as const;
export type ReportViewId = keyof typeof REPORT_VIEWS;

/** The registry entry of a view id, or undefined. */
export function reportView(id: string): ReportView<unknown> | undefined {
  return Object.hasOwn(REPORT_VIEWS, id) ? (REPORT_VIEWS[id as ReportViewId] as ReportView<unknown>) : undefined;
}
