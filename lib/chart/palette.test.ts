import { describe, expect, it } from "vitest";
import { ARCH_ORDER, GROUP_STYLES, archColor, groupStyle } from "./palette";

describe("one visual grammar", () => {
  it("never gives a fit group an architecture's colour (known or fallback)", () => {
    const archs = new Set([...ARCH_ORDER, "RN50", "ViT-bigG-14", "convnext_base", "x", "y", "z"].map((a) => archColor(a).toLowerCase()));
    const groups = Object.values(GROUP_STYLES).map((s) => s.color.toLowerCase());
    expect(groups.filter((c) => archs.has(c))).toEqual([]);
    expect(archs.has(groupStyle("unknown").color.toLowerCase())).toBe(false);
  });
  it("gives every group its own colour, colour name and dash pattern", () => {
    const styles = Object.values(GROUP_STYLES);
    for (const key of ["color", "colorName", "dash"] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(styles.length);
    expect(new Set(ARCH_ORDER.map(archColor)).size).toBe(ARCH_ORDER.length);
  });
});
