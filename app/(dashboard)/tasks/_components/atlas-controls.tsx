"use client";
import { METHOD_LABELS } from "@/lib/domain/paper";
import { useViewState } from "@/components/hooks/use-view-state";
import { CATEGORY_SLUGS, TASKS_PARAMS, type TasksState } from "@/lib/url-state/tasks";

const SORT_LABELS: Record<TasksState["sort"], string> = { task: "Task name", alpha: "α (LAION pooled)", n: "n (LAION points)", r2: "R² (LAION fit, on its fitted points)", delta: "Δα = α OpenAI − α LAION" };

/** Method, sort and category controls; every change is a new URL (pushed by nuqs; the server redraws), so back/forward restore it. */
export function AtlasControls() {
  const { view: local, update, pending } = useViewState(TASKS_PARAMS);
  return (
    <form className="controls atlas-controls" aria-label="Atlas controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>Fit method{" "}
        <select name="method" value={local.method} onChange={(e) => update({ method: e.target.value })}>
          {Object.entries(METHOD_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
      <label>Sort by{" "}
        <select name="sort" value={local.sort} onChange={(e) => update({ sort: e.target.value as TasksState["sort"] })}>
          {Object.entries(SORT_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
      <label>Order{" "}
        <select name="dir" value={local.dir} onChange={(e) => update({ dir: e.target.value as TasksState["dir"] })}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <label>Category{" "}
        <select name="category" value={local.category ?? ""} onChange={(e) => update({ category: e.target.value || undefined })}>
          <option value="">All categories</option>
          {Object.entries(CATEGORY_SLUGS).map(([slug, label]) => <option key={slug} value={slug}>{label}</option>)}
        </select>
      </label>
      {pending && <span className="muted" role="status">Updating…</span>}
    </form>
  );
}
