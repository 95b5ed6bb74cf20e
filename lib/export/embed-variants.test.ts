import { describe, expect, it } from "vitest";
import { embedVariantCss, embedWidths } from "./embed-variants";

/** Which variant the CSS shows at a viewport width (a tiny evaluator of the generated media queries). */
function shown(css: string, vw: number): number[] {
  const out: number[] = [];
  for (const m of css.matchAll(/(?:@media ([^{]+)\{)?\.embed-w(\d+)\{display:block\}/g)) {
    const cond = m[1] ?? "";
    const min = /min-width: ([\d.]+)px/.exec(cond);
    const max = /max-width: ([\d.]+)px/.exec(cond);
    if ((!min || vw >= Number(min[1])) && (!max || vw <= Number(max[1]))) out.push(Number(m[2]));
  }
  return out;
}

describe("embed layouts per width", () => {
  it("lays out at the declared width and every step below it", () => {
    expect(embedWidths(800)).toEqual([320, 400, 480, 560, 640, 800]);
    expect(embedWidths(320)).toEqual([320]);
    expect(embedWidths(300)).toEqual([300]);
  });
  it("shows exactly one layout at any width, never drawn below its own size from 320 px up", () => {
    const widths = embedWidths(800);
    const css = embedVariantCss(widths);
    for (let vw = 200; vw <= 1400; vw += 1) {
      const s = shown(css, vw);
      expect(s, `at ${vw}px`).toHaveLength(1);
      if (vw >= 320) {
        expect(s[0]!).toBeLessThanOrEqual(vw);
        expect(vw / s[0]!).toBeLessThanOrEqual(vw >= 800 ? Infinity : 1.25 + 1e-9);
      }
    }
  });
});
