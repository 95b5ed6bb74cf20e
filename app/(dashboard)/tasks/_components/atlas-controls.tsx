"use client";
import { METHOD_LABELS } from "@/lib/domain/paper";
import { useViewState } from "@/components/hooks/use-view-state";
import { Select } from "@/components/ui/select";
import { CATEGORY_SLUGS, TASKS_PARAMS, type TasksState } from "@/lib/url-state/tasks";

const SORT_LABELS: Record<TasksState["sort"], string> = { task: "Task name", alpha: "α (LAION pooled)", n: "n (LAION points)", r2: "R² (LAION fit, on its fitted points)", delta: "Δα = α OpenAI − α LAION" };

/** Method, sort and category controls; every change is a new URL (pushed by nuqs; the server redraws), so back/forward restore it. */
export function AtlasControls() {
  const { view: local, update, pending } = useViewState(TASKS_PARAMS);
  return (
    <form className="controls atlas-controls" aria-label="Atlas controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <Select label="Fit method" name="method" value={local.method} onChange={(e) => update({ method: e.target.value })} options={Object.entries(METHOD_LABELS)} />
      <Select label="Sort by" name="sort" value={local.sort} onChange={(e) => update({ sort: e.target.value as TasksState["sort"] })} options={Object.entries(SORT_LABELS)} />
      <Select label="Order" name="dir" value={local.dir} onChange={(e) => update({ dir: e.target.value as TasksState["dir"] })}
        options={[["asc", "Ascending"], ["desc", "Descending"]]} />
      <Select label="Category" name="category" value={local.category ?? ""} onChange={(e) => update({ category: e.target.value || undefined })}
        options={[["", "All categories"], ...Object.entries(CATEGORY_SLUGS)]} />
      {pending && <span className="muted" role="status">Updating…</span>}
    </form>
  );
}
