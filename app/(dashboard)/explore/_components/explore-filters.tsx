"use client";
import { FacetCheckboxes } from "@/components/ui/facet-checkboxes";
import { archLabel } from "@/lib/domain/arch";
import { FIT_GROUPS, GROUP_LABELS } from "@/lib/domain/groups";
import { METRIC_LABELS, type Metric } from "@/lib/domain/metrics";
import { METHOD_LABELS } from "@/lib/domain/paper";
import { X_LABELS } from "@/lib/explore/axis-labels";
import { effectiveMetric, errorMetricChoices } from "@/lib/explore/metrics";
import type { ExploreOptions } from "@/lib/explore/types";
import { switchTask } from "@/lib/explore/validate";
import { EXPLORE_X, type ExploreState } from "@/lib/url-state/explore";

/** Labelled, keyboard-usable controls; each change is a whole new state (pushed to the URL). */
export function ExploreFilters({ state, options, onChange }: { state: ExploreState; options: ExploreOptions; onChange: (s: ExploreState) => void }) {
  const has = options.taskMetrics[state.task] ?? [];
  const metric = effectiveMetric(state.task, state.metric);
  const metricChoices = errorMetricChoices(state.task, state.metric);
  const set = (patch: Partial<ExploreState>) => onChange({ ...state, ...patch });
  return (
    <form className="controls explore-controls" onSubmit={(e) => e.preventDefault()} aria-label="Explore filters">
      <label>
        Task{" "}
        <select name="task" value={state.task} onChange={(e) => onChange(switchTask(state, e.target.value, options.taskMetrics))}>
          {options.taskGroups.map((g) => (
            <optgroup key={g.category} label={g.category}>
              {g.tasks.map((t) => <option key={t.value} value={t.value}>{t.label === t.value ? t.label : `${t.label} (${t.value})`}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      {metricChoices.length > 1 && (
        <label>
          Error of{" "}
          <select name="metric" value={metric} onChange={(e) => set({ metric: e.target.value as Metric })}>
            {metricChoices.map((m) => <option key={m} value={m}>{METRIC_LABELS[m]}</option>)}
          </select>
        </label>
      )}
      <label>
        Y axis{" "}
        <select name="y" value={state.y} onChange={(e) => set({ y: e.target.value as ExploreState["y"] })}>
          <option value="error">Error (%) of {METRIC_LABELS[metric].toLowerCase()}</option>
          {has.map((m) => <option key={m} value={m}>{METRIC_LABELS[m]} (%)</option>)}
        </select>
      </label>
      <label>
        X axis{" "}
        <select name="x" value={state.x} onChange={(e) => set({ x: e.target.value as ExploreState["x"] })}>
          {EXPLORE_X.map((x) => <option key={x} value={x}>{X_LABELS[x]}</option>)}
        </select>
      </label>
      <FacetCheckboxes legend="Architecture" name="arch" options={options.arch} selected={state.arch} label={archLabel} onChange={(arch) => set({ arch })} />
      <FacetCheckboxes legend="Upstream dataset" name="upstream" options={options.upstream} selected={state.upstream} onChange={(upstream) => set({ upstream })} />
      <FacetCheckboxes legend="Samples seen" name="samples_seen" options={options.samples_seen} selected={state.samples_seen}
        onChange={(samples_seen) => set({ samples_seen })} />
      <fieldset data-filter="groups">
        <legend>Fit lines</legend>
        {FIT_GROUPS.map((g) => (
          <label key={g} className="facet-option">
            <input type="checkbox" name="groups" value={g} checked={state.groups.includes(g)}
              onChange={(e) => set({ groups: FIT_GROUPS.filter((x) => (x === g ? e.target.checked : state.groups.includes(x))) })} /> {GROUP_LABELS[g]}
          </label>
        ))}
      </fieldset>
      <label>
        Fit method{" "}
        <select name="method" value={state.method} onChange={(e) => set({ method: e.target.value })}>
          {Object.entries(METHOD_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
    </form>
  );
}
