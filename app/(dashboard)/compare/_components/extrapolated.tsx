/** The "extrapolated" mark: one icon with its explanation as tooltip and accessible name. */
export function Extrapolated({ title }: { title: string }) {
  return (
    <span className="compare-extrapolated" role="img" aria-label={title} title={title} tabIndex={0} data-extrapolated>
      {" "}⇢
    </span>
  );
}
