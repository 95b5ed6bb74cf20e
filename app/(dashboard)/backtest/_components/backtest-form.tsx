import { TaskGroupSelects } from "@/components/ui/task-group-selects";
import { FIT_METHODS } from "@/lib/fit/types";
import type { BacktestViewState } from "@/lib/predict/schemas";

/** The backtest's settings as a plain GET form (keyboard-usable, each answer has its URL). */
export function BacktestForm({ state, tasks }: { state: BacktestViewState; tasks: string[] }) {
  return (
    <form className="controls backtest-form" method="get" action="/backtest" aria-label="Backtest settings">
      <TaskGroupSelects task={state.task} group={state.group} tasks={tasks} />
      <label>Hold out the top{" "}
        <input name="holdout" type="number" min={0.1} max={0.5} step={0.05} defaultValue={state.holdout} /> of distinct computes
      </label>
      <fieldset className="backtest-methods"><legend>Methods</legend>
        {FIT_METHODS.map((m) => <label key={m} className="facet-option"><input type="checkbox" name="method" value={m} defaultChecked={state.method.includes(m)} /> {m}</label>)}
      </fieldset>
      {state.sort !== "task" && <input type="hidden" name="sort" value={state.sort} />}
      {state.dir !== "asc" && <input type="hidden" name="dir" value={state.dir} />}
      <button type="submit">Run backtest</button>
    </form>
  );
}
