import { FIT_GROUPS, GROUP_LABELS } from "@/lib/domain/groups";
import { taskLabel } from "@/lib/domain/tasks";

/** The "Chart task" and "Fit group" pickers of the plain GET forms on /predict and /backtest. */
export function TaskGroupSelects({ task, group, tasks }: { task: string; group: string; tasks: readonly string[] }) {
  return (
    <>
      <label>Chart task{" "}
        <select name="task" defaultValue={task}>{tasks.map((t) => <option key={t} value={t}>{taskLabel(t)}</option>)}</select>
      </label>
      <label>Fit group{" "}
        <select name="group" defaultValue={group}>{FIT_GROUPS.map((g) => <option key={g} value={g}>{GROUP_LABELS[g]}</option>)}</select>
      </label>
    </>
  );
}
