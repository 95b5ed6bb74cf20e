import { taskLabel } from "@/lib/domain/tasks";
import type { FitApiRow } from "@/lib/api/rows";
import { X_LABELS, fitsApply, valueName } from "@/lib/explore/axis-labels";
import { selectFits } from "@/lib/explore/fits";
import { effectiveMetric } from "@/lib/explore/metrics";
import { filterSlice } from "@/lib/explore/slice";
import type { ExploreData } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";

/** What one state draws from one task's data: its slice, its fits (plus a slice's refit), its title. */
export function chartInputs(state: ExploreState, data: ExploreData, refit: FitApiRow | null) {
  const metric = effectiveMetric(state.task, state.metric);
  const fits = selectFits(data.fits, state.groups, metric, state.method);
  return {
    metric,
    rows: filterSlice(data.rows, state),
    fits,
    drawn: refit ? [...fits, refit] : fits,
    applies: fitsApply(state.x, state.y),
    title: `${taskLabel(state.task)}: ${valueName(state.y, metric)} vs ${X_LABELS[state.x]}`,
  };
}
