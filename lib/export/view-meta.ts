import { GROUP_LABELS, type FitGroup } from "../domain/groups";
import { taskLabel } from "../domain/tasks";
import { X_LABELS, valueName } from "../explore/axis-labels";
import { effectiveMetric } from "../explore/metrics";
import type { XKey, YKey } from "../explore/points";
import type { Metric } from "../domain/metrics";
import { PAPER } from "../domain/paper";
import { EXPLORE_DEFAULTS } from "../url-state/explore";

/*
 * What the report toolbar needs to know about each view, zod-free so it can ship to the browser
 * (the views' zod schemas stay on the server: lib/export/views.ts). Everything works on a view's
 * canonical query string, which the server has already validated.
 */

export const VIEW_IDS = ["explore", "tasks", "compare", "models", "learning-curves"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

// Defaults of the url-state schemas that matter here (view-meta.test.ts checks them against the schemas).
export const COMPARE_DEFAULTS_LITE = { a: "LAION-400M", b: "LAION-2B", method: PAPER, task: "imagenet1k" } as const;
export const TASKS_DEFAULTS_LITE = { method: PAPER } as const;
export const CURVES_DEFAULTS_LITE = { x: "samples", y: "top1" } as const;

export interface ViewMeta {
  path: string;
  /** The view draws fit lines (its CSV twin has `table=fits`). */
  hasFits: boolean;
  /** Human title of what the view shows. */
  title: (q: URLSearchParams) => string;
  /** The /explore query of the chart that embeds this view, or undefined when it has none. */
  chart?: (q: URLSearchParams) => string;
}

const get = (q: URLSearchParams, k: string, d: string) => q.get(k) ?? d;

/** /explore's chart title, as the page writes it over the chart. */
function exploreTitle(q: URLSearchParams): string {
  const task = get(q, "task", EXPLORE_DEFAULTS.task);
  const metric = effectiveMetric(task, (q.get("metric") ?? undefined) as Metric | undefined);
  return `${taskLabel(task)}: ${valueName(get(q, "y", EXPLORE_DEFAULTS.y) as YKey, metric)} vs ${X_LABELS[get(q, "x", EXPLORE_DEFAULTS.x) as XKey] ?? "?"}`;
}

const group = (g: string) => GROUP_LABELS[g as FitGroup] ?? g;

export const VIEW_META: Record<ViewId, ViewMeta> = {
  explore: { path: "/explore", hasFits: true, title: exploreTitle, chart: (q) => q.toString() },
  tasks: { path: "/tasks", hasFits: true, title: (q) => `Task atlas: error vs compute on every task (${get(q, "method", TASKS_DEFAULTS_LITE.method)} fits)` },
  compare: {
    path: "/compare", hasFits: true,
    title: (q) => `Compare ${group(get(q, "a", COMPARE_DEFAULTS_LITE.a))} with ${group(get(q, "b", COMPARE_DEFAULTS_LITE.b))} (${get(q, "method", COMPARE_DEFAULTS_LITE.method)} fits)`,
    // The chart task with both groups' fit lines (all points shown; /compare's overlay draws a's and b's only).
    chart: (q) => new URLSearchParams({ task: get(q, "task", COMPARE_DEFAULTS_LITE.task), groups: `${get(q, "a", COMPARE_DEFAULTS_LITE.a)},${get(q, "b", COMPARE_DEFAULTS_LITE.b)}`, method: get(q, "method", COMPARE_DEFAULTS_LITE.method) }).toString(),
  },
  models: { path: "/models", hasFits: false, title: () => "Models" },
  "learning-curves": {
    path: "/learning-curves", hasFits: false,
    title: (q) => `Learning curves: ImageNet zero-shot ${get(q, "y", CURVES_DEFAULTS_LITE.y) === "top5" ? "top-5" : "top-1"} accuracy vs ${get(q, "x", CURVES_DEFAULTS_LITE.x)}`,
  },
};

/**
 * The pinned /explore query of a view's chart: the fit method spelled out even when default, and
 * `v=<data version>` so the figure says (and checks) which data it was made from. Null when the
 * view has no chart to embed.
 */
export function pinnedChartQuery(view: ViewId, canonicalQuery: string, dataVersion: string): string | null {
  const chart = VIEW_META[view].chart;
  if (!chart) return null;
  const q = new URLSearchParams(chart(new URLSearchParams(canonicalQuery)));
  if (!q.has("method")) q.set("method", EXPLORE_DEFAULTS.method);
  q.set("v", dataVersion);
  return q.toString();
}

/** URLs of a view's download twins for a canonical query (relative to the site). */
export function twinUrls(viewId: string, query: string): { csv: string; json: string; fits_csv: string } {
  const q = query ? `?${query}` : "";
  return { csv: `/${viewId}.csv${q}`, json: `/${viewId}.json${q}`, fits_csv: `/${viewId}.csv?${query ? `${query}&` : ""}table=fits` };
}
