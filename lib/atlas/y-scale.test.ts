import { describe, expect, it } from "vitest";
import { MAX_ERROR_PCT, panelLogRange, panelYDomain, sharedSpan } from "./y-scale";

describe("atlas y scale", () => {
  const panels = [[21, 30, 45, 60], [2.5, 8, 30], [96, 99.5, 100], [70, 98]];
  const ranges = panels.map(panelLogRange);
  const span = sharedSpan(ranges);
  const domains = ranges.map((r) => panelYDomain(r!, span));

  it("gives every panel the same number of decades (same scale per pixel)", () => {
    for (const [lo, hi] of domains) expect(Math.log10(hi) - Math.log10(lo)).toBeCloseTo(span, 12);
  });
  it("never goes above 100% error, and keeps every point inside", () => {
    domains.forEach(([lo, hi], i) => {
      expect(hi).toBeLessThanOrEqual(MAX_ERROR_PCT * (1 + 1e-12));
      for (const e of panels[i]!) {
        expect(e).toBeGreaterThanOrEqual(lo);
        expect(e).toBeLessThanOrEqual(hi * (1 + 1e-12));
      }
    });
    // The widest panel (2.5–30 %) sets the span: 2 → 50 after padding and snapping, log10(25).
    expect(span).toBeCloseTo(Math.log10(25), 12);
  });
  it("has no range without positive errors", () => {
    expect(panelLogRange([0, -1])).toBeNull();
  });
});
