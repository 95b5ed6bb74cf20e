import { FIT_GROUPS, GROUP_LABELS } from "@/lib/domain/groups";
import { taskLabel } from "@/lib/domain/tasks";
import { Select } from "./select";

/** The "Chart task" and "Fit group" pickers of the plain GET forms on /predict and /backtest. */
export function TaskGroupSelects({ task, group, tasks }: { task: string; group: string; tasks: readonly string[] }) {
  return (
    <>
      <Select label="Chart task" name="task" defaultValue={task} options={tasks.map((t) => [t, taskLabel(t)] as const)} />
      <Select label="Fit group" name="group" defaultValue={group} options={FIT_GROUPS.map((g) => [g, GROUP_LABELS[g]] as const)} />
    </>
  );
}
