import type { ReactNode, SelectHTMLAttributes } from "react";

/** `[value, label]` pairs, or values that are their own labels. */
type Options = readonly (string | readonly [string, ReactNode])[];

/**
 * A labelled <select>: controlled (`value`, `onChange`) in the views' client controls, or a field
 * of a plain GET form (`name`, `defaultValue`). Everything but `label` and `options` goes to <select>.
 */
export function Select({ label, options, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { label: ReactNode; options: Options }) {
  return (
    <label>{label}{" "}
      <select {...select}>
        {options.map((o) => (typeof o === "string" ? <option key={o} value={o}>{o}</option> : <option key={o[0]} value={o[0]}>{o[1]}</option>))}
      </select>
    </label>
  );
}
