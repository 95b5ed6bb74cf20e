import { ARCH_ORDER } from "../chart/palette";
import { UPSTREAMS } from "../domain/groups";
import { TASK_CATEGORIES, taskCategory, taskLabel, type TaskCategory } from "../domain/tasks";

const SAMPLES_ORDER = ["3B", "13B", "34B"];

/** `values` in the order of `order` first, then any others alphabetically (new data never disappears). */
export function inOrder(values: readonly string[], order: readonly string[]): string[] {
  return [...order.filter((v) => values.includes(v)), ...values.filter((v) => !order.includes(v)).sort()];
}

/** Filter values in display order: architectures small to large, upstream sizes, 3B/13B/34B. */
export function orderFacets(f: { arch: readonly string[]; upstream: readonly string[]; samples_seen: readonly string[] }) {
  return { arch: inOrder(f.arch, ARCH_ORDER), upstream: inOrder(f.upstream, UPSTREAMS), samples_seen: inOrder(f.samples_seen, SAMPLES_ORDER) };
}

export interface TaskGroup {
  category: TaskCategory;
  tasks: { value: string; label: string }[];
}

/** Tasks grouped by category (TASK_CATEGORIES order), ImageNet first, the rest by label. */
export function groupTasks(tasks: readonly string[]): TaskGroup[] {
  return TASK_CATEGORIES.map((category) => ({
    category,
    tasks: tasks.filter((t) => taskCategory(t) === category)
      .map((t) => ({ value: t, label: taskLabel(t) }))
      .sort((a, b) => (a.value === "imagenet1k" ? -1 : b.value === "imagenet1k" ? 1 : a.label.localeCompare(b.label))),
  })).filter((g) => g.tasks.length > 0);
}
