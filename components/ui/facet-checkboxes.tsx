/**
 * A labelled group of checkboxes for a repeatable URL filter (none checked = all). The next
 * selection keeps the options' order so the URL it is written to stays canonical.
 */
export function FacetCheckboxes({ legend, name, options, selected, onChange, label = (v) => v }: {
  legend: string; name: string; options: readonly string[]; selected: readonly string[];
  onChange: (next: string[]) => void; label?: (v: string) => string;
}) {
  const toggle = (v: string, on: boolean) => onChange(options.filter((o) => (o === v ? on : selected.includes(o))));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((v) => (
        <label key={v} className="facet-option">
          <input type="checkbox" name={name} value={v} checked={selected.includes(v)} onChange={(e) => toggle(v, e.target.checked)} /> {label(v)}
        </label>
      ))}
    </fieldset>
  );
}
