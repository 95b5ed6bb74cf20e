import * as z from "zod/mini";
import { TASK_CATEGORIES, type TaskCategory } from "../domain/tasks";
import { VIEW_METHODS } from "../domain/paper";
import { defaultsOf, one, viewUrl, type StateOf } from "./params";
import { choice, direction } from "./values";

export const ATLAS_SORTS = ["task", "alpha", "n", "r2", "delta"] as const;
export type AtlasSort = (typeof ATLAS_SORTS)[number];

/** URL slugs of the task categories (the labels have spaces and "&"). */
export const CATEGORY_SLUGS: Record<string, TaskCategory> = {
  imagenet: "ImageNet & shifts", vtab: "VTAB+", retrieval: "Retrieval", other: "Other",
};
const SLUGS = Object.keys(CATEGORY_SLUGS) as [string, ...string[]];
if (SLUGS.length !== TASK_CATEGORIES.length) throw new Error("every task category needs a URL slug");

/**
 * /tasks URL state: fit method, sort key (α, n and R² are those of the LAION pooled fit; `delta` is
 * Δα = α_CLIP-WIT − α_LAION), direction,
 * and an optional category filter ("" = all).
 */
export const TASKS_PARAMS = {
  method: one(choice(VIEW_METHODS, "paper")),
  sort: one(choice(ATLAS_SORTS, "task")),
  dir: one(direction),
  category: one(z.optional(z.enum(SLUGS))),
};
export type TasksState = StateOf<typeof TASKS_PARAMS>;
export const TASKS_DEFAULTS: TasksState = defaultsOf(TASKS_PARAMS);
/** Parse /tasks' query (bad or unknown parameters named); a state's canonical query (defaults omitted). */
export const { parse: parseTasksState, query: tasksQuery } = viewUrl(TASKS_PARAMS);

/** What sorting needs of a panel: its name, the LAION fit's α, n and R², and Δα (null without a fit). */
export interface SortablePanel {
  task: string;
  alpha: number | null;
  n: number | null;
  r2: number | null;
  delta?: number | null;
}

/** Panels in the requested order; panels without the sort value go last either way, ties by task name. */
export function sortPanels<T extends SortablePanel>(panels: readonly T[], sort: AtlasSort, dir: "asc" | "desc"): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => (a.task < b.task ? -1 : a.task > b.task ? 1 : 0);
  return [...panels].sort((a, b) => {
    if (sort === "task") return sign * byName(a, b);
    const va = a[sort] ?? null;
    const vb = b[sort] ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}
