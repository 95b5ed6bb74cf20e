/** Widths an embed is also laid out at below its declared width (a phone shows a narrower frame). */
const STEPS = [320, 400, 480, 560, 640, 800, 960, 1200, 1600] as const;
/** Height of the embed's link line under the chart (12 px text on a 16 px line + 4 px padding). */
export const EMBED_LINK_HEIGHT = 20;

/** The declared width and every step below it, ascending. */
export function embedWidths(declared: number): number[] {
  return [...STEPS.filter((w) => w < declared), declared];
}

/**
 * CSS that shows exactly one layout per viewport width: the widest that fits, so the shown SVG is
 * drawn at 100–125% of the size it was laid out for and its text never shrinks (no script: the
 * embed's policy is `script-src 'none'`). Below the smallest step the smallest layout scales down.
 */
export function embedVariantCss(widths: readonly number[]): string {
  const rules = widths.map((w, i) => {
    const next = widths[i + 1];
    const cond = [i === 0 ? "" : `(min-width: ${w}px)`, next === undefined ? "" : `(max-width: ${next - 0.02}px)`].filter(Boolean).join(" and ");
    return cond ? `@media ${cond}{.embed-w${w}{display:block}}` : `.embed-w${w}{display:block}`;
  });
  return [".embed-variant{display:none;width:100%;height:100%}", ...rules].join("");
}

/** The variants as one HTML fragment (each SVG string already escapes every text). */
export function embedVariantsHtml(widths: readonly number[], svgs: readonly string[]): string {
  return svgs.map((svg, i) => `<div class="embed-variant embed-w${widths[i]}" data-width="${widths[i]}">${svg}</div>`).join("");
}
