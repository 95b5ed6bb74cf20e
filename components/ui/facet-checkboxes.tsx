"use client";
import { toggleValue } from "@/lib/explore/slice";

/**
 * A labelled group of checkboxes for a repeatable URL filter, with /explore's meaning: every box is
 * ticked by default (empty URL list = all), unticking hides those rows, and the last ticked box
 * cannot be unticked (an empty list would mean "all" again). Selecting every box collapses the
 * list back to [] so equal views have equal URLs.
 */
export function FacetCheckboxes({ legend, name, options, selected, onChange, label = (v) => v }: {
  legend: string; name: string; options: readonly string[]; selected: readonly string[];
  onChange: (next: string[]) => void; label?: (v: string) => string;
}) {
  const checked = selected.length ? selected : options;
  return (
    <fieldset data-filter={name}>
      <legend>{legend}</legend>
      {options.map((v) => {
        const on = checked.includes(v);
        const locked = on && checked.length === 1;
        return (
          <label key={v} className="facet-option" title={locked ? "At least one must stay selected" : undefined}>
            <input type="checkbox" name={name} value={v} checked={on} disabled={locked} onChange={(e) => onChange(toggleValue(selected, options, v, e.target.checked))} /> {label(v)}
          </label>
        );
      })}
    </fieldset>
  );
}
