"use client";

/**
 * A labelled group of checkboxes. `checked` lists the checked values; the last checked box of a
 * group that may not be empty is disabled (an empty filter would mean "all" again).
 */
export function CheckboxGroup({ legend, name, values, checked, labels, allowEmpty = false, onToggle }: {
  legend: string;
  name: string;
  values: readonly string[];
  checked: readonly string[];
  labels?: (v: string) => string;
  allowEmpty?: boolean;
  onToggle: (value: string, on: boolean) => void;
}) {
  return (
    <fieldset className="explore-checks" data-filter={name}>
      <legend>{legend}</legend>
      {values.map((v) => {
        const on = checked.includes(v);
        const locked = on && !allowEmpty && checked.length === 1;
        return (
          <label key={v} title={locked ? "At least one must stay selected" : undefined}>
            <input type="checkbox" name={name} value={v} checked={on} disabled={locked} onChange={(e) => onToggle(v, e.target.checked)} />{" "}
            {labels ? labels(v) : v}
          </label>
        );
      })}
    </fieldset>
  );
}
