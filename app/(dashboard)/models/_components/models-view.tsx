"use client";
import { useViewState } from "@/components/hooks/use-view-state";
import { FacetCheckboxes } from "@/components/ui/facet-checkboxes";
import { archLabel } from "@/lib/domain/arch";
import { taskLabel, taskOption } from "@/lib/domain/tasks";
import type { Facets } from "@/lib/models/facets";
import { DESC_FIRST, filterModels, sortModels, type ModelSortKey, type ModelTableRow } from "@/lib/models/table";
import { MODELS_PARAMS } from "@/lib/url-state/models";
import { MODEL_COLUMNS, taskScoreColumn } from "./models-columns";
import { ModelsTable } from "./models-table";

/**
 * Filters, the task picker and the sortable table. The URL is the state: every change pushes the
 * canonical query, and the rows shown are derived from the (optimistic) state so the table answers at once.
 */
export function ModelsView({ rows, facets, tasks }: { rows: ModelTableRow[]; facets: Facets; tasks: string[] }) {
  const { view, go, pending } = useViewState(MODELS_PARAMS);
  // A first click on an accuracy column sorts best first; a second click reverses.
  const onSort = (key: ModelSortKey) =>
    go({ ...view, sort: key, dir: view.sort === key ? (view.dir === "asc" ? "desc" : "asc") : DESC_FIRST.has(key) ? "desc" : "asc" });
  const scored = rows.map((r) => ({ ...r, taskScore: view.task ? (r.scores?.[view.task] ?? null) : null }));
  const shown = sortModels(filterModels(scored, view), view.sort, view.dir);
  const columns = view.task ? [MODEL_COLUMNS[0]!, MODEL_COLUMNS[1]!, taskScoreColumn(view.task, taskLabel(view.task)), ...MODEL_COLUMNS.slice(2)] : MODEL_COLUMNS;
  return (
    <>
      <div className="controls" aria-label="Filters" role="group">
        <label className="models-task-picker">
          Task score beside ImageNet{" "}
          <select name="task" value={view.task ?? ""}
            onChange={(e) => go({ ...view, task: e.target.value || undefined, ...(view.sort === "task_score" && !e.target.value ? { sort: "top1" as const } : {}) })}>
            <option value="">(none)</option>
            {tasks.map(taskOption).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </label>
        <FacetCheckboxes legend="Architecture" name="arch" options={facets.arch} selected={view.arch} label={archLabel} onChange={(arch) => go({ ...view, arch })} />
        <FacetCheckboxes legend="Upstream data" name="upstream" options={facets.upstream} selected={view.upstream} onChange={(upstream) => go({ ...view, upstream })} />
        <FacetCheckboxes legend="Samples seen" name="samples_seen" options={facets.samples_seen} selected={view.samples_seen} onChange={(samples_seen) => go({ ...view, samples_seen })} />
      </div>
      <p className="muted" aria-live="polite" id="models-count">
        Showing {shown.length} of {rows.length} models, sorted by {columns.find((c) => c.key === view.sort)?.label ?? view.sort} ({view.dir === "asc" ? "ascending" : "descending"}).
        {" "}Untick a box to hide those models.
      </p>
      <ModelsTable rows={shown} columns={columns} sort={view.sort} dir={view.dir} onSort={onSort} busy={pending} />
    </>
  );
}
