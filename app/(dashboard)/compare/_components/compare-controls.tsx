"use client";
import { METHOD_LABELS } from "@/lib/domain/paper";
import { useViewState } from "@/components/hooks/use-view-state";
import { Select } from "@/components/ui/select";
import { FIT_GROUPS, GROUP_LABELS, type FitGroup } from "@/lib/domain/groups";
import { taskOption } from "@/lib/domain/tasks";
import { COMPARE_PARAMS } from "@/lib/url-state/compare";

// On /compare both groups always share one estimator, so `paper` means something else than elsewhere.
const COMPARE_PAPER_LABEL = "paper: binned-min for both (≥ 5 bin minima each), else OLS for both";

/** Group, method and task pickers; each change pushes the canonical URL so back/forward and reload restore it. */
export function CompareControls({ tasks }: { tasks: string[] }) {
  const { view: local, update, pending } = useViewState(COMPARE_PARAMS);
  const groupSelect = (key: "a" | "b", other: FitGroup) => (
    <select name={key} value={local[key]} onChange={(e) => update({ [key]: e.target.value as FitGroup })}>
      {FIT_GROUPS.map((g) => <option key={g} value={g} disabled={g === other}>{g} — {GROUP_LABELS[g]}</option>)}
    </select>
  );
  return (
    <form className="controls compare-controls" aria-label="Comparison controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>Group a {groupSelect("a", local.b)}</label>
      <button type="button" onClick={() => update({ a: local.b, b: local.a })} aria-label="Swap groups a and b">⇄ Swap</button>
      <label>Group b {groupSelect("b", local.a)}</label>
      <Select label="Fit method" name="method" value={local.method} onChange={(e) => update({ method: e.target.value })}
        options={Object.entries(METHOD_LABELS).map(([v, l]) => [v, v === "paper" ? COMPARE_PAPER_LABEL : l] as const)} />
      <Select label="Chart task" name="task" value={local.task} onChange={(e) => update({ task: e.target.value })} options={tasks.map(taskOption)} />
      {pending && <span className="muted" role="status">Updating…</span>}
    </form>
  );
}
