import type { ReactNode } from "react";

/** A definition list of label → value (and an optional note under the value). */
export function FactList({ items }: { items: { label: string; value: ReactNode; note?: ReactNode }[] }) {
  return (
    <dl className="models-facts">
      {items.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.note ? <div className="muted models-fact-note">{f.note}</div> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
