import { taskLabel } from "../domain/tasks";
import { METRIC_LABELS, primaryMetric } from "../domain/metrics";
import { exploreQuery, parseExploreState, type ExploreState } from "../url-state/explore";
import type { ViewParse } from "../url-state/parse";
import { OUTPUT_KEYS } from "./params";

/**
 * The dashboard views that have download twins (`/<view>.csv`, `/<view>.json`) and, where
 * `embeddable`, an `/embed/<view>` page, static images and oEmbed. Each entry parses the view's
 * URL with the view's own url-state schema, so a twin accepts exactly what the page accepts.
 */
export interface ReportView<S> {
  id: string;
  path: string;
  embeddable: boolean;
  parse: (params: URLSearchParams) => ViewParse<S>;
  /** Canonical query (defaults omitted), as the page writes it. */
  query: (state: S) => string;
  /** Leading file-name pieces (e.g. the task, also when it is the default) and the keys they come from. */
  lead: (state: S) => string[];
  leadKeys: readonly string[];
  /** Human title of what the view shows. */
  title: (state: S) => string;
}

const explore: ReportView<ExploreState> = {
  id: "explore",
  path: "/explore",
  embeddable: true,
  parse: (p) => parseExploreState(p, OUTPUT_KEYS),
  query: exploreQuery,
  lead: (s) => [s.task],
  leadKeys: ["task"],
  title: (s) => `${taskLabel(s.task)}: ${s.y === "error" ? `error (1 − ${METRIC_LABELS[s.metric ?? primaryMetric(s.task)].toLowerCase()})` : METRIC_LABELS[s.y]} vs ${s.x === "compute" ? "total compute" : s.x}`,
};

// Heterogeneous registry: each entry is type-checked where it is built.
export const REPORT_VIEWS: Record<string, ReportView<any>> = { explore };
export type ReportViewId = keyof typeof REPORT_VIEWS;

/** The registry entry of a view id, or undefined. */
export function reportView(id: string): ReportView<unknown> | undefined {
  return Object.hasOwn(REPORT_VIEWS, id) ? REPORT_VIEWS[id] : undefined;
}
