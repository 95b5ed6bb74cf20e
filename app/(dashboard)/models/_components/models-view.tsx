"use client";
import { useUrlState } from "@/components/hooks/use-url-state";
import { FacetCheckboxes } from "@/components/ui/facet-checkboxes";
import { archLabel } from "@/lib/domain/arch";
import type { Facets } from "@/lib/models/facets";
import { filterModels, sortModels, type ModelSortKey, type ModelTableRow } from "@/lib/models/table";
import { modelsQuery, type ModelsState } from "@/lib/url-state/models";
import { MODEL_COLUMNS } from "./models-columns";
import { ModelsTable } from "./models-table";

/**
 * Filters and the sortable table. The URL is the state: every change pushes the canonical query,
 * and the rows shown are derived from the (optimistic) state so the table answers at once.
 */
export function ModelsView({ rows, facets, state }: { rows: ModelTableRow[]; facets: Facets; state: ModelsState }) {
  const { view, go, pending } = useUrlState(state, "/models", modelsQuery);
  const onSort = (key: ModelSortKey) => go({ ...view, sort: key, dir: view.sort === key && view.dir === "asc" ? "desc" : "asc" });
  const shown = sortModels(filterModels(rows, view), view.sort, view.dir);
  return (
    <>
      <div className="controls" aria-label="Filters" role="group">
        <FacetCheckboxes legend="Architecture" name="arch" options={facets.arch} selected={view.arch} label={archLabel} onChange={(arch) => go({ ...view, arch })} />
        <FacetCheckboxes legend="Upstream data" name="upstream" options={facets.upstream} selected={view.upstream} onChange={(upstream) => go({ ...view, upstream })} />
        <FacetCheckboxes legend="Samples seen" name="samples_seen" options={facets.samples_seen} selected={view.samples_seen} onChange={(samples_seen) => go({ ...view, samples_seen })} />
      </div>
      <p className="muted" aria-live="polite" id="models-count">
        Showing {shown.length} of {rows.length} models, sorted by {MODEL_COLUMNS.find((c) => c.key === view.sort)?.label} ({view.dir === "asc" ? "ascending" : "descending"}).
        {view.arch.length + view.upstream.length + view.samples_seen.length ? " Filtered: no box ticked in a group means all." : ""}
      </p>
      <ModelsTable rows={shown} sort={view.sort} dir={view.dir} onSort={onSort} busy={pending} />
    </>
  );
}
