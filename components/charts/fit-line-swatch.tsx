import { groupStyle } from "@/lib/chart/palette";

/** A short sample of a fit group's line (its colour and dash pattern): the one key for fit lines on every view. */
export function FitLineSwatch({ group, width = 28 }: { group: string; width?: number }) {
  const s = groupStyle(group);
  return (
    <svg width={width} height="10" aria-hidden className="fit-line-swatch" data-group={group}>
      <line x1="0" y1="5" x2={width} y2="5" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash ?? undefined} />
    </svg>
  );
}
