import { METHOD_LABELS, VIEW_METHODS } from "@/lib/domain/paper";
import { Select } from "@/components/ui/select";
import { TaskGroupSelects } from "@/components/ui/task-group-selects";
import { SAMPLES_SEEN_LABEL_LIST } from "@/lib/predict/budget";
import type { PredictViewState } from "@/lib/predict/schemas";

/**
 * The planner's inputs as a plain GET form: works without JavaScript and with the keyboard, and
 * every answer has its own URL. Empty fields mean "not given".
 */
export function PredictForm({ state, raw, tasks, archs }: { state: PredictViewState; raw: URLSearchParams; tasks: string[]; archs: string[] }) {
  const v = (k: string) => raw.get(k) ?? "";
  return (
    <form className="controls predict-form" method="get" action="/predict" aria-label="Planner inputs">
      <TaskGroupSelects task={state.task} group={state.group} tasks={tasks} />
      <Select label="Method" name="method" defaultValue={state.method} options={VIEW_METHODS.map((m) => [m, METHOD_LABELS[m] ?? m] as const)} />
      <fieldset className="predict-budget">
        <legend>Budget: architecture + samples seen, or compute</legend>
        <Select label="Architecture" name="arch" defaultValue={state.arch ?? ""} options={[["", "–"], ...archs]} />
        <label>Samples seen{" "}
          <input name="samples_seen" list="samples-seen-labels" defaultValue={v("samples_seen")} placeholder="68B or 6.8e10" size={10} />
          <datalist id="samples-seen-labels">{SAMPLES_SEEN_LABEL_LIST.map((l) => <option key={l} value={l} />)}</datalist>
        </label>
        <label>or compute (GMACs){" "}
          <input name="compute" inputMode="decimal" defaultValue={v("compute")} placeholder="1.3e13" size={10} />
        </label>
      </fieldset>
      <label>Target error (fraction){" "}
        <input name="target_error" inputMode="decimal" defaultValue={v("target_error")} placeholder="0.2" size={6} />
      </label>
      {state.sort !== "task" && <input type="hidden" name="sort" value={state.sort} />}
      {state.dir !== "asc" && <input type="hidden" name="dir" value={state.dir} />}
      {state.paper_task !== "imagenet1k" && <input type="hidden" name="paper_task" value={state.paper_task} />}
      <button type="submit">Predict</button>
    </form>
  );
}
