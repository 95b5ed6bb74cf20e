import { Fragment, isValidElement, type HTMLAttributes, type ReactNode, type TableHTMLAttributes } from "react";

/** A header cell: a label, a right-aligned number column's label (`num`), or a whole <th> element (false: none). */
type Head = ReactNode | { num: ReactNode };

/** The label of a right-aligned (number) column. */
export const num = (label: ReactNode) => ({ num: label });

/**
 * A table in its sideways-scrolling box: the caption (a <caption> element), one header row of
 * column headers, then the body rows as children. `wrap` adds to the box; the rest goes to <table>.
 */
export function Table({ caption, head, wrap, children, ...table }: TableHTMLAttributes<HTMLTableElement> & {
  caption?: ReactNode; head: readonly Head[]; wrap?: HTMLAttributes<HTMLDivElement>;
}) {
  return (
    <div {...wrap} className={wrap?.className ? `table-wrap ${wrap.className}` : "table-wrap"}>
      <table {...table}>
        {caption}
        <thead>
          <tr>
            {head.map((h, i) => h === false ? null : isValidElement(h) ? <Fragment key={i}>{h}</Fragment>
              : h !== null && typeof h === "object" && "num" in h ? <th key={i} scope="col" className="num">{h.num}</th>
              : <th key={i} scope="col">{h}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
